#include "shell/inspect.h"

#include "shell/embedded_js.h"
#include "shell/js_factory.h"
#include "shell/v8_util.h"

namespace linea::shell {
namespace {

// natives.kind(value): which engine-internal kind an object is, '' for plain ones.
void Kind(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Value> value = args[0];
  const char* kind = "";
  if (value->IsArgumentsObject())
    kind = "Arguments";
  else if (value->IsMap())
    kind = "Map";
  else if (value->IsSet())
    kind = "Set";
  else if (value->IsTypedArray())
    kind = "TypedArray";
  else if (value->IsMapIterator())
    kind = "MapIterator";
  else if (value->IsSetIterator())
    kind = "SetIterator";
  else if (value->IsRegExp())
    kind = "RegExp";
  else if (value->IsDate())
    kind = "Date";
  else if (value->IsNativeError())
    kind = "Error";
  else if (value->IsArrayBuffer())
    kind = "ArrayBuffer";
  else if (value->IsSharedArrayBuffer())
    kind = "SharedArrayBuffer";
  else if (value->IsDataView())
    kind = "DataView";
  else if (value->IsPromise())
    kind = "Promise";
  else if (value->IsWeakSet())
    kind = "WeakSet";
  else if (value->IsWeakMap())
    kind = "WeakMap";
  else if (value->IsModuleNamespaceObject())
    kind = "ModuleNamespace";
  else if (value->IsNumberObject() || value->IsStringObject() || value->IsBooleanObject() ||
           value->IsBigIntObject() || value->IsSymbolObject()) {
    kind = "BoxedPrimitive";
  }
  args.GetReturnValue().Set(V8String(args.GetIsolate(), kind));
}

void ConstructorName(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsObject()) return;
  args.GetReturnValue().Set(args[0].As<v8::Object>()->GetConstructorName());
}

void FunctionKind(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string type = "Function";
  if (args[0]->IsGeneratorFunction()) type = "Generator" + type;
  if (args[0]->IsAsyncFunction()) type = "Async" + type;
  args.GetReturnValue().Set(V8String(args.GetIsolate(), type));
}

// [entries, isKeyValue] of a Map, Set, WeakMap, WeakSet or one of their iterators.
void PreviewEntries(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsObject()) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  bool is_key_value = false;
  v8::Local<v8::Array> entries;
  if (!args[0].As<v8::Object>()->PreviewEntries(&is_key_value).ToLocal(&entries)) return;
  v8::Local<v8::Value> pair[] = {entries, v8::Boolean::New(isolate, is_key_value)};
  args.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
  (void)context;
}

// [state, result] of a promise: state 'pending', 'fulfilled' or 'rejected'.
void PromiseState(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsPromise()) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Promise> promise = args[0].As<v8::Promise>();
  const char* state = "pending";
  v8::Local<v8::Value> result = v8::Undefined(isolate);
  switch (promise->State()) {
    case v8::Promise::kPending:
      break;
    case v8::Promise::kFulfilled:
      state = "fulfilled";
      result = promise->Result();
      break;
    case v8::Promise::kRejected:
      state = "rejected";
      result = promise->Result();
      break;
  }
  v8::Local<v8::Value> pair[] = {V8String(isolate, state), result};
  args.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
}

// The target of a proxy (null once revoked); undefined for anything else.
void ProxyTarget(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsProxy()) return;
  v8::Local<v8::Proxy> proxy = args[0].As<v8::Proxy>();
  if (proxy->IsRevoked()) {
    args.GetReturnValue().SetNull();
    return;
  }
  args.GetReturnValue().Set(proxy->GetTarget());
}

void ProxyHandler(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsProxy()) return;
  args.GetReturnValue().Set(args[0].As<v8::Proxy>()->GetHandler());
}

