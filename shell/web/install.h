// The web platform's globals (shell/web/): InstallWebPlatform puts every interface on the global;
// each interface file exports one Install function that it calls.
#ifndef LINEA_SHELL_WEB_INSTALL_H_
#define LINEA_SHELL_WEB_INSTALL_H_

#include <v8.h>

#include <initializer_list>
#include <string_view>

namespace linea::shell::web {

void InstallWebPlatform(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

// Runs the factory `source` (named `name` in stack traces) with `natives`, to which it adds
// `idl` (the exports of shell/web/js/webidl.js) and the codec helpers of AddCodecNatives
// (shell/text_codec.h), and defines each of `names` from its exports
// on `global` as WebIDL defines interface objects: writable, configurable, not enumerable.
// Returns the factory's exports (empty, with an exception pending, on failure).
v8::MaybeLocal<v8::Object> InstallFactoryExports(v8::Local<v8::Context> context,
                                                 v8::Local<v8::Object> global,
                                                 std::string_view source, std::string_view name,
                                                 v8::Local<v8::Object> natives,
                                                 std::initializer_list<const char*> names);

// Defines `name` on the global as a WebIDL readonly attribute whose getter gives `value`: an
// accessor, enumerable and configurable. A [Replaceable] one also has a setter that replaces it
// with a data property (as `self = 1` does in browsers).
void DefineGlobalAttribute(v8::Local<v8::Context> context, v8::Local<v8::Object> global,
                           std::string_view name, v8::Local<v8::Value> value, bool replaceable);

// Throws a DOMException (WebIDL) named `name` with `message`.
void ThrowDomException(v8::Local<v8::Context> context, std::string_view message,
                       std::string_view name);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_INSTALL_H_
