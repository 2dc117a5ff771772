#include "runtime/store/live_objects.h"

#include <mutex>
#include <unordered_set>

namespace linea::rt {
namespace {

// A set of live objects. Locked: tables and globals may be made on any thread with a store.
template <typename T>
class LiveSet {
 public:
  void Add(T* object) {
    std::lock_guard lock(mutex_);
    objects_.insert(object);
  }
  void Remove(T* object) {
    std::lock_guard lock(mutex_);
    objects_.erase(object);
  }
  void ForEach(const std::function<void(T&)>& visit) {
    std::lock_guard lock(mutex_);
    for (T* object : objects_) visit(*object);
  }

 private:
  std::mutex mutex_;
  std::unordered_set<T*> objects_;
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
