// What every web interface written in JavaScript needs from WebIDL: property attributes as
// WebIDL makes them, argument conversions and their error messages. Its exports are given to the
// other web factories as `natives.idl`.
(function makeWebIdl() {
  'use strict';

  const TypeErrorCtor = TypeError;
  const StringCtor = String;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectGetOwnPropertyDescriptors = Object.getOwnPropertyDescriptors;
  const ReflectOwnKeys = Reflect.ownKeys;
  const SymbolToStringTag = Symbol.toStringTag;

  // Makes a class look like a WebIDL interface: operations and attributes of the prototype (and
  // static ones) enumerable, as WebIDL defines them and classes do not; @@toStringTag the name.
  function defineInterface(ctor, name = ctor.name) {
    for (const target of [ctor.prototype, ctor]) {
      const descriptors = ObjectGetOwnPropertyDescriptors(target);
      for (const key of ReflectOwnKeys(descriptors)) {
        if (key === 'constructor' || key === 'prototype' || key === 'length' || key === 'name') {
          continue;
        }
        if (typeof key === 'symbol') continue;
        ObjectDefineProperty(target, key, {enumerable: true});
      }
    }
    ObjectDefineProperty(ctor.prototype, SymbolToStringTag, {value: name, configurable: true});
    return ctor;
  }

  // The TypeError of calling an operation on an object that is not of its interface.
  function illegalInvocation() {
    throw new TypeErrorCtor('Illegal invocation');
  }

  function requireArguments(count, required, what) {
    if (count < required) {
      throw new TypeErrorCtor(`${what}: ${required} argument${required === 1 ? '' : 's'} ` +
          `required, but only ${count} present.`);
    }
  }

  // DOMString conversion: ToString, except that a Symbol is a TypeError.
  function toDOMString(value) {
    if (typeof value === 'symbol') throw new TypeErrorCtor('Cannot convert a Symbol value to a string');
    return StringCtor(value);
  }

  // A dictionary argument: undefined/null are empty, other non-objects are a TypeError.
  function dictionary(value, what) {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' && typeof value !== 'function') {
      throw new TypeErrorCtor(`${what}: The provided value is not of type 'object'.`);
    }
    return value;
  }

  return {defineInterface, illegalInvocation, requireArguments, toDOMString, dictionary};
})
