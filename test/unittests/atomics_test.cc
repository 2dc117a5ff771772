// Atomic instructions and shared memories (threads proposal) in the engine: each width and
// operation, the alignment and bounds traps, memory.atomic.wait/notify through the parking lot
// (runtime/store/parking_lot.h) between threads, and several threads running one compiled
// module, each in its own store, on one shared memory: atomic read-modify-writes and plain
// accesses under a lock built from cmpxchg (exact totals; the TSan build checks the engine has
// no data race in them), and growth while other threads run.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "runtime/decode/decoder.h"
#include "runtime/store/memory.h"
#include "runtime/store/parking_lot.h"
#include "runtime/store/store.h"
#include "test/unittests/wasm_test_util.h"

namespace linea::rt::testing {
namespace {

// (module
//   (import "env" "memory" (memory 1 2 shared))
//   (func (export "add") (param i32 i32) (result i32) (i32.atomic.rmw.add (local.get 0) (local.get
//   1))) (func (export "increment") (param $addr i32) (param $n i32)
//     (loop $l
//       (drop (i32.atomic.rmw.add (local.get $addr) (i32.const 1)))
//       (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
//   (func (export "locked_increment") (param $n i32)
//     (loop $l
//       (block $acquired
//         (loop $spin
//           (br_if $acquired
//             (i32.eqz (i32.atomic.rmw.cmpxchg (i32.const 8) (i32.const 0) (i32.const 1))))
//           (br $spin)))
//       (i32.store (i32.const 16) (i32.add (i32.load (i32.const 16)) (i32.const 1)))
//       (i32.atomic.store (i32.const 8) (i32.const 0))
//       (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
//   (func (export "wait32") (param i32 i32 i64) (result i32)
//     (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
//   (func (export "wait64") (param i32 i64 i64) (result i32)
//     (memory.atomic.wait64 (local.get 0) (local.get 1) (local.get 2)))
//   (func (export "notify") (param i32 i32) (result i32)
//     (memory.atomic.notify (local.get 0) (local.get 1)))
//   (func (export "load8") (param i32) (result i32) (i32.atomic.load8_u (local.get 0)))
//   (func (export "cmpxchg16") (param i32 i32 i32) (result i32)
//     (i32.atomic.rmw16.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
//   (func (export "xchg64") (param i32 i64) (result i64) (i64.atomic.rmw.xchg (local.get 0)
//   (local.get 1))) (func (export "store64") (param i32 i64) (atomic.fence) (i64.atomic.store
//   (local.get 0) (local.get 1))) (func (export "grow") (param i32) (result i32) (memory.grow
//   (local.get 0))) (func (export "size") (result i32) (memory.size)))
// clang-format off
const Bytes kAtomics = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x39, 0x0a, 0x60, 0x02, 0x7f, 0x7f, 0x01,
    0x7f, 0x60, 0x02, 0x7f, 0x7f, 0x00, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x03, 0x7f, 0x7f, 0x7e, 0x01,
    0x7f, 0x60, 0x03, 0x7f, 0x7e, 0x7e, 0x01, 0x7f, 0x60, 0x01, 0x7f, 0x01, 0x7f, 0x60, 0x03, 0x7f,
    0x7f, 0x7f, 0x01, 0x7f, 0x60, 0x02, 0x7f, 0x7e, 0x01, 0x7e, 0x60, 0x02, 0x7f, 0x7e, 0x00, 0x60,
    0x00, 0x01, 0x7f, 0x02, 0x10, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72,
    0x79, 0x02, 0x03, 0x01, 0x02, 0x03, 0x0d, 0x0c, 0x00, 0x01, 0x02, 0x03, 0x04, 0x00, 0x05, 0x06,
    0x07, 0x08, 0x05, 0x09, 0x07, 0x76, 0x0c, 0x03, 0x61, 0x64, 0x64, 0x00, 0x00, 0x09, 0x69, 0x6e,
    0x63, 0x72, 0x65, 0x6d, 0x65, 0x6e, 0x74, 0x00, 0x01, 0x10, 0x6c, 0x6f, 0x63, 0x6b, 0x65, 0x64,
    0x5f, 0x69, 0x6e, 0x63, 0x72, 0x65, 0x6d, 0x65, 0x6e, 0x74, 0x00, 0x02, 0x06, 0x77, 0x61, 0x69,
    0x74, 0x33, 0x32, 0x00, 0x03, 0x06, 0x77, 0x61, 0x69, 0x74, 0x36, 0x34, 0x00, 0x04, 0x06, 0x6e,
    0x6f, 0x74, 0x69, 0x66, 0x79, 0x00, 0x05, 0x05, 0x6c, 0x6f, 0x61, 0x64, 0x38, 0x00, 0x06, 0x09,
    0x63, 0x6d, 0x70, 0x78, 0x63, 0x68, 0x67, 0x31, 0x36, 0x00, 0x07, 0x06, 0x78, 0x63, 0x68, 0x67,
    0x36, 0x34, 0x00, 0x08, 0x07, 0x73, 0x74, 0x6f, 0x72, 0x65, 0x36, 0x34, 0x00, 0x09, 0x04, 0x67,
    0x72, 0x6f, 0x77, 0x00, 0x0a, 0x04, 0x73, 0x69, 0x7a, 0x65, 0x00, 0x0b, 0x0a, 0xbd, 0x01, 0x0c,
    0x0a, 0x00, 0x20, 0x00, 0x20, 0x01, 0xfe, 0x1e, 0x02, 0x00, 0x0b, 0x17, 0x00, 0x03, 0x40, 0x20,
    0x00, 0x41, 0x01, 0xfe, 0x1e, 0x02, 0x00, 0x1a, 0x20, 0x01, 0x41, 0x01, 0x6b, 0x22, 0x01, 0x0d,
    0x00, 0x0b, 0x0b, 0x38, 0x00, 0x03, 0x40, 0x02, 0x40, 0x03, 0x40, 0x41, 0x08, 0x41, 0x00, 0x41,
    0x01, 0xfe, 0x48, 0x02, 0x00, 0x45, 0x0d, 0x01, 0x0c, 0x00, 0x0b, 0x0b, 0x41, 0x10, 0x41, 0x10,
    0x28, 0x02, 0x00, 0x41, 0x01, 0x6a, 0x36, 0x02, 0x00, 0x41, 0x08, 0x41, 0x00, 0xfe, 0x17, 0x02,
    0x00, 0x20, 0x00, 0x41, 0x01, 0x6b, 0x22, 0x00, 0x0d, 0x00, 0x0b, 0x0b, 0x0c, 0x00, 0x20, 0x00,
    0x20, 0x01, 0x20, 0x02, 0xfe, 0x01, 0x02, 0x00, 0x0b, 0x0c, 0x00, 0x20, 0x00, 0x20, 0x01, 0x20,
    0x02, 0xfe, 0x02, 0x03, 0x00, 0x0b, 0x0a, 0x00, 0x20, 0x00, 0x20, 0x01, 0xfe, 0x00, 0x02, 0x00,
    0x0b, 0x08, 0x00, 0x20, 0x00, 0xfe, 0x12, 0x00, 0x00, 0x0b, 0x0c, 0x00, 0x20, 0x00, 0x20, 0x01,
    0x20, 0x02, 0xfe, 0x4b, 0x01, 0x00, 0x0b, 0x0a, 0x00, 0x20, 0x00, 0x20, 0x01, 0xfe, 0x42, 0x03,
    0x00, 0x0b, 0x0d, 0x00, 0xfe, 0x03, 0x00, 0x20, 0x00, 0x20, 0x01, 0xfe, 0x18, 0x03, 0x00, 0x0b,
    0x06, 0x00, 0x20, 0x00, 0x40, 0x00, 0x0b, 0x04, 0x00, 0x3f, 0x00, 0x0b,
};
// clang-format on

// (module
//   (memory 1)
//   (func (export "wait32") (param i32 i32 i64) (result i32)
//     (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
//   (func (export "notify") (param i32 i32) (result i32)
//     (memory.atomic.notify (local.get 0) (local.get 1)))
//   (func (export "sub") (param i32 i32) (result i32) (i32.atomic.rmw.sub (local.get 0) (local.get
//   1))))
// clang-format off
const Bytes kUnshared = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x0e, 0x02, 0x60, 0x03, 0x7f, 0x7f, 0x7e,
    0x01, 0x7f, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f, 0x03, 0x04, 0x03, 0x00, 0x01, 0x01, 0x05, 0x03,
    0x01, 0x00, 0x01, 0x07, 0x19, 0x03, 0x06, 0x77, 0x61, 0x69, 0x74, 0x33, 0x32, 0x00, 0x00, 0x06,
    0x6e, 0x6f, 0x74, 0x69, 0x66, 0x79, 0x00, 0x01, 0x03, 0x73, 0x75, 0x62, 0x00, 0x02, 0x0a, 0x24,
    0x03, 0x0c, 0x00, 0x20, 0x00, 0x20, 0x01, 0x20, 0x02, 0xfe, 0x01, 0x02, 0x00, 0x0b, 0x0a, 0x00,
    0x20, 0x00, 0x20, 0x01, 0xfe, 0x00, 0x02, 0x00, 0x0b, 0x0a, 0x00, 0x20, 0x00, 0x20, 0x01, 0xfe,
    0x25, 0x02, 0x00, 0x0b,
};
// clang-format on

