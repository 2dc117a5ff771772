// WebAssembly.Tag and WebAssembly.Exception (JS API, exception handling), and how wasm
// exceptions and JS exceptions cross the boundary.
#ifndef LINEA_BINDINGS_TAG_H_
#define LINEA_BINDINGS_TAG_H_

#include <v8.h>

#include <memory>

#include "bindings/state.h"
#include "bindings/wrapper.h"
#include "runtime/store/tag.h"

namespace linea::bindings {

class TagObject : public CachedWrappable {
 public:
  static constexpr Interface kInterface = Interface::kTag;
  TagObject(State& state, std::shared_ptr<rt::Tag> tag);
  const std::shared_ptr<rt::Tag>& tag() const { return tag_; }

 private:
  std::shared_ptr<rt::Tag> tag_;
};

class ExceptionObject : public CachedWrappable {
 public:
  static constexpr Interface kInterface = Interface::kException;
  ExceptionObject(State& state, rt::Exception* exception);
  ~ExceptionObject() override;
  rt::Exception* exception() const { return exception_; }

 private:
  rt::Exception* exception_;  // Owned by the store, kept while this lives (host_refs).
};

// Defines WebAssembly.Tag, WebAssembly.Exception and WebAssembly.JSTag on `namespace_object`.
bool InstallTagAndException(v8::Local<v8::Context> context, State& state,
                            v8::Local<v8::Object> namespace_object);

// The one Tag object of `tag`.
v8::MaybeLocal<v8::Object> GetTagObject(v8::Local<v8::Context> context, State& state,
                                        const std::shared_ptr<rt::Tag>& tag);

// Throws a wasm exception that reached JS: a JS exception carried through wasm (JSTag) is
// thrown again unchanged, any other as its WebAssembly.Exception object.
void ThrowWasmException(v8::Local<v8::Context> context, State& state, rt::Exception* exception);

// The wasm exception for a JS exception `value` leaving a host function: a
// WebAssembly.Exception's own, else a new JSTag exception carrying `value`.
rt::Exception* ToWasmException(v8::Local<v8::Context> context, State& state,
                               v8::Local<v8::Value> value);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_TAG_H_
