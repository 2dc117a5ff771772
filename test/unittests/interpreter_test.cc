// The interpreter: every trap kind as an Outcome, backtraces, call-depth and value-stack
// exhaustion, host calls (multi-value results, exceptions, host traps), re-entrancy,
// memory.grow, calls across instances, and code generation corner cases (local references,
// fused branches, multi-value blocks, block parameters).
#include "runtime/interpreter/interpreter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "runtime/decode/decoder.h"
#include "runtime/store/store.h"
#include "test/unittests/wasm_test_util.h"

namespace linea::rt::testing {
namespace {

class InterpreterTest : public ::testing::Test {
 protected:
  explicit InterpreterTest(StoreLimits limits = {}) : store_(limits) {}

  std::shared_ptr<const Module> Decode(const Bytes& bytes) {
    Result<std::shared_ptr<const Module>> module = DecodeModule(bytes);
    EXPECT_TRUE(module.ok()) << module.error().message;
    return module.ok() ? module.value() : nullptr;
  }

  Instance* Instantiate(const Bytes& bytes, const std::vector<Extern>& imports = {}) {
    std::shared_ptr<const Module> module = Decode(bytes);
    if (!module) return nullptr;
    InstantiateResult result = store_.Instantiate(module, imports);
    EXPECT_EQ(result.kind, InstantiateResult::Kind::kOk) << result.message;
    return result.instance;
  }

  static Function* Export(Instance* instance, const std::string& name) {
    const Extern* e = instance->FindExport(name);
    EXPECT_NE(e, nullptr) << name;
    return e ? e->function : nullptr;
  }

  Outcome Call(Instance* instance, const std::string& name, std::vector<Value> args,
               std::vector<Value>* results = nullptr) {
    std::vector<Value> ignored;
    return store_.Call(Export(instance, name), args, results ? results : &ignored);
  }

  // Calls a function that must return one value and returns it.
  Value CallOk(Instance* instance, const std::string& name, std::vector<Value> args) {
    std::vector<Value> results;
    Outcome outcome = Call(instance, name, std::move(args), &results);
    EXPECT_TRUE(outcome.ok()) << name << ": " << outcome.trap.message;
    EXPECT_EQ(results.size(), 1u) << name;
    return results.empty() ? Value{} : results[0];
  }

  // Calls a function that must trap with `kind` and returns the trap.
  Trap CallTrap(Instance* instance, const std::string& name, std::vector<Value> args,
                TrapKind kind) {
    Outcome outcome = Call(instance, name, std::move(args));
    EXPECT_EQ(outcome.kind, Outcome::Kind::kTrap) << name;
    EXPECT_EQ(outcome.trap.kind, kind) << name << ": " << outcome.trap.message;
    EXPECT_EQ(outcome.trap.message, TrapMessage(kind));
    return outcome.trap;
  }

  // After any call, every stack is back where it started.
  void ExpectStacksReset() {
    ExecutionState& state = store_.execution_state();
    EXPECT_EQ(state.depth(), 0u);
    EXPECT_EQ(state.frame_top, state.frames.get());
    EXPECT_EQ(state.sp, state.stack.get());
  }

