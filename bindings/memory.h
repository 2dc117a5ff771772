// WebAssembly.Memory (JS API spec 4.4, with the threads proposal's `shared`).
#ifndef LINEA_BINDINGS_MEMORY_H_
#define LINEA_BINDINGS_MEMORY_H_

#include <v8.h>

#include <memory>

#include "bindings/state.h"
#include "bindings/wrapper.h"
#include "runtime/store/memory.h"

namespace linea::bindings {

class MemoryObject : public CachedWrappable {
 public:
  static constexpr Interface kInterface = Interface::kMemory;

  MemoryObject(State& state, std::shared_ptr<rt::Memory> memory);
  ~MemoryObject() override;

  const std::shared_ptr<rt::Memory>& memory() const { return memory_; }

  // [[BufferObject]]: an ArrayBuffer (SharedArrayBuffer for a shared memory) over the memory
  // itself, made when first asked for and kept until the memory grows.
  v8::MaybeLocal<v8::Object> Buffer(v8::Local<v8::Context> context);
  // "Refresh the Memory buffer" after a grow: detaches the ArrayBuffer (a SharedArrayBuffer is
  // never detached; a new one with the new length replaces it).
  void RefreshBuffer();

 private:
  std::shared_ptr<rt::Memory> memory_;
  v8::Global<v8::Object> buffer_;
};

// Defines WebAssembly.Memory on `namespace_object`.
bool InstallMemory(v8::Local<v8::Context> context, State& state,
                   v8::Local<v8::Object> namespace_object);

// "Create a memory object": the one Memory object of `memory`.
v8::MaybeLocal<v8::Object> GetMemoryObject(v8::Local<v8::Context> context, State& state,
                                           const std::shared_ptr<rt::Memory>& memory);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_MEMORY_H_
