#include "shell/document.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "shell/v8_util.h"

namespace linea::shell {
namespace {

// The document itself, in JavaScript: evaluated once per page, its completion value is a
// factory taking the native helpers ({ write(text) }), the page's text and its elements
// ([{ tag, id, begin, end }], where begin and end locate the element's markup in the text); it
// defines `document` and returns { setParsed(count), finish() }.
constexpr char kDocumentSource[] = R"js(
(function makeDocument(natives, pageText, pageElements) {
  'use strict';
  const write = natives.write;

  // The page's output: the text printed so far ends a line, or not, and who printed it last
  // (an element's state, or the document for document.write).
  let printedAny = false;
  let atLineStart = true;
  let lastWriter = null;
  function print(text, writer, ownLine = false) {
    if (text === '') return;
    // Each element is a block of its own in the page: its text starts on a new line when
    // something else printed last.
    const newBlock = writer !== lastWriter && writer !== documentWriter;
    if (!atLineStart && (ownLine || newBlock)) text = '\n' + text;
    write(text);
    printedAny = true;
    atLineStart = text.endsWith('\n');
    lastWriter = writer;
  }
  const documentWriter = {};

  // Elements that a browser shows on lines of their own.
  const kBlockTags = new Set([
    'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr',
    'ul',
  ]);
  const kNamedReferences = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

  function decodeReferences(text) {
    return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16)
                                                        : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      }
      return Object.prototype.hasOwnProperty.call(kNamedReferences, name)
          ? kNamedReferences[name] : whole;
    });
  }

  // Comments, a tag cut off by the end of the markup (dropped, as HTML's tokenizer does), script
  // and style elements (whose content is not shown), tags, and text.
  const kMarkup = /<!--[\s\S]*?(?:-->|$)|(<\/?[a-zA-Z][^>]*$)|<(script|style)\b[^>]*>[\s\S]*?(?:<\/\2\s*>|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|[^<]+|</gi;

  // The text a browser shows for `html`: <br> is a line break, block elements start and end
  // lines, other tags are dropped, character references are decoded. Appending markup never
  // changes the text of what came before, so the text of an append is the difference.
  // `afterText` says the markup follows text on the same line (a block then starts a new line).
  function renderText(html, afterText = false) {
    let text = '';
    for (const [token, unfinished, hidden, , tag] of html.matchAll(kMarkup)) {
      if (token.startsWith('<!--') || unfinished !== undefined || hidden !== undefined) continue;
      if (tag === undefined) {
        text += decodeReferences(token);
        continue;
      }
      const name = tag.toLowerCase();
      if (name === 'br') {
        text += '\n';
      } else if (kBlockTags.has(name) && (text === '' ? afterText : !text.endsWith('\n'))) {
        text += '\n';
      }
    }
    return text;
  }

  // textContent: the text of the markup, without line breaks for tags.
  function textContentOf(html) {
    let text = '';
    for (const [token, unfinished, hidden, , tag] of html.matchAll(kMarkup)) {
      if (token.startsWith('<!--') || unfinished !== undefined) continue;
      if (hidden !== undefined) {
        text += token.replace(/^<[^>]*>/, '').replace(/<\/[^>]*>$/, '');
      } else if (tag === undefined) {
        text += decodeReferences(token);
      }
    }
    return text;
  }

  function escapeText(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  // WebIDL's DOMString conversion with [LegacyNullToEmptyString]: null becomes "", a Symbol
  // throws a TypeError.
  function toDOMString(value) {
    return value === null ? '' : `${value}`;
  }

  const elementState = new WeakMap();

  function stateOf(element) {
    const state = elementState.get(element);
    if (state === undefined) throw new TypeError('Illegal invocation');
    return state;
  }

  // Replaces the element's markup and prints what changes in the page: the appended text for
  // an append, the whole new text (on a line of its own) for a replacement.
  function setContent(element, html) {
    const state = stateOf(element);
    const before = renderText(state.html);
    const after = renderText(html);
    state.html = html;
    if (after.startsWith(before)) {
      print(after.slice(before.length), state);
    } else if (after !== '') {
      // A replacement shows the new text on a line of its own.
      print(after, state, true);
    }
  }

  class HTMLElement {
    constructor() {
      throw new TypeError('Illegal constructor');
    }
    get tagName() { return stateOf(this).tag.toUpperCase(); }
    get id() { return stateOf(this).id; }
    get innerHTML() { return stateOf(this).html; }
    set innerHTML(value) { setContent(this, toDOMString(value)); }
    get textContent() { return textContentOf(stateOf(this).html); }
    set textContent(value) { setContent(this, escapeText(toDOMString(value))); }
    get innerText() { return renderText(stateOf(this).html); }
    set innerText(value) {
      setContent(this, escapeText(toDOMString(value)).replace(/\r\n|\r|\n/g, '<br>'));
    }
  }

  function makeElement(tag, id, html) {
    const element = Object.create(HTMLElement.prototype);
    elementState.set(element, { tag, id, html });
    return element;
  }

  // Slices share the page's text, so nested elements cost no copies.
  const elements = pageElements.map(
      ({ tag, id, begin, end }) => makeElement(tag, id, pageText.slice(begin, end)));
  let parsedCount = 0;
  const implicitBody = makeElement('body', '', '');

  function findElement(matches) {
    for (let i = 0; i < parsedCount; i++) {
      if (matches(elementState.get(elements[i]))) return elements[i];
    }
    return null;
  }

  class Document {
    constructor() {
      throw new TypeError('Illegal constructor');
    }
    getElementById(elementId) {
      const id = `${elementId}`;
      return findElement((state) => state.id === id && id !== '');
    }
    querySelector(selectors) {
      const selector = `${selectors}`.trim();
      const byId = /^#([^\s#.:[\]>+~,*]+)$/.exec(selector);
      if (byId) return this.getElementById(byId[1]);
      if (/^[a-zA-Z][a-zA-Z0-9-]*$/.test(selector)) {
        const tag = selector.toLowerCase();
        return findElement((state) => state.tag === tag);
      }
      throw new Error(`document.querySelector('${selector}'): linea's page document only ` +
                      `finds elements by '#id' or by tag name`);
    }
    get body() {
      return findElement((state) => state.tag === 'body') ?? implicitBody;
    }
    write(...text) {
      print(renderText(text.map((part) => `${part}`).join(''), !atLineStart), documentWriter);
    }
    writeln(...text) {
      print(renderText(text.map((part) => `${part}`).join(''), !atLineStart) + '\n',
            documentWriter);
    }
  }
  // The <script> element of the classic script running now (document.currentScript): its src
  // is the script's URL, or "" for an inline script.
  const scriptSources = new WeakMap();
  class HTMLScriptElement extends HTMLElement {
    constructor() {
      throw new TypeError('Illegal constructor');
    }
    get src() {
      const src = scriptSources.get(this);
      if (src === undefined) throw new TypeError('Illegal invocation');
      return src;
    }
  }
  let currentScript = null;
  function makeScript(src) {
    const element = Object.create(HTMLScriptElement.prototype);
    elementState.set(element, { tag: 'script', id: '', html: '' });
    scriptSources.set(element, src);
    return element;
  }
  Object.defineProperty(Document.prototype, 'currentScript', {
    get: function currentScript_() {
      if (!(this instanceof Document)) throw new TypeError('Illegal invocation');
      return currentScript;
    },
    enumerable: true, configurable: true,
  });
  Object.defineProperty(HTMLScriptElement.prototype, Symbol.toStringTag,
                        { value: 'HTMLScriptElement' });
  Object.defineProperty(HTMLElement.prototype, Symbol.toStringTag, { value: 'HTMLElement' });
  Object.defineProperty(Document.prototype, Symbol.toStringTag, { value: 'HTMLDocument' });

  const document = Object.create(Document.prototype);
  Object.defineProperty(globalThis, 'document', {
    value: document, writable: false, enumerable: true, configurable: false,
  });

  return {
    setParsed(count) { parsedCount = Math.min(count, elements.length); },
    setCurrentScript(src) { currentScript = src === undefined ? null : makeScript(`${src}`); },
    finish() { if (printedAny && !atLineStart) print('\n', lastWriter); },
  };
})
)js";

