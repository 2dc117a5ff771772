#include "shell/d8_globals.h"

#include <memory>
#include <optional>
#include <string>

#include "shell/environment.h"
#include "shell/files.h"
#include "shell/output.h"
#include "shell/scripts.h"
#include "shell/v8_util.h"
#include "shell/worker/agents.h"

namespace linea::shell {
namespace {

// print/printErr: the arguments converted to strings, separated by spaces, plus a newline.
template <bool to_stderr>
void Print(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string text;
  for (int i = 0; i < args.Length(); i++) {
    if (i > 0) text += ' ';
    v8::Local<v8::String> string;
    v8::Local<v8::Value> value = args[i];
    // ToString throws on symbols; print shows them as Symbol(description), like d8.
    if (value->IsSymbol()) {
      v8::Local<v8::Value> description = value.As<v8::Symbol>()->Description(isolate);
      text += "Symbol(" + (description->IsUndefined() ? "" : ToUtf8(isolate, description)) + ")";
      continue;
    }
    if (!value->ToString(context).ToLocal(&string)) return;
    text += ToUtf8(isolate, string);
  }
  text += '\n';
  if (to_stderr)
    WriteStderr(text);
  else
    WriteStdout(text);
}

// The path argument of read/readbuffer/load, resolved against the current directory as d8
// does; nothing (with a TypeError thrown) if it is missing.
std::optional<std::string> PathArgument(const v8::FunctionCallbackInfo<v8::Value>& args,
                                        const char* function) {
  v8::Isolate* isolate = args.GetIsolate();
  if (args.Length() < 1) {
    ThrowTypeError(isolate, std::string(function) + ": a file name is required");
    return std::nullopt;
  }
  v8::Local<v8::String> name;
  if (!args[0]->ToString(isolate->GetCurrentContext()).ToLocal(&name)) return std::nullopt;
  return ToUtf8(isolate, name);
}

std::optional<std::string> ReadArgumentFile(const v8::FunctionCallbackInfo<v8::Value>& args,
                                            const char* function) {
  std::optional<std::string> path = PathArgument(args, function);
  if (!path) return std::nullopt;
  std::string error;
  std::optional<std::string> contents = ReadWholeFile(*path, &error);
  if (!contents) ThrowError(args.GetIsolate(), std::string(function) + ": " + error);
  return contents;
}

void Read(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::optional<std::string> contents = ReadArgumentFile(args, "read");
  if (!contents) return;
  v8::Local<v8::String> string;
  if (!NewV8String(args.GetIsolate(), *contents).ToLocal(&string)) {
    ThrowRangeError(args.GetIsolate(), "read: the file is too large for a string");
    return;
  }
  args.GetReturnValue().Set(string);
}

void ReadBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::optional<std::string> contents = ReadArgumentFile(args, "readbuffer");
  if (!contents) return;
  v8::Isolate* isolate = args.GetIsolate();
  // The buffer takes the bytes read without a copy: a large file (a .wasm) is not held twice.
  auto* owner = new std::string(std::move(*contents));
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      owner->data(), owner->size(),
      [](void*, size_t, void* owner) { delete static_cast<std::string*>(owner); }, owner);
  args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

// load(path): runs the file as a classic script in the global scope; its exceptions propagate.
void Load(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::optional<std::string> path = PathArgument(args, "load");
  if (!path) return;
  std::string error;
  std::optional<std::string> source = ReadWholeFile(*path, &error);
  if (!source) {
    ThrowError(args.GetIsolate(), "load: " + error);
    return;
  }
  IgnoreResult(RunClassicScript(args.GetIsolate()->GetCurrentContext(), *source, *path));
}

// quit(code): ends the process at once with the exit code (default 0); in a worker, ends the
// worker at once (as node's process.exit() in a worker does).
void Quit(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int32_t code = 0;
  if (args.Length() > 0 && !args[0]->Int32Value(isolate->GetCurrentContext()).To(&code)) return;
  Environment* env = Environment::From(isolate);
  if (env->is_worker()) {
    env->agent().Stop(/*terminate=*/true);
    return;
  }
  env->Exit(code);
}

// emptyNative() (--bench-natives): does nothing, so timing it measures the call alone.
void EmptyNative(const v8::FunctionCallbackInfo<v8::Value>&) {}

// nativeCallsJs(f, n) (--bench-natives): calls f(i) for i in [0, n) from C++ with
// v8::Function::Call, each in its own HandleScope and TryCatch as a host call needs them: the
// floor of any embedder's native-to-JS call. Returns the sum of f's Int32 results.
void NativeCallsJs(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  int32_t n = 0;
  if (!args[0]->IsFunction() || !args[1]->Int32Value(context).To(&n)) return;
  v8::Local<v8::Function> f = args[0].As<v8::Function>();
  int32_t sum = 0;
  for (int32_t i = 0; i < n; ++i) {
    v8::HandleScope scope(isolate);
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, i)};
    v8::Local<v8::Value> result;
    if (!f->Call(context, v8::Undefined(isolate), 1, argv).ToLocal(&result)) {
      try_catch.ReThrow();
      return;
    }
    if (result->IsInt32()) sum += result.As<v8::Int32>()->Value();
  }
  args.GetReturnValue().Set(sum);
}

v8::Local<v8::Array> ScriptArgs(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  const auto& script_args = Environment::From(isolate)->options().script_args;
  v8::Local<v8::Array> array = v8::Array::New(isolate, static_cast<int>(script_args.size()));
  for (size_t i = 0; i < script_args.size(); i++) {
    array->Set(context, static_cast<uint32_t>(i), V8String(isolate, script_args[i])).Check();
  }
  return array;
}

}  // namespace

void InstallD8Globals(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  SetMethod(context, global, "print", Print<false>);
  SetMethod(context, global, "printErr", Print<true>);
  SetMethod(context, global, "read", Read, {}, 1);
  SetMethod(context, global, "readbuffer", ReadBuffer, {}, 1);
  SetMethod(context, global, "load", Load, {}, 1);
  SetMethod(context, global, "quit", Quit, {}, 0);
  if (Environment::From(isolate)->options().bench_natives) {
    SetMethod(context, global, "emptyNative", EmptyNative);
    SetMethod(context, global, "nativeCallsJs", NativeCallsJs);
  }
  // Two separate arrays, as in d8: changing one does not change the other.
  global->Set(context, V8String(isolate, "scriptArgs"), ScriptArgs(context)).Check();
  global->Set(context, V8String(isolate, "arguments"), ScriptArgs(context)).Check();
}

}  // namespace linea::shell
