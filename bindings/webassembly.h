// The `WebAssembly` namespace of the WebAssembly JS API, bound by hand over linea's runtime.
// This header is the whole contract between the shell and the bindings: the shell installs
// the namespace into a context and provides, through Embedder, the two things the bindings
// cannot do themselves (they know nothing of the event loop or of files/Responses).
#ifndef LINEA_BINDINGS_WEBASSEMBLY_H_
#define LINEA_BINDINGS_WEBASSEMBLY_H_

#include <v8.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace linea::bindings {

// Receives the bytes of a streamed Response body (compileStreaming/instantiateStreaming).
// All calls happen on the JS thread, from the event loop.
class StreamSink {
 public:
  virtual ~StreamSink() = default;
  virtual void OnChunk(std::span<const uint8_t> bytes) = 0;
  virtual void OnEnd() = 0;
  // Reading failed, or the argument was not an acceptable Response: `error` (e.g. a TypeError)
  // rejects the compileStreaming promise.
  virtual void OnError(v8::Local<v8::Value> error) = 0;
  // Function bodies validated and compiled so far: lets the embedder observe (and test) that
  // compilation keeps pace with the bytes as they arrive.
  virtual uint32_t functions_compiled() const = 0;
};

class Embedder {
 public:
  virtual ~Embedder() = default;
  // Runs `work` on a background thread, then `done` on the JS thread from the event loop.
  // `done` runs inside a HandleScope with the context entered; microtasks are drained after.
  virtual void RunInBackground(std::function<void()> work, std::function<void()> done) = 0;
  // Runs `task` on the JS thread in a later task of the event loop (HTML's "queue a task"), with
  // the same scopes as `done` above. Added by the bindings for the instantiation task of
  // WebAssembly.instantiate; the default hops through RunInBackground with no work, an embedder
  // may post it directly.
  virtual void PostTask(std::function<void()> task) {
    RunInBackground([] {}, std::move(task));
  }
  // Atomics.waitAsync (atomics_wait.h): a function that posts a task to this isolate's thread
  // from any thread (a notify on another thread posts the wake-up this way). The embedder runs
  // the task promptly, even when its event loop has nothing else to do. The function may
  // outlive the isolate: tasks posted after it is gone are dropped.
  using CrossThreadPost = std::function<void(std::unique_ptr<v8::Task>)>;
  virtual CrossThreadPost CrossThreadPoster() = 0;
  // Runs `task` on the JS thread from the event loop after `delay_ms` milliseconds (with the
  // scopes of `done` above), unless the returned function, called on the JS thread, cancels it
  // first (calling it after the task ran does nothing). A pending timer keeps the loop alive.
  virtual std::function<void()> StartTimer(double delay_ms, std::function<void()> task) = 0;
  // The Web embedding's part of compileStreaming (WebAssembly Web API, "compile a potential
  // WebAssembly response"): `response` is the resolved argument. The embedder checks that it is
  // a Response, with `ok`, a Content-Type of `application/wasm`, and an unused body, then feeds
  // the body to `sink` as it is read, or calls sink->OnError with a TypeError.
  virtual void StreamResponse(v8::Local<v8::Context> context, v8::Local<v8::Value> response,
                              std::shared_ptr<StreamSink> sink) = 0;
};

struct Options {
  uint32_t max_memory_pages = 65536;  // --max-memory-pages: host limit on any memory.
  // --no-lazy-compile turns it off: every function is compiled with its module, not on its
  // first call (runtime/compile/lazy_compile.h). Process-wide.
  bool lazy_compile = true;
};

// The WebAssembly ES module integration (https://github.com/WebAssembly/esm-integration),
// for the embedder's module loader: a module's bytes compiled (a WebAssembly.Module object, or
// a WebAssembly.CompileError thrown), with the module names its imports use (in order of first
// use) and its export names; and such a module instantiated as `new WebAssembly.Instance(module,
// importObject)` would be, whatever scripts did to the namespace, giving its exports object.
struct ModuleInterface {
  std::vector<std::string> import_modules;
  std::vector<std::string> export_names;
};
v8::MaybeLocal<v8::Object> CompileModuleForImport(v8::Local<v8::Context> context,
                                                  std::span<const uint8_t> bytes,
                                                  const std::string& name,
                                                  ModuleInterface* interface);
v8::MaybeLocal<v8::Object> InstantiateForImport(v8::Local<v8::Context> context,
                                                v8::Local<v8::Value> module,
                                                v8::Local<v8::Value> import_object);

// Defines `WebAssembly` on the context's global object. `embedder` must outlive the context.
void InstallWebAssembly(v8::Local<v8::Context> context, Embedder* embedder, const Options& options);

// Frees everything the bindings keep for `isolate` (the native part of every WebAssembly
// object still alive, the store and all its instances, memories, tables, globals, functions).
// Call it before Isolate::Dispose, with no JS running: V8 runs no weak callbacks at teardown,
// so without it all of that would be left unfreed.
void DisposeWebAssembly(v8::Isolate* isolate);

// Stops the JavaScript and the WebAssembly running in `isolate`: Isolate::TerminateExecution,
// plus a request to the isolate's wasm store (V8 cannot see into linea's interpreter, which
// polls the request at every loop iteration and call). Safe from any thread, as
// TerminateExecution is. Embedders use this instead of calling TerminateExecution directly.
void TerminateExecution(v8::Isolate* isolate);
// Once the terminated script has unwound: Isolate::CancelTerminateExecution and the store's
// request withdrawn, so the isolate can run code again (e.g. the next line of a REPL).
void CancelTerminateExecution(v8::Isolate* isolate);

// Whether WebAssembly's memory.atomic.wait may block the calling thread (threads proposal).
// Off by default, so a wait traps, as on a browser's main thread; per thread: a Worker's
// thread turns it on.
void SetThreadMayBlock(bool may_block);

// Whether `value` is the ArrayBuffer or SharedArrayBuffer of a WebAssembly.Memory. Such a
// buffer must never be detached or transferred by anything but its Memory (the spec gives it
// the [[ArrayBufferDetachKey]] "WebAssembly.Memory"); V8 10.2 has no API to make an
// ArrayBuffer non-detachable, so an embedder adding a transfer facility (structuredClone,
// postMessage) must refuse these buffers itself.
bool IsWebAssemblyMemoryBuffer(v8::Local<v8::Context> context, v8::Local<v8::Value> value);

// Structured clone of WebAssembly objects (bindings/clone.cc), possibly into another isolate:
// a WebAssembly.Module (its compiled module shared, not compiled again) or a WebAssembly.Memory
// over a shared memory (the same memory). Immutable, so safe to hand to another thread.
class SerializedWasmObject;
// The clone data of `object`, or nullptr if it is not a serializable WebAssembly object (an
// Instance, Table, Global, Tag, Exception, or a Memory that is not shared).
std::shared_ptr<SerializedWasmObject> SerializeWasmObject(v8::Local<v8::Context> context,
                                                          v8::Local<v8::Object> object);
// A Module object over the same compiled module, or the Memory object of the same memory, in
// `context`'s isolate (which must have WebAssembly installed). Empty with an exception thrown.
v8::MaybeLocal<v8::Object> DeserializeWasmObject(v8::Local<v8::Context> context,
                                                 const SerializedWasmObject& serialized);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_WEBASSEMBLY_H_
