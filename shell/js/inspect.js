// The console formatter: renders values the way Node.js's util.inspect does, so output of
// scripts compares with node's. Evaluated once per context; the completion value is a
// factory that takes the native helpers (shell/inspect.cc) and returns { inspect,
// inspectForShell, format, registerPlatformPrototype }.
//
// The last of the formatter's parts (see inspect_primordials.js): the value dispatcher and the
// entry points.
(function makeInspector(natives) {
  'use strict';

  const {uncurry, ObjectKeys, ObjectGetOwnPropertyNames, ObjectGetOwnPropertyDescriptor,
    ObjectGetPrototypeOf, ObjectAssign, hasOwn, isEnumerable, ArrayIsArray, JSONStringify,
    NumberIsNaN, NumberParseInt, NumberParseFloat, NumberCtor, StringCtor, SymbolToStringTag,
    SymbolIterator, DateGetTime, DateToISOString, DateToString, RegExpToString, StringIncludes,
    StringSlice, StringCharCodeAt, ArraySort, StringReplace, MapCtor, MapGet, MapSet, MapSize,
    SetSize, TypedArrayLength, TypedArrayTag, ArrayBufferByteLength, RegExpCtor, ErrorCtor,
    TypeErrorCtor, RangeErrorCtor, typedArrayCtors, builtInNames, push, indexOf, concat
  } = natives.primordials;
  const {kObjectType, kArrayExtrasType, defaultOptions, stylize, setFormatValue} = natives.style;
  const {formatKey, formatNumber, formatBigInt, formatPrimitive} = natives.primitives;
  const {reduceToSingleString} = natives.layout;
  const {formatArrayBuffer, formatArray, formatTypedArray, formatSetEntries, formatMapEntries,
    formatMapPairs, formatPromise, formatWeakCollection, formatProperty} = natives.collections;
  const {isInstanceof, getConstructorName, getPrefix, getKeys, getFunctionBase, formatError,
    getBoxedBase} = natives.objects;

  // ---------------------------------------------------------------------------------------------
  // The value dispatcher.

  function formatValue(ctx, value, recurseTimes, inTypedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(ctx, value);
    }
    if (value === null) return stylize(ctx, 'null', 'null');

    // A proxy prints as its target, without running any trap.
    const proxy = natives.proxyTarget(value);
    if (proxy !== undefined) {
      if (proxy === null) return stylize(ctx, '<Revoked Proxy>', 'special');
      if (ctx.showProxy) {
        const handler = natives.proxyHandler(value);
        ctx.indentationLvl += 2;
        const parts = [formatValue(ctx, proxy, recurseTimes), formatValue(ctx, handler, recurseTimes)];
        ctx.indentationLvl -= 2;
        return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
      }
      return formatValue(ctx, proxy, recurseTimes, inTypedArray);
    }

    if (indexOf(ctx.seen, value) !== -1) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new MapCtor();
        MapSet(ctx.circular, value, index);
      } else {
        index = MapGet(ctx.circular, value);
        if (index === undefined) {
          index = MapSize(ctx.circular) + 1;
          MapSet(ctx.circular, value, index);
        }
      }
      return stylize(ctx, `[Circular *${index}]`, 'special');
    }
    return formatRaw(ctx, value, recurseTimes, inTypedArray);
  }

  // Platform objects (the web interfaces of shell/web/, registered by their prototypes) keep
  // their state behind accessors, so they would print as `URL {}`; like a browser's console,
  // the values of their enumerable attributes are shown (base interface first), for instances
  // only: a getter that throws (a brand check, on a prototype) leaves its attribute out.
  const platformPrototypes = new WeakSet();
  const WeakSetHas = uncurry(WeakSet.prototype.has);
  const WeakSetAdd = uncurry(WeakSet.prototype.add);
  const ReflectApply = Reflect.apply;

  function registerPlatformPrototype(prototype) {
    WeakSetAdd(platformPrototypes, prototype);
  }

  function platformAttributes(value) {
    const prototypes = [];
    for (let proto = ObjectGetPrototypeOf(value); proto !== null; proto = ObjectGetPrototypeOf(proto)) {
      if (WeakSetHas(platformPrototypes, proto)) push(prototypes, proto);
    }
    if (prototypes.length === 0 || WeakSetHas(platformPrototypes, value)) return undefined;
    const attributes = [];
    for (let i = prototypes.length - 1; i >= 0; i--) {
      const names = ObjectGetOwnPropertyNames(prototypes[i]);
      for (let j = 0; j < names.length; j++) {
        const descriptor = ObjectGetOwnPropertyDescriptor(prototypes[i], names[j]);
        if (descriptor.get === undefined || !descriptor.enumerable) continue;
        try {
          push(attributes, [names[j], ReflectApply(descriptor.get, value, [])]);
        } catch {
          // Not an instance of this interface after all.
        }
      }
    }
    return attributes;
  }

  function formatPlatformAttributes(ctx, value, recurseTimes, attributes) {
    const output = [];
    for (let i = 0; i < attributes.length; i++) {
      push(output, formatProperty(ctx, value, recurseTimes, attributes[i][0], kObjectType,
          {value: attributes[i][1], enumerable: true}));
    }
    return output;
  }

  function formatRaw(ctx, value, recurseTimes, inTypedArray) {
    let keys;
    let protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
    const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
    // Nothing to list: the early returns below print the short form.
    const bare = () => keys.length === 0 && protoProps === undefined;
    let tag = value[SymbolToStringTag];
    if (typeof tag !== 'string' ||
        (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, SymbolToStringTag))) {
      tag = '';
    }
    const kind = natives.kind(value);
    let base = '';
    let formatter = () => [];
    let braces;
    let noIterator = true;
    let extrasType = kObjectType;
    const filterEnumerable = !ctx.showHidden;

    if (value[SymbolIterator] || constructor === null) {
      noIterator = false;
      if (ArrayIsArray(value)) {
        const prefix = (constructor !== 'Array' || tag !== '') ?
            getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
        keys = natives.nonIndexKeys(value, filterEnumerable);
        braces = [`${prefix}[`, ']'];
        if (value.length === 0 && bare()) return `${braces[0]}]`;
        extrasType = kArrayExtrasType;
        formatter = formatArray;
      } else if (kind === 'Set') {
        const size = SetSize(value);
        const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
        keys = getKeys(value, ctx.showHidden);
        const entries = natives.previewEntries(value)[0];
        formatter = (c, v, r) => formatSetEntries(c, entries, r);
        if (size === 0 && bare()) return `${prefix}{}`;
        braces = [`${prefix}{`, '}'];
      } else if (kind === 'Map') {
        const size = MapSize(value);
        const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
        keys = getKeys(value, ctx.showHidden);
        const entries = natives.previewEntries(value)[0];
        formatter = (c, v, r) => formatMapEntries(c, entries, r);
        if (size === 0 && bare()) return `${prefix}{}`;
        braces = [`${prefix}{`, '}'];
      } else if (kind === 'TypedArray') {
        keys = natives.nonIndexKeys(value, filterEnumerable);
        let bound = value;
        let fallback = '';
        if (constructor === null) {
          fallback = TypedArrayTag(value);
          bound = new typedArrayCtors[fallback](value);
        }
        const size = TypedArrayLength(value);
        const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
        braces = [`${prefix}[`, ']'];
        if (size === 0 && bare() && !ctx.showHidden) return `${braces[0]}]`;
        formatter = (c, v, r) => formatTypedArray(c, bound, r, size);
        extrasType = kArrayExtrasType;
      } else if (kind === 'MapIterator' || kind === 'SetIterator') {
        keys = getKeys(value, ctx.showHidden);
        const what = kind === 'MapIterator' ? 'Map' : 'Set';
        braces = [`[${tag || `${what} Iterator`}] {`, '}'];
        const preview = natives.previewEntries(value);
        if (preview[1]) {
          braces[0] = StringReplace(braces[0], / Iterator] {$/, ' Entries] {');
          formatter = (c, v, r) => formatMapPairs(c, preview[0], r);
        } else {
          formatter = (c, v, r) => formatSetEntries(c, preview[0], r);
        }
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = ['{', '}'];
      if (constructor === 'Object') {
        if (kind === 'Arguments') {
          braces[0] = '[Arguments] {';
        } else if (tag !== '') {
          braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
        }
        if (bare()) return `${braces[0]}}`;
      } else if (typeof value === 'function') {
        base = getFunctionBase(value, constructor, tag);
        if (bare()) return stylize(ctx, base, 'special');
      } else if (kind === 'RegExp') {
        base = RegExpToString(constructor !== null ? value : new RegExpCtor(value));
        const prefix = getPrefix(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = `${prefix}${base}`;
        if (bare() || (recurseTimes > ctx.depth && ctx.depth !== null)) {
          return stylize(ctx, base, 'regexp');
        }
      } else if (kind === 'Date') {
        base = NumberIsNaN(DateGetTime(value)) ? DateToString(value) : DateToISOString(value);
        const prefix = getPrefix(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = `${prefix}${base}`;
        if (bare()) return stylize(ctx, base, 'date');
      } else if (kind === 'Error' || isInstanceof(value, ErrorCtor)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (bare()) return base;
      } else if (kind === 'ArrayBuffer' || kind === 'SharedArrayBuffer') {
        const prefix = getPrefix(constructor, tag, kind);
        if (inTypedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (bare()) {
          const byteLength = formatNumber(ArrayBufferByteLength(value));
          return prefix + `{ byteLength: ${stylize(ctx, byteLength, 'number')} }`;
        }
        braces[0] = `${prefix}{`;
        keys = concat(['byteLength'], keys);
      } else if (kind === 'DataView') {
        braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
        keys = concat(['byteLength', 'byteOffset', 'buffer'], keys);
      } else if (kind === 'Promise') {
        braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
        formatter = formatPromise;
      } else if (kind === 'WeakSet') {
        braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
        formatter = formatWeakCollection;
      } else if (kind === 'WeakMap') {
        braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
        formatter = formatWeakCollection;
      } else if (kind === 'ModuleNamespace') {
        braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
        const names = keys;
        keys = [];
        formatter = (c, v, r) => formatNamespace(c, v, r, names);
      } else if (kind === 'BoxedPrimitive') {
        base = getBoxedBase(value, ctx, keys, constructor, tag);
        if (bare()) return base;
      } else {
        const attributes = platformAttributes(value);
        if (attributes !== undefined && attributes.length > 0) {
          formatter = (c, v, r) => formatPlatformAttributes(c, v, r, attributes);
        } else if (bare()) {
          return `${getPrefix(constructor, tag, 'Object')}{}`;
        }
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      let name = StringSlice(getPrefix(constructor, tag, 'Object'), 0, -1);
      if (constructor !== null) name = `[${name}]`;
      return stylize(ctx, name, 'special');
    }
    recurseTimes += 1;
    push(ctx.seen, value);
    ctx.currentDepth = recurseTimes;
    let output;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (let i = 0; i < keys.length; i++) {
        push(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
      if (protoProps !== undefined) {
        for (let i = 0; i < protoProps.length; i++) push(output, protoProps[i]);
      }
    } catch (err) {
      if (isStackOverflow(err)) {
        ctx.seen.length -= 1;
        const name = StringSlice(getPrefix(constructor, tag, 'Object'), 0, -1);
        return stylize(ctx,
            `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
            'special');
      }
      throw err;
    }
    if (ctx.circular !== undefined) {
      const index = MapGet(ctx.circular, value);
      if (index !== undefined) {
        const reference = stylize(ctx, `<ref *${index}>`, 'special');
        if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
        else braces[0] = `${reference} ${braces[0]}`;
      }
    }
    ctx.seen.length -= 1;
    if (ctx.sorted) {
      const compare = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) ArraySort(output, compare);
    }
    return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  }

  function isStackOverflow(err) {
    try {
      return isInstanceof(err, RangeErrorCtor) &&
          err.message === 'Maximum call stack size exceeded';
    } catch {
      return false;
    }
  }

  function formatNamespace(ctx, value, recurseTimes, names) {
    const output = [];
    for (let i = 0; i < names.length; i++) {
      try {
        push(output, formatProperty(ctx, value, recurseTimes, names[i], kObjectType));
      } catch (err) {
        // An export in its temporal dead zone.
        push(output, `${formatKey(names[i], true, ctx)}: ${stylize(ctx, '<uninitialized>', 'special')}`);
      }
    }
    return output;
  }

  // ---------------------------------------------------------------------------------------------
  // Entry points.

  function makeContext(options) {
    const ctx = ObjectAssign({}, defaultOptions);
    if (options !== undefined) {
      const names = ObjectKeys(options);
      for (let i = 0; i < names.length; i++) {
        const key = names[i];
        if (hasOwn(defaultOptions, key) || key === 'showProxy') ctx[key] = options[key];
      }
    }
    if (ctx.depth === Infinity) ctx.depth = null;
    ctx.seen = [];
    ctx.indentationLvl = 0;
    ctx.currentDepth = 0;
    ctx.circular = undefined;
    return ctx;
  }

  function inspect(value, options) {
    return formatValue(makeContext(options), value, 0);
  }

  // True when the value's toString is one of the built-ins (then %s inspects it).
  function hasBuiltInToString(value) {
    const proxy = natives.proxyTarget(value);
    if (proxy !== undefined) {
      if (proxy === null) return true;
      value = proxy;
    }
    if (typeof value.toString !== 'function') return true;
    if (hasOwn(value, 'toString')) return false;
    let pointer = value;
    do {
      pointer = ObjectGetPrototypeOf(pointer);
    } while (pointer !== null && !hasOwn(pointer, 'toString'));
    if (pointer === null) return true;
    const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
    return descriptor !== undefined && typeof descriptor.value === 'function' &&
        MapGet(builtInNames, descriptor.value.name) === true;
  }

  function isCircularJsonError(err) {
    try {
      return isInstanceof(err, TypeErrorCtor) &&
          StringIncludes(StringCtor(err.message), 'circular structure');
    } catch {
      return false;
    }
  }

  function stringifyJson(value) {
    try {
      return JSONStringify(value);
    } catch (err) {
      if (isCircularJsonError(err)) return '[Circular]';
      throw err;
    }
  }

  // console.log's formatting: printf-like directives in a leading string, then every other
  // argument inspected (strings as they are), separated by spaces.
  function format(args, options) {
    const first = args[0];
    let used = 0;
    let str = '';
    let separator = '';
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let lastPos = 0;
      let piece;
      for (let i = 0; i < first.length - 1; i++) {
        if (StringCharCodeAt(first, i) !== 37) continue;  // '%'
        const directive = first[++i];
        if (used + 1 !== args.length) {
          switch (directive) {
            case 's': {
              const arg = args[++used];
              if (typeof arg === 'number') piece = formatNumber(arg);
              else if (typeof arg === 'bigint') piece = formatBigInt(arg);
              else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
                piece = StringCtor(arg);
              } else {
                piece = inspect(arg, ObjectAssign({}, options, {depth: 0, compact: 3}));
              }
              break;
            }
            case 'j':
              piece = stringifyJson(args[++used]);
              break;
            case 'd': {
              const arg = args[++used];
              if (typeof arg === 'bigint') piece = formatBigInt(arg);
              else if (typeof arg === 'symbol') piece = 'NaN';
              else piece = formatNumber(NumberCtor(arg));
              break;
            }
            case 'O':
              piece = inspect(args[++used], options);
              break;
            case 'o':
              piece = inspect(args[++used],
                  ObjectAssign({}, options, {showHidden: true, showProxy: true, depth: 4}));
              break;
            case 'i': {
              const arg = args[++used];
              if (typeof arg === 'bigint') piece = formatBigInt(arg);
              else if (typeof arg === 'symbol') piece = 'NaN';
              else piece = formatNumber(NumberParseInt(arg));
              break;
            }
            case 'f': {
              const arg = args[++used];
              if (typeof arg === 'symbol') piece = 'NaN';
              else piece = formatNumber(NumberParseFloat(arg));
              break;
            }
            case 'c':
              used += 1;
              piece = '';
              break;
            case '%':
              str += StringSlice(first, lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              continue;
          }
          if (lastPos !== i - 1) str += StringSlice(first, lastPos, i - 1);
          str += piece;
          lastPos = i + 1;
        } else if (directive === '%') {
          str += StringSlice(first, lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        used++;
        separator = ' ';
        if (lastPos < first.length) str += StringSlice(first, lastPos);
      }
    }
    for (; used < args.length; used++) {
      const value = args[used];
      str += separator;
      str += typeof value !== 'string' ? inspect(value, options) : value;
      separator = ' ';
    }
    return str;
  }

  // inspect for the shell's own callers: `colors` (a terminal) applies unless the options
  // say otherwise.
  function inspectForShell(value, options, colors) {
    const ctx = makeContext(options);
    if (colors === true && (options === undefined || options === null || !('colors' in options))) {
      ctx.colors = true;
    }
    return formatValue(ctx, value, 0);
  }


  // The parts before this one reach formatValue through inspect_style.js.
  setFormatValue(formatValue);

  return {inspect, inspectForShell, format, registerPlatformPrototype};
})