std::shared_ptr<const Module> Decode(const Bytes& bytes) {
  Result<std::shared_ptr<const Module>> module = DecodeModule(bytes);
  EXPECT_TRUE(module.ok()) << module.error().message;
  return module.ok() ? module.value() : nullptr;
}

std::shared_ptr<Memory> NewSharedMemory() {
  Result<std::shared_ptr<Memory>> memory = Memory::Create(MemoryType{{1, 2}, true, false});
  EXPECT_TRUE(memory.ok());
  return memory.ok() ? memory.value() : nullptr;
}

// One thread's view: its own store and instance of `module` over `memory` (if imported).
class Thread {
 public:
  Thread(std::shared_ptr<const Module> module, std::shared_ptr<Memory> memory) {
    std::vector<Extern> imports;
    if (memory != nullptr) imports.push_back(Extern::Of(std::move(memory)));
    InstantiateResult result = store_.Instantiate(std::move(module), imports);
    EXPECT_EQ(result.kind, InstantiateResult::Kind::kOk) << result.message;
    instance_ = result.instance;
  }

  Outcome Call(const char* name, std::vector<Value> args, std::vector<Value>* results) {
    return store_.Call(instance_->FindExport(name)->function, args, results);
  }
  // The i32 or i64 result of `name`, which must not trap.
  uint64_t Result(const char* name, std::vector<Value> args) {
    std::vector<Value> results;
    Outcome outcome = Call(name, std::move(args), &results);
    EXPECT_TRUE(outcome.ok()) << name << ": " << outcome.trap.message;
    return outcome.ok() && !results.empty() ? results[0].bits : 0;
  }
  TrapKind TrapOf(const char* name, std::vector<Value> args) {
    std::vector<Value> results;
    Outcome outcome = Call(name, std::move(args), &results);
    EXPECT_EQ(outcome.kind, Outcome::Kind::kTrap) << name;
    return outcome.trap.kind;
  }
  Store& store() { return store_; }

