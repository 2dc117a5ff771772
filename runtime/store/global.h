// Global variables (core spec 4.2.9).
#ifndef LINEA_RUNTIME_STORE_GLOBAL_H_
#define LINEA_RUNTIME_STORE_GLOBAL_H_

#include <memory>

#include "runtime/store/live_objects.h"
#include "runtime/types.h"
#include "runtime/value.h"

namespace linea::rt {

class Global {
 public:
  Global(GlobalType type, Value value)
      : type_(type), slot_(value.slot()), live_sets_(RegisterLive(this)) {}
  ~Global() { UnregisterLive(*live_sets_, this); }
  Global(const Global&) = delete;
  Global& operator=(const Global&) = delete;

  const GlobalType& type() const { return type_; }
  Value value() const { return Value::FromSlot(type_.type, slot_); }
  // Mutability is the caller's to check (the validator does for wasm; bindings for JS).
  void set_value(Value v) { slot_ = v.slot(); }

  // The interpreter reads and writes the slot in place.
  Slot* slot() { return &slot_; }

 private:
  GlobalType type_;
  Slot slot_;
  std::shared_ptr<LiveSets> live_sets_;  // Its thread's (live_objects.h).
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_GLOBAL_H_
