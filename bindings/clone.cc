// Structured clone of WebAssembly objects (JS API spec, "Serialization"): a Module is
// serializable (its compiled code is immutable and shared by every agent that receives it, never
// compiled again), and so is a Memory whose memory is shared (the clone is a new Memory object
// over the same memory). Nothing else of the namespace is.
#include "bindings/memory.h"
#include "bindings/module.h"
#include "bindings/webassembly.h"

namespace linea::bindings {

class SerializedWasmObject {
 public:
  explicit SerializedWasmObject(std::shared_ptr<const rt::Module> module)
      : module_(std::move(module)) {}
  explicit SerializedWasmObject(std::shared_ptr<rt::Memory> memory) : memory_(std::move(memory)) {}

  const std::shared_ptr<const rt::Module>& module() const { return module_; }
  const std::shared_ptr<rt::Memory>& memory() const { return memory_; }

 private:
  std::shared_ptr<const rt::Module> module_;  // Exactly one of the two is set.
  std::shared_ptr<rt::Memory> memory_;
};

std::shared_ptr<SerializedWasmObject> SerializeWasmObject(v8::Local<v8::Context> context,
                                                          v8::Local<v8::Object> object) {
  State* state = State::Get(context->GetIsolate());
  if (state == nullptr) return nullptr;
  auto native = [&]() { return object->GetAlignedPointerFromInternalField(0); };
  if (Implements(*state, Interface::kModule, object)) {
    auto* module = static_cast<ModuleObject*>(static_cast<Wrappable*>(native()));
    return std::make_shared<SerializedWasmObject>(module->module());
  }
  if (Implements(*state, Interface::kMemory, object)) {
    auto* memory = static_cast<MemoryObject*>(static_cast<Wrappable*>(native()));
    if (memory->memory()->shared()) return std::make_shared<SerializedWasmObject>(memory->memory());
  }
  return nullptr;
}

v8::MaybeLocal<v8::Object> DeserializeWasmObject(v8::Local<v8::Context> context,
                                                 const SerializedWasmObject& serialized) {
  State* state = State::Get(context->GetIsolate());
  if (state == nullptr) {
    ThrowTypeError(context->GetIsolate(), "WebAssembly is not available in this context");
    return {};
  }
  if (serialized.module() != nullptr) return NewModuleObject(context, *state, serialized.module());
  return GetMemoryObject(context, *state, serialized.memory());
}

}  // namespace linea::bindings
