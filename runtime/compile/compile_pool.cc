#include "runtime/compile/compile_pool.h"

#include <algorithm>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

namespace linea::rt {

class CompilePool {
 public:
  // Never destroyed: workers block on the queue until the process exits.
  static CompilePool& Get() {
    static CompilePool* pool = new CompilePool();
    return *pool;
  }

  size_t workers() const { return workers_; }

  void Submit(CompileGroup* group, std::function<void()> task) {
    {
      std::lock_guard lock(mutex_);
      ++group->unfinished_;
      queue_.emplace_back(group, std::move(task));
    }
    work_.notify_one();
  }

  void Wait(CompileGroup* group) {
    std::unique_lock lock(mutex_);
    while (true) {
      auto it = std::find_if(queue_.begin(), queue_.end(),
                             [group](const Task& t) { return t.first == group; });
      if (it != queue_.end()) {
        std::function<void()> task = std::move(it->second);
        queue_.erase(it);
        lock.unlock();
        task();
        lock.lock();
        --group->unfinished_;
        continue;
      }
      if (group->unfinished_ == 0) return;
      group->done_.wait(lock);
    }
  }

 private:
  using Task = std::pair<CompileGroup*, std::function<void()>>;

  CompilePool() {
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    workers_ = cores - 1;
    for (size_t i = 0; i < workers_; ++i) std::thread([this] { Work(); }).detach();
  }

  void Work() {
    std::unique_lock lock(mutex_);
    while (true) {
      work_.wait(lock, [this] { return !queue_.empty(); });
      Task task = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      task.second();
      lock.lock();
      if (--task.first->unfinished_ == 0) task.first->done_.notify_all();
    }
  }

  std::mutex mutex_;
  std::condition_variable work_;
  std::deque<Task> queue_;
  size_t workers_ = 0;
};

CompileGroup::~CompileGroup() { Wait(); }

void CompileGroup::Submit(std::function<void()> task) {
  CompilePool::Get().Submit(this, std::move(task));
}

void CompileGroup::Wait() { CompilePool::Get().Wait(this); }

bool CompilePoolHasWorkers() { return CompilePool::Get().workers() > 0; }

}  // namespace linea::rt