 private:
  Store store_;
  Instance* instance_ = nullptr;
};

uint32_t ReadI32(const Memory& memory, uint64_t address) {
  return std::atomic_ref<uint32_t>(*reinterpret_cast<uint32_t*>(memory.base() + address)).load();
}

TEST(AtomicsTest, ReadModifyWriteWidthsAndTraps) {
  std::shared_ptr<Memory> memory = NewSharedMemory();
  Thread t(Decode(kAtomics), memory);
  EXPECT_EQ(t.Result("add", {Value::I32(0), Value::I32(5)}), 0u);
  EXPECT_EQ(t.Result("add", {Value::I32(0), Value::I32(-1)}), 5u);
  EXPECT_EQ(ReadI32(*memory, 0), 4u);
  // Narrow forms zero-extend, and cmpxchg wraps the expected value to the width first.
  EXPECT_EQ(t.Result("xchg64", {Value::I32(8), Value::I64(-1)}), 0u);
  EXPECT_EQ(t.Result("load8", {Value::I32(9)}), 0xffu);
  EXPECT_EQ(t.Result("cmpxchg16", {Value::I32(8), Value::I32(0x1ffff), Value::I32(0x1234)}),
            0xffffu);
  EXPECT_EQ(t.Result("xchg64", {Value::I32(8), Value::I64(0)}), 0xffffffffffff1234u);
  EXPECT_EQ(t.Result("cmpxchg16", {Value::I32(8), Value::I32(1), Value::I32(2)}), 0u);
  EXPECT_EQ(t.Result("load8", {Value::I32(8)}), 0u);  // Expected 1 was not 0: no exchange.
  t.Result("store64", {Value::I32(16), Value::I64(0x0102030405060708)});
  EXPECT_EQ(t.Result("load8", {Value::I32(16)}), 0x08u);
  // Bounds first, then alignment.
  EXPECT_EQ(t.TrapOf("add", {Value::I32(2), Value::I32(1)}), TrapKind::kUnalignedAtomic);
  EXPECT_EQ(t.TrapOf("xchg64", {Value::I32(4), Value::I64(1)}), TrapKind::kUnalignedAtomic);
  EXPECT_EQ(t.TrapOf("add", {Value::I32(65536), Value::I32(1)}), TrapKind::kMemoryOutOfBounds);
  EXPECT_EQ(t.TrapOf("add", {Value::I32(65535), Value::I32(1)}), TrapKind::kMemoryOutOfBounds);
  EXPECT_EQ(t.TrapOf("notify", {Value::I32(1), Value::I32(1)}), TrapKind::kUnalignedAtomic);
}