  Store store_;
};

void AppendLeb(Bytes* out, uint64_t v, bool is_signed) {
  while (true) {
    const uint8_t byte = v & 0x7f;
    const bool done =
        is_signed ? ((static_cast<int64_t>(v) >> 6) == 0 || (static_cast<int64_t>(v) >> 6) == -1)
                  : (v >> 7) == 0;
    v = is_signed ? static_cast<uint64_t>(static_cast<int64_t>(v) >> 7) : v >> 7;
    out->push_back(done ? byte : (byte | 0x80));
    if (done) return;
  }
}

// (module (func (export "f") (result i64) <expression>)) for an expression given as bytes.
Bytes ModuleReturningI64(const Bytes& expression) {
  Bytes body = {0x00};  // No locals.
  body.insert(body.end(), expression.begin(), expression.end());
  body.push_back(0x0b);
  Bytes code = {0x01};
  AppendLeb(&code, body.size(), false);
  code.insert(code.end(), body.begin(), body.end());
  Bytes module = Header();
  const Bytes sections = {0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7e,   // type () -> i64
                          0x03, 0x02, 0x01, 0x00,                     // one function
                          0x07, 0x05, 0x01, 0x01, 'f',  0x00, 0x00};  // export "f"
  module.insert(module.end(), sections.begin(), sections.end());
  module.push_back(0x0a);
  AppendLeb(&module, code.size(), false);
  module.insert(module.end(), code.begin(), code.end());
  return module;
}

// Offset of `pattern` in `bytes` (which must contain it).
size_t Find(const Bytes& bytes, const Bytes& pattern) {
  auto it = std::search(bytes.begin(), bytes.end(), pattern.begin(), pattern.end());
  EXPECT_NE(it, bytes.end());
  return static_cast<size_t>(it - bytes.begin());
}

// (module
//   (type $v_i (func (result i32)))
//   (type $i_i (func (param i32) (result i32)))
//   (memory 1)
//   (table 4 funcref)
//   (elem (i32.const 0) $ret7 $id)
//   (func $ret7 (type $v_i) (i32.const 7))
//   (func $id (type $i_i) (local.get 0))
//   (func $inner (unreachable))
//   (func (export "outer") (nop) (call $inner))
//   (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
//   (func (export "store") (param i32) (i32.store offset=4 (local.get 0) (i32.const 1)))
//   (func (export "div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
//   (func (export "rem_s") (param i32 i32) (result i32) (i32.rem_s (local.get 0) (local.get 1)))
//   (func (export "trunc") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
//   (func (export "call_v_i") (param i32) (result i32) (call_indirect (type $v_i) (local.get 0)))
//   (func (export "table_get") (param i32) (result funcref) (table.get 0 (local.get 0)))
//   (func (export "fill") (param i32 i32) (memory.fill (local.get 0) (i32.const 0) (local.get 1)))
// )
const Bytes kTraps = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x26, 0x08, 0x60, 0x00, 0x01, 0x7f, 0x60,
    0x01, 0x7f, 0x01, 0x7f, 0x60, 0x00, 0x00, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x02, 0x7f, 0x7f, 0x01,
    0x7f, 0x60, 0x01, 0x7d, 0x01, 0x7f, 0x60, 0x01, 0x7f, 0x01, 0x70, 0x60, 0x02, 0x7f, 0x7f, 0x00,
    0x03, 0x0d, 0x0c, 0x00, 0x01, 0x02, 0x02, 0x01, 0x03, 0x04, 0x04, 0x05, 0x01, 0x06, 0x07, 0x04,
    0x04, 0x01, 0x70, 0x00, 0x04, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x4e, 0x09, 0x05, 0x6f, 0x75,
    0x74, 0x65, 0x72, 0x00, 0x03, 0x04, 0x6c, 0x6f, 0x61, 0x64, 0x00, 0x04, 0x05, 0x73, 0x74, 0x6f,
    0x72, 0x65, 0x00, 0x05, 0x05, 0x64, 0x69, 0x76, 0x5f, 0x73, 0x00, 0x06, 0x05, 0x72, 0x65, 0x6d,
    0x5f, 0x73, 0x00, 0x07, 0x05, 0x74, 0x72, 0x75, 0x6e, 0x63, 0x00, 0x08, 0x08, 0x63, 0x61, 0x6c,
    0x6c, 0x5f, 0x76, 0x5f, 0x69, 0x00, 0x09, 0x09, 0x74, 0x61, 0x62, 0x6c, 0x65, 0x5f, 0x67, 0x65,
    0x74, 0x00, 0x0a, 0x04, 0x66, 0x69, 0x6c, 0x6c, 0x00, 0x0b, 0x09, 0x08, 0x01, 0x00, 0x41, 0x00,
    0x0b, 0x02, 0x00, 0x01, 0x0a, 0x58, 0x0c, 0x04, 0x00, 0x41, 0x07, 0x0b, 0x04, 0x00, 0x20, 0x00,
    0x0b, 0x03, 0x00, 0x00, 0x0b, 0x05, 0x00, 0x01, 0x10, 0x02, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x28,
    0x02, 0x00, 0x0b, 0x09, 0x00, 0x20, 0x00, 0x41, 0x01, 0x36, 0x02, 0x04, 0x0b, 0x07, 0x00, 0x20,
    0x00, 0x20, 0x01, 0x6d, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6f, 0x0b, 0x05, 0x00, 0x20,
    0x00, 0xa8, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x11, 0x00, 0x00, 0x0b, 0x06, 0x00, 0x20, 0x00, 0x25,
    0x00, 0x0b, 0x0b, 0x00, 0x20, 0x00, 0x41, 0x00, 0x20, 0x01, 0xfc, 0x0b, 0x00, 0x0b,
};

// (module
//   (func $count (export "count") (param i32) (result i32)
//     (if (result i32) (i32.eqz (local.get 0))
//       (then (i32.const 0))
//       (else (i32.add (i32.const 1) (call $count (i32.sub (local.get 0) (i32.const 1)))))))
//   (func $forever (export "forever") (call $forever))
// )
const Bytes kRecursion = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x09, 0x02, 0x60, 0x01, 0x7f, 0x01,
    0x7f, 0x60, 0x00, 0x00, 0x03, 0x03, 0x02, 0x00, 0x01, 0x07, 0x13, 0x02, 0x05, 0x63, 0x6f,
    0x75, 0x6e, 0x74, 0x00, 0x00, 0x07, 0x66, 0x6f, 0x72, 0x65, 0x76, 0x65, 0x72, 0x00, 0x01,
    0x0a, 0x1c, 0x02, 0x15, 0x00, 0x20, 0x00, 0x45, 0x04, 0x7f, 0x41, 0x00, 0x05, 0x41, 0x01,
    0x20, 0x00, 0x41, 0x01, 0x6b, 0x10, 0x00, 0x6a, 0x0b, 0x0b, 0x04, 0x00, 0x10, 0x01, 0x0b,
};

// (module
//   (import "host" "swap" (func $swap (param v128 i32) (result v128 i64)))
//   (func (export "mix") (param $v v128) (param $k i32) (result v128 i64)
//     (call $swap (local.get $v) (local.get $k)))
//   (func (export "pick") (param v128 v128 i32) (result v128)
//     (select (local.get 0) (local.get 1) (local.get 2)))
//   (func (export "branch") (param $v v128) (param $c i32) (result v128)
//     (block $b (result v128)
//       (br_if $b (local.get $v) (local.get $c))
//       (drop)
//       (v128.const i64x2 7 8))))
const Bytes kV128 = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x15, 0x03, 0x60, 0x02, 0x7b, 0x7f,
    0x02, 0x7b, 0x7e, 0x60, 0x03, 0x7b, 0x7b, 0x7f, 0x01, 0x7b, 0x60, 0x02, 0x7b, 0x7f, 0x01,
    0x7b, 0x02, 0x0d, 0x01, 0x04, 0x68, 0x6f, 0x73, 0x74, 0x04, 0x73, 0x77, 0x61, 0x70, 0x00,
    0x00, 0x03, 0x04, 0x03, 0x00, 0x01, 0x02, 0x07, 0x17, 0x03, 0x03, 0x6d, 0x69, 0x78, 0x00,
    0x01, 0x04, 0x70, 0x69, 0x63, 0x6b, 0x00, 0x02, 0x06, 0x62, 0x72, 0x61, 0x6e, 0x63, 0x68,
    0x00, 0x03, 0x0a, 0x33, 0x03, 0x08, 0x00, 0x20, 0x00, 0x20, 0x01, 0x10, 0x00, 0x0b, 0x09,
    0x00, 0x20, 0x00, 0x20, 0x01, 0x20, 0x02, 0x1b, 0x0b, 0x1e, 0x00, 0x02, 0x7b, 0x20, 0x00,
    0x20, 0x01, 0x0d, 0x00, 0x1a, 0xfd, 0x0c, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0b, 0x0b,
};

