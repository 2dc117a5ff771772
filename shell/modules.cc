#include "shell/modules.h"

#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bindings/webassembly.h"
#include "shell/environment.h"
#include "shell/errors.h"
#include "shell/fetch.h"
#include "shell/files.h"
#include "shell/output.h"
#include "shell/v8_util.h"

namespace linea::shell {
namespace {

// A module script is keyed by its path and its type, as HTML's module map is by URL and type:
// the same file imported as JavaScript and as JSON gives two modules.
enum class ModuleType { kJavaScript, kJson };

std::string MapKey(const std::string& path, ModuleType type) {
  return (type == ModuleType::kJson ? "json:" : "js:") + path;
}

// The module map: one module per key, the path of each module, and the values of JSON modules.
struct ModuleMap {
  std::unordered_map<std::string, v8::Global<v8::Module>> by_key;
  std::unordered_multimap<int, std::pair<v8::Global<v8::Module>, std::string>> path_of;
  std::unordered_multimap<int, std::pair<v8::Global<v8::Module>, v8::Global<v8::Value>>> json_of;
  // The WebAssembly.Module of each wasm module's wrapper (see MakeWasmModule).
  std::unordered_multimap<int, std::pair<v8::Global<v8::Module>, v8::Global<v8::Object>>> wasm_of;
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

void RegisterPath(v8::Isolate* isolate, v8::Local<v8::Module> module, const std::string& path) {
  Map(isolate).path_of.emplace(module->GetIdentityHash(),
                               std::make_pair(v8::Global<v8::Module>(isolate, module), path));
}

// The directory a referrer's relative imports resolve against.
std::string ReferrerDirectory(Environment* env, const std::string& referrer) {
  if (referrer.empty() || referrer[0] != '/') return env->base_directory();
  return DirectoryOf(referrer);
}

// Where an import is written, for messages: "FILE:LINE:COLUMN", or FILE when unknown.
struct ImportSite {
  std::string referrer;  // The importing module's path ("" for the main program).
  std::string location;
};

std::string Describe(const ImportSite& site, Environment* env) {
  if (!site.location.empty()) return site.location;
  return site.referrer.empty() ? env->base_directory() : site.referrer;
}

// The absolute path a specifier names, or nothing with `error` set.
std::optional<std::string> ResolveSpecifier(Environment* env, const std::string& specifier,
                                            const std::string& referrer, std::string* error) {
  bool relative = specifier.rfind("./", 0) == 0 || specifier.rfind("../", 0) == 0 ||
                  specifier.rfind("/", 0) == 0;
  bool file_url = specifier.rfind("file:", 0) == 0;
  if (!relative && !file_url) {
    *error = "linea resolves relative paths, absolute paths and file: URLs only";
    return std::nullopt;
  }
  return FileUrlToPath(specifier, ReferrerDirectory(env, referrer), error);
}

// The module type an import's assertions ask for; nothing (with `error` set) for a type no
// module map supports, which HTML makes a TypeError.
std::optional<ModuleType> TypeFromAssertions(v8::Local<v8::Context> context,
                                             v8::Local<v8::FixedArray> assertions,
                                             bool with_locations, std::string* error) {
  v8::Isolate* isolate = context->GetIsolate();
  if (assertions.IsEmpty()) return ModuleType::kJavaScript;
  int stride = with_locations ? 3 : 2;  // Static imports add each assertion's source offset.
  for (int i = 0; i + 1 < assertions->Length(); i += stride) {
    v8::Local<v8::Data> key = assertions->Get(context, i);
    v8::Local<v8::Data> value = assertions->Get(context, i + 1);
    if (!key->IsValue() || !value->IsValue()) continue;
    if (ToUtf8(isolate, key.As<v8::Value>()) != "type") continue;
    std::string type = ToUtf8(isolate, value.As<v8::Value>());
    if (type == "json") return ModuleType::kJson;
    *error = "the module type '" + type + "' is not supported (only 'json')";
    return std::nullopt;
  }
  return ModuleType::kJavaScript;
}

// What a file's extension says it is, for refusing files that are not JavaScript.
std::optional<std::string> NotJavaScriptReason(const std::string& path) {
  std::string content_type = ContentTypeForPath(path);
  if (content_type == "application/json") {
    return "it is a JSON file: import it as a JSON module, with `assert { type: 'json' }`";
  }
  return std::nullopt;
}

// Adds `why` to the message (and stack) of a SyntaxError `try_catch` caught, when `applies` to
// the line's text and the column where V8 stopped.
void ExplainSyntaxError(v8::Local<v8::Context> context, const v8::TryCatch& try_catch,
                        const std::function<bool(const std::string&, size_t)>& applies,
                        std::string_view why) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Message> message = try_catch.Message();
  if (message.IsEmpty() || !try_catch.Exception()->IsNativeError()) return;
  v8::Local<v8::String> line;
  if (!message->GetSourceLine(context).ToLocal(&line)) return;
  int start = message->GetStartColumn(context).FromMaybe(-1);
  if (start < 0 || !applies(ToUtf8(isolate, line), static_cast<size_t>(start))) return;
  v8::Local<v8::Object> error = try_catch.Exception().As<v8::Object>();
  v8::Local<v8::Value> old_message;
  if (!error->Get(context, V8String(isolate, "message")).ToLocal(&old_message)) return;
  std::string explained = ToUtf8(isolate, old_message) + " (" + std::string(why) + ")";
  IgnoreResult(error->Set(context, V8String(isolate, "message"), V8String(isolate, explained)));
  IgnoreResult(error->Set(context, V8String(isolate, "stack"),
                          V8String(isolate, "SyntaxError: " + explained)));
}

// Syntax newer than V8 10.2, whose SyntaxErrors then say only "Unexpected identifier": import
// attributes (`with { type: 'json' }`; 10.2 parses the older `assert`), and source phase
// imports (`import source mod from "./x.wasm"`, of the ES module integration of WebAssembly;
// 10.2 reads `source` as a default import's name and stops at the next identifier).
void ExplainNewerImportSyntax(v8::Local<v8::Context> context, const v8::TryCatch& try_catch) {
  ExplainSyntaxError(
      context, try_catch,
      [](const std::string& text, size_t start) {
        return text.compare(start, 4, "with") == 0 && text.find("import") != std::string::npos;
      },
      "import attributes, `with { type: 'json' }`, are newer than linea's V8 10.2: write "
      "`assert { type: 'json' }`");
  ExplainSyntaxError(
      context, try_catch,
      [](const std::string& text, size_t start) {
        size_t at = text.find("import source ");
        return at != std::string::npos && start > at;
      },
      "source phase imports, `import source x from`, are newer than linea's V8 10.2: use "
      "`await WebAssembly.compileStreaming(fetch(new URL(specifier, import.meta.url)))`, or "
      "import the instance's exports with `import { name } from './x.wasm'`");
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
  v8::TryCatch try_catch(isolate);
  if (!v8::ScriptCompiler::CompileModule(isolate, &compiler_source).ToLocal(&module)) {
    ExplainNewerImportSyntax(isolate->GetCurrentContext(), try_catch);
    try_catch.ReThrow();
    return {};
  }
  RegisterPath(isolate, module, name);
  return module;
}

// A JSON module's evaluation: its default export is the value parsed when it was loaded.
v8::MaybeLocal<v8::Value> EvaluateJsonModule(v8::Local<v8::Context> context,
                                             v8::Local<v8::Module> module) {
  v8::Isolate* isolate = context->GetIsolate();
  auto range = Map(isolate).json_of.equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second.first != module) continue;
    if (module
            ->SetSyntheticModuleExport(isolate, V8String(isolate, "default"),
                                       it->second.second.Get(isolate))
            .IsNothing()) {
      return {};
    }
    return v8::Undefined(isolate);
  }
  ThrowError(isolate, "internal error: JSON module without a value");
  return {};
}

