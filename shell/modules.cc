#include "shell/modules.h"

#include <optional>
#include <unordered_map>

#include "shell/environment.h"
#include "shell/errors.h"
#include "shell/fetch.h"
#include "shell/files.h"
#include "shell/output.h"
#include "shell/v8_util.h"

namespace linea::shell {
namespace {

// The module map: one module per absolute path, and the path of each module.
struct ModuleMap {
  std::unordered_map<std::string, v8::Global<v8::Module>> by_path;
  std::unordered_multimap<int, std::pair<v8::Global<v8::Module>, std::string>> path_of;
  v8::Global<v8::Promise> main_evaluation;
  std::string main_name;
};

ModuleMap& Map(v8::Isolate* isolate) { return Environment::From(isolate)->Service<ModuleMap>(); }

// The name a module was registered under ("" if unknown).
std::string PathOf(v8::Isolate* isolate, v8::Local<v8::Module> module) {
  auto range = Map(isolate).path_of.equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second.first == module) return it->second.second;
  }
  return "";
}

// The directory a referrer's relative imports resolve against.
std::string ReferrerDirectory(Environment* env, const std::string& referrer) {
  if (referrer.empty() || referrer[0] != '/') return env->base_directory();
  return DirectoryOf(referrer);
}

// The absolute path a specifier names, or nothing with a TypeError thrown.
std::optional<std::string> ResolveSpecifier(v8::Isolate* isolate, const std::string& specifier,
                                            const std::string& referrer) {
  Environment* env = Environment::From(isolate);
  bool relative = specifier.rfind("./", 0) == 0 || specifier.rfind("../", 0) == 0 ||
                  specifier.rfind("/", 0) == 0;
  bool file_url = specifier.rfind("file:", 0) == 0;
  if (!relative && !file_url) {
    ThrowTypeError(isolate, "Cannot find module '" + specifier + "' imported from " +
                                (referrer.empty() ? env->base_directory() : referrer) +
                                ": linea resolves relative paths, absolute paths and file: URLs "
                                "only");
    return std::nullopt;
  }
  std::string error;
  std::optional<std::string> path =
      FileUrlToPath(specifier, ReferrerDirectory(env, referrer), &error);
  if (!path) ThrowTypeError(isolate, error);
  return path;
}

v8::MaybeLocal<v8::Module> CompileModule(v8::Isolate* isolate, const std::string& source,
                                         const std::string& name) {
  v8::Local<v8::String> source_string;
  if (!NewV8String(isolate, source).ToLocal(&source_string)) {
    ThrowRangeError(isolate, "module '" + name + "' is too large");
    return {};
  }
  v8::ScriptOrigin origin(isolate, V8String(isolate, name), 0, 0, false, -1, {}, false, false,
                          true);
  v8::ScriptCompiler::Source compiler_source(source_string, origin);
  v8::Local<v8::Module> module;
  if (!v8::ScriptCompiler::CompileModule(isolate, &compiler_source).ToLocal(&module)) return {};
  ModuleMap& map = Map(isolate);
  map.path_of.emplace(module->GetIdentityHash(),
                      std::make_pair(v8::Global<v8::Module>(isolate, module), name));
  return module;
}

// The module at `path`, read and compiled on first use.
v8::MaybeLocal<v8::Module> LoadModule(v8::Isolate* isolate, const std::string& path,
                                      const std::string& referrer) {
  ModuleMap& map = Map(isolate);
  auto it = map.by_path.find(path);
  if (it != map.by_path.end()) return it->second.Get(isolate);
  std::string error;
  std::optional<std::string> source = ReadWholeFile(path, &error);
  if (!source) {
    ThrowTypeError(isolate, "Cannot load the module imported from " +
                                (referrer.empty() ? std::string("[eval]") : referrer) + ": " +
                                error);
    return {};
  }
  v8::Local<v8::Module> module;
  if (!CompileModule(isolate, *source, path).ToLocal(&module)) return {};
  map.by_path.emplace(path, v8::Global<v8::Module>(isolate, module));
  return module;
}

v8::MaybeLocal<v8::Module> ResolveModule(v8::Local<v8::Context> context,
                                         v8::Local<v8::String> specifier,
                                         v8::Local<v8::FixedArray> /*import_assertions*/,
                                         v8::Local<v8::Module> referrer) {
  v8::Isolate* isolate = context->GetIsolate();
  std::string referrer_path = PathOf(isolate, referrer);
  std::optional<std::string> path =
      ResolveSpecifier(isolate, ToUtf8(isolate, specifier), referrer_path);
  if (!path) return {};
  return LoadModule(isolate, *path, referrer_path);
}

// Instantiates and evaluates; the promise settles when evaluation (with any top-level await)
// is done.
v8::MaybeLocal<v8::Promise> InstantiateAndEvaluate(v8::Local<v8::Context> context,
                                                   v8::Local<v8::Module> module) {
  if (module->InstantiateModule(context, ResolveModule).IsNothing()) return {};
  v8::Local<v8::Value> result;
  if (!module->Evaluate(context).ToLocal(&result)) return {};
  if (!result->IsPromise()) {
    // Without top-level await support evaluation returns undefined; wrap it.
    v8::Local<v8::Promise::Resolver> resolver;
    if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return {};
    IgnoreResult(resolver->Resolve(context, result));
    return resolver->GetPromise();
  }
  return result.As<v8::Promise>();
}