// Own keys that are not array indices (strings and symbols), enumerable ones unless
// args[1] is false.
void NonIndexKeys(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsObject()) return;
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  v8::PropertyFilter filter =
      args[1]->IsFalse() ? v8::PropertyFilter::ALL_PROPERTIES : v8::PropertyFilter::ONLY_ENUMERABLE;
  v8::Local<v8::Array> keys;
  if (!args[0]
           .As<v8::Object>()
           ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, filter,
                              v8::IndexFilter::kSkipIndices,
                              v8::KeyConversionMode::kConvertToString)
           .ToLocal(&keys)) {
    return;
  }
  args.GetReturnValue().Set(keys);
}

void BoxedKind(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Value> value = args[0];
  const char* kind = "Object";
  if (value->IsNumberObject())
    kind = "Number";
  else if (value->IsStringObject())
    kind = "String";
  else if (value->IsBooleanObject())
    kind = "Boolean";
  else if (value->IsBigIntObject())
    kind = "BigInt";
  else if (value->IsSymbolObject())
    kind = "Symbol";
  args.GetReturnValue().Set(V8String(args.GetIsolate(), kind));
}

void Unbox(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Value> value = args[0];
  v8::Isolate* isolate = args.GetIsolate();
  if (value->IsNumberObject()) {
    args.GetReturnValue().Set(v8::Number::New(isolate, value.As<v8::NumberObject>()->ValueOf()));
  } else if (value->IsStringObject()) {
    args.GetReturnValue().Set(value.As<v8::StringObject>()->ValueOf());
  } else if (value->IsBooleanObject()) {
    args.GetReturnValue().Set(value.As<v8::BooleanObject>()->ValueOf());
  } else if (value->IsBigIntObject()) {
    args.GetReturnValue().Set(value.As<v8::BigIntObject>()->ValueOf());
  } else if (value->IsSymbolObject()) {
    args.GetReturnValue().Set(value.As<v8::SymbolObject>()->ValueOf());
  }
}

struct NativeHelper {
  const char* name;
  v8::FunctionCallback callback;
};

constexpr NativeHelper kNatives[] = {
    {"kind", Kind},
    {"constructorName", ConstructorName},
    {"functionKind", FunctionKind},
    {"previewEntries", PreviewEntries},
    {"promiseState", PromiseState},
    {"proxyTarget", ProxyTarget},
    {"proxyHandler", ProxyHandler},
    {"nonIndexKeys", NonIndexKeys},
    {"boxedKind", BoxedKind},
    {"unbox", Unbox},
};

}  // namespace

Inspector::Inspector(v8::Isolate* isolate, v8::Local<v8::Function> inspect,
                     v8::Local<v8::Function> format, v8::Local<v8::Function> table,
                     v8::Local<v8::Function> registrar)
    : isolate_(isolate),
      inspect_(isolate, inspect),
      format_(isolate, format),
      table_(isolate, table),
      registrar_(isolate, registrar) {}

std::unique_ptr<Inspector> Inspector::Create(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  for (const NativeHelper& helper : kNatives) {
    SetMethod(context, natives, helper.name, helper.callback);
  }
  // The formatter's parts, in order, each given the exports of those before it (as
  // natives.<exports_as>); inspect.js, the last, exports the entry points.
  const FactoryPart parts[] = {
      {js::kInspectPrimordialsSource, "inspect_primordials.js", "primordials"},
      {js::kInspectStyleSource, "inspect_style.js", "style"},
      {js::kInspectPrimitivesSource, "inspect_primitives.js", "primitives"},
      {js::kInspectLayoutSource, "inspect_layout.js", "layout"},
      {js::kInspectCollectionsSource, "inspect_collections.js", "collections"},
      {js::kInspectObjectsSource, "inspect_objects.js", "objects"},
  };
  if (!RunFactoryParts(context, parts, natives)) return nullptr;
  v8::Local<v8::Object> exports;
  v8::Local<v8::Function> inspect, inspect_for_shell, format, registrar;
  if (!RunFactory(context, js::kInspectSource, "inspect.js", natives).ToLocal(&exports) ||
      !GetFunction(context, exports, "inspect").ToLocal(&inspect) ||
      !GetFunction(context, exports, "inspectForShell").ToLocal(&inspect_for_shell) ||
      !GetFunction(context, exports, "format").ToLocal(&format) ||
      !GetFunction(context, exports, "registerPlatformPrototype").ToLocal(&registrar)) {
    return nullptr;
  }
  // console.table's layout, over inspect and the same internal views.
  v8::Local<v8::Object> table_exports;
  v8::Local<v8::Function> table;
  if (natives->Set(context, V8String(isolate, "inspect"), inspect).IsNothing() ||
      !RunFactory(context, js::kConsoleTableSource, "console_table.js", natives)
           .ToLocal(&table_exports) ||
      !GetFunction(context, table_exports, "table").ToLocal(&table)) {
    return nullptr;
  }
  return std::unique_ptr<Inspector>(
      new Inspector(isolate, inspect_for_shell, format, table, registrar));
}

