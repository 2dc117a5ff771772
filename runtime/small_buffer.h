// Room for the values of one call (wasm to host, JS to wasm) without a heap allocation in the
// common case: up to N in place, more on the heap.
#ifndef LINEA_RUNTIME_SMALL_BUFFER_H_
#define LINEA_RUNTIME_SMALL_BUFFER_H_

#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace linea::rt {

template <typename T, size_t N = 8>
class SmallBuffer {
 public:
  explicit SmallBuffer(size_t size) : size_(size) {
    if (size > N) heap_.resize(size);
  }
  SmallBuffer(const SmallBuffer&) = delete;
  SmallBuffer& operator=(const SmallBuffer&) = delete;

  T* data() { return size_ > N ? heap_.data() : in_place_.data(); }
  size_t size() const { return size_; }
  T& operator[](size_t i) { return data()[i]; }
  std::span<T> span() { return {data(), size_}; }

 private:
  std::array<T, N> in_place_{};
  std::vector<T> heap_;
  size_t size_;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_SMALL_BUFFER_H_