// (module
//   (import "env" "pair" (func $pair (param i32) (result i32 i64)))
//   (import "env" "fail" (func $fail))
//   (func (export "call_pair") (param i32) (result i32 i64) (call $pair (local.get 0)))
//   (func (export "sum_pair") (param i32) (result i64) (local i64)
//     (call $pair (local.get 0))
//     (local.set 1)
//     (i64.extend_i32_u)
//     (local.get 1)
//     (i64.add))
//   (func (export "call_fail") (result i32) (call $fail) (i32.const 1))
// )
const Bytes kHost = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x13, 0x04, 0x60, 0x01, 0x7f, 0x02,
    0x7f, 0x7e, 0x60, 0x00, 0x00, 0x60, 0x01, 0x7f, 0x01, 0x7e, 0x60, 0x00, 0x01, 0x7f, 0x02,
    0x17, 0x02, 0x03, 0x65, 0x6e, 0x76, 0x04, 0x70, 0x61, 0x69, 0x72, 0x00, 0x00, 0x03, 0x65,
    0x6e, 0x76, 0x04, 0x66, 0x61, 0x69, 0x6c, 0x00, 0x01, 0x03, 0x04, 0x03, 0x00, 0x02, 0x03,
    0x07, 0x24, 0x03, 0x09, 0x63, 0x61, 0x6c, 0x6c, 0x5f, 0x70, 0x61, 0x69, 0x72, 0x00, 0x02,
    0x08, 0x73, 0x75, 0x6d, 0x5f, 0x70, 0x61, 0x69, 0x72, 0x00, 0x03, 0x09, 0x63, 0x61, 0x6c,
    0x6c, 0x5f, 0x66, 0x61, 0x69, 0x6c, 0x00, 0x04, 0x0a, 0x1e, 0x03, 0x06, 0x00, 0x20, 0x00,
    0x10, 0x00, 0x0b, 0x0e, 0x01, 0x01, 0x7e, 0x20, 0x00, 0x10, 0x00, 0x21, 0x01, 0xad, 0x20,
    0x01, 0x7c, 0x0b, 0x06, 0x00, 0x10, 0x01, 0x41, 0x01, 0x0b,
};

// (module
//   (import "env" "host" (func $host (param i32) (result i32)))
//   (func (export "f") (param i32) (result i32)
//     (if (result i32) (i32.eqz (local.get 0))
//       (then (i32.const 0))
//       (else (i32.add (i32.const 1) (call $host (i32.sub (local.get 0) (i32.const 1)))))))
// )
const Bytes kReenter = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x06, 0x01, 0x60, 0x01, 0x7f,
    0x01, 0x7f, 0x02, 0x0c, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x04, 0x68, 0x6f, 0x73, 0x74,
    0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x01, 0x0a,
    0x17, 0x01, 0x15, 0x00, 0x20, 0x00, 0x45, 0x04, 0x7f, 0x41, 0x00, 0x05, 0x41, 0x01,
    0x20, 0x00, 0x41, 0x01, 0x6b, 0x10, 0x00, 0x6a, 0x0b, 0x0b,
};

// (module
//   (memory 1 3)
//   (func $grow (drop (memory.grow (i32.const 1))))
//   (func (export "grow_and_store") (param i32) (result i32)
//     (drop (memory.grow (i32.const 1)))
//     (i32.store (local.get 0) (i32.const 42))
//     (i32.load (local.get 0)))
//   (func (export "grow_in_callee") (param i32) (result i32)
//     (call $grow)
//     (i32.load (local.get 0)))
//   (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
// )
const Bytes kGrow = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x09, 0x02, 0x60, 0x00, 0x00, 0x60, 0x01,
    0x7f, 0x01, 0x7f, 0x03, 0x05, 0x04, 0x00, 0x01, 0x01, 0x01, 0x05, 0x04, 0x01, 0x01, 0x01, 0x03,
    0x07, 0x2a, 0x03, 0x0e, 0x67, 0x72, 0x6f, 0x77, 0x5f, 0x61, 0x6e, 0x64, 0x5f, 0x73, 0x74, 0x6f,
    0x72, 0x65, 0x00, 0x01, 0x0e, 0x67, 0x72, 0x6f, 0x77, 0x5f, 0x69, 0x6e, 0x5f, 0x63, 0x61, 0x6c,
    0x6c, 0x65, 0x65, 0x00, 0x02, 0x04, 0x67, 0x72, 0x6f, 0x77, 0x00, 0x03, 0x0a, 0x2e, 0x04, 0x07,
    0x00, 0x41, 0x01, 0x40, 0x00, 0x1a, 0x0b, 0x13, 0x00, 0x41, 0x01, 0x40, 0x00, 0x1a, 0x20, 0x00,
    0x41, 0x2a, 0x36, 0x02, 0x00, 0x20, 0x00, 0x28, 0x02, 0x00, 0x0b, 0x09, 0x00, 0x10, 0x00, 0x20,
    0x00, 0x28, 0x02, 0x00, 0x0b, 0x06, 0x00, 0x20, 0x00, 0x40, 0x00, 0x0b,
};

// (module
//   (memory (export "mem") 1)
//   (data (i32.const 0) "\2a")
//   (func (export "read") (param i32) (result i32) (i32.load (local.get 0)))
// )
const Bytes kProvider = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f,
    0x03, 0x02, 0x01, 0x00, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x0e, 0x02, 0x03, 0x6d, 0x65, 0x6d,
    0x02, 0x00, 0x04, 0x72, 0x65, 0x61, 0x64, 0x00, 0x00, 0x0a, 0x09, 0x01, 0x07, 0x00, 0x20, 0x00,
    0x28, 0x02, 0x00, 0x0b, 0x0b, 0x07, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x01, 0x2a,
};