v8::MaybeLocal<v8::String> Inspector::Inspect(v8::Local<v8::Context> context,
                                              v8::Local<v8::Value> value,
                                              v8::Local<v8::Value> options, bool colors) {
  v8::EscapableHandleScope scope(isolate_);
  if (options.IsEmpty()) options = v8::Undefined(isolate_);
  v8::Local<v8::Value> argv[] = {value, options, v8::Boolean::New(isolate_, colors)};
  v8::Local<v8::Value> result;
  if (!inspect_.Get(isolate_)->Call(context, v8::Undefined(isolate_), 3, argv).ToLocal(&result) ||
      !result->IsString()) {
    return {};
  }
  return scope.Escape(result.As<v8::String>());
}

v8::MaybeLocal<v8::String> Inspector::Format(v8::Local<v8::Context> context,
                                             const v8::FunctionCallbackInfo<v8::Value>& args,
                                             int start, bool colors) {
  v8::EscapableHandleScope scope(isolate_);
  int count = args.Length() > start ? args.Length() - start : 0;
  v8::Local<v8::Array> array = v8::Array::New(isolate_, count);
  for (int i = 0; i < count; i++) {
    if (array->Set(context, i, args[start + i]).IsNothing()) return {};
  }
  v8::Local<v8::String> result;
  if (!Format(context, array, colors).ToLocal(&result)) return {};
  return scope.Escape(result);
}

v8::MaybeLocal<v8::String> Inspector::Format(v8::Local<v8::Context> context,
                                             v8::Local<v8::Array> args, bool colors) {
  v8::EscapableHandleScope scope(isolate_);
  v8::Local<v8::Value> options = v8::Undefined(isolate_);
  if (colors) {
    v8::Local<v8::Object> with_colors = v8::Object::New(isolate_);
    if (with_colors->Set(context, V8String(isolate_, "colors"), v8::True(isolate_)).IsNothing()) {
      return {};
    }
    options = with_colors;
  }
  v8::Local<v8::Value> argv[] = {args, options};
  v8::Local<v8::Value> result;
  if (!format_.Get(isolate_)->Call(context, v8::Undefined(isolate_), 2, argv).ToLocal(&result) ||
      !result->IsString()) {
    return {};
  }
  return scope.Escape(result.As<v8::String>());
}

v8::MaybeLocal<v8::Value> Inspector::Table(v8::Local<v8::Context> context,
                                           v8::Local<v8::Value> data,
                                           v8::Local<v8::Value> properties) {
  v8::EscapableHandleScope scope(isolate_);
  v8::Local<v8::Value> argv[] = {data, properties};
  v8::Local<v8::Value> result;
  if (!table_.Get(isolate_)->Call(context, v8::Undefined(isolate_), 2, argv).ToLocal(&result)) {
    return {};
  }
  return scope.Escape(result);
}

std::string Inspector::InspectForReport(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                        bool colors) {
  v8::HandleScope scope(isolate_);
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Object> options = v8::Object::New(isolate_);
  v8::Local<v8::String> text;
  if (options->Set(context, V8String(isolate_, "bareErrors"), v8::True(isolate_)).IsJust() &&
      Inspect(context, value, options, colors).ToLocal(&text)) {
    return ToUtf8(isolate_, text);
  }
  try_catch.Reset();
  return ToUtf8(isolate_, value, "<value that cannot be printed>");
}

}  // namespace linea::shell
