#include "shell/body.h"

#include <unistd.h>

#include "shell/bytes.h"
#include "shell/environment.h"
#include "shell/owned_by_js.h"
#include "shell/v8_util.h"
#include "shell/web/streams.h"

namespace linea::shell {

struct Body::File {
  File(uv_file fd, std::string path) : fd(fd), path(std::move(path)) {}
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  ~File() { close(fd); }
  const uv_file fd;
  const std::string path;
};

// One pass over a file: a read at a time, at its own offset, so clones sharing the descriptor
// read independently. The next read is issued before a chunk is handed on, so the thread pool
// reads ahead while the loop's thread works on the chunk (e.g. compiles it).
struct Body::FileRead {
  Environment* env;
  std::shared_ptr<File> file;
  ChunkCallback on_chunk;
  EndCallback on_end;
  std::vector<uint8_t> buffer = {};
  int64_t offset = 0;
  uv_fs_t request = {};

  // Starts the next read; an error message if it could not start.
  const char* Next() {
    buffer.resize(kChunkSize);
    uv_buf_t buf = uv_buf_init(reinterpret_cast<char*>(buffer.data()),
                               static_cast<unsigned int>(buffer.size()));
    request.data = this;
    int status = uv_fs_read(env->loop(), &request, file->fd, &buf, 1, offset, OnRead);
    return status < 0 ? uv_strerror(status) : nullptr;
  }

  static void OnRead(uv_fs_t* request) {
    auto* read = static_cast<FileRead*>(request->data);
    ssize_t result = request->result;
    uv_fs_req_cleanup(request);
    if (result < 0) {
      read->Finish(uv_strerror(static_cast<int>(result)));
      return;
    }
    if (result == 0) {
      read->Finish(nullptr);
      return;
    }
    read->offset += result;
    std::vector<uint8_t> chunk = std::move(read->buffer);
    chunk.resize(static_cast<size_t>(result));
    const char* error = read->Next();
    read->env->RunTask(
        [read, &chunk](v8::Local<v8::Context> context) { read->on_chunk(context, chunk); });
    if (error != nullptr) read->Finish(error);
  }

  void Finish(const char* error) {
    std::string message;
    if (error != nullptr) message = "cannot read '" + file->path + "': " + error;
    env->RunTask([this, error, &message](v8::Local<v8::Context> context) {
      on_end(context, error != nullptr ? &message : nullptr);
    });
    delete this;
  }
};

std::shared_ptr<Body> Body::FromBytes(std::vector<uint8_t> bytes) {
  auto body = std::make_shared<Body>();
  body->bytes_ = std::make_shared<const std::vector<uint8_t>>(std::move(bytes));
  return body;
}

std::shared_ptr<Body> Body::FromFile(uv_file fd, std::string path) {
  auto body = std::make_shared<Body>();
  body->file_ = std::make_shared<File>(fd, std::move(path));
  return body;
}

std::shared_ptr<Body> Body::FromStream(v8::Isolate* isolate, v8::Local<v8::Object> stream) {
  auto body = std::make_shared<Body>();
  body->stream_ = std::make_shared<v8::Global<v8::Object>>(isolate, stream);
  return body;
}

std::shared_ptr<Body> Body::Clone() const {
  auto body = std::make_shared<Body>();
  body->bytes_ = bytes_;
  body->file_ = file_;
  body->stream_ = stream_;
  return body;
}

void Body::Read(Environment* env, ChunkCallback on_chunk, EndCallback on_end) {
  if (stream_) {
    v8::HandleScope scope(env->isolate());
    web::ReadStream(env, stream_->Get(env->isolate()), std::move(on_chunk), std::move(on_end));
    return;
  }
  if (file_) {
    auto* read = new FileRead{env, file_, std::move(on_chunk), std::move(on_end)};
    if (const char* error = read->Next()) read->Finish(error);
    return;
  }
  // In-memory bytes are delivered in chunks too, one task each, like a file.
  auto bytes = bytes_;
  auto deliver = std::make_shared<std::function<void(size_t)>>();
  *deliver = [env, bytes, on_chunk, on_end, deliver](size_t offset) {
    env->PostTask([env, bytes, on_chunk, on_end, deliver, offset](v8::Local<v8::Context> context) {
      if (offset >= bytes->size()) {
        on_end(context, nullptr);
        *deliver = nullptr;  // Breaks the cycle through the closure.
        return;
      }
      size_t length = std::min(kChunkSize, bytes->size() - offset);
      on_chunk(context, std::span<const uint8_t>(bytes->data() + offset, length));
      (*deliver)(offset + length);
    });
  };
  (*deliver)(0);
}

namespace {

// What a JavaScript body handle owns: a share of the body.
struct BodyHandle {
  std::shared_ptr<Body> body;
};

void BodyFromBytes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::span<uint8_t> bytes;
  if (!GetBufferSourceBytes(args[0], &bytes)) return;
  Environment* env = Environment::From(args.GetIsolate());
  v8::Local<v8::Object> handle;
  if (Body::Wrap(env, Body::FromBytes(std::vector<uint8_t>(bytes.begin(), bytes.end())))
          .ToLocal(&handle)) {
    args.GetReturnValue().Set(handle);
  }
}

void BodyFromStream(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsObject()) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Object> handle;
  if (Body::Wrap(Environment::From(isolate), Body::FromStream(isolate, args[0].As<v8::Object>()))
          .ToLocal(&handle)) {
    args.GetReturnValue().Set(handle);
  }
}

