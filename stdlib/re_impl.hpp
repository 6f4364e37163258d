// re_impl.hpp — the regular-expression engine behind `re` (private to the
// stdlib/re_*.cpp files).
//
// A pattern goes through three stages:
//   re_parse.cpp    pattern code points -> syntax tree (Node), with CPython's
//                   error messages and positions;
//   re_compile.cpp  tree -> Program: instructions for a backtracking machine,
//                   character classes, and what a search can skip by;
//   re_match.cpp    runs a Program over a subject with an explicit, heap-grown
//                   backtracking stack (no C recursion, so long subjects cannot
//                   overflow the C stack), polling the eval breaker so Ctrl-C
//                   interrupts a catastrophic match.
// re_module.cpp and re_objects.cpp wrap it as the `_gilpy_re` module (Pattern,
// Match, scanner), used by stdlib/py/re.py.
//
// Subjects are matched in place: bytes, and str that are pure ASCII, one byte
// per character; other str as their UTF-8, decoded on the fly. Positions
// inside the engine are byte offsets; the objects convert them to code-point
// indices, as CPython reports them.
#pragma once
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace gilpy {
namespace re {

// Flag bits, with CPython's values (Python code sees them: re.I == 2 ...).
enum : uint32_t {
  kFlagTemplate = 1,
  kFlagIgnoreCase = 2,
  kFlagLocale = 4,
  kFlagMultiline = 8,
  kFlagDotAll = 16,
  kFlagUnicode = 32,
  kFlagVerbose = 64,
  kFlagDebug = 128,
  kFlagAscii = 256,
};
constexpr uint32_t kMaxRepeat = 0xFFFFFFFFu;   // "no upper bound"; also the limit of {m,n}
constexpr int64_t kMaxGroups = 1073741823;     // CPython's MAXGROUPS on 64-bit builds

// Why a pattern (or a replacement template) was rejected. re_module.cpp turns
// it into the Python exception of `kind`.
struct PatternError {
  enum Kind { Syntax, Overflow, Value, Index, Recursion, NotSupported } kind;
  std::string msg;
  int64_t pos = -1;   // code-point index into the pattern; -1: no position
};

// ------------------------------------------------------------- characters
// CPython's simple case mappings as sre uses them (the first code point of
// the full mapping), and whether a character has case at all.
uint32_t char_lower(uint32_t c);
uint32_t char_upper(uint32_t c);
inline uint32_t ascii_lower(uint32_t c) { return c - 'A' < 26u ? c + 32 : c; }
bool char_is_cased(uint32_t c, bool ascii);
// Lower-cased characters that share an upper case with lower-cased `c`
// (ASCII 's' and LATIN SMALL LETTER LONG S, ...): count written to out[].
int case_fixes(uint32_t c, uint32_t out[4]);

enum Category : uint8_t {
  kCatDigit = 1, kCatNotDigit = 2, kCatSpace = 4, kCatNotSpace = 8, kCatWord = 16, kCatNotWord = 32,
};
bool is_word_char(uint32_t c, bool ascii);
bool category_test(uint8_t cat, uint32_t c, bool ascii);

// A compiled character set. `low` holds the final answer (negation and case
// folding included) for code points < 256, so byte subjects test one bit.
struct CharClass {
  uint64_t low[4] = {0, 0, 0, 0};
  std::vector<uint32_t> ranges;        // lo0, hi0, lo1, hi1...: sorted, disjoint
  std::vector<uint32_t> upper_ranges;  // folded sets only: ranges tested on c and upper(c)
  uint8_t cats = 0;                    // Category bits
  bool negate = false;
  bool fold = false;                   // test the lower-cased character
  bool ascii = false;                  // ASCII meaning of categories and case
  bool test(uint32_t c) const {
    if (c < 256) return (low[c >> 6] >> (c & 63)) & 1;
    return test_slow(c);
  }
  bool test_slow(uint32_t c) const;
  void finish();   // fills `low` from the rest
};

// ------------------------------------------------------------ the program
enum Op : uint8_t {
  kChar,          // a: code point
  kCharFold,      // a: lower-cased code point; mode 1: ASCII folding
  kAny,           // any character but '\n'
  kAnyAll,        // any character
  kClass,         // a: class index
  kString,        // a: literal index (bytes compared as they are)
  kAtBeginning, kAtBeginningLine, kAtBeginningString,
  kAtEnd, kAtEndLine, kAtEndString,
  kBoundary, kNonBoundary,   // mode 1: ASCII word characters
  kSplit,         // continue at a; on failure at b
  kJmp,           // a: target
  kSave,          // a: slot; b: group number when it closes a group (sets lastindex), else 0
  kBackref,       // a: group; mode 0 exact, 1 Unicode folding, 2 ASCII folding
  kGroupExists,   // a: group; b: target when the group did not match
  kRepeatOne,     // single-character item at pc+1, min..max times; mode: kGreedy...; next at pc+2
  kRepeatInit,    // a: repeat register
  kRepeatCheck,   // a: repeat register; b: exit; min, max; mode greedy/lazy; body at pc+2
  kRepeatEnter,   // a: repeat register: start an optional iteration (lazy resumption)
  kLookStart,     // mode: kLookNeg | kLookBehind; min: width behind; a: pc after kLookEnd
  kLookEnd,       // mode as kLookStart
  kAtomicStart,
  kAtomicEnd,
  kMatch,
};
enum : uint8_t { kGreedy = 0, kLazy = 1, kPossessive = 2 };
enum : uint8_t { kLookNeg = 1, kLookBehind = 2 };

struct Inst {
  uint8_t op;
  uint8_t mode = 0;
  int32_t a = 0;
  int32_t b = 0;
  uint32_t min = 0, max = 0;
};

struct Program {
  std::vector<Inst> code;
  std::vector<CharClass> classes;
  std::vector<std::string> strings;   // kString literals: UTF-8 (str patterns) or raw bytes
  int ngroups = 0;                    // capturing groups, not counting group 0
  int nregs = 0;                      // slots 0..2*ngroups+1, 2 per counted repeat, lastindex
  int lastindex_reg = 0;
  // What a search may skip by.
  bool anchored = false;              // only a match at the search start can succeed
  std::string prefix;                 // every match starts with these bytes
  bool has_firstset = false;
  uint64_t firstset[4] = {0, 0, 0, 0};   // bytes a match can start with (UTF-8 lead bytes)
};

// A compiled pattern: the program plus what Pattern objects report.
struct Compiled {
  std::shared_ptr<const Program> program;
  uint32_t flags = 0;                                     // with inline and implied flags
  int ngroups = 0;
  std::vector<std::pair<std::string, int>> group_names;   // UTF-8 name, group; in pattern order
};

// ----------------------------------------------------------- syntax tree
// What re_parse.cpp builds and re_compile.cpp reads. Flags are resolved per
// node (inline and scoped flags included), so the compiler needs no scopes.
enum class NodeKind : uint8_t { Seq, Alt, Char, Any, Class, Group, Repeat, Backref, Assert, At, Cond, Atomic };
enum AnchorKind : int32_t { kAnchorBegin, kAnchorEnd, kAnchorBeginString, kAnchorEndString, kAnchorBoundary, kAnchorNonBoundary };

struct Node {
  NodeKind kind;
  uint32_t flags = 0;        // effective flags (Char, Any, Class, Backref, At)
  uint32_t ch = 0;           // Char
  int32_t index = 0;         // Class: class number; Group: group number; Backref, Cond: group; At: AnchorKind
  uint32_t min = 0, max = 0; // Repeat
  uint8_t rep = kGreedy;     // Repeat
  bool behind = false;       // Assert
  bool neg = false;          // Assert
  std::vector<Node*> kids;   // Seq, Alt: items; Group, Repeat, Assert, Atomic: {body}; Cond: {yes, no or null}
  bool width_known = false;  // node_width's memo
  uint64_t width_lo = 0, width_hi = 0;
};

struct ClassItem {
  enum : uint8_t { Literal, Range, Cat } kind;
  uint32_t lo, hi;           // Cat: lo is a Category bit
};
struct ClassSpec {
  std::vector<ClassItem> items;
  bool negate = false;
  uint32_t flags = 0;
};

// How many characters a node can match: [lo, hi], saturating at kMaxWidth.
struct Width {
  uint64_t lo, hi;
};
constexpr uint64_t kMaxWidth = UINT64_MAX;

struct ParsedPattern {
  std::vector<std::unique_ptr<Node>> arena;
  std::vector<Width> group_widths;   // index: group number (0 unused)
  Node* root = nullptr;
  std::vector<ClassSpec> classes;
  uint32_t flags = 0;
  bool is_bytes = false;
  int ngroups = 0;
  std::vector<std::pair<std::string, int>> group_names;
};
ParsedPattern parse_pattern(const std::vector<uint32_t>& pattern, bool is_bytes, uint32_t flags);
Width node_width(const Node* n, const std::vector<Width>& group_widths);
// Whether a node's characters follow ASCII rules (bytes, re.ASCII, re.LOCALE).
inline bool ascii_mode(uint32_t flags, bool is_bytes) {
  return is_bytes || (flags & (kFlagAscii | kFlagLocale));
}

// Parses and compiles. `pattern` holds code points (bytes patterns: one per
// byte). Throws PatternError.
Compiled compile_pattern(const std::vector<uint32_t>& pattern, bool is_bytes, uint32_t flags);

// A replacement template, parsed: literal pieces (UTF-8 for str templates,
// raw bytes for bytes) and group references. Throws PatternError (Index for
// an unknown group name, as CPython raises IndexError).
struct TemplatePiece {
  int32_t group;         // -1: literal
  std::string literal;
};
std::vector<TemplatePiece> parse_template(const std::vector<uint32_t>& text, bool is_bytes, int ngroups,
                                          const std::vector<std::pair<std::string, int>>& names);

// ------------------------------------------------------------ the matcher
struct Subject {
  const unsigned char* data;
  int64_t size;     // bytes visible to the match (the endpos cut)
  bool utf8;        // decode UTF-8 (non-ASCII str); else one byte per character
};

// A stack of plain values whose push is cheap enough to inline in the
// matcher's loop. The first N entries live inside the object, so most
// matches allocate nothing; growth is out of line.
template <class T, size_t N>
class PodStack {
 public:
  PodStack() = default;
  PodStack(const PodStack&) = delete;
  PodStack& operator=(const PodStack&) = delete;
  ~PodStack() {
    if (data_ != inline_) std::free(data_);
  }
  void push(const T& v) {
    if (size_ == cap_) grow(size_ + 1);
    data_[size_++] = v;
  }
  T& back() { return data_[size_ - 1]; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  void pop() { size_--; }
  void resize(size_t n) { size_ = n; }   // shrink only
  void clear() { size_ = 0; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // n copies of v (the old contents are dropped).
  void assign(size_t n, const T& v) {
    size_ = 0;
    if (n > cap_) grow(n);
    for (size_t i = 0; i < n; i++) data_[i] = v;
    size_ = n;
  }

 private:
  [[gnu::noinline]] void grow(size_t need) {
    size_t cap = cap_ * 2 > need ? cap_ * 2 : need;
    T* d = static_cast<T*>(std::malloc(cap * sizeof(T)));
    if (!d) throw std::bad_alloc();
    std::memcpy(static_cast<void*>(d), data_, size_ * sizeof(T));
    if (data_ != inline_) std::free(data_);
    data_ = d;
    cap_ = cap;
  }
  T* data_ = inline_;
  size_t size_ = 0, cap_ = N;
  T inline_[N];
};

class Matcher {
 public:
  Matcher(const Program& program, Subject subject);
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;
  // A match starting exactly at `start` (bytes). `full`: it must end at the
  // subject's end. `must_advance`: an empty match at `start` does not count.
  bool match(int64_t start, bool full, bool must_advance = false);
  // The first match starting at `start` or later.
  bool search(int64_t start, bool must_advance = false);
  // After a success: slot 2g / 2g+1 hold group g's byte offsets (-1: unset).
  const int64_t* slots() const { return regs_.data(); }
  int lastindex() const { return int(regs_[program_.lastindex_reg]); }

 private:
  template <bool U> bool run(int64_t start);
  template <bool U> bool search_impl(int64_t start);
  void reset_regs();
  void poll_interrupts();

  // A backtracking point: where to resume, and how much of the trail to
  // undo first. `kind` says what resuming means (re_match.cpp).
  struct Choice {
    int32_t pc;
    uint8_t kind;
    int64_t pos;
    int64_t trail;
    int64_t aux;
  };
  // The old value of a register, restored when backtracking past it.
  struct TrailEntry {
    int32_t reg;
    int64_t old;
  };

  const Program& program_;
  Subject subject_;
  PodStack<int64_t, 24> regs_;
  PodStack<Choice, 16> choices_;
  PodStack<TrailEntry, 32> trail_;
  bool full_ = false;
  bool must_advance_ = false;
  int64_t advance_from_ = -1;   // the position an empty match may not end at
  uint32_t budget_ = 0;         // steps until the next interrupt poll
};

}  // namespace re
}  // namespace gilpy
