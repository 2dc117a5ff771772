// JS type reflection (https://github.com/WebAssembly/js-types, phase 3): wasm types as JS
// objects, the `type()` operations of Memory, Table, Global, Tag and Exported Functions, the
// `type` member of Module.imports/exports descriptors, and WebAssembly.Function, the class of
// Exported Functions, whose constructor makes one from a JS function and a function type.
#ifndef LINEA_BINDINGS_TYPE_REFLECTION_H_
#define LINEA_BINDINGS_TYPE_REFLECTION_H_

#include <v8.h>

#include <string_view>

#include "bindings/state.h"
#include "runtime/decode/module.h"
#include "runtime/types.h"

namespace linea::bindings {

// {parameters: [...], results: [...]} (FunctionType); a tag's type has `parameters` only.
v8::MaybeLocal<v8::Object> FunctionTypeToJS(v8::Local<v8::Context> context,
                                            const rt::FuncType& type, bool with_results = true);
// {minimum, maximum?, shared, address} (MemoryType; `address` is "i64" for memory64).
v8::MaybeLocal<v8::Object> MemoryTypeToJS(v8::Local<v8::Context> context,
                                          const rt::MemoryType& type);
// {element, minimum, maximum?, address} (TableType).
v8::MaybeLocal<v8::Object> TableTypeToJS(v8::Local<v8::Context> context, const rt::TableType& type);
// {mutable, value} (GlobalType).
v8::MaybeLocal<v8::Object> GlobalTypeToJS(v8::Local<v8::Context> context,
                                          const rt::GlobalType& type);
// The type of an import or of export `index` of `kind` in `module`.
v8::MaybeLocal<v8::Object> ImportTypeToJS(v8::Local<v8::Context> context, const rt::Module& module,
                                          const rt::Import& import);
v8::MaybeLocal<v8::Object> ExportTypeToJS(v8::Local<v8::Context> context, const rt::Module& module,
                                          const rt::Export& e);

// The `initial` member of a Memory or Table descriptor, or, when it is missing, `minimum`
// (js-types: constructors accept the types type() returns). TypeError if both are missing.
bool GetInitialOrMinimum(v8::Local<v8::Context> context, v8::Local<v8::Object> descriptor,
                         std::string_view what, v8::Local<v8::Value>* member);

// Memory.prototype.type(), Table.prototype.type(), Global.prototype.type(),
// Tag.prototype.type(): for the interfaces' operation tables.
void MemoryTypeOperation(const v8::FunctionCallbackInfo<v8::Value>& info);
void TableTypeOperation(const v8::FunctionCallbackInfo<v8::Value>& info);
void GlobalTypeOperation(const v8::FunctionCallbackInfo<v8::Value>& info);
void TagTypeOperation(const v8::FunctionCallbackInfo<v8::Value>& info);

// Defines WebAssembly.Function (a subclass of Function) on `namespace_object`.
bool InstallFunctionInterface(v8::Local<v8::Context> context, State& state,
                              v8::Local<v8::Object> namespace_object);

// WebAssembly.Function.prototype in `context`, which every Exported Function inherits from;
// empty before InstallFunctionInterface.
v8::MaybeLocal<v8::Object> FunctionPrototype(v8::Local<v8::Context> context, State& state);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_TYPE_REFLECTION_H_
