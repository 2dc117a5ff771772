// Everything the bindings keep per V8 isolate (per JS agent, in the spec's words): the agent's
// associated store, the interface templates, the object caches the JS API spec requires (one JS
// object per Memory, Table, Global and function address), the externref handle table, and the
// JS exception travelling through wasm frames.
#ifndef LINEA_BINDINGS_STATE_H_
#define LINEA_BINDINGS_STATE_H_

#include <v8.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bindings/externref_table.h"
#include "bindings/webassembly.h"
#include "runtime/store/store.h"
#include "runtime/store/store_inline.h"

namespace linea::bindings {

class StackTraces;
class Wrappable;
class StoreTracer;

// The interfaces whose objects wrap a native (see wrapper.h).
enum class Interface : uint8_t {
  kModule,
  kInstance,
  kMemory,
  kTable,
  kGlobal,
  kTag,
  kException,
  kSuspending,
};
inline constexpr size_t kInterfaceCount = 8;
// "Memory"
std::string_view InterfaceName(Interface interface);
// "WebAssembly.Memory": the WebIDL qualified name ([LegacyNamespace=WebAssembly]).
std::string_view QualifiedInterfaceName(Interface interface);

// The NativeError-like classes of the namespace.
enum class ErrorType : uint8_t { kCompileError, kLinkError, kRuntimeError, kSuspendError };
inline constexpr size_t kErrorTypeCount = 4;
std::string_view ErrorTypeName(ErrorType type);  // "CompileError", ...

class State {
 public:
  // The state of `isolate`, made on the first call; later calls keep the first embedder
  // unless it was null. It lives until Dispose.
  static State& GetOrCreate(v8::Isolate* isolate, Embedder* embedder, const Options& options);
  // Frees the state of `isolate` with everything it owns: the native part of every wrapper
  // whose JS object is still alive, the store with all its objects. Before Isolate::Dispose,
  // with no JS running; the isolate's WebAssembly objects must not be used afterwards.
  static void Dispose(v8::Isolate* isolate);
  // nullptr if InstallWebAssembly never ran in this isolate.
  static State* Get(v8::Isolate* isolate);
  // Every callback we create carries the State as its data (see data()).
  static State& From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return *static_cast<State*>(info.Data().As<v8::External>()->Value());
  }

  State(const State&) = delete;
  State& operator=(const State&) = delete;

  v8::Isolate* isolate() const { return isolate_; }
  rt::Store& store() { return store_; }
  Embedder* embedder() const { return embedder_; }
  const Options& options() const { return options_; }
  v8::Local<v8::External> data() const { return data_.Get(isolate_); }

  // Interface templates, made once per isolate by the Install function of each interface and
  // instantiated per context (V8 caches one function per context for each template).
  bool has_interface_template(Interface interface) const {
    return !interfaces_[static_cast<size_t>(interface)].IsEmpty();
  }
  v8::Local<v8::FunctionTemplate> interface_template(Interface interface) const {
    return interfaces_[static_cast<size_t>(interface)].Get(isolate_);
  }
  void set_interface_template(Interface interface, v8::Local<v8::FunctionTemplate> tmpl) {
    interfaces_[static_cast<size_t>(interface)].Reset(isolate_, tmpl);
  }
  bool has_error_template(ErrorType type) const {
    return !errors_[static_cast<size_t>(type)].IsEmpty();
  }
  v8::Local<v8::FunctionTemplate> error_template(ErrorType type) const {
    return errors_[static_cast<size_t>(type)].Get(isolate_);
  }
  void set_error_template(ErrorType type, v8::Local<v8::FunctionTemplate> tmpl) {
    errors_[static_cast<size_t>(type)].Reset(isolate_, tmpl);
  }

  // WebAssembly.Function's constructor template (bindings/type_reflection.h); empty until
  // installed.
  v8::Local<v8::FunctionTemplate> function_interface_template() const {
    return function_interface_.Get(isolate_);
  }
  void set_function_interface_template(v8::Local<v8::FunctionTemplate> tmpl) {
    function_interface_.Reset(isolate_, tmpl);
  }

  // Private (script-invisible) keys: an Exported Function's [[FunctionAddress]], and the Memory
  // object a memory's ArrayBuffer belongs to.
  v8::Local<v8::Private> function_address_key() const { return function_key_.Get(isolate_); }
  v8::Local<v8::Private> memory_buffer_key() const { return memory_key_.Get(isolate_); }

  ExternRefTable& externrefs() { return externrefs_; }

  // Wasm frames in JS stack traces (stack_trace.h).
  StackTraces& stack_traces() { return *stack_traces_; }

  // V8's tracing through the store (heap_tracer.h), and what it needs: the template of the
  // hidden object each Exported Function carries for it, under a private key.
  StoreTracer& tracer() { return *tracer_; }
  v8::Local<v8::ObjectTemplate> function_link_template() const {
    return function_link_template_.Get(isolate_);
  }
  v8::Local<v8::Private> function_link_key() const { return function_link_key_.Get(isolate_); }
  bool collection_blocked() const { return collection_blocks_ != 0; }

  // The wrappers (wrapper.h) not yet deleted (their JS objects alive, or collected with the
  // deletion still to come in V8's second weak-callback pass): Dispose deletes them.
  std::unordered_set<Wrappable*>& wrappers() { return wrappers_; }

