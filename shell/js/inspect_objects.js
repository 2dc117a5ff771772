// The console formatter's object shapes: constructor names and prefixes (`Foo [Map]`), keys,
// prototype properties (showHidden), and the bases of classes, functions, errors (with their
// stacks) and boxed primitives.
(function makeInspectObjects(natives) {
  'use strict';

  const {ObjectKeys, ObjectGetOwnPropertyNames, ObjectGetOwnPropertySymbols,
    ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ObjectAssign, hasOwn, isEnumerable,
    ArrayIsArray, StringCtor, FunctionToString, ErrorToString, RegExpTest, StringIndexOf,
    StringIncludes, StringSlice, StringStartsWith, StringEndsWith, StringRepeat, StringSplit,
    StringToLowerCase, MapCtor, MapGet, MapSet, builtInNames, push, join, indexOf, concat, removeAt
  } = natives.primordials;
  const {kObjectType, defaultOptions, stylize, formatValue} = natives.style;
  const {formatPrimitive} = natives.primitives;
  const {formatProperty} = natives.collections;

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

  return {isInstanceof, getConstructorName, getPrefix, getKeys, getFunctionBase, formatError,
    getBoxedBase};
})
