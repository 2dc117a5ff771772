// The parts of WebIDL's JavaScript binding (https://webidl.spec.whatwg.org/#es-platform-objects)
// the WebAssembly interfaces use: how operations, attributes, interface objects and namespaces
// appear as properties, and the argument conversions ([EnforceRange] unsigned long,
// dictionaries, enumerations, AllowSharedBufferSource, optional object).
//
// Convention: a function returning bool or std::optional returns false / nullopt exactly when
// it has thrown a JS exception (or one is propagating from user code it called).
#ifndef LINEA_BINDINGS_WEBIDL_H_
#define LINEA_BINDINGS_WEBIDL_H_

#include <v8.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace linea::bindings {

class State;

// --- Errors ---------------------------------------------------------------------------------
void ThrowTypeError(v8::Isolate* isolate, std::string_view message);
void ThrowRangeError(v8::Isolate* isolate, std::string_view message);

// --- Strings --------------------------------------------------------------------------------
// UTF-8 to a JS string (the empty string past V8's string length limit).
v8::Local<v8::String> ToV8String(v8::Isolate* isolate, std::string_view utf8);
// For messages only: a short, never-throwing description of a value.
std::string DescribeValue(v8::Isolate* isolate, v8::Local<v8::Value> value);

// --- Definitions ----------------------------------------------------------------------------
// A regular or static operation. `length` is the number of required arguments of its shortest
// overload.
struct Operation {
  const char* name;
  v8::FunctionCallback callback;
  int length;
};
// A regular attribute; `setter` is null for a readonly one.
struct Attribute {
  const char* name;
  v8::FunctionCallback getter;
  v8::FunctionCallback setter;
};

// A built-in function object that is not a constructor, with the given `name` and `length`,
// whose callback gets the State as data.
v8::MaybeLocal<v8::Function> NewBuiltinFunction(v8::Local<v8::Context> context, State& state,
                                                std::string_view name,
                                                v8::FunctionCallback callback, int length);
// Operations: data properties {writable, enumerable, configurable}.
bool DefineOperations(v8::Local<v8::Context> context, State& state, v8::Local<v8::Object> target,
                      std::span<const Operation> operations);
// Attributes: accessor properties {get "get <name>", set "set <name>"/undefined, enumerable,
// configurable}.
bool DefineAttributes(v8::Local<v8::Context> context, State& state, v8::Local<v8::Object> target,
                      std::span<const Attribute> attributes);
// @@toStringTag: {writable: false, enumerable: false, configurable: true}.
bool DefineToStringTag(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                       std::string_view tag);
// Interface objects, namespace objects, error constructors on their holder:
// {writable: true, enumerable: false, configurable: true}.
bool DefineNonEnumerable(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                         std::string_view name, v8::Local<v8::Value> value);

// An interface object template: `constructor` runs for `new`, the function has `name` and
// `length` as WebIDL gives them, a non-writable `prototype`, and its instances carry the
// internal fields wrapper.h uses.
v8::Local<v8::FunctionTemplate> NewInterfaceTemplate(State& state, std::string_view name,
                                                     v8::FunctionCallback constructor, int length);
// The interface object scripts see for `constructor` (a function made from an interface
// template, whose "prototype" is the interface prototype object). V8 gives every constructor
// made from a template own "arguments" and "caller" properties, which no built-in function
// may have; a bound function of it has none, constructs and calls through to it (new.target
// included), and gets `name`, `length` and a non-writable `prototype` like the original.
v8::MaybeLocal<v8::Function> NewInterfaceObject(v8::Local<v8::Context> context,
                                                v8::Local<v8::Function> constructor,
                                                std::string_view name, int length);
// The interface prototype object of `interface_object` (its "prototype" property).
v8::MaybeLocal<v8::Object> PrototypeOf(v8::Local<v8::Context> context,
                                       v8::Local<v8::Function> interface_object);