// (module
//   (import "a" "read" (func $read (param i32) (result i32)))
//   (memory 1)
//   (data (i32.const 0) "\07")
//   (func (export "both") (result i32)
//     (i32.add (call $read (i32.const 0)) (i32.load (i32.const 0))))
//   (func (export "read_far") (result i32) (call $read (i32.const 65536)))
// )
const Bytes kUser = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x0a, 0x02, 0x60, 0x01, 0x7f,
    0x01, 0x7f, 0x60, 0x00, 0x01, 0x7f, 0x02, 0x0a, 0x01, 0x01, 0x61, 0x04, 0x72, 0x65,
    0x61, 0x64, 0x00, 0x00, 0x03, 0x03, 0x02, 0x01, 0x01, 0x05, 0x03, 0x01, 0x00, 0x01,
    0x07, 0x13, 0x02, 0x04, 0x62, 0x6f, 0x74, 0x68, 0x00, 0x01, 0x08, 0x72, 0x65, 0x61,
    0x64, 0x5f, 0x66, 0x61, 0x72, 0x00, 0x02, 0x0a, 0x17, 0x02, 0x0c, 0x00, 0x41, 0x00,
    0x10, 0x00, 0x41, 0x00, 0x28, 0x02, 0x00, 0x6a, 0x0b, 0x08, 0x00, 0x41, 0x80, 0x80,
    0x04, 0x10, 0x00, 0x0b, 0x0b, 0x07, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x01, 0x07,
};

// (module
//   ;; local.get pushes a reference to the local; overwriting the local must not change it.
//   (func (export "old_value") (param i32 i32) (result i32)
//     (local.get 0) (local.get 1) (local.set 0) (local.get 0) (i32.sub))
//   (func (export "tee") (param i32) (result i32)
//     (local.get 0) (local.tee 0 (i32.add (local.get 0) (i32.const 1))) (i32.mul))
//   (func (export "sum_below") (param i32) (result i32) (local i32 i32)
//     (block
//       (loop
//         (br_if 1 (i32.ge_s (local.get 1) (local.get 0)))
//         (local.set 2 (i32.add (local.get 2) (local.get 1)))
//         (local.set 1 (i32.add (local.get 1) (i32.const 1)))
//         (br 0)))
//     (local.get 2))
//   (func (export "multi") (param i32) (result i32 i32 i32)
//     (block (result i32 i32 i32)
//       (i32.const 1) (local.get 0) (i32.const 3)
//       (br_if 0 (local.get 0))
//       (drop) (drop) (drop)
//       (i32.const 4) (i32.const 5) (i32.const 6)))
//   (func (export "br_table_values") (param i32) (result i32)
//     (block (result i32)
//       (block (result i32)
//         (i32.const 10) (local.get 0) (br_table 0 1 1))
//       (i32.const 100) (i32.add)))
//   (func (export "block_param_local") (param i32) (result i32)
//     (local.get 0)
//     (block (param i32) (result i32)
//       (local.set 0 (i32.const 5))
//       (i32.add (local.get 0))))
//   (func (export "if_params") (param i32 i32) (result i32)
//     (local.get 0) (local.get 1)
//     (if (param i32) (result i32)
//       (then (i32.const 2) (i32.mul))
//       (else (i32.const 3) (i32.mul))))
//   (func (export "loop_param") (param i32) (result i32)
//     (i32.const 0)
//     (loop (param i32) (result i32)
//       (local.get 0) (i32.add)
//       (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
//       (br_if 0 (local.get 0))))
//   (func (export "return_from_block") (param i32) (result i32 i64)
//     (block
//       (br_if 0 (i32.eqz (local.get 0)))
//       (return (local.get 0) (i64.const 77)))
//     (i32.const -1) (i64.const -1))
//   (func (export "swap") (param i32 i32) (result i32 i32) (local.get 1) (local.get 0))
//   (func (export "select_locals") (param i32 i32 i32) (result i32)
//     (select (local.get 0) (local.get 1) (local.get 2)))
//   (func (export "dead_code_after_br") (result i32)
//     (block (br 0) (i32.const 5) (drop))
//     (i32.const 1))
// )
const Bytes kCodegen = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x31, 0x08, 0x60, 0x02, 0x7f, 0x7f, 0x01,
    0x7f, 0x60, 0x01, 0x7f, 0x01, 0x7f, 0x60, 0x01, 0x7f, 0x03, 0x7f, 0x7f, 0x7f, 0x60, 0x00, 0x03,
    0x7f, 0x7f, 0x7f, 0x60, 0x01, 0x7f, 0x02, 0x7f, 0x7e, 0x60, 0x02, 0x7f, 0x7f, 0x02, 0x7f, 0x7f,
    0x60, 0x03, 0x7f, 0x7f, 0x7f, 0x01, 0x7f, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x0d, 0x0c, 0x00, 0x01,
    0x01, 0x02, 0x01, 0x01, 0x00, 0x01, 0x04, 0x05, 0x06, 0x07, 0x07, 0xa6, 0x01, 0x0c, 0x09, 0x6f,
    0x6c, 0x64, 0x5f, 0x76, 0x61, 0x6c, 0x75, 0x65, 0x00, 0x00, 0x03, 0x74, 0x65, 0x65, 0x00, 0x01,
    0x09, 0x73, 0x75, 0x6d, 0x5f, 0x62, 0x65, 0x6c, 0x6f, 0x77, 0x00, 0x02, 0x05, 0x6d, 0x75, 0x6c,
    0x74, 0x69, 0x00, 0x03, 0x0f, 0x62, 0x72, 0x5f, 0x74, 0x61, 0x62, 0x6c, 0x65, 0x5f, 0x76, 0x61,
    0x6c, 0x75, 0x65, 0x73, 0x00, 0x04, 0x11, 0x62, 0x6c, 0x6f, 0x63, 0x6b, 0x5f, 0x70, 0x61, 0x72,
    0x61, 0x6d, 0x5f, 0x6c, 0x6f, 0x63, 0x61, 0x6c, 0x00, 0x05, 0x09, 0x69, 0x66, 0x5f, 0x70, 0x61,
    0x72, 0x61, 0x6d, 0x73, 0x00, 0x06, 0x0a, 0x6c, 0x6f, 0x6f, 0x70, 0x5f, 0x70, 0x61, 0x72, 0x61,
    0x6d, 0x00, 0x07, 0x11, 0x72, 0x65, 0x74, 0x75, 0x72, 0x6e, 0x5f, 0x66, 0x72, 0x6f, 0x6d, 0x5f,
    0x62, 0x6c, 0x6f, 0x63, 0x6b, 0x00, 0x08, 0x04, 0x73, 0x77, 0x61, 0x70, 0x00, 0x09, 0x0d, 0x73,
    0x65, 0x6c, 0x65, 0x63, 0x74, 0x5f, 0x6c, 0x6f, 0x63, 0x61, 0x6c, 0x73, 0x00, 0x0a, 0x12, 0x64,
    0x65, 0x61, 0x64, 0x5f, 0x63, 0x6f, 0x64, 0x65, 0x5f, 0x61, 0x66, 0x74, 0x65, 0x72, 0x5f, 0x62,
    0x72, 0x00, 0x0b, 0x0a, 0xd6, 0x01, 0x0c, 0x0b, 0x00, 0x20, 0x00, 0x20, 0x01, 0x21, 0x00, 0x20,
    0x00, 0x6b, 0x0b, 0x0c, 0x00, 0x20, 0x00, 0x20, 0x00, 0x41, 0x01, 0x6a, 0x22, 0x00, 0x6c, 0x0b,
    0x23, 0x01, 0x02, 0x7f, 0x02, 0x40, 0x03, 0x40, 0x20, 0x01, 0x20, 0x00, 0x4e, 0x0d, 0x01, 0x20,
    0x02, 0x20, 0x01, 0x6a, 0x21, 0x02, 0x20, 0x01, 0x41, 0x01, 0x6a, 0x21, 0x01, 0x0c, 0x00, 0x0b,
    0x0b, 0x20, 0x02, 0x0b, 0x18, 0x00, 0x02, 0x03, 0x41, 0x01, 0x20, 0x00, 0x41, 0x03, 0x20, 0x00,
    0x0d, 0x00, 0x1a, 0x1a, 0x1a, 0x41, 0x04, 0x41, 0x05, 0x41, 0x06, 0x0b, 0x0b, 0x15, 0x00, 0x02,
    0x7f, 0x02, 0x7f, 0x41, 0x0a, 0x20, 0x00, 0x0e, 0x02, 0x00, 0x01, 0x01, 0x0b, 0x41, 0xe4, 0x00,
    0x6a, 0x0b, 0x0b, 0x0e, 0x00, 0x20, 0x00, 0x02, 0x01, 0x41, 0x05, 0x21, 0x00, 0x20, 0x00, 0x6a,
    0x0b, 0x0b, 0x10, 0x00, 0x20, 0x00, 0x20, 0x01, 0x04, 0x01, 0x41, 0x02, 0x6c, 0x05, 0x41, 0x03,
    0x6c, 0x0b, 0x0b, 0x15, 0x00, 0x41, 0x00, 0x03, 0x01, 0x20, 0x00, 0x6a, 0x20, 0x00, 0x41, 0x01,
    0x6b, 0x21, 0x00, 0x20, 0x00, 0x0d, 0x00, 0x0b, 0x0b, 0x14, 0x00, 0x02, 0x40, 0x20, 0x00, 0x45,
    0x0d, 0x00, 0x20, 0x00, 0x42, 0xcd, 0x00, 0x0f, 0x0b, 0x41, 0x7f, 0x42, 0x7f, 0x0b, 0x06, 0x00,
    0x20, 0x01, 0x20, 0x00, 0x0b, 0x09, 0x00, 0x20, 0x00, 0x20, 0x01, 0x20, 0x02, 0x1b, 0x0b, 0x0c,
    0x00, 0x02, 0x40, 0x0c, 0x00, 0x41, 0x05, 0x1a, 0x0b, 0x41, 0x01, 0x0b,
};

