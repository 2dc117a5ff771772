// The validator/compiler on its own: function bodies against hand-built modules, checking the
// error messages and offsets of invalid and malformed code, and that valid code compiles
// (including the polymorphic stack of unreachable code).
#include "runtime/compile/compiler.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/code.h"
#include "runtime/decode/module.h"
#include "runtime/types.h"

namespace linea::rt {
namespace {

using Bytes = std::vector<uint8_t>;
constexpr size_t kBodyOffset = 100;  // Pretend the body starts at module offset 100.

constexpr ValType i32 = ValType::kI32;
constexpr ValType i64 = ValType::kI64;
constexpr ValType f64 = ValType::kF64;
constexpr ValType funcref = ValType::kFuncRef;
constexpr ValType externref = ValType::kExternRef;

// A module whose functions have the given types (function i has type i).
Module MakeModule(std::vector<FuncType> types) {
  Module m;
  for (uint32_t i = 0; i < types.size(); ++i) {
    m.canonical_type_ids.push_back(CanonicalTypeId(types[i]));
    m.func_type_indices.push_back(i);
  }
  m.types.assign(types.begin(), types.end());
  m.declared_func_refs.assign(m.func_type_indices.size(), false);
  return m;
}

// A function of type [] -> [] in a module with one memory, a funcref and an externref
// table, an immutable and a mutable i32 global, one passive funcref element segment and
// a data count of 1.
Module RichModule() {
  Module m = MakeModule({FuncType{}, FuncType{{i32}, {i32}}, FuncType{{i32, i64}, {f64}}});
  m.memories.push_back(MemoryType{{1, std::nullopt}, false, false});
  m.tables.push_back(TableType{funcref, {1, std::nullopt}, false});
  m.tables.push_back(TableType{externref, {1, std::nullopt}, false});
  m.globals.push_back(GlobalType{i32, false});
  m.globals.push_back(GlobalType{i32, true});
  ElementSegment segment;
  segment.mode = SegmentMode::kPassive;
  m.elements.push_back(segment);
  m.data_count = 1;
  m.declared_func_refs[1] = true;
  return m;
}

Result<std::unique_ptr<CompiledFunction>> Compile(const Module& m, uint32_t func,
                                                  const Bytes& body) {
  return CompileFunction(m, func, body, kBodyOffset);
}

// Expects `body` (function `func` of `m`) to be rejected with a message containing `text`;
// returns the error.
Error ExpectError(const Module& m, uint32_t func, const Bytes& body, const std::string& text) {
  auto result = Compile(m, func, body);
  EXPECT_FALSE(result.ok()) << "expected \"" << text << "\"";
  if (result.ok()) return {};
  EXPECT_NE(result.error().message.find(text), std::string::npos)
      << "message: " << result.error().message;
  return result.error();
}
Error ExpectError(const Bytes& body, const std::string& text) {
  return ExpectError(RichModule(), 0, body, text);
}

void ExpectValid(const Module& m, uint32_t func, const Bytes& body) {
  auto result = Compile(m, func, body);
  EXPECT_TRUE(result.ok()) << result.error().message;
}
void ExpectValid(const Bytes& body) { ExpectValid(RichModule(), 0, body); }

TEST(CompilerTest, TypeMismatchNamesTypesAndOffset) {
  // (func (result i32) (f64.const 0))
  Module m = MakeModule({FuncType{{}, {i32}}});
  Error e = ExpectError(m, 0, {0x00, 0x44, 0, 0, 0, 0, 0, 0, 0, 0, 0x0b},
                        "type mismatch: expected i32, got f64");
  EXPECT_EQ(e.offset, kBodyOffset + 10);  // The `end` that checks the result.
}

TEST(CompilerTest, StackUnderflowAndLeftovers) {
  ExpectError({0x00, 0x6a, 0x0b}, "type mismatch");              // i32.add on nothing
  ExpectError({0x00, 0x41, 0x01, 0x0b}, "type mismatch");        // value left at end
  ExpectError({0x00, 0x41, 0x01, 0x42, 0x01, 0x6a, 0x1a, 0x0b},  // i32.add (i32, i64)
              "type mismatch: expected i32, got i64");
  // A block may not pop values from outside it.
  ExpectError({0x00, 0x41, 0x01, 0x02, 0x40, 0x1a, 0x0b, 0x0b}, "type mismatch");
}

TEST(CompilerTest, UnknownIndices) {
  ExpectError({0x00, 0x20, 0x05, 0x1a, 0x0b}, "unknown local 5");
  ExpectError({0x00, 0x23, 0x02, 0x1a, 0x0b}, "unknown global 2");
  ExpectError({0x00, 0x0c, 0x01, 0x0b}, "unknown label 1");
  ExpectError({0x00, 0x10, 0x09, 0x0b}, "unknown function 9");
  ExpectError({0x00, 0x41, 0x00, 0x11, 0x07, 0x00, 0x0b}, "unknown type 7");
  ExpectError({0x00, 0x41, 0x00, 0x11, 0x00, 0x05, 0x0b}, "unknown table 5");
  ExpectError({0x00, 0x02, 0x09, 0x0b, 0x0b}, "unknown type 9");  // block type index
  ExpectError({0x00, 0xfc, 0x0d, 0x03, 0x0b}, "unknown elem segment 3");
  ExpectError({0x00, 0xfc, 0x09, 0x01, 0x0b}, "unknown data segment 1");
  Module no_memory = MakeModule({FuncType{}});
  ExpectError(no_memory, 0, {0x00, 0x41, 0x00, 0x28, 0x02, 0x00, 0x1a, 0x0b}, "unknown memory 0");
  ExpectError(no_memory, 0, {0x00, 0x3f, 0x00, 0x1a, 0x0b}, "unknown memory 0");
}

TEST(CompilerTest, GlobalsAndMemoryImmediates) {
  ExpectError({0x00, 0x41, 0x01, 0x24, 0x00, 0x0b}, "global is immutable");
  ExpectValid({0x00, 0x41, 0x01, 0x24, 0x01, 0x0b});
  // i32.load with alignment 2^3 > 4.
  ExpectError({0x00, 0x41, 0x00, 0x28, 0x03, 0x00, 0x1a, 0x0b},
              "alignment must not be larger than natural");
  ExpectValid({0x00, 0x41, 0x00, 0x28, 0x02, 0x00, 0x1a, 0x0b});
  ExpectError({0x00, 0x3f, 0x01, 0x1a, 0x0b}, "unknown memory 1");  // memory.size 1
}

TEST(CompilerTest, MemoryIndices) {
  Module m = RichModule();
  m.memories.push_back(MemoryType{{1, std::nullopt}, false, false});
  // i32.load with flags 0x42 (alignment 4, memory index follows) from memory 1.
  ExpectValid(m, 0, {0x00, 0x41, 0x00, 0x28, 0x42, 0x01, 0x00, 0x1a, 0x0b});
  ExpectError(m, 0, {0x00, 0x41, 0x00, 0x28, 0x42, 0x02, 0x00, 0x1a, 0x0b}, "unknown memory 2");
  // An offset of 2^32 does not fit an i32-addressed memory.
  ExpectError(m, 0, {0x00, 0x41, 0x00, 0x28, 0x02, 0x80, 0x80, 0x80, 0x80, 0x10, 0x1a, 0x0b},
              "offset out of range");
  // memory.copy from memory 0 to memory 1, memory.size 1.
  ExpectValid(m, 0, {0x00, 0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0a, 0x01, 0x00, 0x0b});
  ExpectValid(m, 0, {0x00, 0x3f, 0x01, 0x1a, 0x0b});
}

TEST(CompilerTest, Locals) {
  // 0xffffffff i32 + 2 i64: more than 2^32 - 1 locals is malformed.
  ExpectError({0x02, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x7f, 0x02, 0x7e, 0x0b}, "too many locals");
  // 50001 locals is over the implementation limit.
  ExpectError({0x01, 0xd1, 0x86, 0x03, 0x7f, 0x0b}, "too many locals");
  // (local i64) (local.set 0 (i64.const 1)) -- locals are typed.
  ExpectValid({0x01, 0x01, 0x7e, 0x42, 0x01, 0x21, 0x00, 0x0b});
  ExpectError({0x01, 0x01, 0x7e, 0x41, 0x01, 0x21, 0x00, 0x0b},
              "type mismatch: expected i64, got i32");
  ExpectValid({0x01, 0x01, 0x7b, 0x0b});  // (local v128)
  ExpectError({0x01, 0x01, 0x40, 0x0b}, "malformed value type");
}

TEST(CompilerTest, BodyBoundaries) {
  ExpectError({0x00, 0x41, 0x01, 0x1a}, "END opcode expected");
  ExpectError({0x00, 0x0b, 0x01}, "operators remaining after end of function");
  ExpectError({0x00, 0x41}, "unexpected end");
}

TEST(CompilerTest, MalformedIntegers) {
  ExpectError({0x00, 0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x1a, 0x0b},
              "integer representation too long");
  ExpectError({0x00, 0x41, 0x80, 0x80, 0x80, 0x80, 0x70, 0x1a, 0x0b}, "integer too large");
  // -1 as a 5-byte i32 is fine: its unused bits are sign copies.
  ExpectValid({0x00, 0x41, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x1a, 0x0b});
}

TEST(CompilerTest, ControlStructure) {
  ExpectError({0x00, 0x02, 0x40, 0x05, 0x0b, 0x0b}, "else without matching if");
  // (if (result i32) (i32.const 0) (then (i32.const 1))) -- no else, result needed.
  ExpectError({0x00, 0x41, 0x00, 0x04, 0x7f, 0x41, 0x01, 0x0b, 0x1a, 0x0b}, "type mismatch");
  // br_table whose targets differ in arity: (block (result i32) (block (br_table 0 1 ...))).
  ExpectError({0x00, 0x02, 0x7f, 0x02, 0x40, 0x41, 0x00, 0x0e, 0x01, 0x00, 0x01, 0x0b, 0x41, 0x00,
               0x0b, 0x1a, 0x0b},
              "type mismatch");
  // Multi-value block with type-index signature [i32 i64] -> [f64] (type 2).
  ExpectValid({0x00, 0x41, 0x01, 0x42, 0x02, 0x02, 0x02, 0x1a, 0x1a, 0x44, 0,
               0,    0,    0,    0,    0,    0,    0,    0x0b, 0x1a, 0x0b});
  ExpectError({0x00, 0x41, 0x01, 0x41, 0x02, 0x02, 0x02, 0x1a, 0x1a, 0x44, 0,
               0,    0,    0,    0,    0,    0,    0,    0x0b, 0x1a, 0x0b},
              "type mismatch: expected i64, got i32");
}

TEST(CompilerTest, UnreachableCodeIsPolymorphic) {
  Module m = MakeModule({FuncType{{}, {i32}}});
  ExpectValid(m, 0, {0x00, 0x00, 0x6a, 0x0b});                          // unreachable i32.add
  ExpectValid(m, 0, {0x00, 0x00, 0x1b, 0x0b});                          // unreachable select
  ExpectValid(m, 0, {0x00, 0x41, 0x01, 0x0f, 0x41, 0x01, 0x6a, 0x0b});  // ... return; then i32.add
  // Known operand types still count: unreachable (i64.const 0) i32.add.
  ExpectError(m, 0, {0x00, 0x00, 0x42, 0x00, 0x6a, 0x0b}, "type mismatch");
  // br_table in unreachable code to labels of the same arity but different types.
  ExpectValid(MakeModule({FuncType{}}), 0,
              {0x00, 0x02, 0x7f, 0x02, 0x7d, 0x00, 0x0e, 0x01, 0x00, 0x01, 0x0b, 0x1a, 0x00, 0x0b,
               0x1a, 0x0b});
}

TEST(CompilerTest, SelectTyping) {
  // Untyped select of references is invalid; typed select of one type is required.
  ExpectError({0x00, 0xd0, 0x70, 0xd0, 0x70, 0x41, 0x01, 0x1b, 0x1a, 0x0b}, "type mismatch");
  ExpectValid({0x00, 0xd0, 0x70, 0xd0, 0x70, 0x41, 0x01, 0x1c, 0x01, 0x70, 0x1a, 0x0b});
  ExpectError({0x00, 0x41, 0x01, 0x41, 0x01, 0x41, 0x01, 0x1c, 0x02, 0x7f, 0x7f, 0x1a, 0x0b},
              "invalid result arity");
  ExpectError({0x00, 0x41, 0x01, 0x42, 0x01, 0x41, 0x01, 0x1b, 0x1a, 0x0b}, "type mismatch");
}

TEST(CompilerTest, ReferenceInstructions) {
  ExpectValid({0x00, 0xd2, 0x01, 0x1a, 0x0b});
  ExpectError({0x00, 0xd2, 0x02, 0x1a, 0x0b}, "undeclared function reference");
  ExpectError({0x00, 0xd0, 0x7f, 0x1a, 0x0b}, "malformed heap type");
  ExpectError({0x00, 0x41, 0x00, 0xd1, 0x1a, 0x0b}, "type mismatch");
  // table.set of an externref table with a funcref.
  ExpectError({0x00, 0x41, 0x00, 0xd0, 0x70, 0x26, 0x01, 0x0b},
              "type mismatch: expected externref, got funcref");
  // call_indirect through an externref table.
  ExpectError({0x00, 0x41, 0x00, 0x11, 0x00, 0x01, 0x0b}, "type mismatch");
  // table.init of the funcref segment into the externref table.
  ExpectError({0x00, 0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0c, 0x00, 0x01, 0x0b},
              "type mismatch");
  // table.copy between tables of different element types.
  ExpectError({0x00, 0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0e, 0x00, 0x01, 0x0b},
              "type mismatch");
}

TEST(CompilerTest, BulkMemoryNeedsDataCount) {
  Module m = RichModule();
  m.data_count.reset();
  ExpectError(m, 0, {0x00, 0xfc, 0x09, 0x00, 0x0b}, "data count section required");
  ExpectValid({0x00, 0xfc, 0x09, 0x00, 0x0b});
  ExpectValid({0x00, 0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x08, 0x00, 0x00, 0x0b});
  // memory.init 0 into memory 1, which RichModule does not have.
  ExpectError({0x00, 0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x08, 0x00, 0x01, 0x0b},
              "unknown memory 1");
}

TEST(CompilerTest, TailCallTyping) {
  // RichModule's function 1 is [i32] -> [i32], function 2 [i32 i64] -> [f64].
  Module m = RichModule();
  // (return_call 1 (local.get 0)) in function 1: same results.
  ExpectValid(m, 1, {0x00, 0x20, 0x00, 0x12, 0x01, 0x0b});
  // Code after it is unreachable, so its stack is polymorphic.
  ExpectValid(m, 1, {0x00, 0x20, 0x00, 0x12, 0x01, 0x6a, 0x0b});
  // (return_call 2 ...) from function 1: [f64] is not [i32].
  ExpectError(m, 1, {0x00, 0x20, 0x00, 0x42, 0x00, 0x12, 0x02, 0x0b}, "type mismatch");
  // (return_call_indirect (type 1) (local.get 0) (i32.const 0)) in function 1.
  ExpectValid(m, 1, {0x00, 0x20, 0x00, 0x41, 0x00, 0x13, 0x01, 0x00, 0x0b});
  // ... through the externref table 1.
  ExpectError(m, 1, {0x00, 0x20, 0x00, 0x41, 0x00, 0x13, 0x01, 0x01, 0x0b}, "funcref table");
  // ... with an argument missing.
  ExpectError(m, 1, {0x00, 0x41, 0x00, 0x13, 0x01, 0x00, 0x0b}, "type mismatch");
}

// RichModule plus tag 0 of type 1's parameters ([i32]).
Module ModuleWithTag() {
  Module m = RichModule();
  m.types.push_back(FuncType{{i32}, {}});
  m.canonical_type_ids.push_back(CanonicalTypeId(m.types.back()));
  m.tag_type_indices.push_back(static_cast<uint32_t>(m.types.size() - 1));
  return m;
}

TEST(CompilerTest, ExceptionHandlingTyping) {
  Module m = ModuleWithTag();
  // (throw 0 (i32.const 1)); without the operand it is a type error.
  ExpectValid(m, 0, {0x00, 0x41, 0x01, 0x08, 0x00, 0x0b});
  ExpectError(m, 0, {0x00, 0x08, 0x00, 0x0b}, "type mismatch");
  ExpectError(m, 0, {0x00, 0x08, 0x01, 0x0b}, "unknown tag 1");
  // (block (result i32) (try_table (catch 0 0) ...)): the label takes the tag's [i32].
  ExpectValid(m, 0,
              {0x00, 0x02, 0x7f, 0x1f, 0x40, 0x01, 0x00, 0x00, 0x00, 0x0b, 0x00, 0x0b, 0x1a, 0x0b});
  // The same into a label of no values, and catch_ref into one without the exnref.
  ExpectError(m, 0, {0x00, 0x02, 0x40, 0x1f, 0x40, 0x01, 0x00, 0x00, 0x00, 0x0b, 0x0b, 0x0b},
              "type mismatch");
  ExpectError(m, 0,
              {0x00, 0x02, 0x7f, 0x1f, 0x40, 0x01, 0x01, 0x00, 0x00, 0x0b, 0x00, 0x0b, 0x1a, 0x0b},
              "type mismatch");
  // throw_ref needs an exnref; (ref.null exn) is one.
  ExpectError(m, 0, {0x00, 0x41, 0x00, 0x0a, 0x0b}, "type mismatch");
  ExpectValid(m, 0, {0x00, 0xd0, 0x69, 0x0a, 0x0b});
  // Legacy: try (catch 0 drop) end; rethrow 0 inside the catch; not inside the try part.
  ExpectValid(m, 0, {0x00, 0x06, 0x40, 0x07, 0x00, 0x1a, 0x09, 0x00, 0x0b, 0x0b});
  ExpectError(m, 0, {0x00, 0x06, 0x40, 0x09, 0x00, 0x0b, 0x0b}, "invalid rethrow label");
  // catch after catch_all, and delegate after a catch.
  ExpectError(m, 0, {0x00, 0x06, 0x40, 0x19, 0x07, 0x00, 0x1a, 0x0b, 0x0b}, "catch without");
  ExpectError(m, 0, {0x00, 0x06, 0x40, 0x19, 0x18, 0x00, 0x0b}, "delegate without");
  ExpectValid(m, 0, {0x00, 0x06, 0x40, 0x18, 0x00, 0x0b});
}

TEST(CompilerTest, UnsupportedAndUnknownOpcodes) {
  ExpectError({0x00, 0xfd, 0x9a, 0x01, 0x0b}, "unknown opcode 0xfd 154");  // A gap in 0xfd.
  ExpectError({0x00, 0x27, 0x0b}, "unknown opcode 0x27");
  ExpectError({0x00, 0xfc, 0x12, 0x0b}, "unknown opcode 0xfc 18");
}

TEST(CompilerTest, CompiledFunctionLayout) {
  // (func (param i32) (result i32) (local i64)
  //   (i32.div_s (local.get 0) (i32.const 3)))
  Module m = MakeModule({FuncType{{i32}, {i32}}});
  auto result = Compile(m, 0, {0x01, 0x01, 0x7e, 0x20, 0x00, 0x41, 0x03, 0x6d, 0x0b});
  ASSERT_TRUE(result.ok()) << result.error().message;
  const CompiledFunction& f = *result.value();
  EXPECT_EQ(f.num_params, 1u);
  EXPECT_EQ(f.num_results, 1u);
  EXPECT_EQ(f.num_locals, 2u);
  ASSERT_EQ(f.constants.size(), 1u);
  EXPECT_EQ(f.constants[0].bits, 3u);
  // Declared locals start zeroed, then come the constants.
  ASSERT_EQ(f.frame_init.size(), 2u);
  EXPECT_EQ(f.frame_init[0].lanes[0], 0u);
  EXPECT_EQ(f.frame_init[0].lanes[1], 0u);
  EXPECT_EQ(f.frame_init[1].lanes[0], 3u);
  EXPECT_EQ(f.frame_init[1].lanes[1], 0u);
  EXPECT_EQ(f.frame_slots, f.num_locals + f.constants.size() + f.max_stack);
  // The division can trap: its module offset is recorded (opcode at body offset 7).
  ASSERT_EQ(f.source_map.size(), 1u);
  EXPECT_EQ(f.source_map[0].module_offset, kBodyOffset + 7);
  EXPECT_EQ(f.ModuleOffsetAt(f.source_map[0].code_pos), kBodyOffset + 7);
  // One division (reading local 0 and the constant slot directly) and one return.
  EXPECT_EQ(f.code.size(), 4u + 2u);
}

}  // namespace
}  // namespace linea::rt
