#include "shell/errors.h"

#include "shell/inspect.h"
#include "shell/v8_util.h"

namespace linea::shell {

std::string FormatLocation(v8::Local<v8::Context> context, v8::Local<v8::Message> message) {
  if (message.IsEmpty()) return "";
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> resource = message->GetScriptResourceName();
  int line = message->GetLineNumber(context).FromMaybe(0);
  if (resource.IsEmpty() || resource->IsUndefined() || line <= 0) return "";
  std::string text = ToUtf8(isolate, resource) + ":" + std::to_string(line) + "\n";
  v8::Local<v8::String> source_line;
  if (!message->GetSourceLine(context).ToLocal(&source_line)) return text;
  std::string source = ToUtf8(isolate, source_line);
  text += source + "\n";
  // Columns count UTF-16 code units; the caret line copies tabs so it stays aligned under them.
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start + 1);
  if (end <= start) end = start + 1;
  std::string caret;
  int column = 0;
  for (size_t i = 0; i < source.size() && column < start; i++) {
    unsigned char byte = static_cast<unsigned char>(source[i]);
    if ((byte & 0xC0) == 0x80) continue;  // UTF-8 continuation byte.
    caret += byte == '\t' ? '\t' : ' ';
    column += byte >= 0xF0 ? 2 : 1;  // Four-byte sequences are two UTF-16 units.
  }
  caret.append(static_cast<size_t>(end - start), '^');
  text += caret + "\n";
  return text;
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
