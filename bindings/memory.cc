#include "bindings/memory.h"

#include <string>
#include <utility>

#include "bindings/address_value.h"
#include "bindings/type_reflection.h"
#include "bindings/webidl.h"

namespace linea::bindings {
namespace {

constexpr const char* kName = "WebAssembly.Memory";

// The backing store's deleter data: the buffer keeps the memory mapped while V8 still holds the
// backing store (possibly after a detach), whatever happens to the Memory object.
void ReleaseMemory(void* /*data*/, size_t /*length*/, void* deleter_data) {
  delete static_cast<std::shared_ptr<rt::Memory>*>(deleter_data);
}

// new Memory(descriptor)
void ConstructMemory(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!RequireConstructCall(info, kName) || !RequireArguments(info, 1, kName)) return;

  // MemoryDescriptor, members in lexicographic order: address, initial, maximum, shared.
  v8::Local<v8::Object> descriptor;
  if (!ToDictionary(context, info[0], "WebAssembly.Memory(): descriptor", &descriptor)) return;
  std::optional<bool> address64 =
      ReadAddressType(context, descriptor, "WebAssembly.Memory(): descriptor");
  if (!address64) return;
  v8::Local<v8::Value> member;
  if (!GetInitialOrMinimum(context, descriptor, "WebAssembly.Memory(): descriptor", &member)) {
    return;
  }
  std::optional<uint64_t> initial =
      ToAddressValue(context, member, *address64, "WebAssembly.Memory(): descriptor.initial");
  if (!initial) return;
  std::optional<uint64_t> maximum;
  if (!GetDictionaryMember(context, descriptor, "maximum", &member)) return;
  if (!member->IsUndefined()) {
    maximum =
        ToAddressValue(context, member, *address64, "WebAssembly.Memory(): descriptor.maximum");
    if (!maximum) return;
  }
  if (!GetDictionaryMember(context, descriptor, "shared", &member)) return;
  bool shared = member->BooleanValue(isolate);

  // A valid memtype (core spec 3.2.4): limits within 65536 pages (2^48 for i64), min <= max.
  // A 64-bit maximum past what the host can commit only bounds growth.
  const uint64_t limit = *address64 ? rt::kMaxPages64 : rt::kMaxPages;
  const std::string limit_text = *address64 ? "2^48" : "65536";
  if (*initial > limit) {
    ThrowRangeError(isolate, "WebAssembly.Memory(): initial " + std::to_string(*initial) +
                                 " exceeds the limit of " + limit_text + " pages");
    return;
  }
  if (maximum && *maximum > limit) {
    ThrowRangeError(isolate, "WebAssembly.Memory(): maximum " + std::to_string(*maximum) +
                                 " exceeds the limit of " + limit_text + " pages");
    return;
  }
  if (maximum && *maximum < *initial) {
    ThrowRangeError(isolate, "WebAssembly.Memory(): maximum " + std::to_string(*maximum) +
                                 " is below initial " + std::to_string(*initial));
    return;
  }
  if (shared && !maximum) {
    ThrowTypeError(isolate, "WebAssembly.Memory(): a shared memory must have a maximum");
    return;
  }

  rt::MemoryType type;
  type.limits.min = *initial;
  type.limits.max = maximum;
  type.shared = shared;
  type.address64 = *address64;
  auto memory = rt::Memory::Create(type, state.options().max_memory_pages);
  if (!memory.ok()) {
    ThrowRangeError(isolate, "WebAssembly.Memory(): " + memory.error().message);
    return;
  }
  Wrappable::Attach(isolate, info.This(),
                    std::make_unique<MemoryObject>(state, std::move(memory).value()));
}

// Memory.prototype.grow(delta)
void Grow(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MemoryObject* self = UnwrapReceiver<MemoryObject>(info);
  if (self == nullptr || !RequireArguments(info, 1, "WebAssembly.Memory.prototype.grow")) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  const bool address64 = self->memory()->type().address64;
  std::optional<uint64_t> delta =
      ToAddressValue(context, info[0], address64, "WebAssembly.Memory.prototype.grow(): delta");
  if (!delta) return;
  std::optional<uint32_t> old_pages;
  if (*delta <= UINT32_MAX) old_pages = self->memory()->Grow(static_cast<uint32_t>(*delta));
  if (!old_pages) {
    ThrowRangeError(isolate, "WebAssembly.Memory.prototype.grow(): cannot grow by " +
                                 std::to_string(*delta) + " pages (maximum exceeded)");
    return;
  }
  // The grow listener has refreshed the buffer already; growing by 0 refreshes it too (the spec
  // detaches on every successful grow), which the runtime may not report.
  self->RefreshBuffer();
  info.GetReturnValue().Set(FromAddressValue(isolate, *old_pages, address64));
}

// get Memory.prototype.buffer
void GetBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MemoryObject* self = UnwrapReceiver<MemoryObject>(info);
  if (self == nullptr) return;
  v8::Local<v8::Object> buffer;
  if (self->Buffer(info.GetIsolate()->GetCurrentContext()).ToLocal(&buffer)) {
    info.GetReturnValue().Set(buffer);
  }
}

