// JavaScript parts of the shell, embedded at build time from shell/js/ by shell/embed_js.py.
#ifndef LINEA_SHELL_EMBEDDED_JS_H_
#define LINEA_SHELL_EMBEDDED_JS_H_

namespace linea::shell::js {

// shell/js/inspect_*.js and inspect.js: the console formatter, in seven parts (factories taking
// the native helpers and the exports of the parts before them; inspect.js is the last).
extern const char kInspectPrimordialsSource[];
extern const char kInspectStyleSource[];
extern const char kInspectPrimitivesSource[];
extern const char kInspectLayoutSource[];
extern const char kInspectCollectionsSource[];
extern const char kInspectObjectsSource[];
extern const char kInspectSource[];
extern const char kReplGlobalsSource[];
// shell/js/console_table.js: console.table's layout.
extern const char kConsoleTableSource[];
// shell/web/js/webidl.js: WebIDL helpers given to the other web factories.
extern const char kWebidlSource[];
// shell/web/js/encoding.js: TextEncoder and TextDecoder.
extern const char kEncodingSource[];
// shell/web/js/blob.js: Blob and File.
extern const char kBlobSource[];
// shell/web/js/compression.js: CompressionStream and DecompressionStream.
extern const char kCompressionSource[];
// shell/web/js/crypto.js: Crypto and SubtleCrypto.
extern const char kCryptoSource[];
// shell/web/js/events.js: Event, EventTarget, AbortController and the other events.
extern const char kEventsSource[];
// shell/web/js/messaging.js: MessageChannel, MessagePort and MessageEvent.
extern const char kMessagingSource[];
// shell/web/js/performance.js: Performance and the User Timing entries.
extern const char kPerformanceSource[];
// shell/web/js/request.js: Request.
extern const char kRequestSource[];
// shell/web/js/streams_*.js: the Streams Standard's classes, in six parts.
extern const char kStreamsBaseSource[];
extern const char kStreamsReadableSource[];
extern const char kStreamsBytesSource[];
extern const char kStreamsBytesTeeSource[];
extern const char kStreamsWritableSource[];
extern const char kStreamsTransformSource[];
// shell/web/js/url_percent_encoding.js, url_host.js, url_parser.js: the WHATWG URL parser, in
// three parts; url.js: URL and URLSearchParams.
extern const char kUrlPercentEncodingSource[];
extern const char kUrlHostSource[];
extern const char kUrlParserSource[];
extern const char kUrlSource[];
// shell/js/response.js: Headers and Response.
extern const char kResponseSource[];

// shell/web/js/window.js: Navigator, Location and their objects.
extern const char kWindowSource[];

// shell/web/js/worker.js: Worker and a worker's global scope.
extern const char kWorkerSource[];

// shell/web/js/xhr.js: XMLHttpRequest and ProgressEvent.
extern const char kXhrSource[];

}  // namespace linea::shell::js

#endif  // LINEA_SHELL_EMBEDDED_JS_H_