TEST_F(InterpreterTest, TrapUnreachableWithBacktrace) {
  Instance* instance = Instantiate(kTraps);
  ASSERT_NE(instance, nullptr);
  Trap trap = CallTrap(instance, "outer", {}, TrapKind::kUnreachable);
  ASSERT_EQ(trap.trace.size(), 2u);
  // Innermost first: $inner (function 2) at its `unreachable`, then "outer" (function 3) at
  // its call. Bodies: $inner is "03 00 00 0b", outer is "05 00 01 10 02 0b".
  EXPECT_EQ(trap.trace[0].module, instance->module.get());
  EXPECT_EQ(trap.trace[0].func_index, 2u);
  EXPECT_EQ(trap.trace[0].offset, Find(kTraps, {0x03, 0x00, 0x00, 0x0b}) + 2);
  EXPECT_EQ(trap.trace[1].func_index, 3u);
  EXPECT_EQ(trap.trace[1].offset, Find(kTraps, {0x05, 0x00, 0x01, 0x10, 0x02, 0x0b}) + 3);
  ExpectStacksReset();
}

TEST_F(InterpreterTest, TrapMemoryOutOfBounds) {
  Instance* instance = Instantiate(kTraps);
  ASSERT_NE(instance, nullptr);
  EXPECT_EQ(CallOk(instance, "load", {Value::I32(65532)}).i32(), 0);
  CallTrap(instance, "load", {Value::I32(65533)}, TrapKind::kMemoryOutOfBounds);
  CallTrap(instance, "load", {Value::I32(-1)}, TrapKind::kMemoryOutOfBounds);
  // address + offset is computed in 64 bits: 0xfffffffc + 4 does not wrap to 0.
  CallTrap(instance, "store", {Value::I32(-4)}, TrapKind::kMemoryOutOfBounds);
  CallTrap(instance, "store", {Value::I32(65530)}, TrapKind::kMemoryOutOfBounds);
  EXPECT_TRUE(Call(instance, "store", {Value::I32(65528)}).ok());
  EXPECT_EQ(CallOk(instance, "load", {Value::I32(65532)}).i32(), 1);
  CallTrap(instance, "fill", {Value::I32(65535), Value::I32(2)}, TrapKind::kMemoryOutOfBounds);
  EXPECT_TRUE(Call(instance, "fill", {Value::I32(65536), Value::I32(0)}).ok());
  ExpectStacksReset();
}

