// Blob and File of the File API (https://w3c.github.io/FileAPI/): immutable bytes in memory with
// a MIME type; slice, text, arrayBuffer, bytes and stream.
// `bytesOf` gives the shell (Response) a blob's bytes.
(function makeBlob(natives) {
  'use strict';

  const {idl} = natives;
  const TypeErrorCtor = TypeError;
  const Uint8ArrayCtor = Uint8Array;
  const PromiseResolve = Promise.resolve.bind(Promise);
  const PromiseReject = Promise.reject.bind(Promise);
  const SymbolIterator = Symbol.iterator;
  const DateNow = Date.now;
  const MathMax = Math.max;
  const MathMin = Math.min;
  const MathTrunc = Math.trunc;
  const TypedArrayPrototypeSet = Function.prototype.call.bind(Uint8Array.prototype.set);
  const TypedArrayPrototypeSlice = Function.prototype.call.bind(Uint8Array.prototype.slice);
  const isObject = (value) => value !== null && (typeof value === 'object' || typeof value === 'function');

  // A type is kept, lowercased, only if all its code units are printable ASCII.
  function normalizeType(type) {
    for (let i = 0; i < type.length; i++) {
      const c = type.charCodeAt(i);
      if (c < 0x20 || c > 0x7E) return '';
    }
    return type.toLowerCase();
  }

  // "Convert line endings to native" (LF on this platform).
  const toNativeEndings = (text) => text.replace(/\r\n?/g, '\n');

  function readOptions(options, what) {
    const dict = idl.dictionary(options, what);
    const endings = dict.endings === undefined ? 'transparent' : idl.toDOMString(dict.endings);
    if (endings !== 'transparent' && endings !== 'native') {
      throw new TypeErrorCtor(`${what}: The provided value '${endings}' is not a valid enum ` +
          "value of type EndingType.");
    }
    const type = dict.type === undefined ? '' : normalizeType(idl.toDOMString(dict.type));
    return {dict, endings, type};
  }

  let bytesOf;

  // "Process blob parts": the bytes of a sequence of BufferSources, Blobs and strings.
  function processParts(parts, endings, what) {
    if (parts === undefined) return new Uint8ArrayCtor(0);
    if (!isObject(parts) || typeof parts[SymbolIterator] !== 'function') {
      throw new TypeErrorCtor(`${what}: The provided value cannot be converted to a sequence.`);
    }
    const chunks = [];
    let total = 0;
    for (const part of parts) {
      let bytes;
      if (isObject(part) && bytesOf(part) !== undefined) {
        bytes = bytesOf(part);
      } else if (isObject(part) && natives.toBytes(part) !== undefined) {
        bytes = natives.copyBytes(natives.toBytes(part));
      } else {
        let text = natives.toWellFormed(idl.toDOMString(part));
        if (endings === 'native') text = toNativeEndings(text);
        bytes = natives.encodeUtf8(text);
      }
      chunks.push(bytes);
      total += bytes.length;
    }
    const result = new Uint8ArrayCtor(total);
    let offset = 0;
    for (const chunk of chunks) {
      TypedArrayPrototypeSet(result, chunk, offset);
      offset += chunk.length;
    }
    return result;
  }

  // [Clamp] long long.
  function clampLongLong(value) {
    const number = +value;
    if (number !== number) return 0;
    return MathTrunc(MathMin(MathMax(number, -(2 ** 53) + 1), 2 ** 53 - 1));
  }

  class Blob {
    #bytes;
    #type;

    constructor(blobParts = undefined, options = undefined) {
      const what = `Failed to construct '${new.target === Blob ? 'Blob' : new.target.name}'`;
      const {endings, type} = readOptions(options, what);
      this.#bytes = processParts(blobParts, endings, what);
      this.#type = type;
    }

    static {
      bytesOf = (value) => (#bytes in value ? value.#bytes : undefined);
    }

    static #check(self) {
      if (!(isObject(self) && #bytes in self)) idl.illegalInvocation();
    }

    get size() {
      Blob.#check(this);
      return this.#bytes.length;
    }

    get type() {
      Blob.#check(this);
      return this.#type;
    }

    slice(start = undefined, end = undefined, contentType = undefined) {
      Blob.#check(this);
      const size = this.#bytes.length;
      let relativeStart = 0;
      if (start !== undefined) {
        const s = clampLongLong(start);
        relativeStart = s < 0 ? MathMax(size + s, 0) : MathMin(s, size);
      }
      let relativeEnd = size;
      if (end !== undefined) {
        const e = clampLongLong(end);
        relativeEnd = e < 0 ? MathMax(size + e, 0) : MathMin(e, size);
      }
      const type = contentType === undefined ? '' : normalizeType(idl.toDOMString(contentType));
      const blob = new Blob([], {type});
      blob.#bytes = TypedArrayPrototypeSlice(this.#bytes, relativeStart,
          MathMax(relativeEnd, relativeStart));
      return blob;
    }

    text() {
      if (!(isObject(this) && #bytes in this)) return PromiseReject(new TypeErrorCtor('Illegal invocation'));
      return PromiseResolve(natives.decodeUtf8(this.#bytes));
    }

    arrayBuffer() {
      if (!(isObject(this) && #bytes in this)) return PromiseReject(new TypeErrorCtor('Illegal invocation'));
      return PromiseResolve(TypedArrayPrototypeSlice(this.#bytes).buffer);
    }

    bytes() {
      if (!(isObject(this) && #bytes in this)) return PromiseReject(new TypeErrorCtor('Illegal invocation'));
      return PromiseResolve(TypedArrayPrototypeSlice(this.#bytes));
    }

    stream() {
      Blob.#check(this);
      const bytes = this.#bytes;
      return natives.streams.streamOfBytes(() => PromiseResolve(TypedArrayPrototypeSlice(bytes)));
    }
  }

  class File extends Blob {
    #name;
    #lastModified;

    constructor(fileBits, fileName, options = undefined) {
      idl.requireArguments(arguments.length, 2, "Failed to construct 'File'");
      super(fileBits, options);
      this.#name = natives.toWellFormed(idl.toDOMString(fileName));
      const dict = idl.dictionary(options, "Failed to construct 'File'");
      this.#lastModified = dict.lastModified === undefined ? DateNow() :
        MathTrunc(+dict.lastModified) || 0;
    }

    get name() {
      if (!(isObject(this) && #name in this)) idl.illegalInvocation();
      return this.#name;
    }

    get lastModified() {
      if (!(isObject(this) && #name in this)) idl.illegalInvocation();
      return this.#lastModified;
    }

    get webkitRelativePath() {
      if (!(isObject(this) && #name in this)) idl.illegalInvocation();
      return '';
    }
  }

  idl.defineInterface(Blob);
  idl.defineInterface(File);
  return {Blob, File, bytesOf: (value) => (isObject(value) ? bytesOf(value) : undefined)};
})
