// Instantiation (core spec 4.5.4): import matching, initialisation of globals, tables and
// memories, segments with their trap semantics, and the start function.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "runtime/store/store.h"
#include "test/unittests/wasm_test_util.h"

namespace linea::rt::testing {
namespace {

// (module
//   (import "env" "f" (func (param i32)))
//   (import "env" "t" (table 2 funcref))
//   (import "env" "m" (memory 1 2))
//   (import "env" "g" (global i32))
//   (import "env" "mg" (global (mut i64))))
const Bytes kImports = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,  // header
    0x01, 0x05, 0x01, 0x60, 0x01, 0x7f, 0x00,        // type
    0x02, 0x30, 0x05, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x66, 0x00, 0x00, 0x03, 0x65,
    0x6e, 0x76, 0x01, 0x74, 0x01, 0x70, 0x00, 0x02, 0x03, 0x65, 0x6e, 0x76, 0x01,
    0x6d, 0x02, 0x01, 0x01, 0x02, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x67, 0x03, 0x7f,
    0x00, 0x03, 0x65, 0x6e, 0x76, 0x02, 0x6d, 0x67, 0x03, 0x7e, 0x01,  // import
};

std::shared_ptr<Table> NewTable(TableType type) { return Table::Create(type).value(); }
std::shared_ptr<Memory> NewMemory(MemoryType type) { return Memory::Create(type).value(); }

class InstantiateTest : public ::testing::Test {
 protected:
  Function* HostFunction(FuncType type, HostCallback callback = nullptr) {
    if (!callback) {
      callback = [](std::span<const Value>, std::span<Value>) { return Outcome::Ok(); };
    }
    return store_.CreateHostFunction(type, std::move(callback));
  }

  // Imports that match kImports.
  std::vector<Extern> GoodImports() {
    return {Extern::Of(HostFunction({{ValType::kI32}, {}})),
            Extern::Of(NewTable({ValType::kFuncRef, {2, std::nullopt}})),
            Extern::Of(NewMemory({{1, 2}})),
            Extern::Of(std::make_shared<Global>(GlobalType{ValType::kI32, false}, Value::I32(1))),
            Extern::Of(std::make_shared<Global>(GlobalType{ValType::kI64, true}, Value::I64(2)))};
  }

  // Instantiating kImports with `imports` must fail to link with a message containing `text`.
  void ExpectLinkError(const std::vector<Extern>& imports, const std::string& text) {
    InstantiateResult r = store_.Instantiate(MustDecode(kImports), imports);
    EXPECT_EQ(r.kind, InstantiateResult::Kind::kLinkError);
    EXPECT_NE(r.message.find(text), std::string::npos) << r.message;
    EXPECT_NE(r.message.find("incompatible import type"), std::string::npos) << r.message;
  }

