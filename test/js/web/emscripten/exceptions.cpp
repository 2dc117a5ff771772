// Emscripten test program: a C++ program with iostream, std::map, and exceptions thrown and
// caught across frames (-fexceptions).
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>
#include <map>
int parse(const std::string& s) {
  if (s.empty()) throw std::invalid_argument("empty input");
  return std::stoi(s);
}
int main() {
  std::vector<std::string> inputs = {"42", "", "x7", "-3"};
  std::map<std::string, int> results;
  for (const auto& in : inputs) {
    try {
      results[in] = parse(in);
      std::cout << "parsed '" << in << "' = " << results[in] << std::endl;
    } catch (const std::invalid_argument& e) {
      std::cout << "invalid '" << in << "': " << e.what() << std::endl;
    }
  }
  std::cerr << "to stderr" << std::endl;
  std::cout << "sum of " << results.size() << " values" << std::endl;
  return 0;
}
