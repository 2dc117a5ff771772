#include "shell/repl_completion.h"

#include <algorithm>
#include <regex>
#include <set>

#include "shell/v8_repl_mode.h"
#include "shell/v8_util.h"

namespace linea::shell {
namespace {

// Offered for a bare name that is not empty, as node's REPL offers them.
constexpr const char* kKeywords[] = {
    "async",    "await",  "break",  "case",  "catch",      "const", "continue", "debugger",
    "default",  "delete", "do",     "else",  "export",     "false", "finally",  "for",
    "function", "if",     "import", "in",    "instanceof", "let",   "new",      "null",
    "return",   "switch", "this",   "throw", "true",       "try",   "typeof",   "var",
    "void",     "while",  "with",   "yield",
};

// Prototype chains longer than this are not followed (a chain can be made arbitrarily long).
constexpr int kMaxChain = 64;

bool IsIdentifier(const std::string& name) {
  static const std::regex kIdentifier(R"(^[A-Za-z_$][\w$]*$)");
  return std::regex_match(name, kIdentifier);
}

// The own string-keyed, non-index property names of `object` that are identifiers starting
// with `prefix`.
std::vector<std::string> OwnNames(v8::Local<v8::Context> context, v8::Local<v8::Object> object,
                                  const std::string& prefix) {
  v8::Isolate* isolate = context->GetIsolate();
  std::vector<std::string> names;
  v8::Local<v8::Array> keys;
  if (!object
           ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly,
                              static_cast<v8::PropertyFilter>(v8::SKIP_SYMBOLS),
                              v8::IndexFilter::kSkipIndices)
           .ToLocal(&keys)) {
    return names;
  }
  for (uint32_t i = 0; i < keys->Length(); i++) {
    v8::Local<v8::Value> key;
    if (!keys->Get(context, i).ToLocal(&key)) continue;
    std::string name = ToUtf8(isolate, key);
    if (name.rfind(prefix, 0) == 0 && IsIdentifier(name)) names.push_back(name);
  }
  return names;
}

// Groups for the prototype chain of `object`, starting with `object` itself.
void AddChain(v8::Local<v8::Context> context, v8::Local<v8::Value> object,
              const std::string& prefix, bool include_self,
              std::vector<std::vector<std::string>>& groups) {
  for (int depth = 0; object->IsObject() && depth < kMaxChain; depth++) {
    if (depth > 0 || include_self)
      groups.push_back(OwnNames(context, object.As<v8::Object>(), prefix));
    object = object.As<v8::Object>()->GetPrototype();
  }
}

// Sorts each group, drops from each the names a nearer group has, prefixes them with `base`
// and drops empty groups.
std::vector<std::vector<std::string>> Finish(std::vector<std::vector<std::string>> groups,
                                             const std::string& base) {
  std::set<std::string> seen;
  std::vector<std::vector<std::string>> result;
  for (std::vector<std::string>& group : groups) {
    std::sort(group.begin(), group.end());
    std::vector<std::string> kept;
    for (const std::string& name : group) {
      if (seen.insert(name).second) kept.push_back(base + name);
    }
    if (!kept.empty()) result.push_back(std::move(kept));
  }
  return result;
}

}  // namespace

std::vector<std::vector<std::string>> CompletionGroups(v8::Local<v8::Context> context,
                                                       const std::string& text) {
  static const std::regex kPath(R"(^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\.([\w$]*)$)");
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate);
  std::vector<std::vector<std::string>> groups;
  std::smatch match;
  if (std::regex_match(text, match, kPath)) {
    // A member: the object's own names, then each prototype's.
    std::string base = match[1];
    v8::Local<v8::Value> target;
    if (!v8::debug::EvaluateGlobal(
             isolate, V8String(isolate, base),
             v8::debug::EvaluateGlobalMode::kDisableBreaksAndThrowOnSideEffect, false)
             .ToLocal(&target)) {
      return {};
    }
    // A primitive completes as its wrapper object does ("abc".len<Tab>).
    if (!target->IsObject()) {
      if (target->IsNullOrUndefined()) return {};
      v8::Local<v8::Object> wrapper;
      if (!target->ToObject(context).ToLocal(&wrapper)) return {};
      target = wrapper;
    }
    AddChain(context, target, match[2], true, groups);
    return Finish(std::move(groups), base + ".");
  }
  if (!text.empty() && !IsIdentifier(text)) return {};
  // A bare name, in the order of node's REPL: lexical declarations (let, const, class), the
  // global object's prototypes, the global object, then the keywords.
  v8::PersistentValueVector<v8::String> lexical(isolate);
  v8::debug::GlobalLexicalScopeNames(context, &lexical);
  std::vector<std::string> lexical_names;
  for (size_t i = 0; i < lexical.Size(); i++) {
    std::string name = ToUtf8(isolate, lexical.Get(i));
    if (name.rfind(text, 0) == 0 && IsIdentifier(name)) lexical_names.push_back(name);
  }
  groups.push_back(std::move(lexical_names));
  v8::Local<v8::Object> global = context->Global();
  AddChain(context, global, text, false, groups);
  groups.push_back(OwnNames(context, global, text));
  if (!text.empty()) {
    std::vector<std::string> keywords;
    for (const char* keyword : kKeywords) {
      if (std::string(keyword).rfind(text, 0) == 0) keywords.push_back(keyword);
    }
    groups.push_back(std::move(keywords));
  }
  return Finish(std::move(groups), "");
}

std::string CommonPrefix(const std::vector<std::vector<std::string>>& groups) {
  const std::string* first = nullptr;
  size_t length = 0;
  for (const std::vector<std::string>& group : groups) {
    for (const std::string& name : group) {
      if (first == nullptr) {
        first = &name;
        length = name.size();
        continue;
      }
      size_t i = 0;
      while (i < length && i < name.size() && name[i] == (*first)[i]) i++;
      length = i;
    }
  }
  return first == nullptr ? "" : first->substr(0, length);
}

std::string FormatCompletionList(const std::vector<std::vector<std::string>>& groups,
                                 int terminal_columns) {
  size_t longest = 0;
  for (const std::vector<std::string>& group : groups) {
    for (const std::string& name : group) longest = std::max(longest, name.size());
  }
  const size_t width = longest + 2;
  const size_t columns = std::max<size_t>(1, static_cast<size_t>(terminal_columns) / width);
  std::string out;
  for (auto group = groups.rbegin(); group != groups.rend(); ++group) {
    for (size_t i = 0; i < group->size(); i++) {
      const std::string& name = (*group)[i];
      out += name;
      bool row_end = i % columns == columns - 1;
      if (!row_end) out.append(width - name.size(), ' ');  // node pads a short last row too
      if (row_end || i + 1 == group->size()) out += "\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace linea::shell