  Store store_;
};

TEST_F(InstantiateTest, MatchingImports) {
  std::vector<Extern> imports = GoodImports();
  InstantiateResult r = store_.Instantiate(MustDecode(kImports), imports);
  ASSERT_EQ(r.kind, InstantiateResult::Kind::kOk) << r.message;
  ASSERT_NE(r.instance, nullptr);
  EXPECT_EQ(r.instance->functions[0], imports[0].function);
  EXPECT_EQ(r.instance->tables[0], imports[1].table);
  EXPECT_EQ(r.instance->memories[0], imports[2].memory);
  EXPECT_EQ(r.instance->globals[1], imports[4].global);
}

TEST_F(InstantiateTest, WrongKindOrCount) {
  std::vector<Extern> imports = GoodImports();
  imports[0] = Extern::Of(NewMemory({{1, 2}}));
  ExpectLinkError(imports, "import \"env\" \"f\": incompatible import type: expected function");
  imports = GoodImports();
  imports.pop_back();
  InstantiateResult r = store_.Instantiate(MustDecode(kImports), imports);
  EXPECT_EQ(r.kind, InstantiateResult::Kind::kLinkError);
  // An Extern that names a kind but holds nothing.
  imports = GoodImports();
  imports[1] = Extern{ExternKind::kTable, nullptr, nullptr, nullptr, nullptr, nullptr};
  ExpectLinkError(imports, "import \"env\" \"t\"");
}

TEST_F(InstantiateTest, FunctionTypesMustBeEqual) {
  std::vector<Extern> imports = GoodImports();
  imports[0] = Extern::Of(HostFunction({{ValType::kI32}, {ValType::kI32}}));
  ExpectLinkError(imports, "import \"env\" \"f\"");
  imports[0] = Extern::Of(HostFunction({{ValType::kI64}, {}}));
  ExpectLinkError(imports, "expected function [i32] -> [], got function [i64] -> []");
}

TEST_F(InstantiateTest, TableLimitsUseTheCurrentSize) {
  std::vector<Extern> imports = GoodImports();
  std::shared_ptr<Table> small = NewTable({ValType::kFuncRef, {1, std::nullopt}});
  imports[1] = Extern::Of(small);
  ExpectLinkError(imports, "import \"env\" \"t\"");
  ASSERT_EQ(small->Grow(1, nullptr), 1u);  // Now it has the 2 elements required.
  InstantiateResult r = store_.Instantiate(MustDecode(kImports), imports);
  EXPECT_EQ(r.kind, InstantiateResult::Kind::kOk) << r.message;
  imports[1] = Extern::Of(NewTable({ValType::kExternRef, {2, std::nullopt}}));
  ExpectLinkError(imports, "import \"env\" \"t\"");
}

TEST_F(InstantiateTest, MemoryLimits) {
  std::vector<Extern> imports = GoodImports();
  imports[2] = Extern::Of(NewMemory({{1, std::nullopt}}));  // No maximum, one is required.
  ExpectLinkError(imports, "import \"env\" \"m\"");
  imports[2] = Extern::Of(NewMemory({{1, 3}}));  // Maximum above the required one.
  ExpectLinkError(imports, "expected memory {min 1, max 2}, got memory {min 1, max 3}");
  imports[2] = Extern::Of(NewMemory({{0, 2}}));  // Too small...
  ExpectLinkError(imports, "import \"env\" \"m\"");
  ASSERT_EQ(imports[2].memory->Grow(2), 0u);  // ...until it grows: {2, 2} matches {1, 2}.
  InstantiateResult r = store_.Instantiate(MustDecode(kImports), imports);
  EXPECT_EQ(r.kind, InstantiateResult::Kind::kOk) << r.message;
}

TEST_F(InstantiateTest, GlobalTypesMustBeEqual) {
  std::vector<Extern> imports = GoodImports();
  imports[3] = Extern::Of(std::make_shared<Global>(GlobalType{ValType::kI32, true}, Value::I32(1)));
  ExpectLinkError(imports, "expected global i32, got global (mut i32)");
  imports = GoodImports();
  imports[4] =
      Extern::Of(std::make_shared<Global>(GlobalType{ValType::kI64, false}, Value::I64(1)));
  ExpectLinkError(imports, "import \"env\" \"mg\"");
  imports = GoodImports();
  imports[3] =
      Extern::Of(std::make_shared<Global>(GlobalType{ValType::kI64, false}, Value::I64(1)));
  ExpectLinkError(imports, "import \"env\" \"g\"");
}

// (module
//   (import "env" "base" (global i32))
//   (memory (export "mem") 1)
//   (table (export "tab") 3 funcref)
//   (global (export "g1") i32 (global.get 0))
//   (global (export "g2") (mut i64) (i64.const -5))
//   (global (export "gf") funcref (ref.func $f))
//   (func $f (export "f"))
//   (func $h)
//   (elem (i32.const 1) $f $h)
//   (elem func $h)
//   (elem declare func $f)
//   (data (global.get 0) "xyz")
//   (data "passive"))
const Bytes kInitialisation = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,  // header
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00,              // type
    0x02, 0x0d, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x04, 0x62, 0x61, 0x73, 0x65, 0x03, 0x7f,
    0x00,                                // import
    0x03, 0x03, 0x02, 0x00, 0x00,        // function
    0x04, 0x04, 0x01, 0x70, 0x00, 0x03,  // table
    0x05, 0x03, 0x01, 0x00, 0x01,        // memory
    0x06, 0x10, 0x03, 0x7f, 0x00, 0x23, 0x00, 0x0b, 0x7e, 0x01, 0x42, 0x7b, 0x0b, 0x70,
    0x00, 0xd2, 0x00, 0x0b,  // global
    0x07, 0x20, 0x06, 0x03, 0x6d, 0x65, 0x6d, 0x02, 0x00, 0x03, 0x74, 0x61, 0x62, 0x01,
    0x00, 0x02, 0x67, 0x31, 0x03, 0x01, 0x02, 0x67, 0x32, 0x03, 0x02, 0x02, 0x67, 0x66,
    0x03, 0x03, 0x01, 0x66, 0x00, 0x00,  // export
    0x09, 0x10, 0x03, 0x00, 0x41, 0x01, 0x0b, 0x02, 0x00, 0x01, 0x01, 0x00, 0x01, 0x01,
    0x03, 0x00, 0x01, 0x00,                                // element
    0x0a, 0x07, 0x02, 0x02, 0x00, 0x0b, 0x02, 0x00, 0x0b,  // code
    0x0b, 0x12, 0x02, 0x00, 0x23, 0x00, 0x0b, 0x03, 0x78, 0x79, 0x7a, 0x01, 0x07, 0x70,
    0x61, 0x73, 0x73, 0x69, 0x76, 0x65,  // data
};

