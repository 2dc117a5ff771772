// WebAssembly.Global (JS API spec 4.6).
#ifndef LINEA_BINDINGS_GLOBAL_H_
#define LINEA_BINDINGS_GLOBAL_H_

#include <v8.h>

#include <memory>

#include "bindings/state.h"
#include "bindings/wrapper.h"
#include "runtime/store/global.h"

namespace linea::bindings {

class GlobalObject : public CachedWrappable {
 public:
  static constexpr Interface kInterface = Interface::kGlobal;

  GlobalObject(State& state, std::shared_ptr<rt::Global> global);

  const std::shared_ptr<rt::Global>& global() const { return global_; }
  TracedObject traced_object() const override { return {.global = global_.get()}; }

 private:
  std::shared_ptr<rt::Global> global_;
};

// Defines WebAssembly.Global on `namespace_object`.
bool InstallGlobal(v8::Local<v8::Context> context, State& state,
                   v8::Local<v8::Object> namespace_object);

// "Create a global object": the one Global object of `global`.
v8::MaybeLocal<v8::Object> GetGlobalObject(v8::Local<v8::Context> context, State& state,
                                           const std::shared_ptr<rt::Global>& global);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_GLOBAL_H_
