// See module_runner.h.
#include "test/fuzz/module_runner.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/decode/decoder.h"
#include "runtime/interpreter/interpreter.h"
#include "runtime/store/store.h"
#include "test/fuzz/fuel_instrumenter.h"
#include "test/fuzz/host_environment.h"

namespace linea::fuzz {
namespace {

constexpr uint32_t kFuel = 20000;
constexpr size_t kMaxExportCalls = 64;
constexpr size_t kMaxTableCalls = 16;

// Counts of what happened, printed at exit when LINEA_FUZZ_STATS is set: shows whether inputs
// get as far as running code (a harness that never instantiates anything finds nothing).
struct Stats {
  size_t inputs = 0, valid = 0, not_rewritable = 0, instantiated = 0, calls = 0, ok = 0, traps = 0,
         exceptions = 0;
  ~Stats() {
    if (getenv("LINEA_FUZZ_STATS") == nullptr) return;
    fprintf(stderr,
            "inputs %zu, valid %zu, not rewritable %zu, instantiated %zu, calls %zu (ok %zu, "
            "traps %zu, exceptions %zu)\n",
            inputs, valid, not_rewritable, instantiated, calls, ok, traps, exceptions);
  }
} g_stats;

rt::StoreLimits FuzzLimits() {
  rt::StoreLimits limits;
  limits.max_call_depth = 500;
  limits.max_memory_pages = 16;
  limits.value_stack_slots = 1 << 16;
  return limits;
}

[[noreturn]] void Fail(const char* what) {
  fprintf(stderr, "fuzz_run invariant violated: %s\n", what);
  abort();
}

// Instantiates and runs a module in a fresh store whose value stack starts filled with
// `stack_fill`, writing everything observable (outcomes, results, globals, memory contents)
// to a transcript. Two runs that differ only in the stack's initial garbage must produce the
// same transcript: a difference means the code read a stack slot it never wrote.
class Runner {
 public:
  Runner(uint64_t seed, uint8_t stack_fill) : store_(FuzzLimits()), env_(store_, seed) {
    rt::ExecutionState& st = store_.execution_state();
    base_sp_ = st.sp;
    base_depth_ = st.depth();
    std::memset(static_cast<void*>(st.stack.get()), stack_fill,
                (st.stack_end - st.stack.get()) * sizeof(rt::Slot));
  }

  // Instantiates `module` and runs it; then instantiates it again with imports taken from the
  // first instance's exports where they match, and runs that too.
  std::string Run(std::shared_ptr<const rt::Module> module, uint32_t fuel_global_index) {
    rt::Instance* first = Instantiate(module, fuel_global_index, nullptr);
    if (first == nullptr) return transcript_;
    RunInstance(first);
    transcript_ += "second instance\n";
    rt::Instance* second = Instantiate(module, fuel_global_index, first);
    if (second != nullptr) RunInstance(second);
    return transcript_;
  }

 private:
  rt::Instance* Instantiate(std::shared_ptr<const rt::Module> module, uint32_t fuel_global_index,
                            const rt::Instance* provider) {
    std::optional<std::vector<rt::Extern>> imports = env_.SynthesizeImports(*module, provider);
    if (!imports) {
      transcript_ += "no imports\n";
      return nullptr;
    }
    rt::InstantiateResult inst = store_.Instantiate(module, *imports);
    CheckStoreIdle("after instantiation");
    if (inst.kind != rt::InstantiateResult::Kind::kOk) {
      // Our imports match by construction, so only the module's own faults may fail it.
      if (inst.kind == rt::InstantiateResult::Kind::kLinkError) {
        fprintf(stderr, "link error with synthesized imports: %s\n", inst.message.c_str());
        Fail("synthesized imports did not link");
      }
      transcript_ += "instantiation failed: " + inst.message + inst.trap.message + "\n";
      return nullptr;
    }
    ++g_stats.instantiated;
    env_.set_instance(inst.instance);
    if (inst.instance->globals.size() <= fuel_global_index) Fail("fuel global missing");
    fuel_.push_back(inst.instance->globals[fuel_global_index].get());
    return inst.instance;
  }

  void RunInstance(rt::Instance* instance) {
    size_t calls = 0;
    for (const auto& [name, ext] : instance->exports) {
      if (ext.kind != rt::ExternKind::kFunction || calls++ >= kMaxExportCalls) continue;
      Call(ext.function, /*interesting=*/false);
      Call(ext.function, /*interesting=*/true);
    }
    // Whatever wasm left in exported tables must be callable (or null).
    for (const auto& [name, ext] : instance->exports) {
      if (ext.kind != rt::ExternKind::kTable ||
          ext.table->element_type() != rt::ValType::kFuncRef) {
        continue;
      }
      size_t table_calls = 0;
      for (uint32_t i = 0; i < ext.table->size() && table_calls < kMaxTableCalls; ++i) {
        auto* f = static_cast<rt::Function*>(ext.table->Get(i));
        if (f == nullptr) continue;
        ++table_calls;
        Call(f, /*interesting=*/true);
      }
    }
    RecordState(instance);
  }