// --- Arguments ------------------------------------------------------------------------------
// TypeError unless at least `count` arguments were passed.
bool RequireArguments(const v8::FunctionCallbackInfo<v8::Value>& info, int count,
                      std::string_view where);
// TypeError when an interface object is called without `new`.
bool RequireConstructCall(const v8::FunctionCallbackInfo<v8::Value>& info,
                          std::string_view interface_name);
// Whether an optional argument was "missing": not passed, or passed as undefined.
bool IsMissing(const v8::FunctionCallbackInfo<v8::Value>& info, int index);

// [EnforceRange] unsigned long (WebIDL 3.2.4.8 with ConvertToInt's EnforceRange steps).
std::optional<uint32_t> ToEnforcedUnsignedLong(v8::Local<v8::Context> context,
                                               v8::Local<v8::Value> value, std::string_view what);

// A dictionary argument: undefined and null are empty dictionaries (`*dictionary` stays
// empty); any other non-object is a TypeError.
bool ToDictionary(v8::Local<v8::Context> context, v8::Local<v8::Value> value, std::string_view what,
                  v8::Local<v8::Object>* dictionary);
// Reads a member of a dictionary from ToDictionary (undefined = not present).
bool GetDictionaryMember(v8::Local<v8::Context> context, v8::Local<v8::Object> dictionary,
                         std::string_view name, v8::Local<v8::Value>* member);

// An enumeration value: ToString, then one of `values`, else TypeError. Returns the index.
std::optional<size_t> ToEnumeration(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                    std::span<const std::string_view> values,
                                    std::string_view what);

// `optional object`: undefined stays undefined; objects pass; anything else is a TypeError.
// IteratorToList(GetIteratorFromMethod(iterable, method)) (ECMA-262 7.4).
bool IterableToList(v8::Local<v8::Context> context, v8::Local<v8::Value> iterable,
                    v8::Local<v8::Function> method, std::vector<v8::Local<v8::Value>>* out);
// WebIDL's conversion to a sequence<T> (3.2.x "sequences"): `value` must be an object with a
// callable @@iterator (else a TypeError "<what> is not iterable"); its values in order, each
// still to be converted to T.
bool ToSequence(v8::Local<v8::Context> context, v8::Local<v8::Value> value, std::string_view what,
                std::vector<v8::Local<v8::Value>>* out);

bool CheckOptionalObject(v8::Isolate* isolate, v8::Local<v8::Value> value, std::string_view what);

// Whether `value` converts to [AllowResizable] AllowSharedBufferSource, the type the JS API
// gives module bytes: an ArrayBuffer, a SharedArrayBuffer, or a view on either.
bool IsBufferSource(v8::Local<v8::Value> value);
// "Get a copy of the bytes held by the buffer source" (detached: no bytes; shared: the bytes
// as they are at the time of the copy). TypeError if `value` is not a buffer source.
std::optional<std::vector<uint8_t>> CopyBufferSource(v8::Isolate* isolate,
                                                     v8::Local<v8::Value> value,
                                                     std::string_view what);
// The bytes of a buffer source on a non-shared buffer, in place, for an operation that reads
// them before any JS runs again (which could detach or change them): the copy the spec makes
// would be unobservable. Nothing for a shared buffer (other threads may write it while it is
// read: copy it) or a value that is not a buffer source.
std::optional<std::span<const uint8_t>> ViewUnsharedBufferSource(v8::Local<v8::Value> value);
// The bytes of `value` for a synchronous compile or validation, whose `options` argument is
// read next: in place (`*copy` untouched) when that runs no JS (undefined) and the buffer is not
// shared, else copied into `*copy`. Nothing, with a TypeError thrown, if `value` is not a
// buffer source.
std::optional<std::span<const uint8_t>> BufferSourceBytes(v8::Isolate* isolate,
                                                          v8::Local<v8::Value> value,
                                                          v8::Local<v8::Value> options,
                                                          std::string_view what,
                                                          std::vector<uint8_t>* copy);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_WEBIDL_H_
