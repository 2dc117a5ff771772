// `linea page.html`: the parts of an HTML page that linea runs. A page's <script> elements
// (classic and module, inline and src=) run in document order, with the page's directory as
// base URL, against the minimal `document` of shell/document.h. This is not an HTML parser: it
// finds elements, their ids and markup content, and script elements, which is what example pages
// (MDN's among them) use.
#ifndef LINEA_SHELL_HTML_PAGE_H_
#define LINEA_SHELL_HTML_PAGE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace linea::shell {

// One <script> element, in the order the scripts run.
struct PageScript {
  std::string src;   // the src attribute as written (a URL relative to the page); empty if inline
  std::string text;  // the inline source, empty for a src= script
  std::string type;  // the type attribute, trimmed and lowercased; empty when absent
  int line = 1;      // 1-based line of the page where the inline text starts
  int column = 0;    // 0-based column of that line where the inline text starts
  // How many of HtmlPage::elements the parser had seen when it reached this script: a script
  // only finds elements that come before it in the page, as in a browser.
  size_t elements_before = 0;
  bool deferred = false;  // a module, or `defer`/`async` src=: runs after the page is parsed

  // Whether this is a classic script (JavaScript that is not a module); other types (module,
  // text/plain, JSON, templates) are data or need a module loader.
  bool IsClassic() const;
};

// An element of the page (not the scripts' own elements), in document order.
struct PageElement {
  std::string tag;  // lowercase tag name
  std::string id;   // the id attribute, empty if none
  // Where the markup between the start and end tags is in the page's text (byte offsets): kept as
  // offsets because nested elements' contents overlap, and copies would grow with depth squared.
  size_t content_begin = 0;
  size_t content_end = 0;
};

struct HtmlPage {
  std::vector<PageScript> scripts;    // in running order: parser order, deferred scripts last
  std::vector<PageElement> elements;  // in document order
};

// Finds the page's elements and scripts. Never fails: markup it does not understand is text.
HtmlPage ParseHtmlPage(std::string_view html);

// Whether `path` names an HTML page (by extension: .html or .htm, any case).
bool IsHtmlPagePath(std::string_view path);

class Environment;

// `linea page.html`: reads the page at `path` (relative to env's base directory), makes its
// directory the base URL, defines `document` (shell/document.h), runs its scripts in order, each
// as a task of `env` (uncaught errors follow the shell's policy), then the event loop. A script
// that cannot be loaded is reported and skipped, as a browser does, and makes the exit code 1.
// Returns the exit code.
int RunHtmlPage(Environment& env, const std::string& path);

class PageDocument;

// The document of a blank page, for the main thread of a script run, the REPL, -e and stdin:
// linea's main thread is a browser's window, so it has `window` and `document` (a script run is
// a page holding one classic script, whose element is document.currentScript while it runs).
// Null, with the reason on stderr, if it could not be made.
PageDocument* InstallBlankPageDocument(Environment& env);

}  // namespace linea::shell

#endif  // LINEA_SHELL_HTML_PAGE_H_
