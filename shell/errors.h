// Reports of uncaught exceptions and unhandled rejections, laid out as node does:
//
//   /path/to/file.js:2          where it was thrown
//     throw new Error("boom");  the source line
//     ^                         a caret under the throwing expression
//                               a blank line (error objects only)
//   Error: boom                 the inspected value: an error's stack
//       at f (/path/to/file.js:2:9)
#ifndef LINEA_SHELL_ERRORS_H_
#define LINEA_SHELL_ERRORS_H_

#include <v8.h>

#include <string>

namespace linea::shell {

class Inspector;

// The report text (ending in a newline). `message` may be empty when the location is unknown.
std::string FormatUncaught(v8::Local<v8::Context> context, Inspector& inspector,
                           v8::Local<v8::Value> exception, v8::Local<v8::Message> message);

// Just the location block (file:line, source line, caret line), or "" without a location. When
// `message` is inside linea's own JavaScript, the location is the user's frame found in the
// stack of `exception` (if given).
std::string FormatLocation(v8::Local<v8::Context> context, v8::Local<v8::Message> message,
                           v8::Local<v8::Value> exception = {});

}  // namespace linea::shell

#endif  // LINEA_SHELL_ERRORS_H_
