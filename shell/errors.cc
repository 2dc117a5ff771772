#include "shell/errors.h"

#include <cstdlib>
#include <optional>

#include "shell/environment.h"
#include "shell/files.h"
#include "shell/inspect.h"
#include "shell/v8_util.h"

namespace linea::shell {

namespace {

// "NAME:LINE\nSOURCE LINE\n" and a caret line under columns [start, end) (UTF-16 units).
std::string LocationText(const std::string& name, int line, const std::string& source, int start,
                         int end) {
  std::string text = name + ":" + std::to_string(line) + "\n" + source + "\n";
  if (end <= start) end = start + 1;
  // The caret line copies tabs so it stays aligned under them.
  std::string caret;
  int column = 0;
  for (size_t i = 0; i < source.size() && column < start; i++) {
    unsigned char byte = static_cast<unsigned char>(source[i]);
    if ((byte & 0xC0) == 0x80) continue;  // UTF-8 continuation byte.
    caret += byte == '\t' ? '\t' : ' ';
    column += byte >= 0xF0 ? 2 : 1;  // Four-byte sequences are two UTF-16 units.
  }
  caret.append(static_cast<size_t>(end - start), '^');
  return text + caret + "\n";
}

bool IsInternalScript(const std::string& name) { return name.rfind("linea:", 0) == 0; }

// The text of line `line` (1-based) of `source`, or nothing.
std::optional<std::string> LineOf(const std::string& source, int line) {
  size_t begin = 0;
  for (int l = 1; l < line; l++) {
    begin = source.find('\n', begin);
    if (begin == std::string::npos) return std::nullopt;
    begin++;
  }
  size_t end = source.find('\n', begin);
  return source.substr(begin, end == std::string::npos ? end : end - begin);
}

// For an error thrown inside linea's own JavaScript (shell/js, shell/web/js), the location of
// the user's call that led there, as browsers point at the caller of a built-in: the first frame
// of the error's stack outside linea's scripts, with its source line read again from the file
// (or the -e code). "" if there is no such frame. (Reading the stack text costs nothing until an
// error is reported; V8's detailed stack traces on every throw would halve the speed of
// exception-heavy programs.)
std::string CallerLocation(v8::Local<v8::Context> context, v8::Local<v8::Value> exception) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> stack;
  if (exception.IsEmpty() || !exception->IsObject() ||
      !exception.As<v8::Object>()->Get(context, V8String(isolate, "stack")).ToLocal(&stack) ||
      !stack->IsString()) {
    return "";
  }
  std::string text = ToUtf8(isolate, stack);
  size_t position = 0;
  while ((position = text.find("\n    at ", position)) != std::string::npos) {
    position += 8;
    size_t end = text.find('\n', position);
    std::string frame = text.substr(position, end == std::string::npos ? end : end - position);
    // "name (where)" or "where", where is "path:line:column".
    if (!frame.empty() && frame.back() == ')') {
      size_t open = frame.rfind(" (");
      if (open == std::string::npos) continue;
      frame = frame.substr(open + 2, frame.size() - open - 3);
    }
    size_t column_colon = frame.rfind(':');
    size_t line_colon = column_colon == std::string::npos || column_colon == 0
                            ? std::string::npos
                            : frame.rfind(':', column_colon - 1);
    if (line_colon == std::string::npos) continue;
    std::string name = frame.substr(0, line_colon);
    if (IsInternalScript(name)) continue;
    int line = std::atoi(frame.c_str() + line_colon + 1);
    int column = std::atoi(frame.c_str() + column_colon + 1);
    std::optional<std::string> source;
    Environment* env = Environment::From(isolate);
    std::string error;
    if (name == "[eval]") {
      source = env->options().eval_code;
    } else if (!name.empty() && name[0] == '/') {
      source = ReadWholeFile(name, &error);
    }
    std::optional<std::string> source_line = source ? LineOf(*source, line) : std::nullopt;
    if (!source_line) return name + ":" + std::to_string(line) + "\n";
    return LocationText(name, line, *source_line, column - 1, column);
  }
  return "";
}

}  // namespace

std::string FormatLocation(v8::Local<v8::Context> context, v8::Local<v8::Message> message,
                           v8::Local<v8::Value> exception) {
  if (message.IsEmpty()) return "";
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> resource = message->GetScriptResourceName();
  int line = message->GetLineNumber(context).FromMaybe(0);
  if (resource.IsEmpty() || resource->IsUndefined() || line <= 0) return "";
  std::string name = ToUtf8(isolate, resource);
  if (IsInternalScript(name)) {
    std::string caller = CallerLocation(context, exception);
    if (!caller.empty()) return caller;
  }
  v8::Local<v8::String> source_line;
  if (!message->GetSourceLine(context).ToLocal(&source_line)) {
    return name + ":" + std::to_string(line) + "\n";
  }
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start + 1);
  return LocationText(name, line, ToUtf8(isolate, source_line), start, end);
}

std::string FormatUncaught(v8::Local<v8::Context> context, Inspector& inspector,
                           v8::Local<v8::Value> exception, v8::Local<v8::Message> message) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  std::string text = FormatLocation(context, message, exception);
  // Error objects are set apart from the location by a blank line, like node does.
  bool is_error = exception->IsNativeError();
  if (!is_error && exception->IsObject()) {
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> stack;
    is_error =
        exception.As<v8::Object>()->Get(context, V8String(isolate, "stack")).ToLocal(&stack) &&
        stack->IsString();
  }
  if (is_error && !text.empty()) text += "\n";
  text += inspector.InspectForReport(context, exception) + "\n";
  return text;
}

}  // namespace linea::shell
