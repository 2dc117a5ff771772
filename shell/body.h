// Response bodies: bytes in memory, a file read through libuv in chunks without blocking the
// loop, or a JavaScript ReadableStream (read through shell/web/streams.h). A body can be read
// once (then it is "used"); clones read the same source afresh (a stream body is never cloned:
// Response tees its stream instead).
#ifndef LINEA_SHELL_BODY_H_
#define LINEA_SHELL_BODY_H_

#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace linea::shell {

class Environment;

class Body {
 public:
  static constexpr size_t kChunkSize = 64 * 1024;

  // Called for each chunk, as its own task (context entered, microtasks drained after).
  using ChunkCallback = std::function<void(v8::Local<v8::Context>, std::span<const uint8_t>)>;
  // Called once at the end: `error` is null when the whole body was read.
  using EndCallback = std::function<void(v8::Local<v8::Context>, const std::string* error)>;

  static std::shared_ptr<Body> FromBytes(std::vector<uint8_t> bytes);
  // Takes ownership of the open file descriptor.
  static std::shared_ptr<Body> FromFile(uv_file fd, std::string path);
  // Reading locks the stream and reads it to its end; its chunks must be Uint8Arrays.
  static std::shared_ptr<Body> FromStream(v8::Isolate* isolate, v8::Local<v8::Object> stream);

  bool used() const { return used_; }
  void MarkUsed() { used_ = true; }

  // An unused body over the same source.
  std::shared_ptr<Body> Clone() const;

  // Reads the whole body on the loop, chunk by chunk.
  void Read(Environment* env, ChunkCallback on_chunk, EndCallback on_end);

  // The JavaScript handle of a body (what Response keeps; empty if V8 failed), and back.
  static v8::MaybeLocal<v8::Object> Wrap(Environment* env, std::shared_ptr<Body> body);
  static std::shared_ptr<Body> Unwrap(v8::Local<v8::Value> handle);

 private:
  struct File;
  struct FileRead;

  std::shared_ptr<const std::vector<uint8_t>> bytes_;
  std::shared_ptr<File> file_;
  std::shared_ptr<v8::Global<v8::Object>> stream_;
  bool used_ = false;
};

// Adds bodyFromBytes, bodyFromStream, bodyUsed, consumeBody and cloneBody to `natives` (for
// response.js).
void AddBodyNatives(v8::Local<v8::Context> context, v8::Local<v8::Object> natives);

}  // namespace linea::shell

#endif  // LINEA_SHELL_BODY_H_