// The UTF-16 offsets (how JavaScript indexes strings) of UTF-8 byte offsets in `text`.
std::vector<uint32_t> Utf16Offsets(std::string_view text, const std::vector<size_t>& offsets) {
  std::vector<size_t> order(offsets.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return offsets[a] < offsets[b]; });
  std::vector<uint32_t> result(offsets.size());
  size_t byte = 0;
  uint32_t units = 0;
  for (size_t i : order) {
    for (; byte < offsets[i] && byte < text.size(); ++byte) {
      auto c = static_cast<unsigned char>(text[byte]);
      if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;  // Four-byte sequences: a pair.
    }
    result[i] = units;
  }
  return result;
}

std::string Describe(v8::Isolate* isolate, const v8::TryCatch& try_catch) {
  return try_catch.HasCaught() ? ToUtf8(isolate, try_catch.Exception(), "unknown error")
                               : "unknown error";
}

}  // namespace

PageDocument::PageDocument(Writer writer) : writer_(std::move(writer)) {}

PageDocument::~PageDocument() = default;

std::unique_ptr<PageDocument> PageDocument::Install(v8::Local<v8::Context> context,
                                                    std::string_view html, const HtmlPage& page,
                                                    Writer writer, std::string* error) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::TryCatch try_catch(isolate);
  std::unique_ptr<PageDocument> document(new PageDocument(std::move(writer)));

  v8::ScriptOrigin origin(isolate, V8String(isolate, "linea:document"));
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> factory;
  if (!v8::Script::Compile(context, V8String(isolate, kDocumentSource), &origin).ToLocal(&script) ||
      !script->Run(context).ToLocal(&factory) || !factory->IsFunction()) {
    *error = "cannot create the page's document: " + Describe(isolate, try_catch);
    return nullptr;
  }

  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  v8::Local<v8::Function> write;
  if (!v8::Function::New(context, &PageDocument::Write, v8::External::New(isolate, document.get()))
           .ToLocal(&write) ||
      natives->Set(context, V8String(isolate, "write"), write).IsNothing()) {
    *error = "cannot create the page's document: " + Describe(isolate, try_catch);
    return nullptr;
  }

  std::vector<size_t> byte_offsets;
  for (const PageElement& element : page.elements) {
    byte_offsets.push_back(element.content_begin);
    byte_offsets.push_back(element.content_end);
  }
  std::vector<uint32_t> offsets = Utf16Offsets(html, byte_offsets);
  v8::Local<v8::Array> elements = v8::Array::New(isolate, static_cast<int>(page.elements.size()));
  for (size_t i = 0; i < page.elements.size(); ++i) {
    const PageElement& element = page.elements[i];
    v8::Local<v8::Object> entry = v8::Object::New(isolate);
    if (entry->Set(context, V8String(isolate, "tag"), V8String(isolate, element.tag)).IsNothing() ||
        entry->Set(context, V8String(isolate, "id"), V8String(isolate, element.id)).IsNothing() ||
        entry
            ->Set(context, V8String(isolate, "begin"),
                  v8::Integer::NewFromUnsigned(isolate, offsets[2 * i]))
            .IsNothing() ||
        entry
            ->Set(context, V8String(isolate, "end"),
                  v8::Integer::NewFromUnsigned(isolate, offsets[2 * i + 1]))
            .IsNothing() ||
        elements->Set(context, static_cast<uint32_t>(i), entry).IsNothing()) {
      *error = "cannot create the page's document: " + Describe(isolate, try_catch);
      return nullptr;
    }
  }

  v8::Local<v8::Value> args[] = {natives, V8String(isolate, html), elements};
  v8::Local<v8::Value> control;
  if (!factory.As<v8::Function>()
           ->Call(context, v8::Undefined(isolate), 3, args)
           .ToLocal(&control) ||
      !control->IsObject()) {
    *error = "cannot create the page's document: " + Describe(isolate, try_catch);
    return nullptr;
  }
  document->control_.Reset(isolate, control.As<v8::Object>());
  return document;
}

