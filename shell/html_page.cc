#include "shell/html_page.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "shell/document.h"
#include "shell/environment.h"
#include "shell/fetch.h"
#include "shell/files.h"
#include "shell/modules.h"
#include "shell/output.h"
#include "shell/scripts.h"
#include "shell/v8_util.h"

namespace linea::shell {
namespace {

// Elements that never have content or an end tag (HTML's void elements).
constexpr std::array<std::string_view, 14> kVoidElements = {
    "area",  "base", "br",   "col",   "embed",  "hr",    "img",
    "input", "link", "meta", "param", "source", "track", "wbr"};

// Elements whose content is raw text up to their end tag: markup inside them is not parsed.
constexpr std::array<std::string_view, 5> kRawTextElements = {"style", "textarea", "title", "xmp",
                                                              "noscript"};

// The HTML spec's "JavaScript MIME type essence" strings: a script with one of these types, or
// with no type, is a classic script.
constexpr std::array<std::string_view, 16> kJavaScriptTypes = {"application/ecmascript",
                                                               "application/javascript",
                                                               "application/x-ecmascript",
                                                               "application/x-javascript",
                                                               "text/ecmascript",
                                                               "text/javascript",
                                                               "text/javascript1.0",
                                                               "text/javascript1.1",
                                                               "text/javascript1.2",
                                                               "text/javascript1.3",
                                                               "text/javascript1.4",
                                                               "text/javascript1.5",
                                                               "text/jscript",
                                                               "text/livescript",
                                                               "text/x-ecmascript",
                                                               "text/x-javascript"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string Lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

// Finds `needle` in `haystack` from `from`, ignoring ASCII case (needle is lowercase).
size_t FindNoCase(std::string_view haystack, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= haystack.size(); ++i) {
    bool match = true;
    for (size_t k = 0; k < needle.size() && match; ++k) {
      match = std::tolower(static_cast<unsigned char>(haystack[i + k])) == needle[k];
    }
    if (match) return i;
  }
  return std::string_view::npos;
}

// Decodes the character references that attribute values of example pages use.
std::string DecodeAttribute(std::string_view value) {
  static constexpr std::array<std::pair<std::string_view, char>, 5> kNamed = {
      {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}}};
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    bool replaced = false;
    if (value[i] == '&') {
      for (const auto& [name, c] : kNamed) {
        if (value.substr(i, name.size()) == name) {
          out += c;
          i += name.size() - 1;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += value[i];
  }
  return out;
}

struct Attribute {
  std::string name;  // lowercase
  std::string value;
};

// A start tag `<name attr=value ...>` read from `html` at `pos` (just after the '<').
struct StartTag {
  std::string name;
  std::vector<Attribute> attributes;
  bool self_closing = false;
  size_t end = 0;  // offset just after the closing '>'

  std::optional<std::string> Get(std::string_view attribute) const {
    for (const Attribute& a : attributes) {
      if (a.name == attribute) return a.value;
    }
    return std::nullopt;
  }
};

StartTag ReadStartTag(std::string_view html, size_t pos) {
  StartTag tag;
  size_t i = pos;
  while (i < html.size() && !IsSpace(html[i]) && html[i] != '>' && html[i] != '/') ++i;
  tag.name = Lowercase(html.substr(pos, i - pos));
  while (i < html.size() && html[i] != '>') {
    if (IsSpace(html[i])) {
      ++i;
      continue;
    }
    if (html[i] == '/') {
      tag.self_closing = i + 1 < html.size() && html[i + 1] == '>';
      ++i;
      continue;
    }
    size_t name_start = i;
    while (i < html.size() && !IsSpace(html[i]) && html[i] != '=' && html[i] != '>' &&
           !(html[i] == '/' && i + 1 < html.size() && html[i + 1] == '>')) {
      ++i;
    }
    Attribute attribute{Lowercase(html.substr(name_start, i - name_start)), ""};
    while (i < html.size() && IsSpace(html[i])) ++i;
    if (i < html.size() && html[i] == '=') {
      ++i;
      while (i < html.size() && IsSpace(html[i])) ++i;
      if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
        char quote = html[i++];
        size_t value_end = html.find(quote, i);
        if (value_end == std::string_view::npos) value_end = html.size();
        attribute.value = DecodeAttribute(html.substr(i, value_end - i));
        i = std::min(value_end + 1, html.size());
      } else {
        size_t value_start = i;
        while (i < html.size() && !IsSpace(html[i]) && html[i] != '>') ++i;
        attribute.value = DecodeAttribute(html.substr(value_start, i - value_start));
      }
    }
    if (!attribute.name.empty()) tag.attributes.push_back(std::move(attribute));
  }
  tag.end = std::min(i + 1, html.size());
  return tag;
}

class PageParser {
 public:
  explicit PageParser(std::string_view html) : html_(html) {}

