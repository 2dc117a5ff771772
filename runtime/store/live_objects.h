// Every live Table and Global of the process. Their constructors register them and their
// destructors unregister them, so the host's externref collector (Store::VisitExternRefs) sees
// every one, wherever it was made and whoever holds it (an instance, a JS object, a C++ local
// between reading the imports and instantiating). Tables and globals are never shared between
// threads (agents): each belongs to the thread that made it, and the collectors, which run on
// their store's thread, visit only that thread's.
#ifndef LINEA_RUNTIME_STORE_LIVE_OBJECTS_H_
#define LINEA_RUNTIME_STORE_LIVE_OBJECTS_H_

#include <functional>

namespace linea::rt {

class Table;
class Global;

void RegisterLive(Table* table);
void UnregisterLive(Table* table);
void RegisterLive(Global* global);
void UnregisterLive(Global* global);

// Calls `visit` for each live one made on the calling thread, under the registry's lock:
// `visit` must not make or free a Table or Global.
void ForEachLiveTable(const std::function<void(Table&)>& visit);
void ForEachLiveGlobal(const std::function<void(Global&)>& visit);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_LIVE_OBJECTS_H_
