// CompressionStream and DecompressionStream (Compression Streams,
// https://compression.spec.whatwg.org/): a TransformStream of BufferSources to Uint8Arrays
// through zlib (natives.openZlib, natives.zlibWrite in shell/web/compression.cc).
(function makeCompression(natives) {
  'use strict';

  const {idl} = natives;
  const TypeErrorCtor = TypeError;
  const TransformStreamCtor = TransformStream;
  const formats = ['deflate', 'deflate-raw', 'gzip'];
  const isObject = (value) => value !== null && (typeof value === 'object' || typeof value === 'function');

  // The transform of both classes: each chunk (a BufferSource) through zlib, the end flushed.
  function makeTransform(format, compress, what) {
    const name = idl.toDOMString(format);
    if (!formats.includes(name)) {
      throw new TypeErrorCtor(`Failed to construct '${what}': The provided value '${name}' is ` +
          'not a valid enum value of type CompressionFormat.');
    }
    const zlib = natives.openZlib(name, compress);
    return new TransformStreamCtor({
      transform(chunk, controller) {
        const bytes = isObject(chunk) ? natives.toBytes(chunk) : undefined;
        if (bytes === undefined) {
          throw new TypeErrorCtor('The chunk is not an ArrayBuffer or ArrayBufferView');
        }
        const output = natives.zlibWrite(zlib, bytes);
        if (output.length > 0) controller.enqueue(output);
      },
      flush(controller) {
        const output = natives.zlibWrite(zlib, undefined);
        if (output.length > 0) controller.enqueue(output);
      },
    });
  }

  // CompressionStream and DecompressionStream differ only in the direction: one class each, made
  // by the same maker (separate interfaces, as WebIDL has them).
  function makeClass(name, compress) {
    return {[name]: class {
      #transform;

      constructor(format) {
        idl.requireArguments(arguments.length, 1, `Failed to construct '${name}'`);
        this.#transform = makeTransform(format, compress, name);
      }

      get readable() {
        if (!(isObject(this) && #transform in this)) idl.illegalInvocation();
        return this.#transform.readable;
      }

      get writable() {
        if (!(isObject(this) && #transform in this)) idl.illegalInvocation();
        return this.#transform.writable;
      }
    }}[name];
  }
  const CompressionStream = makeClass('CompressionStream', true);
  const DecompressionStream = makeClass('DecompressionStream', false);

  idl.defineInterface(CompressionStream);
  idl.defineInterface(DecompressionStream);
  return {CompressionStream, DecompressionStream};
})
