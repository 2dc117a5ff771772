#include "shell/worker/agents.h"

#include <condition_variable>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

#include "bindings/webassembly.h"

namespace linea::shell {
namespace {

// Every agent of the process, and the worker threads not yet joined. One mutex for all: the
// process is done only when every inbox is empty and every agent idle at one instant.
struct Registry {
  std::mutex mutex;
  std::condition_variable changed;  // An agent went idle, ended, or received an envelope.
  std::unordered_map<uint64_t, std::shared_ptr<Agent>> agents;
  std::unordered_map<uint64_t, pthread_t> threads;
  uint64_t next_id = 1;
};

Registry& registry() {
  static Registry* registry = new Registry();  // Never destroyed: threads may outlive main's.
  return *registry;
}

}  // namespace

std::shared_ptr<Agent> Agent::Create(uint64_t parent) {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  std::shared_ptr<Agent> agent(new Agent(r.next_id++, parent));
  r.agents.emplace(agent->id_, agent);
  return agent;
}

std::shared_ptr<Agent> Agent::Find(uint64_t id) {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  auto it = r.agents.find(id);
  return it == r.agents.end() ? nullptr : it->second;
}

void Agent::Post(uint64_t to, Envelope envelope) {
  std::lock_guard lock(registry().mutex);
  PostLocked(to, std::move(envelope));
}

void Agent::PostLocked(uint64_t to, Envelope envelope) {
  Registry& r = registry();
  auto it = r.agents.find(to);
  if (it == r.agents.end() || it->second->ended_) return;
  Agent& agent = *it->second;
  agent.inbox_.push_back(std::move(envelope));
  if (agent.wake_ != nullptr) uv_async_send(agent.wake_);
  r.changed.notify_all();
}

void Agent::Attach(uv_loop_t* loop, v8::Isolate* isolate, Deliver deliver, Pump pump) {
  auto* wake = new uv_async_t;
  uv_async_init(loop, wake, OnWake);
  wake->data = this;
  // Waiting for envelopes keeps nothing alive (see agents.h): Run waits for them itself once
  // the loop has nothing else.
  uv_unref(reinterpret_cast<uv_handle_t*>(wake));
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  loop_ = loop;
  isolate_ = isolate;
  deliver_ = std::move(deliver);
  pump_ = std::move(pump);
  wake_ = wake;
  if (!inbox_.empty() || stopping_) uv_async_send(wake_);
}

void Agent::WakeForPlatformTask(v8::Isolate* isolate) {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  for (const auto& [id, agent] : r.agents) {
    if (agent->isolate_ != isolate) continue;
    if (agent->platform_task_) return;
    agent->platform_task_ = true;
    if (agent->wake_ != nullptr) uv_async_send(agent->wake_);
    r.changed.notify_all();
    return;
  }
}

void Agent::PumpIfAsked() {
  {
    std::lock_guard lock(registry().mutex);
    if (!platform_task_) return;
    platform_task_ = false;
  }
  if (pump_) pump_();
}

void Agent::OnWake(uv_async_t* async) {
  Agent* agent = static_cast<Agent*>(async->data);
  if (agent->stopping()) {
    uv_stop(agent->loop_);
    return;
  }
  agent->PumpIfAsked();
  agent->DrainInbox();
}

void Agent::DrainInbox() {
  Registry& r = registry();
  while (true) {
    Envelope envelope;
    {
      std::lock_guard lock(r.mutex);
      if (inbox_.empty() || stopping_) return;
      envelope = std::move(inbox_.front());
      inbox_.pop_front();
    }
    deliver_(std::move(envelope));
  }
}

void Agent::Run() {
  Registry& r = registry();
  // The main agent ends the process when every agent is idle and every inbox empty.
  auto all_done = [&r] {
    for (const auto& [id, agent] : r.agents) {
      if (!agent->idle_ || !agent->inbox_.empty() || agent->platform_task_) return false;
    }
    return true;
  };
  const bool is_main = parent_ == 0;
  while (true) {
    uv_run(loop_, UV_RUN_DEFAULT);
    std::unique_lock lock(r.mutex);
    if (stopping_) return;
    idle_ = true;
    r.changed.notify_all();
    r.changed.wait(lock, [&] {
      return !inbox_.empty() || platform_task_ || stopping_ || (is_main && all_done());
    });
    idle_ = false;
    // Stopped, or (main) the process is done.
    if (stopping_ || (inbox_.empty() && !platform_task_)) return;
    lock.unlock();
    PumpIfAsked();
    DrainInbox();
  }
}

void Agent::Stop(bool terminate) {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  if (terminate && isolate_ != nullptr) bindings::TerminateExecution(isolate_);
  if (stopping_) return;
  stopping_ = true;
  if (wake_ != nullptr) uv_async_send(wake_);
  r.changed.notify_all();
}

bool Agent::stopping() const {
  std::lock_guard lock(registry().mutex);
  return stopping_;
}

void Agent::Detach() {
  Registry& r = registry();
  std::vector<std::shared_ptr<Agent>> children;
  {
    std::lock_guard lock(r.mutex);
    ended_ = true;
    stopping_ = true;
    isolate_ = nullptr;
    inbox_.clear();
    for (const auto& [id, agent] : r.agents) {
      if (agent->parent_ == id_) children.push_back(agent);
    }
    r.agents.erase(id_);
    if (parent_ != 0) PostLocked(parent_, Envelope(Envelope::Kind::kClosed, id_));
    r.changed.notify_all();
  }
  // HTML: terminating a worker terminates the workers it owns.
  for (const auto& child : children) child->Stop(/*terminate=*/true);
  if (wake_ != nullptr) {
    uv_close(reinterpret_cast<uv_handle_t*>(wake_),
             [](uv_handle_t* handle) { delete reinterpret_cast<uv_async_t*>(handle); });
    wake_ = nullptr;
  }
}

void Agent::AddThread(uint64_t id, pthread_t thread) {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  r.threads.emplace(id, thread);
}

void Agent::Join(uint64_t id) {
  Registry& r = registry();
  pthread_t thread;
  {
    std::lock_guard lock(r.mutex);
    auto it = r.threads.find(id);
    if (it == r.threads.end()) return;
    thread = it->second;
    r.threads.erase(it);
  }
  pthread_join(thread, nullptr);
}

void Agent::StopAndJoinAll() {
  Registry& r = registry();
  std::vector<std::shared_ptr<Agent>> agents;
  {
    std::lock_guard lock(r.mutex);
    for (const auto& [id, agent] : r.agents) {
      if (agent->parent_ != 0) agents.push_back(agent);
    }
  }
  for (const auto& agent : agents) agent->Stop(/*terminate=*/true);
  while (true) {
    uint64_t id;
    {
      std::lock_guard lock(r.mutex);
      if (r.threads.empty()) return;
      id = r.threads.begin()->first;
    }
    Join(id);
  }
}

}  // namespace linea::shell