TEST_F(InstantiateTest, InitialisesGlobalsTablesMemoriesAndExports) {
  std::vector<Extern> imports = {
      Extern::Of(std::make_shared<Global>(GlobalType{ValType::kI32, false}, Value::I32(100)))};
  InstantiateResult r = store_.Instantiate(MustDecode(kInitialisation), imports);
  ASSERT_EQ(r.kind, InstantiateResult::Kind::kOk) << r.message;
  Instance& inst = *r.instance;

  ASSERT_EQ(inst.exports.size(), 6u);
  const char* names[] = {"mem", "tab", "g1", "g2", "gf", "f"};
  for (size_t i = 0; i < 6; ++i) EXPECT_EQ(inst.exports[i].first, names[i]);
  EXPECT_EQ(inst.FindExport("nope"), nullptr);
  const Extern* f = inst.FindExport("f");
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(f->kind, ExternKind::kFunction);
  EXPECT_EQ(f->function, inst.functions[0]);
  EXPECT_EQ(f->function->instance(), &inst);
  EXPECT_EQ(f->function->index(), 0u);
  EXPECT_EQ(f->function->type(), FuncType{});

  EXPECT_EQ(inst.FindExport("g1")->global->value().i32(), 100);
  EXPECT_EQ(inst.FindExport("g2")->global->value().i64(), -5);
  EXPECT_TRUE(inst.FindExport("g2")->global->type().mutable_);
  EXPECT_EQ(inst.FindExport("gf")->global->value().func(), f->function);

  const Table& table = *inst.FindExport("tab")->table;
  EXPECT_EQ(table.Get(0), nullptr);
  EXPECT_EQ(table.Get(1), inst.functions[0]);
  EXPECT_EQ(table.Get(2), inst.functions[1]);

  const Memory& memory = *inst.FindExport("mem")->memory;
  EXPECT_EQ(std::memcmp(memory.base() + 100, "xyz", 3), 0);
  EXPECT_EQ(memory.base()[99], 0);

  // Active and declarative segments are dropped; passive ones stay.
  ASSERT_EQ(inst.element_segments.size(), 3u);
  EXPECT_TRUE(inst.element_segments[0].empty());
  EXPECT_EQ(inst.element_segments[1], std::vector<void*>{inst.functions[1]});
  EXPECT_TRUE(inst.element_segments[2].empty());
  EXPECT_EQ(inst.data_dropped, (std::vector<bool>{true, false}));

  // Each instantiation gets its own functions, globals, tables and memories.
  InstantiateResult again = store_.Instantiate(MustDecode(kInitialisation), imports);
  ASSERT_EQ(again.kind, InstantiateResult::Kind::kOk) << again.message;
  EXPECT_NE(again.instance->functions[0], inst.functions[0]);
  EXPECT_NE(again.instance->memories[0], inst.memories[0]);
}

// (module
//   (import "env" "mem" (memory 1))
//   (data (i32.const 0) "a")
//   (data (i32.const 65535) "bc")
//   (data (i32.const 1) "d"))
const Bytes kDataOutOfBounds = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,                                      // header
    0x02, 0x0c, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x03, 0x6d, 0x65, 0x6d, 0x02, 0x00, 0x01,  // import
    0x0b, 0x16, 0x03, 0x00, 0x41, 0x00, 0x0b, 0x01, 0x61, 0x00, 0x41, 0xff, 0xff, 0x03,
    0x0b, 0x02, 0x62, 0x63, 0x00, 0x41, 0x01, 0x0b, 0x01, 0x64,  // data
};

