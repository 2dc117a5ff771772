#include "shell/wasm_embedder.h"

#include <uv.h>

#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

#include "shell/body.h"
#include "shell/environment.h"
#include "shell/fetch.h"
#include "shell/output.h"
#include "shell/v8_util.h"
#include "shell/worker/agents.h"

namespace linea::shell {
namespace {

bool IsTokenChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) ||
         std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string TrimHttpWhitespace(std::string_view text) {
  size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return "";
  size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(start, end - start + 1));
}

// The essence of one MIME type string ("type/subtype;params"), or nothing if it does not parse.
std::optional<std::string> ParseEssence(std::string_view text) {
  std::string trimmed = TrimHttpWhitespace(text);
  size_t slash = trimmed.find('/');
  if (slash == std::string::npos || slash == 0) return std::nullopt;
  size_t end = trimmed.find(';', slash);
  std::string type = trimmed.substr(0, slash);
  std::string subtype = TrimHttpWhitespace(std::string_view(trimmed).substr(
      slash + 1, end == std::string::npos ? std::string::npos : end - slash - 1));
  if (subtype.empty()) return std::nullopt;
  for (char c : type + subtype) {
    if (!IsTokenChar(c)) return std::nullopt;
  }
  std::string essence = type + "/" + subtype;
  for (char& c : essence) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return essence;
}

// --trace-streaming's report.
struct StreamTrace {
  bool enabled = false;
  int chunks = 0;
  uint64_t bytes = 0;

  void Chunk(size_t size, uint64_t compile_ns, uint32_t functions_compiled) {
    chunks++;
    bytes += size;
    if (!enabled) return;
    char line[160];
    std::snprintf(line, sizeof line,
                  "wasm streaming: chunk %d: %zu bytes (%llu read), %.3f ms compiling, %u "
                  "functions compiled\n",
                  chunks, size, static_cast<unsigned long long>(bytes), compile_ns / 1e6,
                  functions_compiled);
    WriteStderr(line);
  }

  void End(uint64_t finish_ns) {
    if (!enabled) return;
    char line[160];
    std::snprintf(line, sizeof line,
                  "wasm streaming: end: %llu bytes in %d chunks, %.3f ms to finish\n",
                  static_cast<unsigned long long>(bytes), chunks, finish_ns / 1e6);
    WriteStderr(line);
  }
};

void Fail(v8::Local<v8::Context> context, const std::shared_ptr<bindings::StreamSink>& sink,
          const std::string& message) {
  sink->OnError(MakeTypeError(context->GetIsolate(), message));
}

}  // namespace

std::optional<std::string> MimeTypeEssence(const std::string& content_type) {
  // A combined header value holds several types separated by commas; the last valid one counts
  // (quoted parameter values holding commas are rare enough to ignore here).
  std::optional<std::string> essence;
  size_t start = 0;
  while (start <= content_type.size()) {
    size_t comma = content_type.find(',', start);
    if (comma == std::string::npos) comma = content_type.size();
    std::optional<std::string> parsed =
        ParseEssence(std::string_view(content_type).substr(start, comma - start));
    if (parsed) essence = parsed;
    start = comma + 1;
  }
  return essence;
}

void WasmEmbedder::RunInBackground(std::function<void()> work, std::function<void()> done) {
  struct Job {
    uv_work_t request;
    Environment* env;
    std::function<void()> work;
    std::function<void()> done;
  };
  auto* job = new Job{{}, env_, std::move(work), std::move(done)};
  job->request.data = job;
  int status = uv_queue_work(
      env_->loop(), &job->request,
      [](uv_work_t* request) { static_cast<Job*>(request->data)->work(); },
      [](uv_work_t* request, int) {
        std::unique_ptr<Job> job(static_cast<Job*>(request->data));
        job->env->RunTask([&job](v8::Local<v8::Context>) { job->done(); });
      });
  if (status < 0) {
    // The pool refused the work: do it here, still finishing from the loop.
    std::unique_ptr<Job> owned(job);
    owned->work();
    env_->PostTask([done = std::move(owned->done)](v8::Local<v8::Context>) { done(); });
  }
}

bindings::Embedder::CrossThreadPost WasmEmbedder::CrossThreadPoster() {
  // The runner of the pumped platform, which drops tasks once the isolate is gone; it does not
  // announce them (the waking platform does, for V8's own posts), so the agent is woken here.
  std::shared_ptr<v8::TaskRunner> runner =
      env_->platform()->GetForegroundTaskRunner(env_->isolate());
  return [runner = std::move(runner), isolate = env_->isolate()](std::unique_ptr<v8::Task> task) {
    runner->PostTask(std::move(task));
    Agent::WakeForPlatformTask(isolate);
  };
}