  HtmlPage Parse() {
    size_t pos = 0;
    while (pos < html_.size()) {
      size_t lt = html_.find('<', pos);
      if (lt == std::string_view::npos) break;
      pos = ReadMarkup(lt);
    }
    CloseOpenElements(html_.size());
    for (PageScript& script : deferred_) {
      script.elements_before = page_.elements.size();
      page_.scripts.push_back(std::move(script));
    }
    return std::move(page_);
  }

 private:
  // Reads the markup that starts with the '<' at `lt`; returns where the text after it starts.
  size_t ReadMarkup(size_t lt) {
    std::string_view rest = html_.substr(lt);
    if (rest.starts_with("<!--")) {
      size_t end = html_.find("-->", lt + 4);
      return end == std::string_view::npos ? html_.size() : end + 3;
    }
    if (rest.starts_with("<!") || rest.starts_with("<?")) {
      size_t end = html_.find('>', lt);
      return end == std::string_view::npos ? html_.size() : end + 1;
    }
    if (rest.starts_with("</")) return ReadEndTag(lt);
    if (rest.size() > 1 && std::isalpha(static_cast<unsigned char>(rest[1]))) {
      return ReadElement(lt);
    }
    return lt + 1;  // A '<' that starts no markup is text.
  }

  size_t ReadEndTag(size_t lt) {
    size_t name_end = lt + 2;
    while (name_end < html_.size() && !IsSpace(html_[name_end]) && html_[name_end] != '>') {
      ++name_end;
    }
    std::string name = Lowercase(html_.substr(lt + 2, name_end - lt - 2));
    size_t gt = html_.find('>', name_end);
    size_t after = gt == std::string_view::npos ? html_.size() : gt + 1;
    // Close the innermost open element of that name and any unclosed ones inside it; an end tag
    // that matches nothing open is ignored, as HTML does.
    if (open_by_tag_[name] == 0) return after;  // Also keeps stray end tags cheap.
    for (size_t depth = open_.size(); depth-- > 0;) {
      if (page_.elements[open_[depth]].tag == name) {
        while (open_.size() > depth) Pop(lt);
        break;
      }
    }
    return after;
  }

  size_t ReadElement(size_t lt) {
    StartTag tag = ReadStartTag(html_, lt + 1);
    if (tag.name == "script") return ReadScript(tag);
    size_t index = page_.elements.size();
    page_.elements.push_back(PageElement{tag.name, tag.Get("id").value_or(""), tag.end, tag.end});
    if (Contains(kRawTextElements, tag.name)) {
      size_t end_tag = FindNoCase(html_, "</" + tag.name, tag.end);
      if (end_tag == std::string_view::npos) end_tag = html_.size();
      page_.elements[index].content_end = end_tag;
      size_t gt = html_.find('>', end_tag);
      return gt == std::string_view::npos ? html_.size() : gt + 1;
    }
    if (!Contains(kVoidElements, tag.name) && !tag.self_closing) {
      open_.push_back(index);
      ++open_by_tag_[tag.name];
    }
    return tag.end;
  }

  size_t ReadScript(const StartTag& tag) {
    size_t end_tag = FindNoCase(html_, "</script", tag.end);
    if (end_tag == std::string_view::npos) end_tag = html_.size();
    PageScript script;
    script.type = Lowercase(Trim(tag.Get("type").value_or("")));
    std::optional<std::string> src = tag.Get("src");
    // Module scripts always run after the page is parsed; `defer` and `async` make external
    // classic scripts do so too (async ones in page order here).
    script.deferred =
        script.type == "module" || (src.has_value() && (tag.Get("defer") || tag.Get("async")));
    if (src.has_value()) {
      script.src = std::string(Trim(*src));
    } else {
      script.text = std::string(html_.substr(tag.end, end_tag - tag.end));
      std::tie(script.line, script.column) = Position(tag.end);
    }
    script.elements_before = page_.elements.size();
    (script.deferred ? deferred_ : page_.scripts).push_back(std::move(script));
    size_t gt = html_.find('>', end_tag);
    return gt == std::string_view::npos ? html_.size() : gt + 1;
  }

  // Line (1-based) and column (0-based) of `offset`, counting on from the last offset asked
  // about (scripts come in page order), so many scripts do not make the page be rescanned.
  std::pair<int, int> Position(size_t offset) {
    for (; scanned_ < offset; ++scanned_) {
      if (html_[scanned_] == '\n') {
        ++line_;
        line_start_ = scanned_ + 1;
      }
    }
    return {line_, static_cast<int>(offset - line_start_)};
  }

  // Closes the innermost open element, whose content ends at `content_end`.
  void Pop(size_t content_end) {
    PageElement& closed = page_.elements[open_.back()];
    closed.content_end = content_end;
    --open_by_tag_[closed.tag];
    open_.pop_back();
  }

  void CloseOpenElements(size_t content_end) {
    while (!open_.empty()) Pop(content_end);
  }