// import(specifier): loads, instantiates and evaluates in a later task, then resolves with
// the module namespace.
v8::MaybeLocal<v8::Promise> ImportDynamically(v8::Local<v8::Context> context,
                                              v8::Local<v8::Data> /*host_defined_options*/,
                                              v8::Local<v8::Value> resource_name,
                                              v8::Local<v8::String> specifier,
                                              v8::Local<v8::FixedArray> /*import_assertions*/) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return {};
  auto pending = std::make_shared<v8::Global<v8::Promise::Resolver>>(isolate, resolver);
  std::string referrer = resource_name->IsString() ? ToUtf8(isolate, resource_name) : "";
  std::string specifier_text = ToUtf8(isolate, specifier);
  env->PostTask([pending, referrer, specifier_text](v8::Local<v8::Context> context) {
    v8::Isolate* isolate = context->GetIsolate();
    v8::Local<v8::Promise::Resolver> resolver = pending->Get(isolate);
    v8::TryCatch try_catch(isolate);
    std::optional<std::string> path = ResolveSpecifier(isolate, specifier_text, referrer);
    v8::Local<v8::Module> module;
    v8::Local<v8::Promise> evaluation;
    if (!path || !LoadModule(isolate, *path, referrer).ToLocal(&module) ||
        !InstantiateAndEvaluate(context, module).ToLocal(&evaluation)) {
      IgnoreResult(resolver->Reject(context, try_catch.Exception()));
      return;
    }
    // Resolve with the namespace once evaluation is done; its rejection propagates.
    v8::Local<v8::Function> give_namespace;
    if (!v8::Function::New(
             context,
             [](const v8::FunctionCallbackInfo<v8::Value>& args) {
               args.GetReturnValue().Set(args.Data());
             },
             module->GetModuleNamespace())
             .ToLocal(&give_namespace)) {
      IgnoreResult(resolver->Reject(context, try_catch.Exception()));
      return;
    }
    v8::Local<v8::Promise> chained;
    if (!evaluation->Then(context, give_namespace).ToLocal(&chained)) {
      IgnoreResult(resolver->Reject(context, try_catch.Exception()));
      return;
    }
    IgnoreResult(resolver->Resolve(context, chained));
  });
  return scope.Escape(resolver->GetPromise());
}

void InitializeImportMeta(v8::Local<v8::Context> context, v8::Local<v8::Module> module,
                          v8::Local<v8::Object> meta) {
  v8::Isolate* isolate = context->GetIsolate();
  std::string path = PathOf(isolate, module);
  std::string url = !path.empty() && path[0] == '/' ? PathToFileUrl(path) : path;
  IgnoreResult(meta->CreateDataProperty(context, V8String(isolate, "url"), V8String(isolate, url)));
}

}  // namespace

void InitializeModules(v8::Isolate* isolate) {
  isolate->SetHostImportModuleDynamicallyCallback(ImportDynamically);
  isolate->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
}

void RunMainModule(Environment& env, const std::string& source, const std::string& path) {
  env.RunTask([&env, &source, &path](v8::Local<v8::Context> context) {
    v8::Isolate* isolate = context->GetIsolate();
    v8::Local<v8::Module> module;
    if (!CompileModule(isolate, source, path).ToLocal(&module)) return;
    if (path[0] == '/') {
      Map(isolate).by_path.emplace(path, v8::Global<v8::Module>(isolate, module));
    }
    v8::Local<v8::Promise> evaluation;
    if (!InstantiateAndEvaluate(context, module).ToLocal(&evaluation)) return;
    ModuleMap& map = Map(isolate);
    map.main_evaluation.Reset(isolate, evaluation);
    map.main_name = path;
    // A failed evaluation is an uncaught exception of the module, not an unhandled rejection.
    v8::Local<v8::Function> on_rejected;
    if (!v8::Function::New(context, [](const v8::FunctionCallbackInfo<v8::Value>& args) {
           v8::Isolate* isolate = args.GetIsolate();
           Environment::From(isolate)->HandleUncaught(
               args[0], v8::Exception::CreateMessage(isolate, args[0]));
         }).ToLocal(&on_rejected)) {
      return;
    }
    IgnoreResult(evaluation->Catch(context, on_rejected));
    (void)env;
  });
}

bool MainModuleSettled(Environment& env) {
  v8::Isolate* isolate = env.isolate();
  v8::HandleScope scope(isolate);
  ModuleMap& map = Map(isolate);
  if (map.main_evaluation.IsEmpty()) return true;
  if (map.main_evaluation.Get(isolate)->State() != v8::Promise::kPending) return true;
  WriteStderr("linea: the top-level await of " + map.main_name +
              " never settled: nothing is left that could settle it\n");
  return false;
}

}  // namespace linea::shell
