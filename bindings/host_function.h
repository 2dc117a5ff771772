// Host functions made from JS callables (JS API spec "create a host function" and "run a host
// function"): wasm calls them with wasm values; they call the JS function with the values
// converted to JS and convert what it returns back (several results come from an iterable).
#ifndef LINEA_BINDINGS_HOST_FUNCTION_H_
#define LINEA_BINDINGS_HOST_FUNCTION_H_

#include <v8.h>

#include <cstdint>
#include <span>

#include "bindings/state.h"
#include "runtime/store/function.h"
#include "runtime/types.h"

namespace linea::bindings {

// A new function in the store calling `callable`. `host_index` is its index among the
// function imports it is made for (it names the function if it is ever exported).
rt::Function* CreateHostFunction(State& state, v8::Local<v8::Function> callable,
                                 const rt::FuncType& type, uint32_t host_index);

// The last steps of "run a host function": what the JS function returned (`ret`) as the
// results of `type` (several from an iterable). Returns false with a JS exception pending.
bool ToWebAssemblyResults(v8::Local<v8::Context> context, State& state, v8::Local<v8::Value> ret,
                          const rt::FuncType& type, std::span<rt::Value> results);

// What a host function returns to wasm when its JS threw (caught by `try_catch`): a wasm
// exception wasm may catch, or the JS exception kept as the state's pending exception.
rt::Outcome OutcomeOfJSException(v8::Local<v8::Context> context, State& state,
                                 const v8::TryCatch& try_catch);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_HOST_FUNCTION_H_
