// The console formatter: renders values the way Node.js's util.inspect does, so output of
// scripts compares with node's. Evaluated once per context; the completion value is a
// factory that takes the native helpers (shell/inspect.cc) and returns { inspect,
// inspectForShell, format, registerPlatformPrototype }.
//
// Everything the formatter needs from the built-ins is captured here, before any user script
// runs, so a script that patches Array.prototype or Map.prototype cannot change or break
// how values print.
(function makeInspector(natives) {
  'use strict';

  const uncurry = Function.prototype.bind.bind(Function.prototype.call);
  const ObjectKeys = Object.keys;
  const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
  const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectAssign = Object.assign;
  const hasOwn = uncurry(Object.prototype.hasOwnProperty);
  const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
  const ArrayIsArray = Array.isArray;
  const JSONStringify = JSON.stringify;
  const NumberIsNaN = Number.isNaN;
  const NumberParseInt = Number.parseInt;
  const NumberParseFloat = Number.parseFloat;
  const NumberCtor = Number;
  const MathMin = Math.min;
  const MathMax = Math.max;
  const MathSqrt = Math.sqrt;
  const MathRound = Math.round;
  const MathFloor = Math.floor;
  const StringCtor = String;
  const SymbolToStringTag = Symbol.toStringTag;
  const SymbolIterator = Symbol.iterator;
  const FunctionToString = uncurry(Function.prototype.toString);
  const SymbolToString = uncurry(Symbol.prototype.toString);
  const ErrorToString = uncurry(Error.prototype.toString);
  const DateGetTime = uncurry(Date.prototype.getTime);
  const DateToISOString = uncurry(Date.prototype.toISOString);
  const DateToString = uncurry(Date.prototype.toString);
  const RegExpToString = uncurry(RegExp.prototype.toString);
  const RegExpTest = uncurry(RegExp.prototype.exec);
  const StringIndexOf = uncurry(String.prototype.indexOf);
  const StringIncludes = uncurry(String.prototype.includes);
  const StringSlice = uncurry(String.prototype.slice);
  const StringStartsWith = uncurry(String.prototype.startsWith);
  const StringEndsWith = uncurry(String.prototype.endsWith);
  const StringRepeat = uncurry(String.prototype.repeat);
  const StringPadStart = uncurry(String.prototype.padStart);
  const StringPadEnd = uncurry(String.prototype.padEnd);
  const StringCharCodeAt = uncurry(String.prototype.charCodeAt);
  const StringSplit = uncurry(String.prototype.split);
  const StringToUpperCase = uncurry(String.prototype.toUpperCase);
  const StringToLowerCase = uncurry(String.prototype.toLowerCase);
  const NumberToString = uncurry(Number.prototype.toString);
  const ArraySort = uncurry(Array.prototype.sort);
  const StringReplace = uncurry(String.prototype.replace);
  const MapCtor = Map;
  const MapGet = uncurry(Map.prototype.get);
  const MapSet = uncurry(Map.prototype.set);
  const MapSize = uncurry(ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get);
  const SetSize = uncurry(ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get);
  const TypedArrayProto = ObjectGetPrototypeOf(Uint8Array.prototype);
  const TypedArrayLength = uncurry(ObjectGetOwnPropertyDescriptor(TypedArrayProto, 'length').get);
  const TypedArrayTag = uncurry(ObjectGetOwnPropertyDescriptor(TypedArrayProto, SymbolToStringTag).get);
  const ArrayBufferByteLength =
      uncurry(ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
  const Uint8ArrayCtor = Uint8Array;
  const RegExpCtor = RegExp;
  const ErrorCtor = Error;
  const TypeErrorCtor = TypeError;
  const RangeErrorCtor = RangeError;
  const typedArrayCtors = {
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array,
  };

  // Names of the global constructors, to tell built-in toString methods from user ones (%s).
  const builtInNames = new MapCtor();
  for (const name of ObjectGetOwnPropertyNames(globalThis)) {
    if (RegExpTest(/^[A-Z][a-zA-Z0-9]+$/, name) !== null) MapSet(builtInNames, name, true);
  }

  // Small array helpers that do not go through Array.prototype.
  function push(array, value) {
    array[array.length] = value;
  }
  function join(array, separator) {
    let result = '';
    for (let i = 0; i < array.length; i++) {
      if (i !== 0) result += separator;
      result += array[i];
    }
    return result;
  }
  function indexOf(array, value) {
    for (let i = 0; i < array.length; i++) {
      if (array[i] === value) return i;
    }
    return -1;
  }
  function concat(first, second) {
    const result = [];
    for (let i = 0; i < first.length; i++) push(result, first[i]);
    for (let i = 0; i < second.length; i++) push(result, second[i]);
    return result;
  }
  function removeAt(array, index) {
    for (let i = index; i + 1 < array.length; i++) array[i] = array[i + 1];
    array.length -= 1;
  }

  const kObjectType = 0;
  const kArrayType = 1;
  const kArrayExtrasType = 2;

  const defaultOptions = {
    showHidden: false,
    depth: 2,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    // linea's error reports: an error without stack frames is not put in brackets.
    bareErrors: false,
    // ANSI colours for a terminal, as node's REPL and console print to one.
    colors: false,
  };

  // node's util.inspect.styles and util.inspect.colors: the SGR codes that open and close each
  // kind of text ('name' and 'regexp' inside objects stay plain only where node leaves them so).
  const styleCodes = {
    special: [36, 39],    // cyan
    number: [33, 39],     // yellow
    bigint: [33, 39],     // yellow
    boolean: [33, 39],    // yellow
    undefined: [90, 39],  // grey
    null: [1, 22],        // bold
    string: [32, 39],     // green
    symbol: [32, 39],     // green
    date: [35, 39],       // magenta
    regexp: [31, 39],     // red
    module: [4, 24],      // underline
  };

  // `text` in the colours of `style` when ctx.colors is on.
  function stylize(ctx, text, style) {
    if (!ctx.colors) return text;
    const codes = styleCodes[style];
    if (codes === undefined) return text;
    return `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
  }

  // The width of an output entry on screen: its colour codes take no room.
  function visibleLength(ctx, text) {
    return ctx.colors ? StringReplace(text, /\u001b\[\d\d?m/g, '').length : text.length;
  }

  // ---------------------------------------------------------------------------------------------
  // Strings and keys.

  // How each escaped code unit is written inside a quoted string.
  const escapes = [];
  for (let i = 0; i < 0x20; i++) {
    escapes[i] = '\\x' + StringPadStart(StringToUpperCase(NumberToString(i, 16)), 2, '0');
  }
  escapes[8] = '\\b';
  escapes[9] = '\\t';
  escapes[10] = '\\n';
  escapes[12] = '\\f';
  escapes[13] = '\\r';
  escapes[0x5c] = '\\\\';
  for (let i = 0x7f; i <= 0x9f; i++) {
    escapes[i] = '\\x' + StringToUpperCase(NumberToString(i, 16));
  }

  function hex4(code) {
    return '\\u' + StringPadStart(NumberToString(code, 16), 4, '0');
  }

  // Quotes a string with ', or " when it holds a ' but no ", or ` when it holds both.
  function quote(str) {
    let quoteChar = "'";
    if (StringIncludes(str, "'")) {
      if (!StringIncludes(str, '"')) {
        quoteChar = '"';
      } else if (!StringIncludes(str, '`') && !StringIncludes(str, '${')) {
        quoteChar = '`';
      }
    }
    const quoteCode = StringCharCodeAt(quoteChar, 0);
    let result = '';
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      const code = StringCharCodeAt(str, i);
      let escaped;
      if (code === quoteCode) {
        escaped = '\\' + quoteChar;
      } else if (code < 0x20 || code === 0x5c || (code >= 0x7f && code <= 0x9f)) {
        escaped = escapes[code];
      } else if (code >= 0xd800 && code <= 0xdfff) {
        // Lone surrogates are escaped; a proper pair is kept.
        if (code <= 0xdbff && i + 1 < str.length) {
          const next = StringCharCodeAt(str, i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            i++;
            continue;
          }
        }
        escaped = hex4(code);
      } else {
        continue;
      }
      result += StringSlice(str, last, i) + escaped;
      last = i + 1;
    }
    if (last !== 0) result += StringSlice(str, last);
    else result = str;
    return quoteChar + result + quoteChar;
  }

  function formatKey(key, enumerable, ctx) {
    if (typeof key === 'symbol') return '[' + stylize(ctx, quoteSymbol(key), 'symbol') + ']';
    if (key === '__proto__') return "['__proto__']";
    if (!enumerable) return '[' + key + ']';
    if (RegExpTest(/^[a-zA-Z_][a-zA-Z_0-9]*$/, key) !== null) return key;
    return stylize(ctx, quote(key), 'string');
  }

  function quoteSymbol(symbol) {
    return SymbolToString(symbol);
  }

  // ---------------------------------------------------------------------------------------------
  // Primitives.

  function formatNumber(number) {
    if (number === 0 && 1 / number < 0) return '-0';
    return '' + number;
  }

  function formatBigInt(bigint) {
    return '' + bigint + 'n';
  }

  function formatPrimitive(ctx, value) {
    switch (typeof value) {
      case 'string': {
        let trailer = '';
        if (value.length > ctx.maxStringLength) {
          const remaining = value.length - ctx.maxStringLength;
          value = StringSlice(value, 0, ctx.maxStringLength);
          trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
        }
        // Long strings are split after their line breaks, one quoted piece per line.
        if (ctx.compact !== true && value.length > 16 &&
            value.length > ctx.breakLength - ctx.indentationLvl - 4) {
          const lines = StringSplit(value, /(?<=\n)/);
          const pieces = [];
          for (let i = 0; i < lines.length; i++) {
            push(pieces, stylize(ctx, quote(lines[i]), 'string'));
          }
          return join(pieces, ' +\n' + StringRepeat(' ', ctx.indentationLvl + 2)) + trailer;
        }
        return stylize(ctx, quote(value), 'string') + trailer;
      }
      case 'number':
        return stylize(ctx, formatNumber(value), 'number');
      case 'bigint':
        return stylize(ctx, formatBigInt(value), 'bigint');
      case 'symbol':
        return stylize(ctx, quoteSymbol(value), 'symbol');
      default:
        // boolean, undefined
        return stylize(ctx, '' + value, typeof value);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Object shapes.

  function isInstanceof(object, ctor) {
    try {
      return object instanceof ctor;
    } catch {
      return false;
    }
  }

  // The name of the nearest constructor on the prototype chain, or null for a null prototype.
  // With showHidden, `protoProps` (an array) receives the prototypes' properties of a class that
  // is not a global built-in, as node shows them.
  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    let firstProto;
    const original = obj;
    while (obj !== null && obj !== undefined) {
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          descriptor.value.name !== '' && isInstanceof(original, descriptor.value)) {
        if (protoProps !== undefined &&
            (firstProto !== obj || MapGet(builtInNames, descriptor.value.name) !== true)) {
          addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
        }
        return StringCtor(descriptor.value.name);
      }
      obj = ObjectGetPrototypeOf(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;
    const internalName = natives.constructorName(original);
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      return `${internalName} <Complex prototype>`;
    }
    const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoName === null) {
      const inner = formatValue(
          ObjectAssign({}, ctx, {seen: [], circular: undefined, indentationLvl: 0, depth: -1}),
          firstProto, 0);
      return `${internalName} <${inner}>`;
    }
    return `${internalName} <${protoName}>`;
  }

  // The accessors and data (not methods) of up to three prototype layers of `main` below the
  // first global built-in, for showHidden; faint in colour, as node prints them.
  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    let keys;
    const seenKeys = new MapCtor();
    for (let depth = 0; depth < 3; depth++) {
      if (depth !== 0 || main === obj) {
        obj = ObjectGetPrototypeOf(obj);
        if (obj === null) return;
        const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
        if (descriptor !== undefined && typeof descriptor.value === 'function' &&
            MapGet(builtInNames, descriptor.value.name) === true) {
          return;
        }
      }
      if (depth !== 0) {
        for (let i = 0; i < keys.length; i++) MapSet(seenKeys, keys[i], true);
      }
      keys = concat(ObjectGetOwnPropertyNames(obj), ObjectGetOwnPropertySymbols(obj));
      push(ctx.seen, main);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === 'constructor' || hasOwn(main, key) ||
            (depth !== 0 && MapGet(seenKeys, key) === true)) {
          continue;
        }
        const desc = ObjectGetOwnPropertyDescriptor(obj, key);
        if (typeof desc.value === 'function') continue;
        const text = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc);
        push(output, ctx.colors ? `\u001b[2m${text}\u001b[22m` : text);
      }
      ctx.seen.length -= 1;
    }
  }

  function getPrefix(constructor, tag, fallback, size = '') {
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
      return `[${fallback}${size}: null prototype] `;
    }
    if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
    return `${constructor}${size} `;
  }

  function getKeys(value, showHidden) {
    const symbols = ObjectGetOwnPropertySymbols(value);
    let keys;
    if (showHidden) {
      keys = ObjectGetOwnPropertyNames(value);
      for (let i = 0; i < symbols.length; i++) push(keys, symbols[i]);
    } else {
      try {
        keys = ObjectKeys(value);
      } catch (err) {
        // A module namespace with an export still in its temporal dead zone.
        keys = ObjectGetOwnPropertyNames(value);
      }
      for (let i = 0; i < symbols.length; i++) {
        if (isEnumerable(value, symbols[i])) push(keys, symbols[i]);
      }
    }
    return keys;
  }

  function isClassSource(source) {
    if (!StringStartsWith(source, 'class') || !StringEndsWith(source, '}')) return false;
    const body = StringSlice(source, 5, -1);
    const brace = StringIndexOf(body, '{');
    return brace !== -1;
  }

  function getClassBase(value, constructor, tag) {
    const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
    let base = `class ${name}`;
    if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    if (constructor !== null) {
      const superName = ObjectGetPrototypeOf(value).name;
      if (superName) base += ` extends ${superName}`;
    } else {
      base += ' extends [null prototype]';
    }
    return `[${base}]`;
  }

  function getFunctionBase(value, constructor, tag) {
    let source = '';
    try {
      source = FunctionToString(value);
    } catch {
      // A revoked proxy or similar: treat as an ordinary function.
    }
    if (isClassSource(source)) return getClassBase(value, constructor, tag);
    const type = natives.functionKind(value);
    let base = `[${type}`;
    if (constructor === null) base += ' (null prototype)';
    if (value.name === '') base += ' (anonymous)';
    else base += `: ${typeof value.name === 'string' ? value.name : formatValue(
        ObjectAssign({}, defaultOptions, {seen: [], indentationLvl: 0, currentDepth: 0}),
        value.name, 0)}`;
    base += ']';
    if (constructor !== type && constructor !== null) base += ` ${constructor}`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    return base;
  }

  function getStackString(error) {
    const stack = error.stack;
    if (typeof stack === 'string') return stack;
    try {
      return ErrorToString(error);
    } catch {
      return '[object Error]';
    }
  }

  // Names the error by its class when its stack only says "Error" (class MyError extends
  // Error {} prints "MyError: ..." like node).
  function improveStack(stack, constructor, name, tag) {
    let len = name.length;
    if (constructor === null ||
        (StringEndsWith(name, 'Error') && StringStartsWith(stack, name) &&
         (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        const start = RegExpTest(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/, stack) ||
            RegExpTest(/^([a-z_A-Z0-9-]*Error)$/, stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prefix = StringSlice(getPrefix(constructor, tag, fallback), 0, -1);
      if (name !== prefix) {
        if (StringIncludes(prefix, name)) {
          if (len === 0) stack = `${prefix}: ${stack}`;
          else stack = `${prefix}${StringSlice(stack, len)}`;
        } else {
          stack = `${prefix} [${name}]${StringSlice(stack, len)}`;
        }
      }
    }
    return stack;
  }

  function formatError(err, constructor, tag, ctx, keys) {
    const name = err.name != null ? StringCtor(err.name) : 'Error';
    let stack = getStackString(err);
    // name, message and stack are shown by the stack already.
    if (!ctx.showHidden && keys.length !== 0) {
      const shown = ['name', 'message', 'stack'];
      for (let i = 0; i < shown.length; i++) {
        const index = indexOf(keys, shown[i]);
        if (index !== -1 && StringIncludes(stack, err[shown[i]])) removeAt(keys, index);
      }
    }
    if ('cause' in err && indexOf(keys, 'cause') === -1) push(keys, 'cause');
    if (ArrayIsArray(err.errors) && indexOf(keys, 'errors') === -1) push(keys, 'errors');
    stack = improveStack(stack, constructor, name, tag);

    let messageEnd = (err.message && StringIndexOf(stack, err.message)) || -1;
    if (messageEnd !== -1) messageEnd += err.message.length;
    const framesStart = StringIndexOf(stack, '\n    at', messageEnd);
    // An error without frames is written in brackets.
    if (framesStart === -1 && !(ctx.bareErrors && ctx.indentationLvl === 0)) stack = `[${stack}]`;
    if (ctx.indentationLvl !== 0) {
      const lines = StringSplit(stack, '\n');
      stack = join(lines, '\n' + StringRepeat(' ', ctx.indentationLvl));
    }
    return stack;
  }

  function getBoxedBase(value, ctx, keys, constructor, tag) {
    const kind = natives.boxedKind(value);
    const primitive = natives.unbox(value);
    // A String object's index keys are its characters, shown by the primitive already.
    if (kind === 'String') {
      let skip = 0;
      while (skip < keys.length && skip < primitive.length && keys[skip] === StringCtor(skip)) skip++;
      for (let i = skip; i < keys.length; i++) keys[i - skip] = keys[i];
      keys.length -= skip;
    }
    let base = `[${kind}`;
    if (kind !== constructor) {
      if (constructor === null) base += ' (null prototype)';
      else base += ` (${constructor})`;
    }
    base += `: ${formatPrimitive(
        ObjectAssign({}, ctx, {compact: true, colors: false}), primitive)}]`;
    if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
    if (keys.length !== 0) return base;
    return stylize(ctx, base, StringToLowerCase(kind));
  }

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

  // ---------------------------------------------------------------------------------------------
  // Layout.

  function isBelowBreakLength(ctx, output, start, base) {
    let total = output.length + start;
    if (total + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      total += visibleLength(ctx, output[i]);
      if (total > ctx.breakLength) return false;
    }
    return base === '' || !StringIncludes(base, '\n');
  }

  // Lays out many short array entries in aligned columns, as node does for arrays of more
  // than six entries.
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let count = output.length;
    // A trailing "... more items" entry is not part of the grid.
    if (ctx.maxArrayLength < output.length) count--;
    const separatorSpace = 2;  // ", "
    const lengths = [];
    for (let i = 0; i < count; i++) {
      const len = visibleLength(ctx, output[i]);
      lengths[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      // Aim for a roughly square block, characters being about 2.5 times higher than wide.
      const averageBias = MathSqrt(actualMax - totalLength / output.length);
      const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
      const columns = MathMin(
          MathRound(MathSqrt(2.5 * biasedMax * count) / biasedMax),
          MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
          ctx.compact * 4,
          15);
      if (columns <= 1) return output;
      const columnWidths = [];
      for (let column = 0; column < columns; column++) {
        let width = 0;
        for (let j = column; j < output.length; j += columns) {
          if (lengths[j] > width) width = lengths[j];
        }
        push(columnWidths, width + separatorSpace);
      }
      // Numbers are right-aligned, anything else left-aligned.
      let pad = StringPadStart;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
            pad = StringPadEnd;
            break;
          }
        }
      }
      const rows = [];
      for (let i = 0; i < count; i += columns) {
        const max = MathMin(i + columns, count);
        let row = '';
        let j = i;
        // Colour codes take no room: pad each entry by its visible width.
        for (; j < max - 1; j++) {
          const width = columnWidths[j - i] + output[j].length - lengths[j];
          row += pad(`${output[j]}, `, width, ' ');
        }
        if (pad === StringPadStart) {
          const width = columnWidths[j - i] + output[j].length - lengths[j] - separatorSpace;
          row += StringPadStart(output[j], width, ' ');
        } else {
          row += output[j];
        }
        push(rows, row);
      }
      if (ctx.maxArrayLength < output.length) push(rows, output[count]);
      return rows;
    }
    return output;
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        // Objects nested less than `compact` levels deep go on one line when they fit.
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = join(output, ', ');
            if (!StringIncludes(joined, '\n')) {
              return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
            }
          }
        }
      }
      const indentation = '\n' + StringRepeat(' ', ctx.indentationLvl);
      return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
          join(output, `,${indentation}  `)}${indentation}${braces[1]}`;
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return `${braces[0]}${base ? ` ${base}` : ''} ${join(output, ', ')} ${braces[1]}`;
    }
    const indentation = '\n' + StringRepeat(' ', ctx.indentationLvl);
    const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${
        StringRepeat(' ', ctx.indentationLvl)}  `;
    return `${braces[0]}${ln}${join(output, `,${indentation}  `)} ${braces[1]}`;
  }

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

  return {inspect, inspectForShell, format, registerPlatformPrototype};
})