// A JSON module from `source`: parsed now, so a parse error is reported at load as for a
// JavaScript module (HTML's "create a JSON module script").
v8::MaybeLocal<v8::Module> MakeJsonModule(v8::Local<v8::Context> context, const std::string& source,
                                          const std::string& path) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> value;
  {
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::String> text;
    if (!NewV8String(isolate, source).ToLocal(&text) ||
        !v8::JSON::Parse(context, text).ToLocal(&value)) {
      std::string reason = "the file is too large";
      if (try_catch.HasCaught() && !try_catch.Message().IsEmpty()) {
        // "Uncaught SyntaxError: Unexpected token ..." without its prefix.
        reason = ToUtf8(isolate, try_catch.Message()->Get());
        size_t colon = reason.find(": ");
        if (colon != std::string::npos) reason = reason.substr(colon + 2);
      }
      try_catch.Reset();
      // As node words it: the path, then what JSON.parse said.
      isolate->ThrowException(v8::Exception::SyntaxError(V8String(isolate, path + ": " + reason)));
      try_catch.ReThrow();
      return {};
    }
  }
  v8::Local<v8::String> exports[] = {V8String(isolate, "default")};
  v8::Local<v8::Module> module = v8::Module::CreateSyntheticModule(
      isolate, V8String(isolate, path),
      std::vector<v8::Local<v8::String>>(std::begin(exports), std::end(exports)),
      EvaluateJsonModule);
  RegisterPath(isolate, module, path);
  Map(isolate).json_of.emplace(module->GetIdentityHash(),
                               std::make_pair(v8::Global<v8::Module>(isolate, module),
                                              v8::Global<v8::Value>(isolate, value)));
  return module;
}

