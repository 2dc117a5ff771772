// TextEncoder and TextDecoder of the Encoding Standard, UTF-8 only (the one encoding the
// standard requires of TextEncoder; TextDecoder refuses other labels with a RangeError).
// The completion value is a factory taking the native codec (shell/text_codec.cc).
(function makeTextCodecs(natives) {
  'use strict';

  const StringCtor = String;
  const StringToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);
  const StringReplace = Function.prototype.call.bind(String.prototype.replace);
  const StringSlice = Function.prototype.call.bind(String.prototype.slice);
  const TypeErrorCtor = TypeError;
  const RangeErrorCtor = RangeError;
  const ObjectDefineProperty = Object.defineProperty;

  const utf8Labels = ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
    'x-unicode20utf8'];

  // A WebIDL dictionary argument: undefined/null are empty, other non-objects are a TypeError.
  function dictionary(value, what) {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' && typeof value !== 'function') {
      throw new TypeErrorCtor(`${what}: the options argument is not an object`);
    }
    return value;
  }

  class TextEncoder {
    #brand = true;

    get encoding() {
      this.#brand;
      return 'utf-8';
    }

    encode(input = '') {
      this.#brand;
      return natives.encode(StringCtor(typeof input === 'symbol' ? invalidSymbol() : input));
    }

    encodeInto(source, destination) {
      this.#brand;
      if (!natives.isUint8Array(destination)) {
        throw new TypeErrorCtor(
            "Failed to execute 'encodeInto' on 'TextEncoder': parameter 2 is not of type 'Uint8Array'.");
      }
      const counts = natives.encodeInto(
          StringCtor(typeof source === 'symbol' ? invalidSymbol() : source), destination);
      return {read: counts[0], written: counts[1]};
    }
  }

  function invalidSymbol() {
    throw new TypeErrorCtor('Cannot convert a Symbol value to a string');
  }

  class TextDecoder {
    #fatal;
    #ignoreBOM;
    #pending = undefined;  // Bytes of an incomplete sequence kept between streaming calls.
    #bomSeen = false;
    #doNotFlush = false;

    constructor(label = 'utf-8', options = undefined) {
      const given = StringCtor(typeof label === 'symbol' ? invalidSymbol() : label);
      const normalized = StringToLowerCase(StringReplace(given, /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''));
      let known = false;
      for (let i = 0; i < utf8Labels.length; i++) {
        if (utf8Labels[i] === normalized) known = true;
      }
      if (!known) {
        throw new RangeErrorCtor(`Failed to construct 'TextDecoder': The encoding label provided ('${
            given}') is invalid or not supported (linea decodes UTF-8 only).`);
      }
      const dict = dictionary(options, "Failed to construct 'TextDecoder'");
      this.#fatal = !!dict.fatal;
      this.#ignoreBOM = !!dict.ignoreBOM;
    }

    get encoding() {
      this.#fatal;
      return 'utf-8';
    }

    get fatal() {
      return this.#fatal;
    }

    get ignoreBOM() {
      return this.#ignoreBOM;
    }

    decode(input = undefined, options = undefined) {
      this.#fatal;
      let bytes;
      if (input !== undefined) {
        bytes = natives.toBytes(input);
        if (bytes === undefined) {
          throw new TypeErrorCtor("Failed to execute 'decode' on 'TextDecoder': " +
              "The provided value is not of type '(ArrayBuffer or ArrayBufferView)'.");
        }
      }
      const stream = !!dictionary(options, "Failed to execute 'decode' on 'TextDecoder'").stream;
      if (!this.#doNotFlush) {
        this.#pending = undefined;
        this.#bomSeen = false;
      }
      this.#doNotFlush = stream;
      const result = natives.decode(this.#pending, bytes, this.#fatal, !stream);
      // result: [text, leftover bytes or undefined]; a fatal error threw already.
      this.#pending = result[1];
      let text = result[0];
      if (!this.#ignoreBOM && !this.#bomSeen && text.length > 0) {
        if (text[0] === '\uFEFF') text = StringSlice(text, 1);
        this.#bomSeen = true;
      }
      return text;
    }
  }

  for (const ctor of [TextEncoder, TextDecoder]) {
    ObjectDefineProperty(ctor.prototype, Symbol.toStringTag,
        {value: ctor.name, configurable: true});
  }

  return {TextEncoder, TextDecoder};
})