TEST_F(InstantiateTest, OutOfBoundsDataTrapsAfterEarlierWrites) {
  std::shared_ptr<Memory> memory = NewMemory({{1, std::nullopt}});
  std::vector<Extern> imports = {Extern::Of(memory)};
  InstantiateResult r = store_.Instantiate(MustDecode(kDataOutOfBounds), imports);
  ASSERT_EQ(r.kind, InstantiateResult::Kind::kTrap);
  EXPECT_EQ(r.trap.kind, TrapKind::kMemoryOutOfBounds);
  EXPECT_EQ(r.trap.message, "out of bounds memory access");
  EXPECT_EQ(r.instance, nullptr);
  EXPECT_EQ(memory->base()[0], 'a');    // The segment before the failing one was written,
  EXPECT_EQ(memory->base()[65535], 0);  // nothing of the failing one,
  EXPECT_EQ(memory->base()[1], 0);      // and nothing after it.
  // Grown to two pages, the same module fits.
  ASSERT_EQ(memory->Grow(1), 1u);
  r = store_.Instantiate(MustDecode(kDataOutOfBounds), imports);
  ASSERT_EQ(r.kind, InstantiateResult::Kind::kOk) << r.message;
  EXPECT_EQ(memory->base()[65536], 'c');
}

// (module
//   (import "env" "tab" (table 2 funcref))
//   (import "env" "mem" (memory 1))
//   (func $f)
//   (elem (i32.const 0) $f)
//   (elem (i32.const 2) $f)
//   (data (i32.const 0) "z"))
const Bytes kElementsOutOfBounds = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,  // header
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00,              // type
    0x02, 0x18, 0x02, 0x03, 0x65, 0x6e, 0x76, 0x03, 0x74, 0x61, 0x62, 0x01, 0x70, 0x00,
    0x02, 0x03, 0x65, 0x6e, 0x76, 0x03, 0x6d, 0x65, 0x6d, 0x02, 0x00, 0x01,  // import
    0x03, 0x02, 0x01, 0x00,                                                  // function
    0x09, 0x0d, 0x02, 0x00, 0x41, 0x00, 0x0b, 0x01, 0x00, 0x00, 0x41, 0x02, 0x0b, 0x01,
    0x00,                                                  // element
    0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b,                    // code
    0x0b, 0x07, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x01, 0x7a,  // data
};

TEST_F(InstantiateTest, OutOfBoundsElementsTrapBeforeAnyData) {
  std::shared_ptr<Table> table = NewTable({ValType::kFuncRef, {2, std::nullopt}});
  std::shared_ptr<Memory> memory = NewMemory({{1, std::nullopt}});
  std::vector<Extern> imports = {Extern::Of(table), Extern::Of(memory)};
  InstantiateResult r = store_.Instantiate(MustDecode(kElementsOutOfBounds), imports);
  ASSERT_EQ(r.kind, InstantiateResult::Kind::kTrap);
  EXPECT_EQ(r.trap.kind, TrapKind::kTableOutOfBounds);
  EXPECT_EQ(r.trap.message, "out of bounds table access");
  // The first segment's function stays in the imported table, and stays usable: it belongs
  // to an instance the store keeps.
  Function* f = static_cast<Function*>(table->Get(0));
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->instance(), nullptr);
  EXPECT_EQ(f->type(), FuncType{});
  EXPECT_EQ(memory->base()[0], 0);  // Element segments all come before data segments.
}

// (module (table 2 funcref) (elem (i32.const 2)) (memory 1) (data (i32.const 65536) ""))
TEST_F(InstantiateTest, EmptySegmentsAtTheEndAreInBounds) {
  Bytes bytes = WasmModule({{0x04, 0x04, 0x01, 0x70, 0x00, 0x02},
                            {0x05, 0x03, 0x01, 0x00, 0x01},
                            {0x09, 0x06, 0x01, 0x00, 0x41, 0x02, 0x0b, 0x00},
                            {0x0b, 0x08, 0x01, 0x00, 0x41, 0x80, 0x80, 0x04, 0x0b, 0x00}});
  InstantiateResult r = store_.Instantiate(MustDecode(bytes), {});
  EXPECT_EQ(r.kind, InstantiateResult::Kind::kOk) << r.message;
  // One past the end is out of bounds even for empty segments.
  bytes[bytes.size() - 3] = 0x05;  // (data (i32.const 65537) "")
  r = store_.Instantiate(MustDecode(bytes), {});
  EXPECT_EQ(r.kind, InstantiateResult::Kind::kTrap);
  EXPECT_EQ(r.trap.kind, TrapKind::kMemoryOutOfBounds);
}

