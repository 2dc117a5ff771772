// Exported Functions (JS API spec 4.9): the JS function objects standing for wasm functions
// (and for host functions seen from JS through exports or tables). One object per function
// address, cached through rt::Function::embedder_data.
#ifndef LINEA_BINDINGS_EXPORTED_FUNCTION_H_
#define LINEA_BINDINGS_EXPORTED_FUNCTION_H_

#include <v8.h>

#include <cstdint>
#include <memory>
#include <optional>

#include "bindings/externref_table.h"
#include "bindings/heap_tracer.h"
#include "bindings/state.h"
#include "bindings/value_conversion.h"
#include "runtime/small_buffer.h"
#include "runtime/store/function.h"

namespace linea::bindings {

// What the bindings keep for a function address (rt::Function::embedder_data points to it).
// It lives as long as the function: the store's collector frees both once nothing reaches the
// function (while `object` lives, the function is a root).
struct FunctionData {
  State* state = nullptr;
  // The store's execution state (rt::Store::execution_state()), kept here for the fast path:
  // one load from this data instead of two through the State and the Store.
  rt::ExecutionState* execution = nullptr;
  rt::Function* function = nullptr;
  v8::Global<v8::Function> object;     // The Exported Function, weak; empty until first needed.
  std::optional<uint32_t> host_index;  // "Index of the host function" for host functions.
  std::shared_ptr<TracedCallable> callable;  // A host function's JS callable (heap_tracer.h).
  // For a function whose signature takes the boundary's fast path (value_conversion.h), its
  // types, kept here so a call reads them without going through the FuncType: a wasm function's
  // JS calls and a host function's wasm calls then take the fast path.
  FastSignature fast;
};

// The FunctionData of `function`, made on first use.
FunctionData& GetFunctionData(State& state, rt::Function* function);

// "A new Exported Function" from `function`: the cached object, or a new built-in function
// named after the function index (or host function index), with length = parameter count.
v8::MaybeLocal<v8::Function> GetExportedFunction(v8::Local<v8::Context> context, State& state,
                                                 rt::Function* function);

// "Call an Exported Function"'s conversion of the JS arguments, shared by Exported Functions and
// WebAssembly.promising's functions: collects the exceptions and externrefs that are due (nothing
// of the call holds a handle yet), then holds the externref table (`hold`, which the caller keeps
// until the call is done) and converts info[i] (undefined past the arguments passed) to each
// parameter type of `type`, into `args` (one element per parameter). False, with a JS exception
// pending, when a conversion throws.
bool ToWebAssemblyArguments(const v8::FunctionCallbackInfo<v8::Value>& info,
                            v8::Local<v8::Context> context, State& state, const rt::FuncType& type,
                            std::optional<ExternRefTable::Hold>& hold,
                            rt::SmallBuffer<rt::Value>& args);

// The [[FunctionAddress]] of `value` if it is an Exported Function, else nullptr.
rt::Function* ExportedFunctionAddress(v8::Local<v8::Context> context, State& state,
                                      v8::Local<v8::Value> value);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_EXPORTED_FUNCTION_H_