TEST(AtomicsTest, UnsharedMemory) {
  Thread t(Decode(kUnshared), nullptr);
  SetThreadMayBlock(true);
  EXPECT_EQ(t.Result("sub", {Value::I32(0), Value::I32(1)}), 0u);
  EXPECT_EQ(t.Result("sub", {Value::I32(0), Value::I32(1)}), 0xffffffffu);
  // Nothing can wait on a memory no other thread holds: notify wakes none, wait traps.
  EXPECT_EQ(t.Result("notify", {Value::I32(0), Value::I32(1)}), 0u);
  EXPECT_EQ(t.TrapOf("wait32", {Value::I32(0), Value::I32(-2), Value::I64(0)}),
            TrapKind::kExpectedSharedMemory);
  SetThreadMayBlock(false);
}

TEST(AtomicsTest, WaitResultsAndTheMayBlockSetting) {
  std::shared_ptr<Memory> memory = NewSharedMemory();
  Thread t(Decode(kAtomics), memory);
  // A thread may not block unless its host says so (as a browser's main thread).
  ASSERT_FALSE(ThreadMayBlock());
  EXPECT_EQ(t.TrapOf("wait32", {Value::I32(0), Value::I32(0), Value::I64(0)}),
            TrapKind::kWaitNotAllowed);
  SetThreadMayBlock(true);
  EXPECT_EQ(t.Result("wait32", {Value::I32(0), Value::I32(1), Value::I64(-1)}), 1u);  // not-equal
  EXPECT_EQ(t.Result("wait64", {Value::I32(0), Value::I64(1), Value::I64(-1)}), 1u);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(t.Result("wait32", {Value::I32(0), Value::I32(0), Value::I64(5000000)}), 2u);
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(5));
  EXPECT_EQ(t.Result("wait64", {Value::I32(0), Value::I64(0), Value::I64(0)}), 2u);
  EXPECT_EQ(t.Result("notify", {Value::I32(0), Value::I32(1)}), 0u);  // Nobody waits.
  // The setting is the thread's own.
  std::thread other([] { EXPECT_FALSE(ThreadMayBlock()); });
  other.join();
  SetThreadMayBlock(false);
}

// Threads waiting on one address are woken by a notify from another thread (its own store and
// instance), oldest first, and only as many as the count says.
TEST(AtomicsTest, WaitAndNotifyAcrossThreads) {
  std::shared_ptr<const Module> module = Decode(kAtomics);
  std::shared_ptr<Memory> memory = NewSharedMemory();
  constexpr int kWaiters = 3;
  std::atomic<int> woken{0};
  std::vector<std::thread> waiters;
  for (int i = 0; i < kWaiters; ++i) {
    waiters.emplace_back([&] {
      SetThreadMayBlock(true);
      Thread t(module, memory);
      EXPECT_EQ(t.Result("wait32", {Value::I32(64), Value::I32(0), Value::I64(-1)}), 0u);
      woken.fetch_add(1);
    });
  }
  Thread notifier(module, memory);
  while (WaiterCount(memory->base() + 64) != kWaiters) std::this_thread::yield();
  EXPECT_EQ(notifier.Result("notify", {Value::I32(64), Value::I32(1)}), 1u);
  while (WaiterCount(memory->base() + 64) != kWaiters - 1) std::this_thread::yield();
  EXPECT_EQ(notifier.Result("notify", {Value::I32(64), Value::I32(-1)}), 2u);  // All (2^32-1).
  for (std::thread& waiter : waiters) waiter.join();
  EXPECT_EQ(woken.load(), kWaiters);
  EXPECT_EQ(WaiterCount(memory->base() + 64), 0u);
}

// An asynchronous waiter (JS's Atomics.waitAsync) and a parked thread share one list: a notify
// takes them oldest first, counts both, and calls the async one's Notified on the notifying
// thread; a cancelled async waiter (its timeout) is no longer counted.
class CountingWaiter : public AsyncWaiter {
 public:
  void Notified() override { notified.fetch_add(1); }
  std::atomic<int> notified{0};
};

