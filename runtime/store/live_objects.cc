#include "runtime/store/live_objects.h"

#include <mutex>
#include <unordered_set>

namespace linea::rt {

// Locked: an object may die on another thread than the one that made it (a host dropping
// the last reference there).
class LiveSets {
 public:
  template <typename T>
  void Add(T* object) {
    std::lock_guard lock(mutex_);
    Set<T>().insert(object);
  }
  template <typename T>
  void Remove(T* object) {
    std::lock_guard lock(mutex_);
    Set<T>().erase(object);
  }
  template <typename T>
  void ForEach(const std::function<void(T&)>& visit) {
    std::lock_guard lock(mutex_);
    for (T* object : Set<T>()) visit(*object);
  }

 private:
  template <typename T>
  std::unordered_set<T*>& Set() {
    if constexpr (std::is_same_v<T, Table>) {
      return tables_;
    } else {
      return globals_;
    }
  }

  std::mutex mutex_;
  std::unordered_set<Table*> tables_;
  std::unordered_set<Global*> globals_;
};

namespace {

// The calling thread's registry, shared with the objects in it, which may outlive the thread
// (and static destruction at exit).
const std::shared_ptr<LiveSets>& ThisThreadsSets() {
  thread_local std::shared_ptr<LiveSets> sets = std::make_shared<LiveSets>();
  return sets;
}

}  // namespace

std::shared_ptr<LiveSets> RegisterLive(Table* table) {
  ThisThreadsSets()->Add(table);
  return ThisThreadsSets();
}
void UnregisterLive(LiveSets& sets, Table* table) { sets.Remove(table); }
std::shared_ptr<LiveSets> RegisterLive(Global* global) {
  ThisThreadsSets()->Add(global);
  return ThisThreadsSets();
}
void UnregisterLive(LiveSets& sets, Global* global) { sets.Remove(global); }

void ForEachLiveTable(const std::function<void(Table&)>& visit) {
  ThisThreadsSets()->ForEach<Table>(visit);
}
void ForEachLiveGlobal(const std::function<void(Global&)>& visit) {
  ThisThreadsSets()->ForEach<Global>(visit);
}

}  // namespace linea::rt
