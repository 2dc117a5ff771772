// The console formatter's entries of containers: arrays, array buffers, typed arrays, sets, maps,
// promises, weak collections, and object properties.
(function makeInspectCollections(natives) {
  'use strict';

  const {ObjectKeys, ObjectGetOwnPropertyDescriptor, hasOwn, MathMin, MathMax, StringCtor,
    StringPadStart, NumberToString, Uint8ArrayCtor, push} = natives.primordials;
  const {kArrayType, kArrayExtrasType, stylize, formatValue} = natives.style;
  const {formatKey, formatNumber, formatBigInt} = natives.primitives;
  const {reduceToSingleString} = natives.layout;

  // ---------------------------------------------------------------------------------------------
  // Entries of the different containers.

  function remainingText(remaining, what = 'item') {
    return `... ${remaining} more ${what}${remaining > 1 ? 's' : ''}`;
  }

  function formatArrayBuffer(ctx, value) {
    let bytes;
    try {
      bytes = new Uint8ArrayCtor(value);
    } catch {
      return ['(detached)'];
    }
    const shown = MathMin(ctx.maxArrayLength, bytes.length);
    let hex = '';
    for (let i = 0; i < shown; i++) {
      if (i !== 0) hex += ' ';
      hex += StringPadStart(NumberToString(bytes[i], 16), 2, '0');
    }
    const remaining = bytes.length - shown;
    if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    return [`${stylize(ctx, '[Uint8Contents]', 'special')}: <${hex}>`];
  }

  function formatArray(ctx, value, recurseTimes) {
    const length = value.length;
    const output = [];
    let nextPresent;  // Sorted own index keys, computed at the first hole.
    let cursor = 0;
    for (let i = 0; i < length && output.length < ctx.maxArrayLength; i++) {
      if (hasOwn(value, i)) {
        push(output, formatProperty(ctx, value, recurseTimes, i, kArrayType));
        continue;
      }
      if (nextPresent === undefined) {
        nextPresent = [];
        const keys = ObjectKeys(value);
        for (let k = 0; k < keys.length; k++) {
          const index = +keys[k];
          if (StringCtor(index >>> 0) === keys[k] && index >>> 0 !== 4294967295) {
            push(nextPresent, index);
          }
        }
      }
      while (cursor < nextPresent.length && nextPresent[cursor] <= i) cursor++;
      const end = cursor < nextPresent.length ? nextPresent[cursor] : length;
      const holes = end - i;
      push(output, stylize(ctx, `<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      i = end - 1;
    }
    // Count what was not shown: remaining elements, holes grouped as node does.
    if (output.length >= ctx.maxArrayLength) {
      const shownUpTo = countShown(value, output.length, nextPresent);
      const remaining = length - shownUpTo;
      if (remaining > 0) push(output, remainingText(remaining));
    }
    return output;
  }

  // How many array slots the first `entries` output entries covered.
  function countShown(value, entries, present) {
    if (present === undefined) return entries;
    let slots = 0;
    let cursor = 0;
    let produced = 0;
    while (produced < entries && slots < value.length) {
      if (hasOwn(value, slots)) {
        slots++;
      } else {
        while (cursor < present.length && present[cursor] <= slots) cursor++;
        slots = cursor < present.length ? present[cursor] : value.length;
      }
      produced++;
    }
    return slots;
  }

  function formatTypedArray(ctx, value, recurseTimes, length) {
    const shown = MathMin(MathMax(0, ctx.maxArrayLength), length);
    const remaining = length - shown;
    const output = [];
    for (let i = 0; i < shown; i++) {
      const element = value[i];
      push(output, typeof element === 'bigint' ? stylize(ctx, formatBigInt(element), 'bigint') :
                                                  stylize(ctx, formatNumber(element), 'number'));
    }
    if (remaining > 0) push(output, remainingText(remaining));
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      const hidden = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
      for (let i = 0; i < hidden.length; i++) {
        const str = formatValue(ctx, value[hidden[i]], recurseTimes, true);
        push(output, `[${hidden[i]}]: ${str}`);
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatSetEntries(ctx, entries, recurseTimes) {
    const shown = MathMin(MathMax(0, ctx.maxArrayLength), entries.length);
    const output = [];
    ctx.indentationLvl += 2;
    for (let i = 0; i < shown; i++) push(output, formatValue(ctx, entries[i], recurseTimes));
    ctx.indentationLvl -= 2;
    const remaining = entries.length - shown;
    if (remaining > 0) push(output, remainingText(remaining));
    return output;
  }

  function formatMapEntries(ctx, entries, recurseTimes) {
    const count = entries.length / 2;
    const shown = MathMin(MathMax(0, ctx.maxArrayLength), count);
    const output = [];
    ctx.indentationLvl += 2;
    for (let i = 0; i < shown; i++) {
      const key = formatValue(ctx, entries[2 * i], recurseTimes);
      const val = formatValue(ctx, entries[2 * i + 1], recurseTimes);
      push(output, `${key} => ${val}`);
    }
    ctx.indentationLvl -= 2;
    const remaining = count - shown;
    if (remaining > 0) push(output, remainingText(remaining));
    return output;
  }

  // Map entries seen through an iterator print as [ key, value ] pairs.
  function formatMapPairs(ctx, entries, recurseTimes) {
    const count = entries.length / 2;
    const shown = MathMin(MathMax(0, ctx.maxArrayLength), count);
    const output = [];
    ctx.indentationLvl += 2;
    for (let i = 0; i < shown; i++) {
      const pair = [
        formatValue(ctx, entries[2 * i], recurseTimes),
        formatValue(ctx, entries[2 * i + 1], recurseTimes),
      ];
      push(output, reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes));
    }
    ctx.indentationLvl -= 2;
    const remaining = count - shown;
    if (remaining > 0) push(output, remainingText(remaining));
    return output;
  }

  function formatPromise(ctx, value, recurseTimes) {
    const details = natives.promiseState(value);
    if (details[0] === 'pending') return [stylize(ctx, '<pending>', 'special')];
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, details[1], recurseTimes);
    ctx.indentationLvl -= 2;
    return [details[0] === 'rejected' ? `${stylize(ctx, '<rejected>', 'special')} ${str}` : str];
  }

  function formatWeakCollection(ctx) {
    return [stylize(ctx, '<items unknown>', 'special')];
  }

  function formatProperty(ctx, value, recurseTimes, key, type, desc) {
    let str;
    desc = desc || ObjectGetOwnPropertyDescriptor(value, key) ||
        {value: value[key], enumerable: true};
    if (desc.value !== undefined) {
      ctx.indentationLvl += 2;
      str = formatValue(ctx, desc.value, recurseTimes);
      ctx.indentationLvl -= 2;
    } else if (desc.get !== undefined) {
      str = stylize(ctx, desc.set !== undefined ? '[Getter/Setter]' : '[Getter]', 'special');
    } else if (desc.set !== undefined) {
      str = stylize(ctx, '[Setter]', 'special');
    } else {
      str = stylize(ctx, 'undefined', 'undefined');
    }
    if (type === kArrayType) return str;
    return `${formatKey(key, desc.enumerable !== false, ctx)}: ${str}`;
  }

  return {formatArrayBuffer, formatArray, formatTypedArray, formatSetEntries, formatMapEntries,
    formatMapPairs, formatPromise, formatWeakCollection, formatProperty};
})