TEST_F(InterpreterTest, TrapIntegerArithmetic) {
  Instance* instance = Instantiate(kTraps);
  ASSERT_NE(instance, nullptr);
  CallTrap(instance, "div_s", {Value::I32(1), Value::I32(0)}, TrapKind::kDivideByZero);
  CallTrap(instance, "div_s", {Value::I32(INT32_MIN), Value::I32(-1)}, TrapKind::kIntegerOverflow);
  EXPECT_EQ(CallOk(instance, "rem_s", {Value::I32(INT32_MIN), Value::I32(-1)}).i32(), 0);
  EXPECT_EQ(CallOk(instance, "div_s", {Value::I32(-7), Value::I32(2)}).i32(), -3);
  CallTrap(instance, "trunc", {Value::F32(NAN)}, TrapKind::kInvalidConversion);
  CallTrap(instance, "trunc", {Value::F32(3e9f)}, TrapKind::kIntegerOverflow);
  EXPECT_EQ(CallOk(instance, "trunc", {Value::F32(-2.9f)}).i32(), -2);
}

TEST_F(InterpreterTest, TrapTablesAndIndirectCalls) {
  Instance* instance = Instantiate(kTraps);
  ASSERT_NE(instance, nullptr);
  EXPECT_EQ(CallOk(instance, "call_v_i", {Value::I32(0)}).i32(), 7);
  CallTrap(instance, "call_v_i", {Value::I32(1)}, TrapKind::kIndirectCallTypeMismatch);
  CallTrap(instance, "call_v_i", {Value::I32(2)}, TrapKind::kNullFunction);
  CallTrap(instance, "call_v_i", {Value::I32(4)}, TrapKind::kUndefinedElement);
  EXPECT_EQ(CallOk(instance, "table_get", {Value::I32(0)}).func(), instance->functions[0]);
  EXPECT_TRUE(CallOk(instance, "table_get", {Value::I32(3)}).is_null());
  CallTrap(instance, "table_get", {Value::I32(4)}, TrapKind::kTableOutOfBounds);
  ExpectStacksReset();
}

TEST_F(InterpreterTest, DeepRecursionExhaustsCallStack) {
  Instance* instance = Instantiate(kRecursion);
  ASSERT_NE(instance, nullptr);
  EXPECT_EQ(CallOk(instance, "count", {Value::I32(10000)}).i32(), 10000);
  Trap trap = CallTrap(instance, "count", {Value::I32(100000)}, TrapKind::kCallStackExhausted);
  EXPECT_FALSE(trap.trace.empty());
  EXPECT_LE(trap.trace.size(), 1000u);  // Runaway traces keep their innermost frames.
  EXPECT_EQ(trap.trace[0].func_index, 0u);
  CallTrap(instance, "forever", {}, TrapKind::kCallStackExhausted);
  ExpectStacksReset();
  // The store is still usable.
  EXPECT_EQ(CallOk(instance, "count", {Value::I32(5)}).i32(), 5);
}

class SmallStackTest : public InterpreterTest {
 protected:
  SmallStackTest() : InterpreterTest(StoreLimits{kMaxPages, 1000000, 4096}) {}
};

TEST_F(SmallStackTest, DeepRecursionExhaustsValueStack) {
  Instance* instance = Instantiate(kRecursion);
  ASSERT_NE(instance, nullptr);
  EXPECT_EQ(CallOk(instance, "count", {Value::I32(100)}).i32(), 100);
  // Far below the call-depth limit, but 4096 slots cannot hold 100000 frames.
  CallTrap(instance, "count", {Value::I32(100000)}, TrapKind::kCallStackExhausted);
  ExpectStacksReset();
}

TEST_F(InterpreterTest, HostFunctionsWithMultipleResults) {
  FuncType pair_type{{ValType::kI32}, {ValType::kI32, ValType::kI64}};
  Function* pair = store_.CreateHostFunction(
      pair_type, [](std::span<const Value> args, std::span<Value> results) {
        EXPECT_EQ(results[0].type, ValType::kI32);
        EXPECT_EQ(results[1].type, ValType::kI64);
        results[0].bits = static_cast<uint32_t>(args[0].i32() + 1);
        results[1].bits = static_cast<uint64_t>(args[0].i32()) * 1000000000000u;
        return Outcome::Ok();
      });
  Function* fail = store_.CreateHostFunction(
      {}, [](std::span<const Value>, std::span<Value>) { return Outcome::Ok(); });
  Instance* instance = Instantiate(kHost, {Extern::Of(pair), Extern::Of(fail)});
  ASSERT_NE(instance, nullptr);

  std::vector<Value> results;
  ASSERT_TRUE(Call(instance, "call_pair", {Value::I32(5)}, &results).ok());
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].type, ValType::kI32);
  EXPECT_EQ(results[0].i32(), 6);
  EXPECT_EQ(results[1].type, ValType::kI64);
  EXPECT_EQ(results[1].i64(), 5000000000000);
  EXPECT_EQ(CallOk(instance, "sum_pair", {Value::I32(2)}).i64(), 2000000000003);
  // Store::Call of a host function directly.
  ASSERT_TRUE(store_.Call(pair, std::vector<Value>{Value::I32(1)}, &results).ok());
  EXPECT_EQ(results[0].i32(), 2);
  ExpectStacksReset();
}

