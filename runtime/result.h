// Errors as values: every fallible runtime operation returns a Result carrying either its
// value or an Error with a message and the byte offset in the module where it arose.
#ifndef LINEA_RUNTIME_RESULT_H_
#define LINEA_RUNTIME_RESULT_H_

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace linea::rt {

inline constexpr size_t kNoOffset = static_cast<size_t>(-1);

struct Error {
  std::string message;        // Complete, human-readable; includes section/function context.
  size_t offset = kNoOffset;  // Byte offset in the module binary, or kNoOffset.
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design.
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design.

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { return std::get<1>(state_); }
  Error&& take_error() { return std::get<1>(std::move(state_)); }

 private:
  std::variant<T, Error> state_;
};

// Result of an operation with no value.
struct Ok {};
using Status = Result<Ok>;

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_RESULT_H_
