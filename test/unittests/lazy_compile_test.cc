// Lazy compilation (runtime/compile/lazy_compile.h): a function is compiled on its first call,
// once however many threads and instances call it first at the same time, into the same code an
// eager compile makes, and traps in it (the call stack exhausted by its frame included) have the
// traces they have with eager compilation.
#include "runtime/compile/lazy_compile.h"

#include <gtest/gtest.h>

#include <latch>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "runtime/decode/decoder.h"
#include "runtime/interpreter/interpreter.h"
#include "runtime/store/store.h"
#include "test/unittests/wasm_test_util.h"

namespace linea::rt::testing {
namespace {

// (type (func (param i32) (result i32)))
// (func $f0 (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add call $f1)
// (func $f1 (param i32) (result i32) local.get 0 i32.const 2 i32.mul)
// (func $f2 (param i32) (result i32) unreachable)
// (func $f3 (export "t") (param i32) (result i32) local.get 0 call $f2)
const Bytes kCalls = WasmModule({
    {0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f},
    {0x03, 0x05, 0x04, 0x00, 0x00, 0x00, 0x00},
    {0x07, 0x09, 0x02, 0x01, 'f', 0x00, 0x00, 0x01, 't', 0x00, 0x03},
    {0x0a, 0x1e, 0x04,                                            //
     0x09, 0x00, 0x20, 0x00, 0x41, 0x01, 0x6a, 0x10, 0x01, 0x0b,  // f0
     0x07, 0x00, 0x20, 0x00, 0x41, 0x02, 0x6c, 0x0b,              // f1
     0x03, 0x00, 0x00, 0x0b,                                      // f2
     0x06, 0x00, 0x20, 0x00, 0x10, 0x02, 0x0b},                   // f3
});

// (type (func (result i32)))
// (func (export "big") (result i32) call $g)
// (func $g (export "g") (result i32) (local i32 x 20000) i32.const 7)
const Bytes kBigFrame = WasmModule({
    {0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f},
    {0x03, 0x03, 0x02, 0x00, 0x00},
    {0x07, 0x0b, 0x02, 0x03, 'b', 'i', 'g', 0x00, 0x00, 0x01, 'g', 0x00, 0x01},
    {0x0a, 0x0f, 0x02,                                       //
     0x04, 0x00, 0x10, 0x01, 0x0b,                           // big
     0x08, 0x01, 0xa0, 0x9c, 0x01, 0x7f, 0x41, 0x07, 0x0b},  // g
});

std::shared_ptr<const Module> Decode(const Bytes& bytes, bool lazy) {
  Result<std::shared_ptr<const Module>> module = DecodeModule(bytes, {.lazy = lazy});
  EXPECT_TRUE(module.ok()) << module.error().message;
  return module.ok() ? module.value() : nullptr;
}

Instance* Instantiate(Store& store, std::shared_ptr<const Module> module) {
  InstantiateResult result = store.Instantiate(std::move(module), {});
  EXPECT_EQ(result.kind, InstantiateResult::Kind::kOk) << result.message;
  return result.instance;
}

Function* Export(Instance* instance, const std::string& name) {
  const Extern* e = instance->FindExport(name);
  EXPECT_NE(e, nullptr) << name;
  return e != nullptr ? e->function : nullptr;
}

Outcome Call(Store& store, Instance* instance, const std::string& name, std::vector<Value> args,
             std::vector<Value>* results) {
  return store.Call(Export(instance, name), args, results);
}

TEST(LazyCompileTest, CompilesOnFirstCallIntoTheEagerCode) {
  std::shared_ptr<const Module> lazy = Decode(kCalls, true);
  std::shared_ptr<const Module> eager = Decode(kCalls, false);
  ASSERT_TRUE(lazy && eager);
  ASSERT_NE(lazy->lazy_code, nullptr);
  EXPECT_EQ(eager->lazy_code, nullptr);
  EXPECT_TRUE(lazy->code.empty());
  EXPECT_EQ(eager->code.size(), 4u);
  for (uint32_t i = 0; i < 4; ++i) EXPECT_EQ(lazy->FunctionCode(i), lazy->lazy_code->stub());
  EXPECT_EQ(lazy->lazy_code->compiled_count(), 0u);

  Store store;
  Instance* instance = Instantiate(store, lazy);
  ASSERT_NE(instance, nullptr);
  std::vector<Value> results;
  ASSERT_TRUE(Call(store, instance, "f", {Value::I32(20)}, &results).ok());
  EXPECT_EQ(results.at(0).i32(), 42);
  EXPECT_EQ(lazy->lazy_code->compiled_count(), 2u);  // f0 and the f1 it calls; f2, f3 not.
  ASSERT_TRUE(Call(store, instance, "f", {Value::I32(1)}, &results).ok());
  EXPECT_EQ(results.at(0).i32(), 4);
  EXPECT_EQ(lazy->lazy_code->compiled_count(), 2u);

  // The called Function now runs the code, which is what an eager compile makes.
  const CompiledFunction* code = Export(instance, "f")->code();
  EXPECT_EQ(code, lazy->lazy_code->Get(*lazy, 0));
  const CompiledFunction& expected = *eager->code[0];
  EXPECT_EQ(code->code, expected.code);
  EXPECT_EQ(code->frame_slots, expected.frame_slots);
  EXPECT_EQ(code->func_index, expected.func_index);
  EXPECT_EQ(Export(instance, "t")->code(), lazy->lazy_code->stub());  // Not called yet.
  // A later instance starts with the code compiled so far.
  EXPECT_EQ(lazy->FunctionCode(0), code);
  EXPECT_EQ(lazy->FunctionCode(3), lazy->lazy_code->stub());
  Instance* second = Instantiate(store, lazy);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(Export(second, "f")->code(), code);
}

TEST(LazyCompileTest, ConcurrentFirstCallsCompileOnce) {
  for (int round = 0; round < 20; ++round) {
    std::shared_ptr<const Module> module = Decode(kCalls, true);
    ASSERT_TRUE(module);
    constexpr int kThreads = 4;
    std::latch start(kThreads);
    std::vector<const CompiledFunction*> code(kThreads);
    std::vector<int32_t> result(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        Store store;  // One store per thread, as each Worker isolate has its own.
        Instance* instance = Instantiate(store, module);
        if (instance == nullptr) return;
        std::vector<Value> results;
        start.arrive_and_wait();
        if (Call(store, instance, "f", {Value::I32(t)}, &results).ok()) {
          result[t] = results.at(0).i32();
        }
        code[t] = Export(instance, "f")->code();
      });
    }
    for (std::thread& thread : threads) thread.join();
    EXPECT_EQ(module->lazy_code->compiled_count(), 2u);
    for (int t = 0; t < kThreads; ++t) {
      EXPECT_EQ(result[t], (t + 1) * 2);
      EXPECT_EQ(code[t], code[0]);  // The one compiled copy.
    }
    EXPECT_NE(code[0], module->lazy_code->stub());
  }
}

