#include "runtime/interpreter/exceptions.h"

namespace linea::rt {

Exception* NewException(ExecutionState& state, const std::shared_ptr<Tag>& tag, const Slot* args,
                        uint32_t n) {
  auto exception = std::make_unique<Exception>();
  exception->tag = tag;
  exception->payload.assign(args, args + n);
  state.exceptions.push_back(std::move(exception));
  --state.exceptions_until_collection;
  return state.exceptions.back().get();
}

const uint32_t* FindCatch(const CompiledFunction& code, const uint32_t* pc,
                          const Instance& instance, Exception* exception, Slot* fp) {
  using Catch = CompiledFunction::Catch;
  const size_t pos = static_cast<size_t>(pc - code.code.data());
  for (size_t i = 0; i < code.handlers.size(); ++i) {
    const CompiledFunction::Handler& handler = code.handlers[i];
    if (pos < handler.start || pos >= handler.end) continue;
    if (handler.delegate != CompiledFunction::Handler::kNoDelegate) {
      if (handler.delegate == CompiledFunction::Handler::kToCaller) return nullptr;
      i = handler.delegate - 1;  // The loop's increment lands on it.
      continue;
    }
    for (const Catch& clause : handler.catches) {
      const bool catch_all = clause.kind == Catch::kCatchAll || clause.kind == Catch::kCatchAllRef;
      // Tags match by identity: the same tag instance, not merely the same type.
      if (!catch_all && instance.tags[clause.tag].get() != exception->tag.get()) continue;
      const uint32_t* landing = code.code.data() + clause.landing;
      Slot* values = SlotAt(fp, landing[1]);
      size_t n = 0;
      if (!catch_all) {
        for (const Slot& slot : exception->payload) values[n++] = slot;
      }
      if (clause.kind == Catch::kCatchRef || clause.kind == Catch::kCatchAllRef) {
        values[n].ref = exception;
      }
      return landing;
    }
  }
  return nullptr;
}

}  // namespace linea::rt