  std::string_view html_;
  HtmlPage page_;
  std::vector<size_t> open_;  // Indexes in page_.elements of the elements not closed yet.
  std::unordered_map<std::string, size_t> open_by_tag_;  // How many of open_ have each tag.
  std::vector<PageScript> deferred_;
  size_t scanned_ = 0;     // Position(): how far lines have been counted,
  int line_ = 1;           // the line at that point,
  size_t line_start_ = 0;  // and where that line starts.
};

// Compiles and runs an inline script, with its position in the page so that stack traces and
// error reports name the page's own lines.
void RunInlineScript(v8::Local<v8::Context> context, const PageScript& script,
                     const std::string& page_path) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::ScriptOrigin origin(isolate, V8String(isolate, page_path), script.line - 1, script.column);
  v8::Local<v8::Script> compiled;
  // A compile error or an exception stays in the caller's TryCatch (reported as uncaught).
  if (!v8::Script::Compile(context, V8String(isolate, script.text), &origin).ToLocal(&compiled)) {
    return;
  }
  IgnoreResult(compiled->Run(context));
}

}  // namespace

bool PageScript::IsClassic() const { return type.empty() || Contains(kJavaScriptTypes, type); }

HtmlPage ParseHtmlPage(std::string_view html) { return PageParser(html).Parse(); }

bool IsHtmlPagePath(std::string_view path) {
  std::string lower = Lowercase(path);
  return lower.ends_with(".html") || lower.ends_with(".htm");
}

PageDocument* InstallBlankPageDocument(Environment& env) {
  PageDocument* document = nullptr;
  std::string error;
  env.RunTask([&](v8::Local<v8::Context> context) {
    std::unique_ptr<PageDocument> installed =
        PageDocument::Install(context, "", HtmlPage{}, WriteStdout, &error);
    if (installed) document = env.Own(std::move(installed));
  });
  if (document == nullptr) WriteStderr("linea: " + error + "\n");
  return document;
}

int RunHtmlPage(Environment& env, const std::string& path) {
  std::string page_path = ResolvePath(env.base_directory(), path);
  std::string error;
  std::optional<std::string> html = ReadWholeFile(page_path, &error);
  if (!html) {
    WriteStderr("linea: " + error + "\n");
    return 1;
  }
  std::string page_directory = DirectoryOf(page_path);
  env.set_base_directory(page_directory);  // The page's base URL: fetch() resolves against it.
  HtmlPage page = ParseHtmlPage(*html);

  PageDocument* document = nullptr;
  env.RunTask([&](v8::Local<v8::Context> context) {
    std::unique_ptr<PageDocument> installed =
        PageDocument::Install(context, *html, page, WriteStdout, &error);
    if (installed) document = env.Own(std::move(installed));
  });
  if (document == nullptr) {
    WriteStderr("linea: " + page_path + ": " + error + "\n");
    return 1;
  }

  // A script that cannot be loaded is reported and skipped, as a browser goes on with the page;
  // the exit code then says the page did not run completely.
  bool all_loaded = true;
  for (const PageScript& script : page.scripts) {
    bool is_module = script.type == "module";
    if (!script.IsClassic() && !is_module) continue;  // A data block, which no browser runs.
    std::string name = page_path;
    std::optional<std::string> source = script.text;
    if (!script.src.empty()) {
      std::optional<std::string> file = FileUrlToPath(script.src, page_directory, &error);
      source = file ? ReadWholeFile(*file, &error) : std::nullopt;
      if (!source) {
        WriteStderr("linea: " + page_path + ": <script src=\"" + script.src +
                    "\"> not run: " + error + "\n");
        all_loaded = false;
        continue;
      }
      name = *file;
    }
    env.RunTask([&](v8::Local<v8::Context> context) {
      document->SetParsedElements(context, script.elements_before);
    });
    if (is_module) {
      RunMainModule(env, *source, name);
    } else if (script.src.empty()) {
      env.RunTask([&](v8::Local<v8::Context> context) {
        document->SetCurrentScript(context, "");
        RunInlineScript(context, script, page_path);
        document->SetCurrentScript(context, std::nullopt);
      });
    } else {
      env.RunTask([&](v8::Local<v8::Context> context) {
        document->SetCurrentScript(context, PathToFileUrl(name));
        IgnoreResult(RunClassicScript(context, *source, name));
        document->SetCurrentScript(context, std::nullopt);
      });
    }
  }
  env.RunTask([&](v8::Local<v8::Context> context) {
    document->SetParsedElements(context, page.elements.size());
  });

  int exit_code = env.RunLoop();
  env.RunTask([&](v8::Local<v8::Context> context) { document->FinishOutput(context); });
  if (!MainModuleSettled(env)) return 13;  // As for a main module: an await that never settles.
  return exit_code != 0 ? exit_code : (all_loaded ? 0 : 1);
}

}  // namespace linea::shell
