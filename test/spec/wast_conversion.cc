#include "test/spec/wast_conversion.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

namespace linea::spectest {
namespace {

constexpr size_t kMaxDiagnosticBytes = 2000;

std::string ReadDiagnostics(const std::filesystem::path& log) {
  std::ifstream file(log);
  std::stringstream text;
  text << file.rdbuf();
  std::string diagnostics = text.str();
  if (diagnostics.size() > kMaxDiagnosticBytes) {
    diagnostics.resize(kMaxDiagnosticBytes);
    diagnostics += "...";
  }
  while (!diagnostics.empty() && diagnostics.back() == '\n') diagnostics.pop_back();
  return diagnostics;
}

}  // namespace

rt::Result<std::filesystem::path> ConvertWast(const std::filesystem::path& wast,
                                              std::span<const std::string> flags,
                                              const std::filesystem::path& directory) {
  std::filesystem::path json = directory / "script.json";
  std::filesystem::path log = directory / "wast2json.log";
  std::vector<std::string> arguments = {"wast2json"};
  arguments.insert(arguments.end(), flags.begin(), flags.end());
  arguments.insert(arguments.end(), {wast.string(), "-o", json.string()});
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);

  pid_t pid = fork();
  if (pid < 0) return rt::Error{std::string("cannot fork for wast2json: ") + strerror(errno)};
  if (pid == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
      close(fd);
    }
    execvp(argv[0], argv.data());
    dprintf(STDERR_FILENO, "cannot run wast2json: %s\n", strerror(errno));
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return json;
  std::string how = WIFEXITED(status) ? "exited with status " + std::to_string(WEXITSTATUS(status))
                                      : "died of signal " + std::to_string(WTERMSIG(status));
  return rt::Error{"wast2json " + how + ": " + ReadDiagnostics(log)};
}

rt::Result<std::filesystem::path> MakeTemporaryDirectory() {
  std::string pattern = (std::filesystem::temp_directory_path() / "linea-spectest-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return rt::Error{std::string("cannot create a temporary directory: ") + strerror(errno)};
  }
  return std::filesystem::path(pattern);
}

}  // namespace linea::spectest
