// Tables: creation, growth limits, element access.
#include "runtime/store/table.h"

#include <gtest/gtest.h>

namespace linea::rt {
namespace {

int marker_a, marker_b;

TEST(TableTest, CreateFillsWithInit) {
  Result<std::shared_ptr<Table>> t = Table::Create({ValType::kExternRef, {3, 10}}, &marker_a);
  ASSERT_TRUE(t.ok());
  Table& table = *t.value();
  EXPECT_EQ(table.size(), 3u);
  EXPECT_EQ(table.element_type(), ValType::kExternRef);
  for (uint32_t i = 0; i < 3; ++i) EXPECT_EQ(table.Get(i), &marker_a);
  table.Set(1, nullptr);
  EXPECT_EQ(table.Get(1), nullptr);
  EXPECT_EQ(table.type(), (TableType{ValType::kExternRef, {3, 10}, false}));
}

TEST(TableTest, GrowWithinLimits) {
  Result<std::shared_ptr<Table>> t = Table::Create({ValType::kFuncRef, {1, 4}});
  ASSERT_TRUE(t.ok());
  Table& table = *t.value();
  EXPECT_EQ(table.Get(0), nullptr);
  EXPECT_EQ(table.Grow(2, &marker_b), 1u);
  EXPECT_EQ(table.size(), 3u);
  EXPECT_EQ(table.Get(0), nullptr);
  EXPECT_EQ(table.Get(2), &marker_b);
  EXPECT_EQ(table.Grow(2, nullptr), std::nullopt);
  EXPECT_EQ(table.Grow(1, nullptr), 3u);
  EXPECT_EQ(table.Grow(0, nullptr), 4u);
  EXPECT_EQ(table.type().limits.min, 4u);
}

TEST(TableTest, HostLimit) {
  EXPECT_FALSE(Table::Create({ValType::kFuncRef, {kMaxTableSize + 1, std::nullopt}}).ok());
  Result<std::shared_ptr<Table>> t = Table::Create({ValType::kFuncRef, {0, std::nullopt}});
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t.value()->Grow(kMaxTableSize + 1, nullptr), std::nullopt);
  EXPECT_EQ(t.value()->Grow(0xffffffffu, nullptr), std::nullopt);
  EXPECT_EQ(t.value()->size(), 0u);
}

}  // namespace
}  // namespace linea::rt
