// sha512.hpp — SHA-512 (FIPS 180-4), for random.seed() of str and bytes
// seeds (CPython seeds with the bytes followed by their SHA-512 digest) and
// for a future hashlib.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace gilpy {

class Sha512 {
 public:
  Sha512();
  void update(std::string_view data);
  std::string digest();   // 64 raw bytes; the object must not be updated afterwards

 private:
  void block(const uint8_t* p);
  uint64_t h_[8];
  uint8_t buf_[128];
  size_t buf_len_ = 0;
  uint64_t total_ = 0;   // bytes hashed so far
};

inline std::string sha512(std::string_view data) {
  Sha512 s;
  s.update(data);
  return s.digest();
}

}  // namespace gilpy