TEST_F(InterpreterTest, V128ArgumentsAndResultsCrossHostCallsWhole) {
  // The host swaps the halves of its v128 and doubles the i32: all 16 bytes must arrive and
  // come back, beside a scalar of the same call.
  Function* swap =
      store_.CreateHostFunction({{ValType::kV128, ValType::kI32}, {ValType::kV128, ValType::kI64}},
                                [](std::span<const Value> args, std::span<Value> results) {
                                  EXPECT_EQ(args[0].type, ValType::kV128);
                                  results[0] = Value::V128(args[0].high, args[0].bits);
                                  results[1] = Value::I64(args[1].i32() * 2);
                                  return Outcome::Ok();
                                });
  Instance* instance = Instantiate(kV128, {Extern::Of(swap)});
  ASSERT_NE(instance, nullptr);
  const Value v = Value::V128(0x0123456789abcdefu, 0xfedcba9876543210u);
  const Value w = Value::V128(1, 2);
  std::vector<Value> results;
  ASSERT_TRUE(Call(instance, "mix", {v, Value::I32(21)}, &results).ok());
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].type, ValType::kV128);
  EXPECT_EQ(results[0].bits, 0xfedcba9876543210u);
  EXPECT_EQ(results[0].high, 0x0123456789abcdefu);
  EXPECT_EQ(results[1].i64(), 42);
  // select and a branch carry all 16 bytes too.
  Value picked = CallOk(instance, "pick", {v, w, Value::I32(0)});
  EXPECT_EQ(picked.bits, 1u);
  EXPECT_EQ(picked.high, 2u);
  picked = CallOk(instance, "pick", {v, w, Value::I32(1)});
  EXPECT_EQ(picked.high, 0xfedcba9876543210u);
  Value branched = CallOk(instance, "branch", {v, Value::I32(1)});
  EXPECT_EQ(branched.bits, 0x0123456789abcdefu);
  EXPECT_EQ(branched.high, 0xfedcba9876543210u);
  branched = CallOk(instance, "branch", {v, Value::I32(0)});
  EXPECT_EQ(branched.bits, 7u);
  EXPECT_EQ(branched.high, 8u);
  ExpectStacksReset();
}

TEST_F(InterpreterTest, HostExceptionAndTrapUnwindWasm) {
  FuncType pair_type{{ValType::kI32}, {ValType::kI32, ValType::kI64}};
  Function* pair = store_.CreateHostFunction(
      pair_type, [](std::span<const Value>, std::span<Value>) { return Outcome::Ok(); });
  Outcome host_outcome = Outcome::Exception();
  Function* fail = store_.CreateHostFunction(
      {}, [&](std::span<const Value>, std::span<Value>) { return host_outcome; });
  Instance* instance = Instantiate(kHost, {Extern::Of(pair), Extern::Of(fail)});
  ASSERT_NE(instance, nullptr);

  EXPECT_EQ(Call(instance, "call_fail", {}).kind, Outcome::Kind::kException);
  ExpectStacksReset();

  host_outcome = Outcome::FromTrap(Trap{TrapKind::kHostTrap, "boom", {}});
  Outcome outcome = Call(instance, "call_fail", {});
  EXPECT_EQ(outcome.kind, Outcome::Kind::kTrap);
  EXPECT_EQ(outcome.trap.kind, TrapKind::kHostTrap);
  EXPECT_EQ(outcome.trap.message, "boom");  // Handed back unchanged.
  ExpectStacksReset();

  host_outcome = Outcome::Ok();
  EXPECT_EQ(CallOk(instance, "call_fail", {}).i32(), 1);
}

TEST_F(InterpreterTest, ReentrantCallsShareTheStacks) {
  Instance* instance = nullptr;
  uint32_t deepest = 0;
  Function* host = store_.CreateHostFunction(
      {{ValType::kI32}, {ValType::kI32}},
      [&](std::span<const Value> args, std::span<Value> results) {
        deepest = std::max(deepest, store_.execution_state().depth());
        std::vector<Value> inner;
        Outcome outcome = store_.Call(Export(instance, "f"), args, &inner);
        if (outcome.ok()) results[0].bits = inner[0].bits;
        return outcome;
      });
  instance = Instantiate(kReenter, {Extern::Of(host)});
  ASSERT_NE(instance, nullptr);
  // host -> wasm -> host -> wasm ... 50 times.
  EXPECT_EQ(CallOk(instance, "f", {Value::I32(50)}).i32(), 50);
  // Two frame records per level, counted across activations: the activation's sentinel and the
  // record of the wasm caller of the host (which lets the host list the live frames).
  EXPECT_EQ(deepest, 100u);
  ExpectStacksReset();
}

class ShallowCallStackTest : public InterpreterTest {
 protected:
  ShallowCallStackTest() : InterpreterTest(StoreLimits{kMaxPages, 20, 1 << 20}) {}
};

TEST_F(ShallowCallStackTest, ReentrantDepthAccumulates) {
  Instance* instance = nullptr;
  Function* host = store_.CreateHostFunction(
      {{ValType::kI32}, {ValType::kI32}},
      [&](std::span<const Value> args, std::span<Value> results) {
        std::vector<Value> inner;
        Outcome outcome = store_.Call(Export(instance, "f"), args, &inner);
        if (outcome.ok()) results[0].bits = inner[0].bits;
        return outcome;
      });
  instance = Instantiate(kReenter, {Extern::Of(host)});
  ASSERT_NE(instance, nullptr);
  // Each level takes two frame records (see ReentrantCallsShareTheStacks): 19 records.
  EXPECT_EQ(CallOk(instance, "f", {Value::I32(9)}).i32(), 9);
  // 21 records: the innermost activation traps and every level hands the trap outwards.
  CallTrap(instance, "f", {Value::I32(10)}, TrapKind::kCallStackExhausted);
  ExpectStacksReset();
}

