#include "runtime/interpreter/suspension.h"

#include <algorithm>
#include <memory>
#include <string>

namespace linea::rt {

void Suspension::ForEachSlot(const std::function<void(const Slot&)>& visit) const {
  for (const Slot& slot : slots) visit(slot);
}

Suspension* SuspendActivation(ExecutionState& state, ExecutionState::Frame* sentinel,
                              Slot* entry_sp, Slot* args, const Function* host) {
  auto suspension = std::make_unique<Suspension>();
  suspension->slots.assign(entry_sp, state.sp);
  suspension->frames.assign(sentinel, state.frame_top);
  suspension->old_base = entry_sp;
  suspension->args_offset = static_cast<size_t>(args - entry_sp);
  suspension->host = host;
  Suspension* raw = suspension.get();
  state.suspensions.push_back(std::move(suspension));
  return raw;
}

std::optional<uint32_t> InnermostActivationStart(const ExecutionState& state) {
  for (const ExecutionState::Frame* fr = state.frame_top; fr != state.frames.get();) {
    if ((--fr)->return_pc == nullptr) return static_cast<uint32_t>(fr - state.frames.get());
  }
  return std::nullopt;
}

namespace {

// Takes `suspension` out of the state's list, so it is freed when the caller is done.
std::unique_ptr<Suspension> Take(ExecutionState& state, Suspension* suspension) {
  auto it = std::find_if(state.suspensions.begin(), state.suspensions.end(),
                         [&](const auto& s) { return s.get() == suspension; });
  if (it == state.suspensions.end()) return nullptr;
  std::unique_ptr<Suspension> owned = std::move(*it);
  state.suspensions.erase(it);
  return owned;
}

Outcome Exhausted() {
  return Outcome::FromTrap(Trap{
      TrapKind::kCallStackExhausted, std::string(TrapMessage(TrapKind::kCallStackExhausted)), {}});
}

}  // namespace

Outcome ResumeActivation(ExecutionState& state, Suspension* suspension,
                         std::span<const Value> host_results, Exception* exception,
                         std::span<Value> results) {
  std::unique_ptr<Suspension> owned = Take(state, suspension);
  if (owned == nullptr) {
    return Outcome::FromTrap(
        Trap{TrapKind::kHostTrap, "ResumeActivation: not a live suspension", {}});
  }
  const size_t slot_count = owned->slots.size();
  const size_t frame_count = owned->frames.size();
  if (static_cast<size_t>(state.stack_end - state.sp) < slot_count ||
      static_cast<size_t>(state.frames_end - state.frame_top) < frame_count) {
    return Exhausted();
  }
  // Back on top of the stacks, each frame's fp moved by as much as the slots were.
  Slot* base = state.sp;
  std::copy(owned->slots.begin(), owned->slots.end(), base);
  ExecutionState::Frame* sentinel = state.frame_top;
  for (size_t i = 0; i < frame_count; ++i) {
    ExecutionState::Frame frame = owned->frames[i];
    if (frame.fp != nullptr) frame.fp = base + (frame.fp - owned->old_base);
    sentinel[i] = frame;
  }
  state.frame_top = sentinel + frame_count;
  state.sp = base + slot_count;
  if (exception == nullptr) {
    Slot* args = base + owned->args_offset;
    for (size_t i = 0; i < host_results.size(); ++i) args[i] = host_results[i].slot();
  }
  Outcome outcome = ExecuteResumed(state, ResumePoint{sentinel, base, exception});
  if (outcome.kind == Outcome::Kind::kSuspend) {
    outcome.suspension->entry = owned->entry;
  } else if (outcome.ok()) {
    const FuncType& type = owned->entry->type();
    for (size_t i = 0; i < results.size() && i < type.results.size(); ++i) {
      results[i] = Value::FromSlot(type.results[i], base[i]);
    }
  }
  return outcome;
}

void DiscardSuspension(ExecutionState& state, Suspension* suspension) { Take(state, suspension); }

}  // namespace linea::rt
