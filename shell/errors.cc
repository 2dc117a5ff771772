#include "shell/errors.h"

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

// For an error thrown inside linea's own JavaScript (shell/js, shell/web/js), the location of
// the user's call that led there, as browsers point at the caller of a built-in; "" if the
// stack trace has no such frame.
std::string CallerLocation(v8::Local<v8::Context> context, v8::Local<v8::Message> message) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::StackTrace> trace = message->GetStackTrace();
  if (trace.IsEmpty()) return "";
  for (int i = 0; i < trace->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, i);
    std::string name = ToUtf8(isolate, frame->GetScriptName());
    if (name.empty() || IsInternalScript(name)) continue;
    v8::Local<v8::String> script_source = frame->GetScriptSource();
    if (script_source.IsEmpty()) return "";
    std::string source = ToUtf8(isolate, script_source);
    int line = frame->GetLineNumber();
    size_t begin = 0;
    for (int l = 1; l < line && begin != std::string::npos; l++) {
      begin = source.find('\n', begin);
      if (begin != std::string::npos) begin++;
    }
    if (begin == std::string::npos) return "";
    size_t end = source.find('\n', begin);
    std::string source_line = source.substr(begin, end == std::string::npos ? end : end - begin);
    return LocationText(name, line, source_line, frame->GetColumn() - 1, frame->GetColumn());
  }
  return "";
}

}  // namespace

std::string FormatLocation(v8::Local<v8::Context> context, v8::Local<v8::Message> message) {
  if (message.IsEmpty()) return "";
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> resource = message->GetScriptResourceName();
  int line = message->GetLineNumber(context).FromMaybe(0);
  if (resource.IsEmpty() || resource->IsUndefined() || line <= 0) return "";
  std::string name = ToUtf8(isolate, resource);
  if (IsInternalScript(name)) {
    std::string caller = CallerLocation(context, message);
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
  std::string text = FormatLocation(context, message);
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
