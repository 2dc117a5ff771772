// The live Tables and Globals of each thread. Their constructors register them with the
// registry of the thread that makes them and their destructors unregister them (on whatever
// thread they die), so the host's collectors (Store::Collect, Store::VisitExternRefs) see every
// one their store's thread made, whoever holds it (an instance, a JS object, a C++ local
// between reading the imports and instantiating).
//
// Per thread, not per process: a store, its instances and the host objects it works with live
// on one thread (one isolate's), and a collector in one isolate must neither read another
// thread's tables while that thread's wasm writes them nor take the other isolate's
// references for its own. What several threads do share (compiled modules, shared memories)
// holds no references.
#ifndef LINEA_RUNTIME_STORE_LIVE_OBJECTS_H_
#define LINEA_RUNTIME_STORE_LIVE_OBJECTS_H_

#include <functional>
#include <memory>

namespace linea::rt {

class Table;
class Global;
class LiveSets;  // One thread's registry; lives while its thread or any object in it does.

// Registers with the calling thread's registry, which is returned: the object keeps it to
// unregister from, from any thread.
std::shared_ptr<LiveSets> RegisterLive(Table* table);
void UnregisterLive(LiveSets& sets, Table* table);
std::shared_ptr<LiveSets> RegisterLive(Global* global);
void UnregisterLive(LiveSets& sets, Global* global);

// Calls `visit` for each live one made on the calling thread, under the registry's lock:
// `visit` must not make or free a Table or Global.
void ForEachLiveTable(const std::function<void(Table&)>& visit);
void ForEachLiveGlobal(const std::function<void(Global&)>& visit);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_LIVE_OBJECTS_H_
