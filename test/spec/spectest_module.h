// The `spectest` host module every spec script may import from (its contents are fixed by the
// reference interpreter's test harness: print functions, four globals, a table, a memory).
#ifndef LINEA_TEST_SPEC_SPECTEST_MODULE_H_
#define LINEA_TEST_SPEC_SPECTEST_MODULE_H_

#include <functional>
#include <map>
#include <string>

#include "runtime/result.h"
#include "runtime/store/instance.h"
#include "runtime/store/store.h"

namespace linea::spectest {

// A module's exports by name: what `register` makes importable.
using ExportMap = std::map<std::string, rt::Extern, std::less<>>;

rt::Result<ExportMap> MakeSpectestModule(rt::Store& store);

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_SPECTEST_MODULE_H_
