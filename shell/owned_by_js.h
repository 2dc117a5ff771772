// Native objects owned by an opaque JS holder object (internal field 0 points at the native).
// V8's weak callback frees a native when its holder is collected; the natives whose holders are
// still alive when the environment ends are freed with it, since V8 runs no weak callbacks at
// isolate teardown (LeakSanitizer, run on the JS tests, would report them).
#ifndef LINEA_SHELL_OWNED_BY_JS_H_
#define LINEA_SHELL_OWNED_BY_JS_H_

#include <v8.h>

#include <memory>
#include <unordered_set>

#include "shell/environment.h"

namespace linea::shell {

template <typename T>
class OwnedByJs {
 public:
  // A new holder object in the current context that owns `native`; empty if V8 failed.
  static v8::MaybeLocal<v8::Object> NewHolder(v8::Isolate* isolate, std::unique_ptr<T> native) {
    v8::Local<v8::ObjectTemplate> templ = v8::ObjectTemplate::New(isolate);
    templ->SetInternalFieldCount(1);
    v8::Local<v8::Object> holder;
    if (!templ->NewInstance(isolate->GetCurrentContext()).ToLocal(&holder)) return {};
    auto* entry = new Entry{std::move(native), v8::Global<v8::Object>(isolate, holder)};
    holder->SetAlignedPointerInInternalField(0, entry->native.get());
    entry->holder.SetWeak(entry, OnCollected, v8::WeakCallbackType::kParameter);
    Environment::From(isolate)->Service<Live>().entries.insert(entry);
    return holder;
  }

  // The native of a holder made by NewHolder, else nullptr.
  static T* From(v8::Local<v8::Value> value) {
    if (!value->IsObject() || value.As<v8::Object>()->InternalFieldCount() != 1) return nullptr;
    return static_cast<T*>(value.As<v8::Object>()->GetAlignedPointerFromInternalField(0));
  }

 private:
  struct Entry {
    std::unique_ptr<T> native;
    v8::Global<v8::Object> holder;
  };
  // The environment's live entries, freed with it.
  struct Live {
    std::unordered_set<Entry*> entries;
    ~Live() {
      for (Entry* entry : entries) delete entry;
    }
  };

  static void OnCollected(const v8::WeakCallbackInfo<Entry>& info) {
    Entry* entry = info.GetParameter();
    if (Environment* env = Environment::From(info.GetIsolate())) {
      env->Service<Live>().entries.erase(entry);
    }
    delete entry;
  }
};

}  // namespace linea::shell

#endif  // LINEA_SHELL_OWNED_BY_JS_H_