// `text` as a JavaScript string literal.
std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    } else {
      out += c;  // UTF-8 passes through: the source is UTF-8.
    }
  }
  return out + "\"";
}

// A WebAssembly module in the module graph (ES module integration, "host instance linking"):
// compiled now, so a CompileError is reported at load as a SyntaxError would be, and stood for
// by a JavaScript module written for it, which V8 links like any other:
//
//   import * as i0 from "./env.js";          // each import's module name, as a specifier
//   const exports = import.meta.instantiate({"./env.js": i0});
//   const e0 = exports["add"];
//   export { e0 as "add" };                   // each export, a WebAssembly JS API value
//
// So the wasm module is instantiated when it is evaluated, after the modules it imports from,
// with their namespaces as its import object: imports are snapshots, and an export not yet
// initialized (a cycle) is a ReferenceError, as the proposal says; a LinkError is thrown by the
// evaluation. import.meta.instantiate is given to this module only (InitializeImportMeta).
v8::MaybeLocal<v8::Module> MakeWasmModule(v8::Local<v8::Context> context, const std::string& bytes,
                                          const std::string& path) {
  v8::Isolate* isolate = context->GetIsolate();
  bindings::ModuleInterface interface;
  v8::Local<v8::Object> wasm_module;
  if (!bindings::CompileModuleForImport(
           context,
           std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()),
           path, &interface)
           .ToLocal(&wasm_module)) {
    return {};
  }
  std::string source;
  std::string import_object = "{";
  for (size_t i = 0; i < interface.import_modules.size(); ++i) {
    const std::string& specifier = interface.import_modules[i];
    source += "import * as i" + std::to_string(i) + " from " + Quoted(specifier) + ";\n";
    import_object += Quoted(specifier) + ": i" + std::to_string(i) + ", ";
  }
  import_object += "}";
  source += "const exports = import.meta.instantiate(" + import_object + ");\n";
  for (size_t i = 0; i < interface.export_names.size(); ++i) {
    std::string local = "e" + std::to_string(i);
    const std::string& name = interface.export_names[i];
    source += "const " + local + " = exports[" + Quoted(name) + "];\n";
    source += "export { " + local + " as " + Quoted(name) + " };\n";
  }
  v8::Local<v8::Module> module;
  if (!CompileModule(isolate, source, path).ToLocal(&module)) return {};
  Map(isolate).wasm_of.emplace(module->GetIdentityHash(),
                               std::make_pair(v8::Global<v8::Module>(isolate, module),
                                              v8::Global<v8::Object>(isolate, wasm_module)));
  return module;
}

