// C++ exceptions across several frames, rethrow, and an exception escaping to JS.
#include <cstdio>
#include <stdexcept>
#include <string>

struct Resource {
  const char* name;
  explicit Resource(const char* n) : name(n) { std::printf("acquire %s\n", name); }
  ~Resource() { std::printf("release %s\n", name); }
};

int depth3(int x) {
  Resource r("depth3");
  if (x > 2) throw std::runtime_error("too deep: " + std::to_string(x));
  return x * 10;
}
int depth2(int x) {
  Resource r("depth2");
  return depth3(x + 1) + 1;
}
int depth1(int x) {
  try {
    return depth2(x);
  } catch (const std::logic_error&) {
    std::printf("not reached\n");
    return -1;
  }
}

int rethrower(int x) {
  try {
    return depth1(x);
  } catch (const std::exception& e) {
    std::printf("rethrowing: %s\n", e.what());
    throw;
  }
}

int main() {
  std::printf("depth1(0) = %d\n", depth1(0));
  try {
    rethrower(5);
  } catch (const std::runtime_error& e) {
    std::printf("caught in main: %s\n", e.what());
  }
  try {
    throw 42;
  } catch (int v) {
    std::printf("caught int %d\n", v);
  }
  std::printf("now uncaught:\n");
  std::fflush(stdout);
  depth1(7);
  return 0;
}