void BodyUsed(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::shared_ptr<Body> body = Body::Unwrap(args[0]);
  args.GetReturnValue().Set(body != nullptr && body->used());
}

void CloneBody(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::shared_ptr<Body> body = Body::Unwrap(args[0]);
  if (body == nullptr) return;
  v8::Local<v8::Object> handle;
  if (Body::Wrap(Environment::From(args.GetIsolate()), body->Clone()).ToLocal(&handle)) {
    args.GetReturnValue().Set(handle);
  }
}

// consumeBody(handle) -> Promise<ArrayBuffer> of the whole body; the body becomes used.
void ConsumeBody(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::shared_ptr<Body> body = Body::Unwrap(args[0]);
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return;
  args.GetReturnValue().Set(resolver->GetPromise());
  if (body == nullptr || body->used()) {
    IgnoreResult(resolver->Reject(context, MakeTypeError(isolate, "body stream already read")));
    return;
  }
  body->MarkUsed();
  struct Collected {
    v8::Global<v8::Promise::Resolver> resolver;
    std::vector<uint8_t> bytes;
  };
  auto collected = std::make_shared<Collected>();
  collected->resolver.Reset(isolate, resolver);
  body->Read(
      Environment::From(isolate),
      [collected](v8::Local<v8::Context>, std::span<const uint8_t> chunk) {
        collected->bytes.insert(collected->bytes.end(), chunk.begin(), chunk.end());
      },
      [collected](v8::Local<v8::Context> context, const std::string* error) {
        v8::Isolate* isolate = context->GetIsolate();
        v8::Local<v8::Promise::Resolver> resolver = collected->resolver.Get(isolate);
        if (error != nullptr) {
          IgnoreResult(resolver->Reject(context, MakeTypeError(isolate, *error)));
        } else {
          IgnoreResult(
              resolver->Resolve(context, NewArrayBuffer(isolate, std::move(collected->bytes))));
        }
        collected->resolver.Reset();
      });
}

}  // namespace

v8::MaybeLocal<v8::Object> Body::Wrap(Environment* env, std::shared_ptr<Body> body) {
  return OwnedByJs<BodyHandle>::NewHolder(env->isolate(),
                                          std::make_unique<BodyHandle>(std::move(body)));
}

std::shared_ptr<Body> Body::Unwrap(v8::Local<v8::Value> value) {
  BodyHandle* handle = OwnedByJs<BodyHandle>::From(value);
  return handle != nullptr ? handle->body : nullptr;
}

void AddBodyNatives(v8::Local<v8::Context> context, v8::Local<v8::Object> natives) {
  SetMethod(context, natives, "bodyFromBytes", BodyFromBytes);
  SetMethod(context, natives, "bodyFromStream", BodyFromStream);
  SetMethod(context, natives, "bodyUsed", BodyUsed);
  SetMethod(context, natives, "cloneBody", CloneBody);
  SetMethod(context, natives, "consumeBody", ConsumeBody);
}

}  // namespace linea::shell
