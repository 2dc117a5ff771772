#include "bindings/table.h"

#include <string>
#include <utility>

#include "bindings/address_value.h"
#include "bindings/type_reflection.h"
#include "bindings/value_conversion.h"
#include "bindings/webidl.h"

namespace linea::bindings {
namespace {

constexpr const char* kName = "WebAssembly.Table";

// The value a table operation stores: DefaultValue(element type) when `index` is missing,
// else ToWebAssemblyValue(info[index], element type).
std::optional<rt::Value> ElementArgument(const v8::FunctionCallbackInfo<v8::Value>& info, int index,
                                         rt::ValType element, std::string_view what) {
  State& state = State::From(info);
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  if (IsMissing(info, index)) return DefaultValue(context, state, element);
  return ToWebAssemblyValue(context, state, info[index], element, what);
}

// RangeError unless `index` names an element of `table`.
bool CheckIndex(v8::Isolate* isolate, const rt::Table& table, uint64_t index,
                std::string_view where) {
  if (index < table.size()) return true;
  ThrowRangeError(isolate, std::string(where) + ": index " + std::to_string(index) +
                               " is out of bounds (table size " + std::to_string(table.size()) +
                               ")");
  return false;
}

// new Table(descriptor, value)
void ConstructTable(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!RequireConstructCall(info, kName) || !RequireArguments(info, 1, kName)) return;

  // TableDescriptor, read as the JS API tests expect: element, address, initial, maximum.
  v8::Local<v8::Object> descriptor;
  if (!ToDictionary(context, info[0], "WebAssembly.Table(): descriptor", &descriptor)) return;
  v8::Local<v8::Value> member;
  if (!GetDictionaryMember(context, descriptor, "element", &member)) return;
  if (member->IsUndefined()) {
    ThrowTypeError(isolate, "WebAssembly.Table(): descriptor.element is required");
    return;
  }
  std::optional<rt::ValType> element = ToValueType(context, member, /*references_only=*/true,
                                                   "WebAssembly.Table(): descriptor.element");
  if (!element) return;
  std::optional<bool> address64 =
      ReadAddressType(context, descriptor, "WebAssembly.Table(): descriptor");
  if (!address64) return;
  if (!GetInitialOrMinimum(context, descriptor, "WebAssembly.Table(): descriptor", &member)) {
    return;
  }
  std::optional<uint64_t> initial =
      ToAddressValue(context, member, *address64, "WebAssembly.Table(): descriptor.initial");
  if (!initial) return;
  std::optional<uint64_t> maximum;
  if (!GetDictionaryMember(context, descriptor, "maximum", &member)) return;
  if (!member->IsUndefined()) {
    maximum =
        ToAddressValue(context, member, *address64, "WebAssembly.Table(): descriptor.maximum");
    if (!maximum) return;
  }

  if (maximum && *maximum < *initial) {
    ThrowRangeError(isolate, "WebAssembly.Table(): maximum " + std::to_string(*maximum) +
                                 " is below initial " + std::to_string(*initial));
    return;
  }
  std::optional<rt::Value> init = ElementArgument(info, 1, *element, "WebAssembly.Table(): value");
  if (!init) return;

