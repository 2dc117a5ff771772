#include "runtime/store/live_objects.h"

#include <mutex>
#include <thread>
#include <unordered_map>

namespace linea::rt {
namespace {

// A set of live objects, each with the thread that made it. Locked: tables and globals may be
// made on any thread with a store, and freed on another.
template <typename T>
class LiveSet {
 public:
  void Add(T* object) {
    std::lock_guard lock(mutex_);
    objects_.emplace(object, std::this_thread::get_id());
  }
  void Remove(T* object) {
    std::lock_guard lock(mutex_);
    objects_.erase(object);
  }
  // Only the calling thread's: another thread's objects belong to another agent's store, which
  // that thread may be changing (or freeing) meanwhile.
  void ForEach(const std::function<void(T&)>& visit) {
    std::lock_guard lock(mutex_);
    const std::thread::id self = std::this_thread::get_id();
    for (const auto& [object, thread] : objects_) {
      if (thread == self) visit(*object);
    }
  }

 private:
  std::mutex mutex_;
  std::unordered_map<T*, std::thread::id> objects_;
};

// Never destroyed: tables and globals may outlive static destruction at exit.
LiveSet<Table>& Tables() {
  static auto* set = new LiveSet<Table>();
  return *set;
}
LiveSet<Global>& Globals() {
  static auto* set = new LiveSet<Global>();
  return *set;
}

}  // namespace

void RegisterLive(Table* table) { Tables().Add(table); }
void UnregisterLive(Table* table) { Tables().Remove(table); }
void RegisterLive(Global* global) { Globals().Add(global); }
void UnregisterLive(Global* global) { Globals().Remove(global); }

void ForEachLiveTable(const std::function<void(Table&)>& visit) { Tables().ForEach(visit); }
void ForEachLiveGlobal(const std::function<void(Global&)>& visit) { Globals().ForEach(visit); }

}  // namespace linea::rt
