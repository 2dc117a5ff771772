#include "bindings/state.h"

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

#include "bindings/exported_function.h"
#include "bindings/gc_objects.h"
#include "bindings/heap_tracer.h"
#include "bindings/stack_trace.h"
#include "bindings/wrapper.h"

namespace linea::bindings {
namespace {

// Isolate -> State. A plain list: there are few isolates, and it keeps the isolate's data slots
// free for the embedder.
std::mutex& RegistryMutex() {
  static std::mutex mutex;
  return mutex;
}
std::vector<std::pair<v8::Isolate*, State*>>& Registry() {
  static auto* registry = new std::vector<std::pair<v8::Isolate*, State*>>();
  return *registry;
}

constexpr std::string_view kInterfaceNames[kInterfaceCount] = {
    "Module", "Instance", "Memory", "Table", "Global", "Tag", "Exception", "Suspending"};
constexpr std::string_view kQualifiedNames[kInterfaceCount] = {
    "WebAssembly.Module",    "WebAssembly.Instance",  "WebAssembly.Memory",
    "WebAssembly.Table",     "WebAssembly.Global",    "WebAssembly.Tag",
    "WebAssembly.Exception", "WebAssembly.Suspending"};
constexpr std::string_view kErrorNames[kErrorTypeCount] = {"CompileError", "LinkError",
                                                           "RuntimeError", "SuspendError"};

rt::StoreLimits LimitsFor(const Options& options) {
  rt::StoreLimits limits;
  limits.max_memory_pages = options.max_memory_pages;
  return limits;
}

}  // namespace

std::string_view InterfaceName(Interface interface) {
  return kInterfaceNames[static_cast<size_t>(interface)];
}
std::string_view QualifiedInterfaceName(Interface interface) {
  return kQualifiedNames[static_cast<size_t>(interface)];
}
std::string_view ErrorTypeName(ErrorType type) { return kErrorNames[static_cast<size_t>(type)]; }

State::State(v8::Isolate* isolate, Embedder* embedder, const Options& options)
    : isolate_(isolate),
      embedder_(embedder),
      options_(options),
      store_(LimitsFor(options)),
      stack_traces_(std::make_unique<StackTraces>(isolate)),
      data_(isolate, v8::External::New(isolate, this)),
      function_key_(isolate,
                    v8::Private::New(isolate, v8::String::NewFromUtf8Literal(
                                                  isolate, "WebAssembly.FunctionAddress"))),
      memory_key_(isolate, v8::Private::New(isolate, v8::String::NewFromUtf8Literal(
                                                         isolate, "WebAssembly.MemoryObject"))),
      js_tag_(std::make_shared<rt::Tag>(
          rt::CanonicalTypeId(rt::FuncType{{rt::ValType::kExternRef}, {}}))) {
  store_.SetExceptionsUntilCollection(kMinExceptionsBetweenCollections);
  v8::HandleScope scope(isolate);
  v8::Local<v8::ObjectTemplate> link = v8::ObjectTemplate::New(isolate);
  link->SetInternalFieldCount(2);
  function_link_template_.Reset(isolate, link);
  function_link_key_.Reset(
      isolate, v8::Private::New(isolate, v8::String::NewFromUtf8Literal(
                                             isolate, "WebAssembly.FunctionTracingLink")));
  tracer_ = std::make_unique<StoreTracer>(*this);
  isolate->SetEmbedderHeapTracer(tracer_.get());
  store_.set_function_finalizer([](rt::Function* function) {
    delete static_cast<FunctionData*>(function->embedder_data);
    function->embedder_data = nullptr;
  });
}

State::~State() {
  isolate_->SetEmbedderHeapTracer(nullptr);
  // GC object wrappers whose weak callbacks never ran (the isolate goes away first).
  DisposeGcWrappers(*this);
}

void State::CollectStoreIfDue() {
  constexpr uint32_t kInstantiationsPerCollection = 1000;
  if (collection_blocks_ != 0 ||
      ++instantiations_since_collection_ < kInstantiationsPerCollection) {
    return;
  }
  instantiations_since_collection_ = 0;
  if (!store_.Collect()) return;
  if (store_.instance_count() >=
      std::max<size_t>(kInstantiationsPerCollection, 2 * instances_after_full_gc_)) {
    // A full GC runs the weak callbacks of the wrappers it frees at once (both passes).
    isolate_->LowMemoryNotification();
    store_.Collect();
    instances_after_full_gc_ = store_.instance_count();
  }
}

void State::CollectExceptions() {
  if (collection_blocks_ != 0 || !store_.CollectExceptions()) return;
  const size_t count = store_.exception_count();
  store_.SetExceptionsUntilCollection(std::max(kMinExceptionsBetweenCollections, 2 * count) -
                                      count);
}

State& State::GetOrCreate(v8::Isolate* isolate, Embedder* embedder, const Options& options) {
  std::lock_guard lock(RegistryMutex());
  for (auto& [key, state] : Registry()) {
    if (key != isolate) continue;
    if (state->embedder_ == nullptr) state->embedder_ = embedder;
    return *state;
  }
  // Deliberately not owned by a static: its V8 handles must not outlive the isolate at exit.
  State* state = new State(isolate, embedder, options);
  Registry().emplace_back(isolate, state);
  return *state;
}

void State::Dispose(v8::Isolate* isolate) {
  State* state = nullptr;
  {
    std::lock_guard lock(RegistryMutex());
    auto& registry = Registry();
    auto it = std::find_if(registry.begin(), registry.end(),
                           [&](const auto& entry) { return entry.first == isolate; });
    if (it == registry.end()) return;
    state = it->second;
    registry.erase(it);
  }
  // Each destructor may erase from the cache, not from this list: take it first.
  std::unordered_set<Wrappable*> wrappers;
  wrappers.swap(state->wrappers_);
  for (Wrappable* wrapper : wrappers) delete wrapper;
  Wrappable::DeleteAwaitingSecondPass();
  delete state;
}

State* State::Get(v8::Isolate* isolate) {
  std::lock_guard lock(RegistryMutex());
  for (auto& [key, state] : Registry()) {
    if (key == isolate) return state;
  }
  return nullptr;
}

bool State::RethrowPendingException() {
  if (pending_exception_.IsEmpty()) return false;
  v8::Local<v8::Value> exception = pending_exception_.Get(isolate_);
  pending_exception_.Reset();
  isolate_->ThrowException(exception);
  return true;
}

}  // namespace linea::bindings
