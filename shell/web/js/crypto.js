// Crypto and SubtleCrypto of Web Cryptography: getRandomValues, randomUUID and subtle.digest.
// Randomness is libuv's uv_random (the OS's CSPRNG) and digests are OpenSSL's, both native
// (shell/web/crypto.cc). SubtleCrypto has digest only: its other operations are not there.
(function makeCrypto(natives) {
  'use strict';

  const {idl} = natives;
  const {DOMException} = idl;
  const TypeErrorCtor = TypeError;
  const PromiseCtor = Promise;
  const PromiseReject = Promise.reject.bind(Promise);
  const StringToUpperCase = Function.prototype.call.bind(String.prototype.toUpperCase);
  const NumberToString = Function.prototype.call.bind(Number.prototype.toString);
  const StringPadStart = Function.prototype.call.bind(String.prototype.padStart);
  let constructing = false;

  const illegalConstructor = () => {
    throw new TypeErrorCtor('Illegal constructor');
  };

  // The digest algorithms by their normalized names.
  const digests = {__proto__: null, 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384',
    'SHA-512': 'sha512'};

  class SubtleCrypto {
    constructor() {
      if (!constructing) illegalConstructor();
    }

    digest(algorithm, data) {
      if (!(this !== null && typeof this === 'object' && this instanceof SubtleCrypto)) {
        return PromiseReject(new TypeErrorCtor('Illegal invocation'));
      }
      try {
        idl.requireArguments(arguments.length, 2, "Failed to execute 'digest' on 'SubtleCrypto'");
        // "Normalize an algorithm": a string is {name: string}; names match case-insensitively.
        if (typeof algorithm !== 'object' || algorithm === null) {
          algorithm = {name: idl.toDOMString(algorithm)};
        }
        if (algorithm.name === undefined) {
          throw new TypeErrorCtor("Failed to execute 'digest' on 'SubtleCrypto': " +
              "Algorithm: name: Missing or not a string");
        }
        const name = StringToUpperCase(idl.toDOMString(algorithm.name));
        const bytes = natives.copyBytes(natives.toBytes(data) ?? invalidData());
        if (!(name in digests)) {
          throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
        }
        return new PromiseCtor((resolve) => resolve(natives.digest(digests[name], bytes)));
      } catch (e) {
        return PromiseReject(e);
      }
    }
  }

  function invalidData() {
    throw new TypeErrorCtor("Failed to execute 'digest' on 'SubtleCrypto': " +
        "The provided value is not of type '(ArrayBuffer or ArrayBufferView)'.");
  }

  const subtle = (() => {
    constructing = true;
    try {
      return new SubtleCrypto();
    } finally {
      constructing = false;
    }
  })();

  class Crypto {
    constructor() {
      if (!constructing) illegalConstructor();
    }

    get subtle() {
      Crypto.#check(this);
      return subtle;
    }

    getRandomValues(array) {
      Crypto.#check(this);
      idl.requireArguments(arguments.length, 1, "Failed to execute 'getRandomValues' on 'Crypto'");
      if (!natives.isIntegerTypedArray(array)) {
        throw new DOMException("Failed to execute 'getRandomValues' on 'Crypto': The provided " +
            "ArrayBufferView is of type '" + natives.typeName(array) + "', which is not an " +
            'integer array type.', 'TypeMismatchError');
      }
      if (array.byteLength > 65536) {
        throw new DOMException("Failed to execute 'getRandomValues' on 'Crypto': The " +
            "ArrayBufferView's byte length (" + array.byteLength + ') exceeds the number of ' +
            'bytes of entropy available via this API (65536).', 'QuotaExceededError');
      }
      natives.randomFill(array);
      return array;
    }

    // A version 4 UUID (RFC 4122): 122 random bits.
    randomUUID() {
      Crypto.#check(this);
      const bytes = new Uint8Array(16);
      natives.randomFill(bytes);
      bytes[6] = (bytes[6] & 0x0F) | 0x40;
      bytes[8] = (bytes[8] & 0x3F) | 0x80;
      let hex = '';
      for (let i = 0; i < 16; i++) {
        hex += StringPadStart(NumberToString(bytes[i], 16), 2, '0');
        if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
      }
      return hex;
    }

    static #check(self) {
      if (!(self !== null && typeof self === 'object' && self instanceof Crypto && self === crypto)) {
        idl.illegalInvocation();
      }
    }
  }

  idl.defineInterface(SubtleCrypto);
  idl.defineInterface(Crypto);
  constructing = true;
  const crypto = new Crypto();
  constructing = false;
  return {Crypto, SubtleCrypto, crypto};
})
