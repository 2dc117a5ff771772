// Host functions made from JS callables (JS API spec "create a host function" and "run a host
// function"): wasm calls them with wasm values; they call the JS function with the values
// converted to JS and convert what it returns back (several results come from an iterable).
#ifndef LINEA_BINDINGS_HOST_FUNCTION_H_
#define LINEA_BINDINGS_HOST_FUNCTION_H_

#include <v8.h>

#include <cstdint>

#include "bindings/state.h"
#include "runtime/store/function.h"
#include "runtime/types.h"

namespace linea::bindings {

// A new function in the store calling `callable`. `host_index` is its index among the
// function imports it is made for (it names the function if it is ever exported).
rt::Function* CreateHostFunction(State& state, v8::Local<v8::Function> callable,
                                 const rt::FuncType& type, uint32_t host_index);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_HOST_FUNCTION_H_
