// WebAssembly.Table (JS API spec 4.5).
#ifndef LINEA_BINDINGS_TABLE_H_
#define LINEA_BINDINGS_TABLE_H_

#include <v8.h>

#include <memory>

#include "bindings/state.h"
#include "bindings/wrapper.h"
#include "runtime/store/table.h"

namespace linea::bindings {

class TableObject : public CachedWrappable {
 public:
  static constexpr Interface kInterface = Interface::kTable;

  TableObject(State& state, std::shared_ptr<rt::Table> table);

  const std::shared_ptr<rt::Table>& table() const { return table_; }
  TracedObject traced_object() const override { return {.table = table_.get()}; }

 private:
  std::shared_ptr<rt::Table> table_;
};

// Defines WebAssembly.Table on `namespace_object`.
bool InstallTable(v8::Local<v8::Context> context, State& state,
                  v8::Local<v8::Object> namespace_object);

// "Create a table object": the one Table object of `table`.
v8::MaybeLocal<v8::Object> GetTableObject(v8::Local<v8::Context> context, State& state,
                                          const std::shared_ptr<rt::Table>& table);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_TABLE_H_