TEST_F(InterpreterTest, MemoryGrowUpdatesTheCachedSize) {
  Instance* instance = Instantiate(kGrow);
  ASSERT_NE(instance, nullptr);
  const uint8_t* base = instance->memories[0]->base();
  CallTrap(instance, "grow_in_callee", {Value::I32(65536 * 2)}, TrapKind::kMemoryOutOfBounds);
  EXPECT_EQ(instance->memories[0]->pages(), 2u);
  EXPECT_EQ(CallOk(instance, "grow_in_callee", {Value::I32(65536 * 2)}).i32(), 0);
  // At the maximum (3 pages) growing fails with -1 and changes nothing.
  EXPECT_EQ(CallOk(instance, "grow", {Value::I32(1)}).i32(), -1);
  EXPECT_EQ(CallOk(instance, "grow", {Value::I32(0)}).i32(), 3);
  EXPECT_EQ(instance->memories[0]->base(), base);  // Reserved: the base never moves.
  Instance* fresh = Instantiate(kGrow);
  ASSERT_NE(fresh, nullptr);
  EXPECT_EQ(CallOk(fresh, "grow_and_store", {Value::I32(70000)}).i32(), 42);
}

TEST_F(InterpreterTest, CallsIntoAnotherInstanceUseItsMemory) {
  Instance* provider = Instantiate(kProvider);
  ASSERT_NE(provider, nullptr);
  Instance* user = Instantiate(kUser, {Extern::Of(Export(provider, "read"))});
  ASSERT_NE(user, nullptr);
  EXPECT_EQ(CallOk(user, "both", {}).i32(), 42 + 7);
  Trap trap = CallTrap(user, "read_far", {}, TrapKind::kMemoryOutOfBounds);
  ASSERT_EQ(trap.trace.size(), 2u);
  EXPECT_EQ(trap.trace[0].module, provider->module.get());
  EXPECT_EQ(trap.trace[1].module, user->module.get());
  ExpectStacksReset();
}

TEST_F(InterpreterTest, CodeGenerationCornerCases) {
  Instance* instance = Instantiate(kCodegen);
  ASSERT_NE(instance, nullptr);
  EXPECT_EQ(CallOk(instance, "old_value", {Value::I32(10), Value::I32(3)}).i32(), 7);
  EXPECT_EQ(CallOk(instance, "tee", {Value::I32(6)}).i32(), 42);
  EXPECT_EQ(CallOk(instance, "sum_below", {Value::I32(100)}).i32(), 4950);
  EXPECT_EQ(CallOk(instance, "sum_below", {Value::I32(-5)}).i32(), 0);
  EXPECT_EQ(CallOk(instance, "br_table_values", {Value::I32(0)}).i32(), 110);
  EXPECT_EQ(CallOk(instance, "br_table_values", {Value::I32(1)}).i32(), 10);
  EXPECT_EQ(CallOk(instance, "br_table_values", {Value::I32(7)}).i32(), 10);
  EXPECT_EQ(CallOk(instance, "block_param_local", {Value::I32(4)}).i32(), 9);
  EXPECT_EQ(CallOk(instance, "if_params", {Value::I32(7), Value::I32(1)}).i32(), 14);
  EXPECT_EQ(CallOk(instance, "if_params", {Value::I32(7), Value::I32(0)}).i32(), 21);
  EXPECT_EQ(CallOk(instance, "loop_param", {Value::I32(10)}).i32(), 55);
  EXPECT_EQ(CallOk(instance, "select_locals", {Value::I32(1), Value::I32(2), Value::I32(0)}).i32(),
            2);
  EXPECT_EQ(CallOk(instance, "dead_code_after_br", {}).i32(), 1);

  std::vector<Value> results;
  ASSERT_TRUE(Call(instance, "multi", {Value::I32(9)}, &results).ok());
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0].i32(), 1);
  EXPECT_EQ(results[1].i32(), 9);
  EXPECT_EQ(results[2].i32(), 3);
  ASSERT_TRUE(Call(instance, "multi", {Value::I32(0)}, &results).ok());
  EXPECT_EQ(results[0].i32(), 4);
  EXPECT_EQ(results[1].i32(), 5);
  EXPECT_EQ(results[2].i32(), 6);

  ASSERT_TRUE(Call(instance, "return_from_block", {Value::I32(3)}, &results).ok());
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].i32(), 3);
  EXPECT_EQ(results[1].i64(), 77);
  ASSERT_TRUE(Call(instance, "return_from_block", {Value::I32(0)}, &results).ok());
  EXPECT_EQ(results[0].i32(), -1);
  EXPECT_EQ(results[1].i64(), -1);

  // Results that come from locals in swapped order (a parallel move).
  ASSERT_TRUE(Call(instance, "swap", {Value::I32(1), Value::I32(2)}, &results).ok());
  EXPECT_EQ(results[0].i32(), 2);
  EXPECT_EQ(results[1].i32(), 1);
  ExpectStacksReset();
}

TEST_F(InterpreterTest, MoreConstantsThanConstantSlots) {
  // i64.const 0, then 600 times (i64.const k << 40) i64.add: 600 distinct constants, more
  // than fit the frame's constant slots, so later ones are materialized by instructions.
  Bytes expression = {0x42, 0x00};
  uint64_t expected = 0;
  for (uint64_t k = 1; k <= 600; ++k) {
    expression.push_back(0x42);
    AppendLeb(&expression, k << 40, true);
    expression.push_back(0x7c);
    expected += k << 40;
  }
  Instance* instance = Instantiate(ModuleReturningI64(expression));
  ASSERT_NE(instance, nullptr);
  EXPECT_EQ(static_cast<uint64_t>(CallOk(instance, "f", {}).i64()), expected);
}

TEST_F(InterpreterTest, ResultsHaveCleanHighBits) {
  Instance* instance = Instantiate(kCodegen);
  ASSERT_NE(instance, nullptr);
  // Arguments with garbage in the unused high half of an i32 are narrowed on the way in.
  Value arg{ValType::kI32, 0xdeadbeef00000006u};
  Value result = CallOk(instance, "tee", {arg});
  EXPECT_EQ(result.bits, 42u);
}

}  // namespace
}  // namespace linea::rt::testing
