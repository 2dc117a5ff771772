// Linear memories: reservation, growth limits, zeroing, a base that never moves.
#include "runtime/store/memory.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

namespace linea::rt {
namespace {

std::shared_ptr<Memory> MustCreate(MemoryType type, uint32_t host_max_pages = kMaxPages) {
  Result<std::shared_ptr<Memory>> memory = Memory::Create(type, host_max_pages);
  EXPECT_TRUE(memory.ok()) << (memory.ok() ? "" : memory.error().message);
  return memory.ok() ? memory.value() : nullptr;
}

bool AllZero(const uint8_t* p, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (p[i] != 0) return false;
  }
  return true;
}

TEST(MemoryTest, CreateCommitsTheMinimum) {
  std::shared_ptr<Memory> m = MustCreate({{2, 5}});
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->pages(), 2u);
  EXPECT_EQ(m->size_bytes(), 2u * kPageSize);
  ASSERT_NE(m->base(), nullptr);
  EXPECT_TRUE(AllZero(m->base(), m->size_bytes()));
  // The whole committed range is writable.
  std::memset(m->base(), 0xab, m->size_bytes());
  EXPECT_EQ(m->base()[2 * kPageSize - 1], 0xab);
  EXPECT_EQ(m->type(), (MemoryType{{2, 5}, false, false}));
}

TEST(MemoryTest, GrowKeepsBaseAndZeroesNewPages) {
  std::shared_ptr<Memory> m = MustCreate({{1, 4}});
  ASSERT_NE(m, nullptr);
  uint8_t* base = m->base();
  std::memset(base, 0x5a, kPageSize);
  EXPECT_EQ(m->Grow(2), 1u);
  EXPECT_EQ(m->pages(), 3u);
  EXPECT_EQ(m->base(), base);
  EXPECT_EQ(base[0], 0x5a);  // Old contents stay.
  EXPECT_TRUE(AllZero(base + kPageSize, 2 * kPageSize));
  base[3 * kPageSize - 1] = 1;  // The new pages are writable.
  EXPECT_EQ(m->Grow(0), 3u);
  EXPECT_EQ(m->type().limits.min, 3u);
}

TEST(MemoryTest, GrowStopsAtTheMaximum) {
  std::shared_ptr<Memory> m = MustCreate({{1, 2}});
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->Grow(2), std::nullopt);
  EXPECT_EQ(m->pages(), 1u);
  EXPECT_EQ(m->Grow(1), 1u);
  EXPECT_EQ(m->Grow(1), std::nullopt);
  EXPECT_EQ(m->Grow(0xffffffffu), std::nullopt);
  EXPECT_EQ(m->pages(), 2u);
}

TEST(MemoryTest, GrowStopsAtTheHostLimit) {
  std::shared_ptr<Memory> m = MustCreate({{1, std::nullopt}}, /*host_max_pages=*/3);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->Grow(2), 1u);
  EXPECT_EQ(m->Grow(1), std::nullopt);
  EXPECT_EQ(m->pages(), 3u);
  // The type still reports no maximum: the host limit is not part of it.
  EXPECT_FALSE(m->type().limits.max.has_value());
}

TEST(MemoryTest, MinimumPastTheHostLimitFails) {
  Result<std::shared_ptr<Memory>> m = Memory::Create({{4, std::nullopt}}, 3);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message.find("4 pages"), std::string::npos) << m.error().message;
}

TEST(MemoryTest, EmptyMemories) {
  std::shared_ptr<Memory> m = MustCreate({{0, 0}});
  ASSERT_NE(m, nullptr);
  EXPECT_NE(m->base(), nullptr);
  EXPECT_EQ(m->size_bytes(), 0u);
  EXPECT_EQ(m->Grow(1), std::nullopt);
  EXPECT_EQ(m->Grow(0), 0u);
}

TEST(MemoryTest, FullSizeReservationIsCheap) {
  // 4 GiB of address space for each, nothing committed beyond the minimum.
  std::vector<std::shared_ptr<Memory>> memories;
  for (int i = 0; i < 8; ++i) {
    memories.push_back(MustCreate({{0, kMaxPages}}));
    ASSERT_NE(memories.back(), nullptr);
  }
  EXPECT_EQ(memories[0]->Grow(16), 0u);
  memories[0]->base()[16 * kPageSize - 1] = 7;
}

TEST(MemoryTest, GrowListener) {
  std::shared_ptr<Memory> m = MustCreate({{1, 3}});
  ASSERT_NE(m, nullptr);
  std::vector<uint32_t> calls;
  m->set_grow_listener([&](uint32_t old_pages) { calls.push_back(old_pages); });
  EXPECT_EQ(m->Grow(1), 1u);
  EXPECT_EQ(m->Grow(5), std::nullopt);  // Failed grows are not reported.
  EXPECT_EQ(m->Grow(1), 2u);
  EXPECT_EQ(calls, (std::vector<uint32_t>{1, 2}));
}

TEST(MemoryTest, SharedFlagIsKept) {
  std::shared_ptr<Memory> m = MustCreate({{1, 2}, true});
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->shared());
  EXPECT_TRUE(m->type().shared);
}

}  // namespace
}  // namespace linea::rt