constexpr Operation kOperations[] = {{"grow", Grow, 1}, {"type", MemoryTypeOperation, 0}};
constexpr Attribute kAttributes[] = {{"buffer", GetBuffer, nullptr}};

}  // namespace

MemoryObject::MemoryObject(State& state, std::shared_ptr<rt::Memory> memory)
    : CachedWrappable(state, memory.get()), memory_(std::move(memory)) {
  // Fires for Memory.prototype.grow and for wasm's memory.grow alike. A shared memory has none:
  // any thread (a worker's wasm) may grow it, so Buffer() compares lengths instead.
  if (!memory_->shared()) {
    memory_->set_grow_listener([this](uint32_t /*old_pages*/) { RefreshBuffer(); });
  }
}

MemoryObject::~MemoryObject() {
  if (!memory_->shared()) memory_->set_grow_listener(nullptr);
}

v8::MaybeLocal<v8::Object> MemoryObject::Buffer(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = state().isolate();
  if (!buffer_.IsEmpty()) {
    v8::Local<v8::Object> buffer = buffer_.Get(isolate);
    // Threads proposal, the `buffer` getter: a shared memory grown elsewhere gets a new
    // SharedArrayBuffer of its new length; the old one stays valid at its old length.
    if (!memory_->shared() ||
        buffer.As<v8::SharedArrayBuffer>()->ByteLength() == memory_->size_bytes()) {
      return buffer;
    }
    buffer_.Reset();
  }

  void* data = memory_->base();
  size_t length = static_cast<size_t>(memory_->size_bytes());
  auto* keep_alive = new std::shared_ptr<rt::Memory>(memory_);
  v8::Local<v8::Object> buffer;
  if (memory_->shared()) {
    std::shared_ptr<v8::BackingStore> store =
        v8::SharedArrayBuffer::NewBackingStore(data, length, ReleaseMemory, keep_alive);
    v8::Local<v8::SharedArrayBuffer> sab = v8::SharedArrayBuffer::New(isolate, std::move(store));
    // Threads proposal: the SharedArrayBuffer of a shared memory is frozen.
    if (sab->SetIntegrityLevel(context, v8::IntegrityLevel::kFrozen).IsNothing()) return {};
    buffer = sab;
  } else {
    std::shared_ptr<v8::BackingStore> store =
        v8::ArrayBuffer::NewBackingStore(data, length, ReleaseMemory, keep_alive);
    buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  }
  // Marks the buffer as a memory's (see IsWebAssemblyMemoryBuffer) and keeps this Memory
  // object, which detaches it on grow, alive as long as the buffer is reachable.
  if (buffer->SetPrivate(context, state().memory_buffer_key(), object(isolate)).IsNothing()) {
    return {};
  }
  // Weak: the buffer points to this object, so a strong handle here would keep both alive
  // forever. A collected buffer is made again on demand; nobody can tell.
  buffer_.Reset(isolate, buffer);
  buffer_.SetWeak();
  return buffer;
}

void MemoryObject::RefreshBuffer() {
  if (buffer_.IsEmpty()) return;
  v8::Isolate* isolate = state().isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Object> buffer = buffer_.Get(isolate);
  buffer_.Reset();
  if (buffer->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> array_buffer = buffer.As<v8::ArrayBuffer>();
    if (array_buffer->IsDetachable() && !array_buffer->WasDetached()) array_buffer->Detach();
  }
}

bool InstallMemory(v8::Local<v8::Context> context, State& state,
                   v8::Local<v8::Object> namespace_object) {
  constexpr InterfaceDefinition kDefinition = {.interface = Interface::kMemory,
                                               .constructor = ConstructMemory,
                                               .length = 1,
                                               .operations = kOperations,
                                               .attributes = kAttributes};
  return InstallInterface(context, state, namespace_object, kDefinition);
}

v8::MaybeLocal<v8::Object> GetMemoryObject(v8::Local<v8::Context> context, State& state,
                                           const std::shared_ptr<rt::Memory>& memory) {
  return GetOrCreateCachedObject<MemoryObject>(context, state, memory);
}

}  // namespace linea::bindings
