// What every web interface written in JavaScript needs from WebIDL: property attributes as
// WebIDL makes them, argument conversions and their error messages. Its exports are given to the
// other web factories as `natives.idl`.
(function makeWebIdl(natives) {
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
        // The class's own constructor/prototype/length/name are not operations or attributes
        // (an interface's prototype may well have a `name` attribute: File, PerformanceEntry).
        if (target === ctor ? key === 'prototype' || key === 'length' || key === 'name' :
          key === 'constructor') {
          continue;
        }
        if (typeof key === 'symbol') continue;
        ObjectDefineProperty(target, key, {enumerable: true});
      }
    }
    ObjectDefineProperty(ctor.prototype, SymbolToStringTag, {value: name, configurable: true});
    // So that console.log shows the attributes of its instances (shell/js/inspect.js).
    natives.registerPlatformPrototype(ctor.prototype);
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

  // [EnforceRange] unsigned long long: a finite number in [0, 2^53 - 1], truncated.
  function toEnforcedUnsignedLongLong(value, what) {
    const number = +value;
    if (!Number.isFinite(number)) {
      throw new TypeErrorCtor(`${what}: Value is not a finite number.`);
    }
    const integer = Math.trunc(number);
    if (integer < 0 || integer > Number.MAX_SAFE_INTEGER) {
      throw new TypeErrorCtor(`${what}: Value is outside the 'unsigned long long' value range.`);
    }
    return integer;
  }

  // DOMException (WebIDL): an Error subclass in V8's eyes, so that it has a stack and reports as
  // an error, with name, message and code as accessors of the prototype.
  const legacyCodes = {__proto__: null, IndexSizeError: 1, HierarchyRequestError: 3,
    WrongDocumentError: 4, InvalidCharacterError: 5, NoModificationAllowedError: 7,
    NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
    InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
    URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24,
    DataCloneError: 25};
  const constantNames = ['INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR',
    'WRONG_DOCUMENT_ERR', 'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR',
    'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR', 'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR',
    'INVALID_STATE_ERR', 'SYNTAX_ERR', 'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR',
    'INVALID_ACCESS_ERR', 'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR',
    'ABORT_ERR', 'URL_MISMATCH_ERR', 'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR',
    'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR'];

  class DOMException extends Error {
    #name;
    #message;

    constructor(message = '', name = 'Error') {
      super();
      this.#message = toDOMString(message);
      this.#name = toDOMString(name);
    }

    get name() {
      if (!(this !== null && typeof this === 'object' && #name in this)) illegalInvocation();
      return this.#name;
    }

    get message() {
      if (!(this !== null && typeof this === 'object' && #name in this)) illegalInvocation();
      return this.#message;
    }

    get code() {
      if (!(this !== null && typeof this === 'object' && #name in this)) illegalInvocation();
      return legacyCodes[this.#name] || 0;
    }
  }
  defineInterface(DOMException);
  for (let i = 0; i < constantNames.length; i++) {
    for (const target of [DOMException, DOMException.prototype]) {
      ObjectDefineProperty(target, constantNames[i], {value: i + 1, enumerable: true});
    }
  }

  return {defineInterface, illegalInvocation, requireArguments, toDOMString, dictionary,
    toEnforcedUnsignedLongLong, DOMException};
})