struct WasmEmbedder::Timer {
  uv_timer_t handle;
  Environment* env;
  std::unordered_set<Timer*>* timers;  // The embedder's; not used once `open` is false.
  std::function<void()> task;
  std::shared_ptr<bool> open;  // Until fired or cancelled; shared with the cancel function.

  void Close() {
    if (!*open) return;
    *open = false;
    timers->erase(this);
    uv_close(reinterpret_cast<uv_handle_t*>(&handle),
             [](uv_handle_t* handle) { delete static_cast<Timer*>(handle->data); });
  }
};

WasmEmbedder::~WasmEmbedder() {
  std::unordered_set<Timer*> pending = std::move(timers_);
  timers_.clear();
  for (Timer* timer : pending) timer->Close();
}

std::function<void()> WasmEmbedder::StartTimer(double delay_ms, std::function<void()> task) {
  auto* timer = new Timer{{}, env_, &timers_, std::move(task), std::make_shared<bool>(true)};
  timers_.insert(timer);
  uv_timer_init(env_->loop(), &timer->handle);
  timer->handle.data = timer;
  // libuv counts whole milliseconds from the loop's cached time: refresh that, and round up, so
  // the task never runs early.
  uv_update_time(env_->loop());
  const double ms = std::ceil(delay_ms);
  const uint64_t timeout = ms >= 1.8e19 ? UINT64_MAX : static_cast<uint64_t>(ms);
  uv_timer_start(
      &timer->handle,
      [](uv_timer_t* handle) {
        auto* timer = static_cast<Timer*>(handle->data);
        std::function<void()> task = std::move(timer->task);
        Environment* env = timer->env;
        timer->Close();
        env->RunTask([&task](v8::Local<v8::Context>) { task(); });
      },
      timeout, 0);
  return [timer, open = timer->open] {
    if (*open) timer->Close();
  };
}

void WasmEmbedder::StreamResponse(v8::Local<v8::Context> context, v8::Local<v8::Value> response,
                                  std::shared_ptr<bindings::StreamSink> sink) {
  ResponseInfo info;
  if (!DescribeResponse(context, response, &info)) {
    Fail(context, sink, "WebAssembly streaming compilation needs a Response (or a promise of one)");
    return;
  }
  if (!info.ok) {
    Fail(context, sink,
         "WebAssembly streaming compilation: the Response's status is " +
             std::to_string(info.status) + ", not an ok status");
    return;
  }
  std::optional<std::string> essence;
  if (info.content_type) essence = MimeTypeEssence(*info.content_type);
  if (!essence || *essence != "application/wasm") {
    Fail(context, sink,
         "WebAssembly streaming compilation: the Response's MIME type is " +
             (info.content_type ? "'" + *info.content_type + "'" : std::string("missing")) +
             ", not 'application/wasm'");
    return;
  }
  if (info.body == nullptr) {
    sink->OnEnd();  // A null body is an empty one.
    return;
  }
  if (info.body->used()) {
    Fail(context, sink, "WebAssembly streaming compilation: the Response's body is already used");
    return;
  }
  info.body->MarkUsed();
  // With --trace-streaming, each chunk's size and the time the compiler spent on it go to
  // stderr: compile work done per chunk, before the body is all read, is the overlap.
  auto trace = std::make_shared<StreamTrace>();
  trace->enabled = env_->options().trace_streaming;
  info.body->Read(
      env_,
      [sink, trace](v8::Local<v8::Context>, std::span<const uint8_t> chunk) {
        uint64_t start = uv_hrtime();
        sink->OnChunk(chunk);
        trace->Chunk(chunk.size(), uv_hrtime() - start, sink->functions_compiled());
      },
      [sink, trace](v8::Local<v8::Context> context, const std::string* error) {
        if (error != nullptr) {
          sink->OnError(MakeTypeError(context->GetIsolate(), *error));
          return;
        }
        uint64_t start = uv_hrtime();
        sink->OnEnd();
        trace->End(uv_hrtime() - start);
      });
}

void InstallWebAssembly(v8::Local<v8::Context> context) {
  Environment* env = Environment::From(context->GetIsolate());
  WasmEmbedder* embedder = env->Own(std::make_unique<WasmEmbedder>(env));
  bindings::Options options;
  options.max_memory_pages = env->options().max_memory_pages;
  options.lazy_compile = !env->options().no_lazy_compile;
  bindings::InstallWebAssembly(context, embedder, options);
}

}  // namespace linea::shell