// The module of type `type` at `path`, read and compiled (or parsed) on first use. Throws a
// TypeError naming the import site when the file cannot be used.
v8::MaybeLocal<v8::Module> LoadModule(v8::Local<v8::Context> context, const std::string& path,
                                      ModuleType type, const ImportSite& site) {
  v8::Isolate* isolate = context->GetIsolate();
  Environment* env = Environment::From(isolate);
  ModuleMap& map = Map(isolate);
  std::string key = MapKey(path, type);
  auto it = map.by_key.find(key);
  if (it != map.by_key.end()) return it->second.Get(isolate);
  std::string failure = "Cannot load the module " + path + " imported at " + Describe(site, env);
  if (type == ModuleType::kJavaScript) {
    if (std::optional<std::string> reason = NotJavaScriptReason(path)) {
      ThrowTypeError(isolate, failure + ": " + *reason);
      return {};
    }
  }
  std::string error;
  std::optional<std::string> source = ReadWholeFile(path, &error);
  if (!source) {
    ThrowTypeError(isolate, failure + ": " + error);
    return {};
  }
  v8::Local<v8::Module> module;
  if (type == ModuleType::kJson) {
    if (!MakeJsonModule(context, *source, path).ToLocal(&module)) return {};
  } else if (ContentTypeForPath(path) == "application/wasm") {
    if (!MakeWasmModule(context, *source, path).ToLocal(&module)) return {};
  } else if (!CompileModule(isolate, *source, path).ToLocal(&module)) {
    return {};
  }
  map.by_key.emplace(key, v8::Global<v8::Module>(isolate, module));
  return module;
}

// "FILE:LINE:COLUMN" of a static import in `module`.
std::string ImportLocation(v8::Local<v8::Module> module, const std::string& path,
                           v8::Local<v8::ModuleRequest> request) {
  v8::Location location = module->SourceOffsetToLocation(request->GetSourceOffset());
  return path + ":" + std::to_string(location.GetLineNumber() + 1) + ":" +
         std::to_string(location.GetColumnNumber() + 1);
}

// Loads every module `root` imports statically, transitively, before instantiation: V8 10.2
// aborts the process (Check failed: has_pending_exception) when the resolve callback of
// InstantiateModule throws, so all failures must happen here, outside V8's callbacks, and the
// callback only looks modules up. False with an exception pending on failure.
bool LoadStaticImports(v8::Local<v8::Context> context, v8::Local<v8::Module> root) {
  v8::Isolate* isolate = context->GetIsolate();
  Environment* env = Environment::From(isolate);
  std::vector<v8::Local<v8::Module>> work = {root};
  std::unordered_set<int> visited_hashes;
  std::vector<v8::Local<v8::Module>> visited;
  auto seen = [&](v8::Local<v8::Module> module) {
    if (visited_hashes.count(module->GetIdentityHash())) {
      for (v8::Local<v8::Module> other : visited) {
        if (other == module) return true;
      }
    }
    visited_hashes.insert(module->GetIdentityHash());
    visited.push_back(module);
    return false;
  };
  while (!work.empty()) {
    v8::Local<v8::Module> module = work.back();
    work.pop_back();
    if (seen(module) || !module->IsSourceTextModule()) continue;
    std::string path = PathOf(isolate, module);
    v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
    for (int i = 0; i < requests->Length(); i++) {
      v8::Local<v8::ModuleRequest> request = requests->Get(context, i).As<v8::ModuleRequest>();
      std::string specifier = ToUtf8(isolate, request->GetSpecifier());
      ImportSite site{path, ImportLocation(module, path, request)};
      std::string error;
      std::optional<std::string> target = ResolveSpecifier(env, specifier, path, &error);
      std::optional<ModuleType> type =
          target ? TypeFromAssertions(context, request->GetImportAssertions(), true, &error)
                 : std::nullopt;
      if (!type) {
        ThrowTypeError(isolate, "Cannot resolve '" + specifier + "' imported at " +
                                    Describe(site, env) + ": " + error);
        return false;
      }
      v8::Local<v8::Module> imported;
      if (!LoadModule(context, *target, *type, site).ToLocal(&imported)) return false;
      work.push_back(imported);
    }
  }
  return true;
}

// InstantiateModule's resolve callback: every module was loaded by LoadStaticImports, so this
// only looks it up. It must not throw (see LoadStaticImports); a miss returns the referrer
// itself, which V8 then reports as a missing export rather than aborting.
v8::MaybeLocal<v8::Module> ResolveModule(v8::Local<v8::Context> context,
                                         v8::Local<v8::String> specifier,
                                         v8::Local<v8::FixedArray> import_assertions,
                                         v8::Local<v8::Module> referrer) {
  v8::Isolate* isolate = context->GetIsolate();
  Environment* env = Environment::From(isolate);
  std::string referrer_path = PathOf(isolate, referrer);
  std::string error;
  std::optional<std::string> path =
      ResolveSpecifier(env, ToUtf8(isolate, specifier), referrer_path, &error);
  std::optional<ModuleType> type =
      path ? TypeFromAssertions(context, import_assertions, true, &error) : std::nullopt;
  if (type) {
    ModuleMap& map = Map(isolate);
    auto it = map.by_key.find(MapKey(*path, *type));
    if (it != map.by_key.end()) return it->second.Get(isolate);
  }
  return referrer;
}