// The traps of `name` in `bytes`, compiled lazily (first and second call) and eagerly.
std::vector<Outcome> TrapsBothWays(const Bytes& bytes, const std::string& name,
                                   StoreLimits limits = {}) {
  std::vector<Outcome> outcomes;
  for (bool lazy : {true, false}) {
    std::shared_ptr<const Module> module = Decode(bytes, lazy);
    if (!module) return outcomes;
    Store store(limits);
    Instance* instance = Instantiate(store, module);
    if (instance == nullptr) return outcomes;
    std::vector<Value> results;
    const std::vector<Value> args = Export(instance, name)->type().params.empty()
                                        ? std::vector<Value>{}
                                        : std::vector<Value>{Value::I32(5)};
    outcomes.push_back(Call(store, instance, name, args, &results));
    outcomes.push_back(Call(store, instance, name, args, &results));
    ExecutionState& state = store.execution_state();
    EXPECT_EQ(state.frame_top, state.frames.get());
    EXPECT_EQ(state.sp, state.stack.get());
  }
  return outcomes;
}

void ExpectSameTraps(const std::vector<Outcome>& outcomes, TrapKind kind, size_t frames) {
  ASSERT_EQ(outcomes.size(), 4u);
  for (const Outcome& outcome : outcomes) {
    ASSERT_EQ(outcome.kind, Outcome::Kind::kTrap);
    EXPECT_EQ(outcome.trap.kind, kind);
    ASSERT_EQ(outcome.trap.trace.size(), frames);
    for (size_t i = 0; i < frames; ++i) {
      EXPECT_EQ(outcome.trap.trace[i].func_index, outcomes[3].trap.trace[i].func_index);
      EXPECT_EQ(outcome.trap.trace[i].offset, outcomes[3].trap.trace[i].offset);
    }
  }
}

TEST(LazyCompileTest, TrapInAFunctionCompiledAtItsFirstCallHasItsTrace) {
  std::vector<Outcome> outcomes = TrapsBothWays(kCalls, "t");
  ExpectSameTraps(outcomes, TrapKind::kUnreachable, 2);
  ASSERT_EQ(outcomes.size(), 4u);
  EXPECT_EQ(outcomes[0].trap.trace[0].func_index, 2u);
  EXPECT_EQ(outcomes[0].trap.trace[1].func_index, 3u);
}

TEST(LazyCompileTest, FrameTooLargeForTheStackTrapsAtTheCall) {
  const StoreLimits small{kMaxPages, 1000, 4096};
  // Called from wasm: the caller traps at its call, as when the callee was compiled before.
  std::vector<Outcome> outcomes = TrapsBothWays(kBigFrame, "big", small);
  ExpectSameTraps(outcomes, TrapKind::kCallStackExhausted, 1);
  ASSERT_EQ(outcomes.size(), 4u);
  EXPECT_EQ(outcomes[0].trap.trace[0].func_index, 0u);
  // Entered from the host: no wasm frame to show.
  ExpectSameTraps(TrapsBothWays(kBigFrame, "g", small), TrapKind::kCallStackExhausted, 0);
  // With room for the frame, it runs.
  Store store;
  Instance* instance = Instantiate(store, Decode(kBigFrame, true));
  ASSERT_NE(instance, nullptr);
  std::vector<Value> results;
  ASSERT_TRUE(Call(store, instance, "big", {}, &results).ok());
  EXPECT_EQ(results.at(0).i32(), 7);
}

}  // namespace
}  // namespace linea::rt::testing