  rt::TableType type;
  type.element = *element;
  type.limits.min = *initial;
  type.limits.max = maximum;
  type.address64 = *address64;
  auto table = rt::Table::Create(type, init->ref());
  if (!table.ok()) {
    ThrowRangeError(isolate, "WebAssembly.Table(): " + table.error().message);
    return;
  }
  Wrappable::Attach(isolate, info.This(),
                    std::make_unique<TableObject>(state, std::move(table).value()));
}

// Table.prototype.grow(delta, value)
void Grow(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TableObject* self = UnwrapReceiver<TableObject>(info);
  if (self == nullptr || !RequireArguments(info, 1, "WebAssembly.Table.prototype.grow")) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  rt::Table& table = *self->table();
  const bool address64 = table.type().address64;
  std::optional<uint64_t> delta =
      ToAddressValue(context, info[0], address64, "WebAssembly.Table.prototype.grow(): delta");
  if (!delta) return;
  std::optional<rt::Value> init =
      ElementArgument(info, 1, table.element_type(), "WebAssembly.Table.prototype.grow(): value");
  if (!init) return;
  std::optional<uint32_t> old_size;
  if (*delta <= UINT32_MAX) old_size = table.Grow(static_cast<uint32_t>(*delta), init->ref());
  if (!old_size) {
    ThrowRangeError(isolate, "WebAssembly.Table.prototype.grow(): cannot grow by " +
                                 std::to_string(*delta) + " (maximum exceeded)");
    return;
  }
  info.GetReturnValue().Set(FromAddressValue(isolate, *old_size, address64));
}

// Table.prototype.get(index)
void Get(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TableObject* self = UnwrapReceiver<TableObject>(info);
  if (self == nullptr || !RequireArguments(info, 1, "WebAssembly.Table.prototype.get")) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  rt::Table& table = *self->table();
  std::optional<uint64_t> index = ToAddressValue(context, info[0], table.type().address64,
                                                 "WebAssembly.Table.prototype.get(): index");
  if (!index) return;
  if (!CheckIndex(isolate, table, *index, "WebAssembly.Table.prototype.get()")) return;
  rt::Value value{table.element_type(), reinterpret_cast<uintptr_t>(table.Get(*index))};
  v8::Local<v8::Value> result;
  if (ToJSValue(context, State::From(info), value).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

// Table.prototype.set(index, value)
void Set(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TableObject* self = UnwrapReceiver<TableObject>(info);
  if (self == nullptr || !RequireArguments(info, 1, "WebAssembly.Table.prototype.set")) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  rt::Table& table = *self->table();
  std::optional<uint64_t> index = ToAddressValue(context, info[0], table.type().address64,
                                                 "WebAssembly.Table.prototype.set(): index");
  if (!index) return;
  std::optional<rt::Value> value =
      ElementArgument(info, 1, table.element_type(), "WebAssembly.Table.prototype.set(): value");
  if (!value || !CheckIndex(isolate, table, *index, "WebAssembly.Table.prototype.set()")) return;
  table.Set(*index, value->ref());
}

// get Table.prototype.length
void GetLength(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TableObject* self = UnwrapReceiver<TableObject>(info);
  if (self == nullptr) return;
  const rt::Table& table = *self->table();
  info.GetReturnValue().Set(
      FromAddressValue(info.GetIsolate(), table.size(), table.type().address64));
}

constexpr Operation kOperations[] = {
    {"grow", Grow, 1}, {"get", Get, 1}, {"set", Set, 1}, {"type", TableTypeOperation, 0}};
constexpr Attribute kAttributes[] = {{"length", GetLength, nullptr}};

}  // namespace

TableObject::TableObject(State& state, std::shared_ptr<rt::Table> table)
    : CachedWrappable(state, table.get()), table_(std::move(table)) {
  state.tracer().NoteNewRoot(table_.get());  // Made while V8 marks: not reported (heap_tracer.h).
}

bool InstallTable(v8::Local<v8::Context> context, State& state,
                  v8::Local<v8::Object> namespace_object) {
  constexpr InterfaceDefinition kDefinition = {.interface = Interface::kTable,
                                               .constructor = ConstructTable,
                                               .length = 1,
                                               .operations = kOperations,
                                               .attributes = kAttributes};
  return InstallInterface(context, state, namespace_object, kDefinition);
}

v8::MaybeLocal<v8::Object> GetTableObject(v8::Local<v8::Context> context, State& state,
                                          const std::shared_ptr<rt::Table>& table) {
  return GetOrCreateCachedObject<TableObject>(context, state, table);
}

}  // namespace linea::bindings