// (module (import "env" "s" (func)) (start 0))
const Bytes kHostStart = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,                    // header
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00,                                // type
    0x02, 0x09, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x73, 0x00, 0x00,  // import
    0x08, 0x01, 0x00,                                                  // start
};

TEST_F(InstantiateTest, StartFunction) {
  int calls = 0;
  Outcome outcome = Outcome::Ok();
  Function* start = HostFunction({}, [&](std::span<const Value>, std::span<Value>) {
    ++calls;
    return outcome;
  });
  std::vector<Extern> imports = {Extern::Of(start)};
  InstantiateResult r = store_.Instantiate(MustDecode(kHostStart), imports);
  EXPECT_EQ(r.kind, InstantiateResult::Kind::kOk) << r.message;
  EXPECT_EQ(calls, 1);

  outcome = Outcome::Exception();
  r = store_.Instantiate(MustDecode(kHostStart), imports);
  EXPECT_EQ(r.kind, InstantiateResult::Kind::kException);
  EXPECT_EQ(calls, 2);

  outcome = Outcome::FromTrap(Trap{TrapKind::kHostTrap, "host says no", {}});
  r = store_.Instantiate(MustDecode(kHostStart), imports);
  EXPECT_EQ(r.kind, InstantiateResult::Kind::kTrap);
  EXPECT_EQ(r.trap.message, "host says no");
  EXPECT_EQ(calls, 3);
}

TEST(InstantiateLimitsTest, MemoryPastTheHostLimit) {
  Store store(StoreLimits{.max_memory_pages = 1});
  // (module (memory 2))
  InstantiateResult r =
      store.Instantiate(MustDecode(WasmModule({{0x05, 0x03, 0x01, 0x00, 0x02}})), {});
  EXPECT_EQ(r.kind, InstantiateResult::Kind::kResourceExhausted);
  EXPECT_NE(r.message.find("memory 0"), std::string::npos) << r.message;
  // (module (memory 1)) fits.
  r = store.Instantiate(MustDecode(WasmModule({{0x05, 0x03, 0x01, 0x00, 0x01}})), {});
  EXPECT_EQ(r.kind, InstantiateResult::Kind::kOk) << r.message;
}

// Extended constant expressions (3.0): arithmetic and global.get of earlier globals.
TEST(InstantiateConstExprTest, ExtendedConstantExpressions) {
  // (global $a i32 (i32.const 6))
  // (global $b i32 (i32.mul (global.get $a) (i32.const 7)))
  // (global $c i64 (i64.sub (i64.const 1) (i64.const 2)))
  const Bytes module = WasmModule({{0x06, 0x16, 0x03,                                //
                                    0x7f, 0x00, 0x41, 0x06, 0x0b,                    //
                                    0x7f, 0x00, 0x23, 0x00, 0x41, 0x07, 0x6c, 0x0b,  //
                                    0x7e, 0x00, 0x42, 0x01, 0x42, 0x02, 0x7d, 0x0b}});
  Store store;
  InstantiateResult r = store.Instantiate(MustDecode(module), {});
  ASSERT_EQ(r.kind, InstantiateResult::Kind::kOk) << r.message;
  EXPECT_EQ(r.instance->globals[1]->value().i32(), 42);
  EXPECT_EQ(r.instance->globals[2]->value().i64(), -1);
}

TEST(InstantiateConstExprTest, InvalidExtendedConstantExpressions) {
  // (global i32 (i32.add (i32.const 1))): one operand short.
  auto one_operand =
      DecodeModule(WasmModule({{0x06, 0x07, 0x01, 0x7f, 0x00, 0x41, 0x01, 0x6a, 0x0b}}));
  ASSERT_FALSE(one_operand.ok());
  EXPECT_NE(one_operand.error().message.find("type mismatch"), std::string::npos)
      << one_operand.error().message;
  // (global i32 (global.get 1)) (global i32 (i32.const 0)): a later global is not visible.
  auto forward = DecodeModule(
      WasmModule({{0x06, 0x0b, 0x02, 0x7f, 0x00, 0x23, 0x01, 0x0b, 0x7f, 0x00, 0x41, 0x00, 0x0b}}));
  ASSERT_FALSE(forward.ok());
  EXPECT_NE(forward.error().message.find("unknown global 1"), std::string::npos)
      << forward.error().message;
}

}  // namespace
}  // namespace linea::rt::testing