  void Call(rt::Function* f, bool interesting) {
    for (rt::Global* fuel : fuel_) fuel->set_value(rt::Value::I32(kFuel));
    std::vector<rt::Value> args = env_.ArgsFor(f->type(), interesting);
    std::vector<rt::Value> results;
    rt::Outcome outcome = store_.Call(f, args, &results);
    CheckStoreIdle("after a call");
    ++g_stats.calls;
    transcript_ += "call " + std::to_string(f->index()) + ": ";
    if (outcome.kind == rt::Outcome::Kind::kException) {
      ++g_stats.exceptions;
      transcript_ += "exception\n";
    } else if (outcome.ok()) {
      ++g_stats.ok;
      const rt::FuncType& type = f->type();
      if (results.size() != type.results.size()) Fail("wrong number of results");
      for (size_t i = 0; i < results.size(); ++i) {
        if (results[i].type != type.results[i]) Fail("result of the wrong type");
        const bool narrow =
            type.results[i] == rt::ValType::kI32 || type.results[i] == rt::ValType::kF32;
        if (narrow && (results[i].bits >> 32) != 0) Fail("i32/f32 result with high bits set");
        transcript_ += Show(results[i]) + " ";
      }
      transcript_ += "\n";
    } else {
      ++g_stats.traps;
      if (outcome.trap.message.empty()) Fail("trap without a message");
      transcript_ += "trap " + outcome.trap.message + "\n";
    }
  }

  // A value as the same in both runs: references by what they point at, not where.
  std::string Show(const rt::Value& v) {
    if (v.type == rt::ValType::kFuncRef) {
      if (v.is_null()) return "null";
      return v.func()->is_host() ? "host-func" : "func" + std::to_string(v.func()->index());
    }
    if (v.type == rt::ValType::kExternRef) return v.is_null() ? "null" : "extern";
    return std::to_string(v.bits);
  }

  void RecordState(const rt::Instance* instance) {
    for (size_t i = 0; i < instance->globals.size(); ++i) {
      transcript_ += "global " + std::to_string(i) + " = " + Show(instance->globals[i]->value());
      transcript_ += "\n";
    }
    for (const auto& memory : instance->memories) {
      transcript_ += "memory " + std::to_string(memory->pages()) + " pages, hash " +
                     std::to_string(HashBytes({memory->base(), memory->size_bytes()})) + "\n";
    }
  }

  // Every activation, however it ended, must give back its stack space and frame records.
  void CheckStoreIdle(const char* when) {
    rt::ExecutionState& st = store_.execution_state();
    if (st.sp != base_sp_ || st.depth() != base_depth_) {
      fprintf(stderr, "%s: sp moved by %td slots, depth %u (was %u)\n", when, st.sp - base_sp_,
              st.depth(), base_depth_);
      Fail("store's execution state not restored");
    }
  }

  rt::Store store_;
  HostEnvironment env_;
  rt::Slot* base_sp_ = nullptr;
  uint32_t base_depth_ = 0;
  std::vector<rt::Global*> fuel_;  // Each instance's fuel global.
  std::string transcript_;
};

}  // namespace

void RunModule(std::span<const uint8_t> data, uint64_t seed) {
  ++g_stats.inputs;
  if (!rt::DecodeModule(data).ok()) return;
  ++g_stats.valid;
  std::optional<Instrumented> instrumented = InstrumentWithFuel(data, kFuel);
  if (!instrumented) {  // Uses opcodes the rewriter does not know.
    ++g_stats.not_rewritable;
    return;
  }
  auto decoded = rt::DecodeModule(instrumented->bytes);
  if (!decoded.ok()) {
    // Either the rewriter is wrong or the runtime rejects a valid module: look at it.
    fprintf(stderr, "instrumented module rejected: %s\n", decoded.error().message.c_str());
    Fail("the fuel-instrumented module does not validate");
  }
  std::shared_ptr<const rt::Module> module = std::move(decoded).value();
  const std::string first = Runner(seed, 0x00).Run(module, instrumented->fuel_global_index);
  const std::string second = Runner(seed, 0xa5).Run(module, instrumented->fuel_global_index);
  if (first != second) {
    fprintf(stderr, "run with zeroed stack:\n%s\nrun with 0xa5 stack:\n%s\n", first.c_str(),
            second.c_str());
    Fail("results depend on the value stack's initial contents (uninitialised read)");
  }
}

}  // namespace linea::fuzz
