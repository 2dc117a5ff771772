#include "shell/web/compression.h"

#include <zlib.h>

#include <memory>
#include <string>
#include <vector>

#include "shell/bytes.h"
#include "shell/embedded_js.h"
#include "shell/owned_by_js.h"
#include "shell/v8_util.h"
#include "shell/web/install.h"
#include "shell/web/streams.h"

namespace linea::shell::web {
namespace {

// One zlib stream, compressing or decompressing, owned by the JavaScript object holding it.
struct ZlibStream {
  z_stream z = {};
  bool compress = false;
  bool ended = false;  // Decompression saw the end of the compressed data.
  bool initialized = false;
  ~ZlibStream() {
    if (!initialized) return;
    if (compress)
      deflateEnd(&z);
    else
      inflateEnd(&z);
  }
};

// windowBits for each format: zlib's header (deflate), none (deflate-raw), gzip's (+16).
int WindowBits(const std::string& format) {
  if (format == "deflate") return 15;
  if (format == "deflate-raw") return -15;
  if (format == "gzip") return 15 + 16;
  return 0;
}

ZlibStream* Unwrap(v8::Local<v8::Value> value) { return OwnedByJs<ZlibStream>::From(value); }

// openZlib(format, compress) -> an opaque holder of a zlib stream.
void OpenZlib(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int window_bits = WindowBits(ToUtf8(isolate, args[0]));
  auto stream = std::make_unique<ZlibStream>();
  stream->compress = args[1]->IsTrue();
  int status = stream->compress ? deflateInit2(&stream->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED,
                                               window_bits, 8, Z_DEFAULT_STRATEGY)
                                : inflateInit2(&stream->z, window_bits);
  if (window_bits == 0 || status != Z_OK) {
    ThrowError(isolate, "zlib cannot start a stream");
    return;
  }
  stream->initialized = true;
  v8::Local<v8::Object> holder;
  if (!OwnedByJs<ZlibStream>::NewHolder(isolate, std::move(stream)).ToLocal(&holder)) return;
  args.GetReturnValue().Set(holder);
}

// zlibWrite(holder, bytes or undefined for the end) -> Uint8Array of the output so far; throws a
// TypeError for corrupt or truncated compressed data, or data after its end.
void ZlibWrite(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ZlibStream* stream = Unwrap(args[0]);
  if (stream == nullptr) return;
  bool finish = args[1]->IsUndefined();
  std::span<uint8_t> input;
  if (!finish) GetBufferSourceBytes(args[1], &input);
  if (!stream->compress && stream->ended && !input.empty()) {
    ThrowTypeError(isolate, "Failed to decompress: there is data after the end of the stream");
    return;
  }
  std::vector<uint8_t> output;
  stream->z.next_in = input.data();
  stream->z.avail_in = static_cast<uInt>(input.size());
  uint8_t buffer[16384];
  while (true) {
    stream->z.next_out = buffer;
    stream->z.avail_out = sizeof buffer;
    int status = stream->compress ? deflate(&stream->z, finish ? Z_FINISH : Z_NO_FLUSH)
                                  : inflate(&stream->z, Z_NO_FLUSH);
    output.insert(output.end(), buffer, buffer + (sizeof buffer - stream->z.avail_out));
    if (status == Z_STREAM_END) {
      if (!stream->compress) {
        stream->ended = true;
        if (stream->z.avail_in > 0) {
          ThrowTypeError(isolate,
                         "Failed to decompress: there is data after the end of the stream");
          return;
        }
      }
      break;
    }
    if (status == Z_BUF_ERROR) break;  // No progress possible: more input is needed.
    if (status != Z_OK) {
      ThrowTypeError(isolate, std::string("Failed to decompress: ") +
                                  (stream->z.msg != nullptr ? stream->z.msg : "invalid data"));
      return;
    }
    if (stream->z.avail_out != 0 && stream->z.avail_in == 0 && !finish) break;
  }
  if (finish && !stream->compress && !stream->ended) {
    ThrowTypeError(isolate, "Failed to decompress: the compressed data ended too soon");
    return;
  }
  args.GetReturnValue().Set(NewUint8Array(isolate, output));
}

}  // namespace

void InstallCompression(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  SetMethod(context, natives, "openZlib", OpenZlib);
  SetMethod(context, natives, "zlibWrite", ZlibWrite);
  AddStreamNatives(context, natives);
  IgnoreResult(InstallFactoryExports(context, global, js::kCompressionSource, "compression.js",
                                     natives, {"CompressionStream", "DecompressionStream"}));
}

}  // namespace linea::shell::web