// Loads the graph, instantiates and evaluates; the promise settles when evaluation (with any
// top-level await) is done.
v8::MaybeLocal<v8::Promise> InstantiateAndEvaluate(v8::Local<v8::Context> context,
                                                   v8::Local<v8::Module> module) {
  if (!LoadStaticImports(context, module)) return {};
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
                                              v8::Local<v8::FixedArray> import_assertions) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return {};
  auto pending = std::make_shared<v8::Global<v8::Promise::Resolver>>(isolate, resolver);
  std::string referrer = resource_name->IsString() ? ToUtf8(isolate, resource_name) : "";
  std::string specifier_text = ToUtf8(isolate, specifier);
  std::string error;
  std::optional<ModuleType> type = TypeFromAssertions(context, import_assertions, false, &error);
  env->PostTask([pending, referrer, specifier_text, type, error](v8::Local<v8::Context> context) {
    v8::Isolate* isolate = context->GetIsolate();
    Environment* env = Environment::From(isolate);
    v8::Local<v8::Promise::Resolver> resolver = pending->Get(isolate);
    v8::TryCatch try_catch(isolate);
    ImportSite site{referrer, ""};
    std::string resolve_error = error;
    std::optional<std::string> path =
        type ? ResolveSpecifier(env, specifier_text, referrer, &resolve_error) : std::nullopt;
    if (!path) {
      ThrowTypeError(isolate, "Cannot resolve '" + specifier_text + "' imported at " +
                                  Describe(site, env) + ": " + resolve_error);
    }
    v8::Local<v8::Module> module;
    v8::Local<v8::Promise> evaluation;
    if (!path || !LoadModule(context, *path, *type, site).ToLocal(&module) ||
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
  // A wasm module's wrapper (MakeWasmModule) instantiates its WebAssembly.Module.
  auto range = Map(isolate).wasm_of.equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second.first != module) continue;
    v8::Local<v8::Function> instantiate;
    if (v8::Function::New(
            context,
            [](const v8::FunctionCallbackInfo<v8::Value>& info) {
              v8::Local<v8::Object> exports;
              if (bindings::InstantiateForImport(info.GetIsolate()->GetCurrentContext(),
                                                 info.Data(), info[0])
                      .ToLocal(&exports)) {
                info.GetReturnValue().Set(exports);
              }
            },
            it->second.second.Get(isolate))
            .ToLocal(&instantiate)) {
      IgnoreResult(
          meta->CreateDataProperty(context, V8String(isolate, "instantiate"), instantiate));
    }
  }
}

}  // namespace

void InitializeModules(v8::Isolate* isolate) {
  isolate->SetHostImportModuleDynamicallyCallback(ImportDynamically);
  isolate->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
}

void RunMainModule(Environment& env, const std::string& source, const std::string& path) {
  env.RunTask([&source, &path](v8::Local<v8::Context> context) {
    v8::Isolate* isolate = context->GetIsolate();
    v8::Local<v8::Module> module;
    if (!CompileModule(isolate, source, path).ToLocal(&module)) return;
    if (path[0] == '/') {
      Map(isolate).by_key.emplace(MapKey(path, ModuleType::kJavaScript),
                                  v8::Global<v8::Module>(isolate, module));
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
  });
}

void RunMainWasm(Environment& env, const std::string& path) {
  // A module importing the wasm module, as its importer would, then calling its entry point.
  std::string source =
      "import * as wasm from " + Quoted(path) +
      ";\n"
      "const entry = typeof wasm._start === 'function' ? wasm._start : wasm.main;\n"
      "if (typeof entry !== 'function') {\n"
      "  throw new TypeError(" +
      Quoted(path + " exports no function named _start or main") +
      ");\n"
      "}\n"
      "const status = entry();\n"
      "if (typeof status === 'number' && status !== 0) quit(status);\n";
  RunMainModule(env, source, "[main of " + path + "]");
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
