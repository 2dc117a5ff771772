// Views of the bytes behind JavaScript buffer sources.
#ifndef LINEA_SHELL_BYTES_H_
#define LINEA_SHELL_BYTES_H_

#include <v8.h>

#include <cstdint>
#include <span>
#include <vector>

namespace linea::shell {

// The bytes of an ArrayBuffer, SharedArrayBuffer or ArrayBufferView (a WebIDL BufferSource);
// false for anything else. A detached buffer has no bytes.
bool GetBufferSourceBytes(v8::Local<v8::Value> value, std::span<uint8_t>* bytes);

// A Uint8Array over the same bytes as a BufferSource (undefined-empty if not one).
v8::MaybeLocal<v8::Uint8Array> BufferSourceView(v8::Local<v8::Value> value);

// A new ArrayBuffer taking over `bytes` without copying them.
v8::Local<v8::ArrayBuffer> NewArrayBuffer(v8::Isolate* isolate, std::vector<uint8_t> bytes);

// A new Uint8Array holding a copy of `bytes`.
v8::Local<v8::Uint8Array> NewUint8Array(v8::Isolate* isolate, std::span<const uint8_t> bytes);

}  // namespace linea::shell

#endif  // LINEA_SHELL_BYTES_H_