  // The store's collector (rt::Store::Collect), run every kInstantiationsPerCollection
  // instantiations unless blocked. When instances pile up anyway (their JS objects not yet
  // collected by V8), V8 is asked for a full collection first, at most each time the number of
  // live instances doubles, so the work stays linear.
  void CollectStoreIfDue();
  // Frees unreachable wasm exceptions once their number has doubled since the last time (and
  // is at least a few hundred); called where the externref table collects. The test is inline:
  // every JS-to-wasm call makes it.
  void CollectExceptionsIfDue() {
    if (exception_collection_due()) [[unlikely]] {
      CollectExceptions();
    }
  }
  bool exception_collection_due() const { return store_.exception_collection_due(); }
  // While one lives, C++ may hold store objects that no root reaches (imports being read, an
  // instance not yet wrapped): no collection.
  class CollectionBlock {
   public:
    explicit CollectionBlock(State& state) : state_(state) { ++state_.collection_blocks_; }
    ~CollectionBlock() { --state_.collection_blocks_; }
    CollectionBlock(const CollectionBlock&) = delete;
    CollectionBlock& operator=(const CollectionBlock&) = delete;

   private:
    State& state_;
  };

  // The Memory, Table and Global object caches of the spec, keyed by the runtime object. Weak:
  // a wrapper removes itself when its JS object is collected (nothing can observe that a new
  // object is made afterwards, since nobody holds the old one).
  std::unordered_map<const void*, Wrappable*>& object_cache() { return object_cache_; }
  // WebAssembly GC objects crossed to JS and their wrappers (bindings/gc_objects.cc).
  std::unordered_map<const void*, void*>& gc_wrappers() { return gc_wrappers_; }
  v8::Global<v8::ObjectTemplate>& gc_template() { return gc_template_; }
  v8::Global<v8::Object>& gc_proxy_handler() { return gc_proxy_handler_; }

  // A JS exception thrown by a host function, kept while the runtime unwinds the wasm frames
  // between it and the JS caller (Outcome::kException).
  void set_pending_exception(v8::Local<v8::Value> exception) {
    pending_exception_.Reset(isolate_, exception);
  }
  // Throws the kept exception again, unchanged. Returns false if there was none (the isolate
  // is terminating: nothing may be thrown then).
  bool RethrowPendingException();

  // JSPI (suspending.h): where each running WebAssembly.promising call's activation starts
  // (rt::InnermostActivationStart), innermost last; and the promise a Suspending import
  // returned, kept from the import's suspension until its promising call takes it.
  std::vector<uint32_t>& promising_activations() { return promising_activations_; }
  v8::Global<v8::Promise>& suspending_promise() { return suspending_promise_; }
  // The templates of a suspension's two promise reactions, [0] rejected and [1] fulfilled
  // (suspending.cc), made on first use.
  v8::Global<v8::ObjectTemplate>& jspi_reaction_template(bool fulfilled) {
    return jspi_reaction_templates_[fulfilled ? 1 : 0];
  }

  // The tag of JS exceptions crossing wasm (WebAssembly.JSTag): one externref parameter.
  const std::shared_ptr<rt::Tag>& js_tag() const { return js_tag_; }

 private:
  State(v8::Isolate* isolate, Embedder* embedder, const Options& options);
  ~State();

  v8::Isolate* isolate_;
  Embedder* embedder_;
  Options options_;
  rt::Store store_;
  std::unique_ptr<StackTraces> stack_traces_;
  v8::Global<v8::External> data_;
  std::array<v8::Global<v8::FunctionTemplate>, kInterfaceCount> interfaces_;
  std::array<v8::Global<v8::FunctionTemplate>, kErrorTypeCount> errors_;
  v8::Global<v8::FunctionTemplate> function_interface_;
  v8::Global<v8::Private> function_key_;
  v8::Global<v8::Private> memory_key_;
  ExternRefTable externrefs_;
  std::unique_ptr<StoreTracer> tracer_;
  v8::Global<v8::ObjectTemplate> function_link_template_;
  v8::Global<v8::Private> function_link_key_;
  std::unordered_set<Wrappable*> wrappers_;
  int collection_blocks_ = 0;
  uint32_t instantiations_since_collection_ = 0;
  size_t instances_after_full_gc_ = 0;
  // A collection is due when the store holds max(kMinExceptionsBetweenCollections, twice the
  // exceptions left by the last collection); the store counts down to it.
  static constexpr size_t kMinExceptionsBetweenCollections = 256;
  void CollectExceptions();
  std::unordered_map<const void*, Wrappable*> object_cache_;
  std::unordered_map<const void*, void*> gc_wrappers_;
  v8::Global<v8::ObjectTemplate> gc_template_;
  v8::Global<v8::Object> gc_proxy_handler_;
  v8::Global<v8::Value> pending_exception_;
  std::shared_ptr<rt::Tag> js_tag_;
  std::vector<uint32_t> promising_activations_;
  v8::Global<v8::Promise> suspending_promise_;
  std::array<v8::Global<v8::ObjectTemplate>, 2> jspi_reaction_templates_;
};

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_STATE_H_
