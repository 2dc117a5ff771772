// The shell's JavaScript parts (shell/js/*.js) are each one expression: a factory function.
// RunFactory evaluates one in a context and calls it with an object of native helpers; the
// object it returns holds what the C++ side installs or keeps.
#ifndef LINEA_SHELL_JS_FACTORY_H_
#define LINEA_SHELL_JS_FACTORY_H_

#include <v8.h>

#include <span>
#include <string_view>

namespace linea::shell {

// Empty (exception pending) if evaluation failed or the factory did not return an object.
v8::MaybeLocal<v8::Object> RunFactory(v8::Local<v8::Context> context, std::string_view source,
                                      std::string_view name, v8::Local<v8::Object> natives);

// One part of a JavaScript whole split over several files: its exports become
// natives[exports_as] for the parts after it.
struct FactoryPart {
  const char* source;
  const char* name;
  const char* exports_as;
};

// Runs `parts` in order with the same natives, each seeing the exports of those before it;
// false (exception pending) as soon as one fails.
bool RunFactoryParts(v8::Local<v8::Context> context, std::span<const FactoryPart> parts,
                     v8::Local<v8::Object> natives);

// exports[name] as a function; empty if it is missing or not a function.
v8::MaybeLocal<v8::Function> GetFunction(v8::Local<v8::Context> context,
                                         v8::Local<v8::Object> exports, std::string_view name);

}  // namespace linea::shell

#endif  // LINEA_SHELL_JS_FACTORY_H_