TEST(AtomicsTest, AsyncWaitersShareTheList) {
  std::shared_ptr<const Module> module = Decode(kAtomics);
  std::shared_ptr<Memory> memory = NewSharedMemory();
  const void* address = memory->base() + 64;
  auto first = std::make_shared<CountingWaiter>();
  auto cancelled = std::make_shared<CountingWaiter>();
  EXPECT_EQ(WaitOnAddressAsync(address, 4, 1, first), WaitResult::kNotEqual);
  EXPECT_EQ(WaitOnAddressAsync(address, 4, 0, first), WaitResult::kOk);
  EXPECT_EQ(WaitOnAddressAsync(address, 4, 0, cancelled), WaitResult::kOk);
  EXPECT_TRUE(CancelAsyncWait(address, cancelled.get()));
  EXPECT_FALSE(CancelAsyncWait(address, cancelled.get()));
  std::thread waiter([&] {
    SetThreadMayBlock(true);
    Thread t(module, memory);
    EXPECT_EQ(t.Result("wait32", {Value::I32(64), Value::I32(0), Value::I64(-1)}), 0u);
  });
  while (WaiterCount(address) != 2) std::this_thread::yield();
  Thread notifier(module, memory);
  EXPECT_EQ(notifier.Result("notify", {Value::I32(64), Value::I32(1)}), 1u);  // The oldest.
  EXPECT_EQ(first->notified.load(), 1);
  EXPECT_FALSE(CancelAsyncWait(address, first.get()));  // A notify took it.
  EXPECT_EQ(NotifyAddress(address, 5), 1u);             // The thread.
  waiter.join();
  EXPECT_EQ(cancelled->notified.load(), 0);
  EXPECT_EQ(WaiterCount(address), 0u);
}

// A wait with no timeout ends with the interrupt trap when the store is interrupted (a worker's
// terminate()).
TEST(AtomicsTest, InterruptEndsAWait) {
  std::shared_ptr<Memory> memory = NewSharedMemory();
  Thread t(Decode(kAtomics), memory);
  SetThreadMayBlock(true);
  std::thread requester([&] {
    while (WaiterCount(memory->base() + 64) == 0) std::this_thread::yield();
    t.store().RequestInterrupt();
  });
  EXPECT_EQ(t.TrapOf("wait32", {Value::I32(64), Value::I32(0), Value::I64(-1)}),
            TrapKind::kInterrupted);
  requester.join();
  t.store().ClearInterrupt();
  SetThreadMayBlock(false);
  EXPECT_EQ(WaiterCount(memory->base() + 64), 0u);
}

// Four threads, one compiled module, four stores, one shared memory.
TEST(AtomicsTest, ThreadsAddAtomically) {
  std::shared_ptr<const Module> module = Decode(kAtomics);
  std::shared_ptr<Memory> memory = NewSharedMemory();
  constexpr int kThreads = 4;
  constexpr int kIncrements = 100000;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&] {
      Thread t(module, memory);
      t.Result("increment", {Value::I32(32), Value::I32(kIncrements)});
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(ReadI32(*memory, 32), uint32_t{kThreads * kIncrements});
}

// Plain i32.load/i32.store of a counter under a spin lock made of cmpxchg and an atomic store:
// the lock orders them, so the total is exact (and the TSan build sees no race in the engine).
TEST(AtomicsTest, PlainAccessesUnderALock) {
  std::shared_ptr<const Module> module = Decode(kAtomics);
  std::shared_ptr<Memory> memory = NewSharedMemory();
  constexpr int kThreads = 4;
  constexpr int kIncrements = 20000;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&] {
      Thread t(module, memory);
      t.Result("locked_increment", {Value::I32(kIncrements)});
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(ReadI32(*memory, 16), uint32_t{kThreads * kIncrements});
  EXPECT_EQ(ReadI32(*memory, 8), 0u);  // Unlocked.
}

// One thread grows the memory while another runs: the other sees the new size and can use the
// new page at once (the reservation does not move; the size is published after the commit).
TEST(AtomicsTest, GrowWhileAnotherThreadRuns) {
  std::shared_ptr<const Module> module = Decode(kAtomics);
  std::shared_ptr<Memory> memory = NewSharedMemory();
  uint8_t* const base = memory->base();
  std::thread user([&] {
    Thread t(module, memory);
    while (t.Result("size", {}) != 2) t.Result("add", {Value::I32(0), Value::I32(1)});
    EXPECT_EQ(t.Result("add", {Value::I32(65536 + 4), Value::I32(7)}), 0u);
  });
  Thread grower(module, memory);
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  EXPECT_EQ(grower.Result("grow", {Value::I32(1)}), 1u);
  user.join();
  EXPECT_EQ(memory->base(), base);
  EXPECT_EQ(ReadI32(*memory, 65536 + 4), 7u);
  EXPECT_EQ(grower.Result("grow", {Value::I32(1)}), 0xffffffffu);  // Past the maximum.
}

}  // namespace
}  // namespace linea::rt::testing
