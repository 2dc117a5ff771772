// The process's compile threads: function bodies of large modules are compiled on them in
// parallel (runtime/compile/code_section_compiler.h). One worker per core but one, started on
// first use and kept for the life of the process; the thread waiting for a group's results runs
// that group's queued tasks itself, so a compile never waits behind idle work and a one-core
// machine still makes progress.
#ifndef LINEA_RUNTIME_COMPILE_COMPILE_POOL_H_
#define LINEA_RUNTIME_COMPILE_COMPILE_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <functional>

namespace linea::rt {

// The tasks of one compilation. Wait() before destroying it.
class CompileGroup {
 public:
  CompileGroup() = default;
  ~CompileGroup();
  CompileGroup(const CompileGroup&) = delete;
  CompileGroup& operator=(const CompileGroup&) = delete;

  // Queues `task` for a worker. Tasks must not throw.
  void Submit(std::function<void()> task);
  // Runs this group's tasks still queued on the calling thread, then waits for those running
  // on workers. Afterwards every submitted task has completed.
  void Wait();

 private:
  friend class CompilePool;
  size_t unfinished_ = 0;  // Submitted and not completed; guarded by the pool's mutex.
  std::condition_variable done_;
};

// Whether the pool has any worker: false on a one-core machine, where parallel compilation
// gains nothing.
bool CompilePoolHasWorkers();

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_COMPILE_POOL_H_
