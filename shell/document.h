// The minimal `document` that `linea page.html` gives a page's scripts, so that example pages
// which show their results in the page run unchanged and print them instead:
//   document.getElementById(id), document.querySelector("#id" or "tag") -> an element or null
//   element.textContent / innerText / innerHTML: reading gives the content; writing (= or +=)
//     prints the new text (for +=, only the appended text) as the page would show it
//   document.write(...) / document.writeln(...) print their text; document.body exists;
//   document.currentScript is the running classic script's element (its src: the script's URL).
// Markup is printed as text the way a browser shows it: <br> and block elements end lines,
// other tags are dropped, character references are decoded. Anything else of the DOM is absent.
#ifndef LINEA_SHELL_DOCUMENT_H_
#define LINEA_SHELL_DOCUMENT_H_

#include <v8.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "shell/html_page.h"

namespace linea::shell {

class PageDocument {
 public:
  // Receives the text the page prints, in order.
  using Writer = std::function<void(std::string_view text)>;

  // Defines `document` on the context's global object, with the elements of `page`, parsed from
  // `html`. Returns null and sets `error` if the document could not be created. The context
  // must be entered.
  static std::unique_ptr<PageDocument> Install(v8::Local<v8::Context> context,
                                               std::string_view html, const HtmlPage& page,
                                               Writer writer, std::string* error);

  PageDocument(const PageDocument&) = delete;
  PageDocument& operator=(const PageDocument&) = delete;
  ~PageDocument();

  // Makes the first `count` elements of the page visible to scripts: a script only finds the
  // elements the parser has seen before it (PageScript::elements_before).
  void SetParsedElements(v8::Local<v8::Context> context, size_t count);

  // Sets document.currentScript (HTML): while a classic script runs, a <script> element whose
  // src is the script's URL ("" for an inline script); null (nullopt) otherwise.
  void SetCurrentScript(v8::Local<v8::Context> context, const std::optional<std::string>& src);

  // Ends the page's output: if the last text printed did not end its line, prints a newline.
  void FinishOutput(v8::Local<v8::Context> context);

 private:
  explicit PageDocument(Writer writer);
  static void Write(const v8::FunctionCallbackInfo<v8::Value>& info);
  void CallControl(v8::Local<v8::Context> context, const char* method, v8::Local<v8::Value> arg);

  Writer writer_;
  // The object the document's JavaScript returns to control it (setParsed, finish).
  v8::Global<v8::Object> control_;
};

}  // namespace linea::shell

#endif  // LINEA_SHELL_DOCUMENT_H_
