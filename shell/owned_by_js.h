// Native objects owned by an opaque JS holder object (internal field 0 points at the native).
// Each native type has its own holder template per environment, so From<T> only accepts holders
// made for T (a holder of another type, or any other object with one internal field, is refused).
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
    Live& live = Environment::From(isolate)->Service<Live>();
    v8::Local<v8::Object> holder;
    if (!HolderTemplate(isolate, live)
             ->InstanceTemplate()
             ->NewInstance(isolate->GetCurrentContext())
             .ToLocal(&holder)) {
      return {};
    }
    auto* entry = new Entry{std::move(native), v8::Global<v8::Object>(isolate, holder)};
    holder->SetAlignedPointerInInternalField(0, entry->native.get());
    entry->holder.SetWeak(entry, OnCollected, v8::WeakCallbackType::kParameter);
    live.entries.insert(entry);
    return holder;
  }

  // The native of a holder made by NewHolder for this T, else nullptr.
  static T* From(v8::Local<v8::Value> value) {
    if (!value->IsObject()) return nullptr;
    v8::Local<v8::Object> object = value.As<v8::Object>();
    v8::Isolate* isolate = object->GetIsolate();
    Environment* env = Environment::From(isolate);
    if (env == nullptr || !HolderTemplate(isolate, env->Service<Live>())->HasInstance(object)) {
      return nullptr;
    }
    return static_cast<T*>(object->GetAlignedPointerFromInternalField(0));
  }

 private:
  struct Entry {
    std::unique_ptr<T> native;
    v8::Global<v8::Object> holder;
  };
  // The environment's live entries, freed with it, and the template of T's holders.
  struct Live {
    std::unordered_set<Entry*> entries;
    v8::Global<v8::FunctionTemplate> holder_template;
    ~Live() {
      for (Entry* entry : entries) delete entry;
    }
  };

  static v8::Local<v8::FunctionTemplate> HolderTemplate(v8::Isolate* isolate, Live& live) {
    if (live.holder_template.IsEmpty()) {
      v8::Local<v8::FunctionTemplate> holder_template = v8::FunctionTemplate::New(isolate);
      holder_template->InstanceTemplate()->SetInternalFieldCount(1);
      live.holder_template.Reset(isolate, holder_template);
    }
    return live.holder_template.Get(isolate);
  }

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
