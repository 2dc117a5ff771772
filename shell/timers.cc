#include "shell/timers.h"

#include <uv.h>

#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "shell/environment.h"
#include "shell/scripts.h"
#include "shell/v8_util.h"

namespace linea::shell {
namespace {

struct Timer;

// Every timer of the context, by id (the HTML "map of active timers").
struct TimerTable {
  Environment* env = nullptr;
  int32_t next_id = 1;
  // The nesting level of the timer whose callback is running (0 outside timer callbacks).
  int nesting_level = 0;
  std::map<int32_t, Timer*> timers;

  // Timers still armed when the environment ends (a terminated worker's) are closed; the
  // loop's last turn frees them.
  ~TimerTable();
};

struct Timer {
  uv_timer_t handle;
  TimerTable* table;
  int32_t id;
  bool repeat;
  bool running = false;  // Its callback is on the stack.
  bool cleared = false;
  int nesting_level;
  uint64_t interval_ms;
  v8::Global<v8::Value> handler;  // A function, or a string of code.
  std::vector<v8::Global<v8::Value>> arguments;
};

TimerTable::~TimerTable() {
  for (const auto& [id, timer] : timers) {
    uv_timer_stop(&timer->handle);
    uv_close(reinterpret_cast<uv_handle_t*>(&timer->handle),
             [](uv_handle_t* handle) { delete static_cast<Timer*>(handle->data); });
  }
}

TimerTable* TableOf(const v8::FunctionCallbackInfo<v8::Value>& args) {
  return static_cast<TimerTable*>(args.Data().As<v8::External>()->Value());
}

void CloseTimer(Timer* timer) {
  timer->table->timers.erase(timer->id);
  uv_timer_stop(&timer->handle);
  uv_close(reinterpret_cast<uv_handle_t*>(&timer->handle),
           [](uv_handle_t* handle) { delete static_cast<Timer*>(handle->data); });
}

void Arm(Timer* timer) {
  // The loop's clock is cached per turn; refresh it so a timer set after a long-running script
  // is due `interval` from now, and timers stay in the order they fall due.
  uv_update_time(timer->table->env->loop());
  uv_timer_start(
      &timer->handle,
      [](uv_timer_t* handle) {
        Timer* timer = static_cast<Timer*>(handle->data);
        TimerTable* table = timer->table;
        Environment* env = table->env;
        timer->running = true;
        env->RunTask([timer, table](v8::Local<v8::Context> context) {
          v8::Isolate* isolate = context->GetIsolate();
          int saved_level = table->nesting_level;
          table->nesting_level = timer->nesting_level;
          v8::Local<v8::Value> handler = timer->handler.Get(isolate);
          if (handler->IsFunction()) {
            std::vector<v8::Local<v8::Value>> argv;
            for (const auto& argument : timer->arguments) argv.push_back(argument.Get(isolate));
            IgnoreResult(handler.As<v8::Function>()->Call(
                context, context->Global(), static_cast<int>(argv.size()), argv.data()));
          } else {
            IgnoreResult(RunClassicScript(context, ToUtf8(isolate, handler), "[timer]"));
          }
          table->nesting_level = saved_level;
        });
        timer->running = false;
        if (timer->cleared || !timer->repeat) {
          if (!timer->cleared) CloseTimer(timer);
          return;
        }
        // Each repetition nests one level deeper (HTML), so fast intervals settle at 4 ms.
        timer->nesting_level++;
        if (timer->nesting_level > 5 && timer->interval_ms < 4) timer->interval_ms = 4;
        Arm(timer);
      },
      timer->interval_ms, 0);
}

// The timer initialization steps of HTML for setTimeout and setInterval.
void StartTimer(const v8::FunctionCallbackInfo<v8::Value>& args, bool repeat) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  TimerTable* table = TableOf(args);
  if (args.Length() == 0) {
    ThrowTypeError(isolate, std::string("Failed to execute '") +
                                (repeat ? "setInterval" : "setTimeout") +
                                "': 1 argument required, but only 0 present.");
    return;
  }
  v8::Local<v8::Value> handler = args[0];
  if (!handler->IsFunction()) {
    v8::Local<v8::String> code;
    if (!handler->ToString(context).ToLocal(&code)) return;
    handler = code;
  }
  // The timeout is a WebIDL long: ToInt32 wraps, negative means 0.
  int32_t timeout = 0;
  if (args.Length() > 1 && !args[1]->Int32Value(context).To(&timeout)) return;
  if (timeout < 0) timeout = 0;
  int nesting_level = table->nesting_level + 1;
  // Deeply nested timers are clamped to 4 ms, as in browsers.
  if (nesting_level > 5 && timeout < 4) timeout = 4;

  auto* timer = new Timer();
  timer->table = table;
  timer->id = table->next_id++;
  timer->repeat = repeat;
  timer->nesting_level = nesting_level;
  timer->interval_ms = static_cast<uint64_t>(timeout);
  timer->handler.Reset(isolate, handler);
  for (int i = 2; i < args.Length(); i++) timer->arguments.emplace_back(isolate, args[i]);
  uv_timer_init(table->env->loop(), &timer->handle);
  timer->handle.data = timer;
  table->timers[timer->id] = timer;
  Arm(timer);
  args.GetReturnValue().Set(timer->id);
}

void SetTimeout(const v8::FunctionCallbackInfo<v8::Value>& args) { StartTimer(args, false); }
void SetInterval(const v8::FunctionCallbackInfo<v8::Value>& args) { StartTimer(args, true); }

// clearTimeout and clearInterval share the ids, as in HTML.
void ClearTimer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  TimerTable* table = TableOf(args);
  int32_t id = 0;
  if (args.Length() == 0 || !args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).To(&id)) {
    return;
  }
  auto it = table->timers.find(id);
  if (it == table->timers.end()) return;
  Timer* timer = it->second;
  timer->cleared = true;
  CloseTimer(timer);
}

// queueMicrotask(callback): an exception in the callback is reported like an uncaught one.
void QueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsFunction()) {
    ThrowTypeError(isolate,
                   "Failed to execute 'queueMicrotask': parameter 1 is not of type 'Function'.");
    return;
  }
  auto* callback = new v8::Global<v8::Function>(isolate, args[0].As<v8::Function>());
  isolate->EnqueueMicrotask(
      [](void* data) {
        std::unique_ptr<v8::Global<v8::Function>> callback(
            static_cast<v8::Global<v8::Function>*>(data));
        v8::Isolate* isolate = v8::Isolate::GetCurrent();
        Environment* env = Environment::From(isolate);
        v8::HandleScope scope(isolate);
        v8::Local<v8::Context> context = env->context();
        v8::Context::Scope context_scope(context);
        v8::TryCatch try_catch(isolate);
        IgnoreResult(callback->Get(isolate)->Call(context, v8::Undefined(isolate), 0, nullptr));
        if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
          env->HandleUncaught(try_catch.Exception(), try_catch.Message());
        }
      },
      callback);
}

}  // namespace

void InstallTimers(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  Environment* env = Environment::From(isolate);
  TimerTable* table = env->Own(std::make_unique<TimerTable>());
  table->env = env;
  v8::Local<v8::External> data = v8::External::New(isolate, table);
  SetMethod(context, global, "setTimeout", SetTimeout, data, 1);
  SetMethod(context, global, "setInterval", SetInterval, data, 1);
  SetMethod(context, global, "clearTimeout", ClearTimer, data, 0);
  SetMethod(context, global, "clearInterval", ClearTimer, data, 0);
  SetMethod(context, global, "queueMicrotask", QueueMicrotask, data, 1);
}

}  // namespace linea::shell
