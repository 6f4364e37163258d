// re_objects.hpp — the Python objects of `_gilpy_re` (re.Pattern, re.Match,
// the scanner behind finditer), shared by re_module.cpp and re_objects.cpp.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "runtime/object.hpp"
#include "stdlib/buffer.hpp"
#include "stdlib/re_impl.hpp"

namespace gilpy {

struct Dict;

namespace re {

struct PatternObject : Object {
  Value source;          // the pattern: str or bytes (owned)
  Dict* groupindex;      // group name -> number (owned)
  Compiled* compiled;    // owned
  bool is_bytes;
};
extern Type PatternType, MatchType, ScannerType;
inline PatternObject* as_pattern(Value v) { return static_cast<PatternObject*>(v.as_obj()); }

// The text of a subject while it is matched: a str's UTF-8, or the bytes of
// a bytes-like object. A bytearray (or array) cannot be resized meanwhile.
class SubjectView {
 public:
  // Raises CPython's TypeErrors for a wrong type or a str/bytes mix-up.
  SubjectView(Value obj, bool pattern_is_bytes);
  ~SubjectView();
  SubjectView(const SubjectView&) = delete;
  SubjectView& operator=(const SubjectView&) = delete;

  Value obj() const { return obj_.get(); }
  bool is_str() const { return is_str_; }
  bool utf8() const { return utf8_; }   // a str with non-ASCII characters
  const unsigned char* data() const { return data_; }
  int64_t size() const { return size_; }       // bytes
  int64_t length() const { return length_; }   // characters
  // Byte offset of character index i (0 <= i <= length).
  int64_t byte_of(int64_t i) const;
  Subject subject(int64_t end_byte) const { return Subject{data_, end_byte, utf8_}; }
  // The text between two byte offsets as a new str or bytes.
  Ref slice(int64_t b, int64_t e) const;

 private:
  Ref obj_;
  const unsigned char* data_ = nullptr;
  int64_t size_ = 0, length_ = 0;
  bool is_str_ = false, utf8_ = false;
  Bytes* exported_ = nullptr;   // a bytearray whose size is frozen while we look at it
  BufferGuard buffer_;          // array.array and other typed buffers
};

// Converts byte offsets of a subject to character indices, walking from the
// previous answer (matches move forward through a subject).
class CharCounter {
 public:
  CharCounter(const unsigned char* data, bool utf8) : data_(data), utf8_(utf8) {}
  void anchor(int64_t byte, int64_t index) {
    byte_ = byte;
    index_ = index;
  }
  int64_t index_of(int64_t byte);

 private:
  const unsigned char* data_;
  bool utf8_;
  int64_t byte_ = 0, index_ = 0;
};

// pos/endpos arguments clamped to [0, length] (CPython's rules).
struct Window {
  int64_t pos, endpos;             // characters
  int64_t pos_byte, endpos_byte;   // bytes
};
Window window_of(const SubjectView& s, Value pos, Value endpos);

// A new Match for the matcher's last success.
Ref match_new(PatternObject* p, const SubjectView& s, const Matcher& m, const Window& w, CharCounter& chars);

// A scanner over string[pos:endpos] (pos, endpos may be null): the object
// behind finditer, with match() and search() methods.
Ref scanner_new(PatternObject* p, Value string, Value pos, Value endpos);

// Appends the expansion of `pieces` for a match (slots in bytes of `data`).
void expand_template(const std::vector<TemplatePiece>& pieces, const unsigned char* data, const int64_t* slots,
                     std::string& out);
// Parses a template given as str or bytes for pattern p (raises re.error,
// IndexError or TypeError as CPython does).
std::vector<TemplatePiece> template_of(PatternObject* p, Value text);

// Code points of a str, or the bytes of a bytes-like object.
std::vector<uint32_t> code_points_of(Value text, bool is_bytes);
// Raises the Python exception for a PatternError (`pattern`: the source
// to report, or null).
[[noreturn]] void raise_pattern_error(const PatternError& e, Value pattern);

// Ready the types (once per process).
void init_re_types();

}  // namespace re
}  // namespace gilpy