void PageDocument::Write(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto* document = static_cast<PageDocument*>(info.Data().As<v8::External>()->Value());
  v8::String::Utf8Value text(info.GetIsolate(), info[0]);
  if (*text != nullptr) document->writer_(std::string_view(*text, text.length()));
}

void PageDocument::SetParsedElements(v8::Local<v8::Context> context, size_t count) {
  CallControl(context, "setParsed",
              v8::Number::New(context->GetIsolate(), static_cast<double>(count)));
}

void PageDocument::SetCurrentScript(v8::Local<v8::Context> context,
                                    const std::optional<std::string>& src) {
  v8::Isolate* isolate = context->GetIsolate();
  CallControl(
      context, "setCurrentScript",
      src ? V8String(isolate, *src).As<v8::Value>() : v8::Undefined(isolate).As<v8::Value>());
}

void PageDocument::FinishOutput(v8::Local<v8::Context> context) {
  CallControl(context, "finish", v8::Undefined(context->GetIsolate()));
}

void PageDocument::CallControl(v8::Local<v8::Context> context, const char* method,
                               v8::Local<v8::Value> arg) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::TryCatch try_catch(isolate);  // The control functions only run the document's own code.
  v8::Local<v8::Object> control = control_.Get(isolate);
  v8::Local<v8::Value> function;
  if (!control->Get(context, V8String(isolate, method)).ToLocal(&function) ||
      !function->IsFunction()) {
    return;
  }
  v8::Local<v8::Value> args[] = {arg};
  if (function.As<v8::Function>()->Call(context, control, 1, args).IsEmpty()) return;
}

}  // namespace linea::shell
