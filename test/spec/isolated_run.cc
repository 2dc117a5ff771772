#include "test/spec/isolated_run.h"

#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>

namespace linea::spectest {
namespace {

std::string Where(const FileProgress& progress) {
  return "while running line " + std::to_string(progress.line) + ": " + progress.command;
}

// State the in-process crash handler reports; set only around RunInProcess's work.
const FileProgress* g_crash_progress = nullptr;
const char* g_crash_file = nullptr;

void WriteString(const char* text) {
  ssize_t ignored = write(STDERR_FILENO, text, strlen(text));
  (void)ignored;
}

// Async-signal-safe: write(2) and a hand-made decimal conversion only.
void ReportCrash(int signal_number) {
  char line[16];
  char* end = line + sizeof line - 1;
  *end = '\0';
  char* digits = end;
  uint32_t value = g_crash_progress->line;
  do {
    *--digits = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0 && digits > line);
  WriteString("\nspectest: fatal signal in ");
  WriteString(g_crash_file);
  WriteString(" while running line ");
  WriteString(digits);
  WriteString(": ");
  WriteString(g_crash_progress->command);
  WriteString("\n");
  signal(signal_number, SIG_DFL);
  raise(signal_number);
}

constexpr int kFatalSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

}  // namespace

IsolatedResult RunInChild(const FileWork& work, unsigned timeout_seconds) {
  IsolatedResult result;
  void* shared = mmap(nullptr, sizeof(FileProgress), PROT_READ | PROT_WRITE,
                      MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (shared == MAP_FAILED) {
    result.abnormal_end = std::string("cannot map shared memory: ") + strerror(errno);
    return result;
  }
  auto* progress = new (shared) FileProgress();
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    result.abnormal_end = std::string("cannot fork: ") + strerror(errno);
  } else if (pid == 0) {
    alarm(timeout_seconds);
    int status = 0;
    try {
      work(*progress);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "spectest: uncaught exception: %s\n", e.what());
      status = 3;
    }
    std::fflush(stdout);
    std::fflush(stderr);
    _exit(status);  // Skips the parent's atexit handlers and static destructors.
  } else {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.progress = *progress;
    if (!progress->finished) {
      if (WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM) {
        result.abnormal_end = "timed out after " + std::to_string(timeout_seconds) + " s ";
      } else if (WIFSIGNALED(status)) {
        result.abnormal_end = "crashed with signal " + std::to_string(WTERMSIG(status)) + " (" +
                              strsignal(WTERMSIG(status)) + ") ";
      } else {
        result.abnormal_end =
            "exited with status " + std::to_string(WEXITSTATUS(status)) + " before its end ";
      }
      result.abnormal_end += Where(*progress);
    }
  }
  munmap(shared, sizeof(FileProgress));
  return result;
}

IsolatedResult RunInProcess(const FileWork& work, const std::string& file_name) {
  IsolatedResult result;
  g_crash_progress = &result.progress;
  g_crash_file = file_name.c_str();
  for (int signal_number : kFatalSignals) signal(signal_number, ReportCrash);
  try {
    work(result.progress);
  } catch (const std::exception& e) {
    result.abnormal_end =
        std::string("uncaught exception: ") + e.what() + " " + Where(result.progress);
  }
  for (int signal_number : kFatalSignals) signal(signal_number, SIG_DFL);
  g_crash_progress = nullptr;
  return result;
}

}  // namespace linea::spectest
