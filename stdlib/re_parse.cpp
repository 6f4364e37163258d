// re_parse.cpp — regular-expression syntax to a tree of Nodes.
//
// The grammar, the error messages and the error positions are CPython
// 3.11's (its re/_parser.py is the reference), because programs and tests
// see them: "nothing to repeat at position 0", "missing ), unterminated
// subpattern at position 3", ... The tokenizer works the same way as the
// reference's: a token is one character or a backslash and the character
// after it, read one token ahead, and positions are token starts.
//
// Inline and scoped flags are resolved while parsing (global flags must come
// first in 3.11), so every node carries the flags that apply to it.
#include <algorithm>
#include <string>

#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/unicode_db.hpp"
#include "stdlib/re_impl.hpp"

namespace gilpy {
namespace re {
namespace {

// Nesting deeper than this is a RecursionError, as CPython's recursive parser
// gives one (a little after 300 levels there; we allow more).
constexpr int kMaxNesting = 900;

bool is_digit(uint32_t c) { return c - '0' < 10u; }
bool is_octal(uint32_t c) { return c - '0' < 8u; }
bool is_hex(uint32_t c) { return is_digit(c) || (c | 32) - 'a' < 6u; }
bool is_ascii_letter(uint32_t c) { return (c | 32) - 'a' < 26u; }
bool is_verbose_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
uint32_t hex_value(uint32_t c) { return is_digit(c) ? c - '0' : (c | 32) - 'a' + 10; }

bool is_flag_char(uint32_t c) {
  return c == 'i' || c == 'L' || c == 'm' || c == 's' || c == 'x' || c == 'a' || c == 't' || c == 'u';
}
uint32_t flag_of(uint32_t c) {
  switch (c) {
    case 'i': return kFlagIgnoreCase;
    case 'L': return kFlagLocale;
    case 'm': return kFlagMultiline;
    case 's': return kFlagDotAll;
    case 'x': return kFlagVerbose;
    case 'a': return kFlagAscii;
    case 't': return kFlagTemplate;
    default: return kFlagUnicode;   // 'u'
  }
}
constexpr uint32_t kTypeFlags = kFlagAscii | kFlagLocale | kFlagUnicode;
constexpr uint32_t kGlobalFlags = kFlagDebug | kFlagTemplate;

// Scoped flags (?a-i:...) applied to the enclosing flags: a type flag
// replaces the enclosing one.
uint32_t combine_flags(uint32_t flags, uint32_t add, uint32_t del) {
  if (add & kTypeFlags) flags &= ~kTypeFlags;
  return (flags | add) & ~del;
}

std::string utf8_of(const std::u32string& s) {
  std::string out;
  for (uint32_t c : s) utf8_append(out, c);
  return out;
}

bool is_identifier(const std::u32string& s) {
  if (s.empty() || !unicode_has(s[0], kUniXidStart)) return false;
  for (size_t i = 1; i < s.size(); i++)
    if (!unicode_has(s[i], kUniXidContinue)) return false;
  return true;
}

// int(name) for a group number written in a pattern or template: Python's
// int() accepts spaces around, a sign, underscores between digits and any
// Unicode decimal digits. False unless it is a non-negative integer. Big
// values saturate (they are all "invalid group reference" anyway).
bool parse_group_number(const std::u32string& s, int64_t* out) {
  size_t i = 0, n = s.size();
  while (i < n && unicode_isspace(s[i])) i++;
  while (n > i && unicode_isspace(s[n - 1])) n--;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if (i >= n) return false;
  int64_t v = 0;
  bool prev_digit = false;
  for (; i < n; i++) {
    if (s[i] == '_' && prev_digit && i + 1 < n && unicode_decimal(s[i + 1]) >= 0) {
      prev_digit = false;
      continue;
    }
    int d = unicode_decimal(s[i]);
    if (d < 0) return false;
    v = v > (INT64_MAX - d) / 10 ? INT64_MAX : v * 10 + d;
    prev_digit = true;
  }
  if (neg && v != 0) return false;
  *out = v;
  return true;
}

// A token: one character, or a backslash and the character after it.
struct Tok {
  uint32_t c = 0;
  uint8_t len = 0;   // 0: end of pattern
  bool is(uint32_t ch) const { return len == 1 && c == ch; }
};

// The reference's tokenizer: reads one token ahead; tell() is where the
// next token starts; errors are reported at tell() - offset.
class Tokenizer {
 public:
  Tokenizer(const std::vector<uint32_t>& text, bool is_bytes)
      : s_(text.data()), n_(text.size()), is_bytes_(is_bytes) {
    advance();
  }

 protected:
  void advance() {
    if (index_ >= n_) {
      tok_ = Tok{};
      return;
    }
    uint32_t c = s_[index_];
    if (c != '\\') {
      tok_ = Tok{c, 1};
      index_ += 1;
      return;
    }
    if (index_ + 1 >= n_)
      throw PatternError{PatternError::Syntax, "bad escape (end of pattern)", int64_t(n_) - 1};
    tok_ = Tok{s_[index_ + 1], 2};
    index_ += 2;
  }
  Tok get() {
    Tok t = tok_;
    advance();
    return t;
  }
  bool match(uint32_t c) {
    if (!tok_.is(c)) return false;
    advance();
    return true;
  }
  int64_t tell() const { return int64_t(index_) - tok_.len; }
  void seek(int64_t index) {
    index_ = size_t(index);
    advance();
  }
  // Up to n single-character tokens accepted by `ok`.
  template <class F> std::u32string get_while(int n, F ok) {
    std::u32string r;
    for (int i = 0; i < n && tok_.len == 1 && ok(tok_.c); i++) r += get().c;
    return r;
  }
  // The text up to `terminator`, which must be there and not at the start.
  std::u32string get_until(uint32_t terminator, const char* name) {
    std::u32string r;
    for (;;) {
      Tok t = get();
      if (!t.len) {
        if (r.empty()) fail(std::string("missing ") + name);
        fail("missing " + utf8_of(std::u32string(1, terminator)) + ", unterminated name", int64_t(r.size()));
      }
      if (t.is(terminator)) {
        if (r.empty()) fail(std::string("missing ") + name, 1);
        return r;
      }
      if (t.len == 2) r += U'\\';
      r += t.c;
    }
  }
  std::string text(Tok t) const {
    std::string r = t.len == 2 ? "\\" : "";
    utf8_append(r, t.c);
    return r;
  }
  std::string repr_of(const std::u32string& s) const { return str_repr_utf8(utf8_of(s)); }

  // Messages about bytes patterns are ASCII: other characters as \xhh.
  std::string message(const std::string& msg) const {
    if (!is_bytes_) return msg;
    std::string out;
    for (size_t i = 0; i < msg.size();) {
      int len;
      uint32_t c = utf8_decode(msg.data() + i, &len);
      i += size_t(len);
      if (c < 0x80) {
        out += char(c);
      } else {
        char buf[16];
        snprintf(buf, sizeof buf, "\\x%02x", unsigned(c));
        out += buf;
      }
    }
    return out;
  }
  [[noreturn]] void fail(const std::string& msg, int64_t offset = 0) const {
    throw PatternError{PatternError::Syntax, message(msg), tell() - offset};
  }

  // A digit escape \N (N = t.c), in a pattern or a template: a second
  // decimal digit may follow, and three octal digits are a character code
  // (0-0o377), stored in *octal. Otherwise *octal stays kNotOctal and the
  // escape names a group (group_number). Returns the escape's text.
  static constexpr uint32_t kNotOctal = UINT32_MAX;
  std::u32string digit_escape(Tok t, uint32_t* octal) {
    std::u32string esc = U"\\";
    esc += t.c;
    *octal = kNotOctal;
    if (tok_.len == 1 && is_digit(tok_.c)) {
      esc += get().c;
      if (is_octal(esc[1]) && is_octal(esc[2]) && tok_.len == 1 && is_octal(tok_.c)) {
        esc += get().c;
        uint32_t v = (esc[1] - '0') * 64 + (esc[2] - '0') * 8 + (esc[3] - '0');
        if (v > 0377) fail("octal escape value " + utf8_of(esc) + " outside of range 0-0o377", int64_t(esc.size()));
        *octal = v;
      }
    }
    return esc;
  }
  static int group_number(const std::u32string& esc) {
    int group = 0;
    for (size_t i = 1; i < esc.size(); i++) group = group * 10 + int(esc[i] - '0');
    return group;
  }

  const uint32_t* s_;
  size_t n_;
  size_t index_ = 0;
  Tok tok_;
  bool is_bytes_;
};

class Parser : Tokenizer {
 public:
  Parser(const std::vector<uint32_t>& pattern, bool is_bytes, uint32_t flags, ParsedPattern& out)
      : Tokenizer(pattern, is_bytes), out_(out), flags_(flags), cur_(flags) {
    out_.is_bytes = is_bytes;
    out_.group_widths.push_back({0, 0});   // group 0
    closed_.push_back(true);
  }

  void run() {
    Node* root = parse_sub(flags_ & kFlagVerbose, 0);
    out_.flags = fix_flags(flags_);
    if (tok_.len) fail("unbalanced parenthesis");
    for (auto& [group, pos] : condition_refs_)
      if (group >= groups()) throw PatternError{PatternError::Syntax, "invalid group reference " + std::to_string(group), pos};
    out_.root = root;
    out_.ngroups = groups() - 1;
  }

 private:
  // ------------------------------------------------------------ groups
  int groups() const { return int(out_.group_widths.size()); }
  bool group_closed(int64_t g) const { return g < groups() && closed_[size_t(g)]; }
  int open_group(const std::u32string* name) {
    int gid = groups();
    out_.group_widths.push_back({0, 0});
    closed_.push_back(false);
    if (name) {
      std::string u = utf8_of(*name);
      for (auto& [n, g] : out_.group_names)
        if (n == u)
          throw PatternError{PatternError::Syntax,
                             message("redefinition of group name " + repr_of(*name) + " as group " +
                                     std::to_string(gid) + "; was group " + std::to_string(g)),
                             -1};
      out_.group_names.push_back({u, gid});
    }
    return gid;
  }
  void close_group(int gid, Node* body) {
    Width w = node_width(body, out_.group_widths);
    out_.group_widths[size_t(gid)] = w;
    closed_[size_t(gid)] = true;
  }
  int find_group(const std::u32string& name) const {
    std::string u = utf8_of(name);
    for (auto& [n, g] : out_.group_names)
      if (n == u) return g;
    return -1;
  }
  void check_lookbehind_group(int64_t gid) const {
    if (lookbehind_groups_ < 0) return;
    if (!group_closed(gid)) fail("cannot refer to an open group");
    if (gid >= lookbehind_groups_) fail("cannot refer to group defined in the same lookbehind subpattern");
  }
  void check_group_name(const std::u32string& name, int64_t offset) const {
    if (!is_identifier(name)) fail("bad character in group name " + repr_of(name), int64_t(name.size()) + offset);
  }

  // ------------------------------------------------------------ nodes
  Node* node(NodeKind k) {
    out_.arena.push_back(std::make_unique<Node>());
    Node* n = out_.arena.back().get();
    n->kind = k;
    n->flags = cur_;
    return n;
  }
  Node* char_node(uint32_t c) {
    Node* n = node(NodeKind::Char);
    n->ch = c;
    return n;
  }
  Node* class_node(ClassSpec spec) {
    spec.flags = cur_;
    out_.classes.push_back(std::move(spec));
    Node* n = node(NodeKind::Class);
    n->index = int32_t(out_.classes.size() - 1);
    return n;
  }
  Node* category_node(uint8_t cat) {
    ClassSpec spec;
    spec.items.push_back({ClassItem::Cat, cat, 0});
    return class_node(std::move(spec));
  }
  Node* at_node(AnchorKind k) {
    Node* n = node(NodeKind::At);
    n->index = k;
    return n;
  }
  Node* backref_node(int gid) {
    Node* n = node(NodeKind::Backref);
    n->index = gid;
    return n;
  }

  // ------------------------------------------------------------ alternation
  Node* parse_sub(bool verbose, int nested) {
    if (nested > kMaxNesting) throw PatternError{PatternError::Recursion, "maximum recursion depth exceeded", -1};
    check_c_stack(current_thread_state());
    std::vector<Node*> items;
    for (;;) {
      items.push_back(parse_seq(verbose, nested + 1, nested == 0 && items.empty()));
      if (!match('|')) break;
      if (nested == 0) verbose = flags_ & kFlagVerbose;
    }
    if (items.size() == 1) return items[0];
    if (Node* set = alternatives_as_class(items)) return set;
    Node* alt = node(NodeKind::Alt);
    alt->kids = std::move(items);
    return alt;
  }

  // a|b|[cd] is one character set (fewer backtracking points).
  Node* alternatives_as_class(const std::vector<Node*>& items) {
    ClassSpec spec;
    uint32_t flags = 0;
    for (size_t i = 0; i < items.size(); i++) {
      const Node* it = items[i];
      if (it->kids.size() != 1) return nullptr;
      const Node* k = it->kids[0];
      if (i == 0) flags = k->flags;
      if (k->flags != flags) return nullptr;
      if (k->kind == NodeKind::Char) {
        spec.items.push_back({ClassItem::Literal, k->ch, 0});
      } else if (k->kind == NodeKind::Class && !out_.classes[size_t(k->index)].negate) {
        for (const ClassItem& ci : out_.classes[size_t(k->index)].items) spec.items.push_back(ci);
      } else {
        return nullptr;
      }
    }
    uint32_t saved = cur_;
    cur_ = flags;
    Node* n = class_node(std::move(spec));
    cur_ = saved;
    Node* seq = node(NodeKind::Seq);
    seq->kids.push_back(n);
    return seq;
  }

  // ------------------------------------------------------------ sequence
  Node* parse_seq(bool verbose, int nested, bool first) {
    Node* seq = node(NodeKind::Seq);
    std::vector<Node*>& items = seq->kids;
    for (;;) {
      if (!tok_.len || tok_.is('|') || tok_.is(')')) break;
      Tok t = get();
      if (verbose && t.len == 1) {
        if (is_verbose_space(t.c)) continue;
        if (t.c == '#') {
          for (;;) {
            Tok c = get();
            if (!c.len || c.is('\n')) break;
          }
          continue;
        }
      }
      if (t.len == 2) {
        items.push_back(parse_escape(t));
        continue;
      }
      switch (t.c) {
        case '[': items.push_back(parse_class()); break;
        case '*': case '+': case '?': case '{':
          parse_repeat(t, items);
          break;
        case '.': items.push_back(node(NodeKind::Any)); break;
        case '^': items.push_back(at_node(kAnchorBegin)); break;
        case '$': items.push_back(at_node(kAnchorEnd)); break;
        case '(': {
          Node* g = parse_group(verbose, nested, first, items.empty());
          if (g == &global_flags_marker_) {
            verbose = flags_ & kFlagVerbose;
          } else if (g) {
            items.push_back(g);
          }
          break;
        }
        default: items.push_back(char_node(t.c)); break;
      }
    }
    // Non-capturing groups (plain Seq nodes) become part of this sequence.
    std::vector<Node*> flat;
    for (Node* k : items) {
      if (k->kind == NodeKind::Seq) flat.insert(flat.end(), k->kids.begin(), k->kids.end());
      else flat.push_back(k);
    }
    items = std::move(flat);
    return seq;
  }

  // ------------------------------------------------------------ repeats
  // Parses the digits of {m,n}; saturates far above the limit.
  static uint64_t digits_value(const std::u32string& d) {
    uint64_t v = 0;
    for (uint32_t c : d) v = std::min<uint64_t>(v * 10 + (c - '0'), uint64_t(1) << 40);
    return v;
  }
  void parse_repeat(Tok t, std::vector<Node*>& items) {
    int64_t here = tell();
    uint32_t min = 0, max = kMaxRepeat;
    if (t.c == '?') {
      max = 1;
    } else if (t.c == '+') {
      min = 1;
    } else if (t.c == '{') {
      if (tok_.is('}')) {
        items.push_back(char_node('{'));
        return;
      }
      std::u32string lo = get_while(INT32_MAX, is_digit), hi;
      if (match(',')) hi = get_while(INT32_MAX, is_digit);
      else hi = lo;
      if (!match('}')) {
        items.push_back(char_node('{'));
        seek(here);
        return;
      }
      if (!lo.empty()) {
        uint64_t v = digits_value(lo);
        if (v >= kMaxRepeat) throw PatternError{PatternError::Overflow, "the repetition number is too large", -1};
        min = uint32_t(v);
      }
      if (!hi.empty()) {
        uint64_t v = digits_value(hi);
        if (v >= kMaxRepeat) throw PatternError{PatternError::Overflow, "the repetition number is too large", -1};
        max = uint32_t(v);
        if (max < min) fail("min repeat greater than max repeat", tell() - here);
      }
    }
    if (items.empty() || items.back()->kind == NodeKind::At) fail("nothing to repeat", tell() - here + 1);
    if (items.back()->kind == NodeKind::Repeat) fail("multiple repeat", tell() - here + 1);
    Node* r = node(NodeKind::Repeat);
    r->min = min;
    r->max = max;
    r->kids.push_back(items.back());
    if (match('?')) r->rep = kLazy;
    else if (match('+')) r->rep = kPossessive;
    items.back() = r;
  }

  // ------------------------------------------------------------ escapes
  // \x.. \u.... \U........ (the token is consumed; digits follow).
  uint32_t hex_escape(Tok t, int ndigits) {
    std::u32string d = get_while(ndigits, is_hex);
    std::u32string esc = U"\\";
    esc += t.c;
    esc += d;
    if (int(d.size()) != ndigits) fail("incomplete escape " + utf8_of(esc), int64_t(esc.size()));
    uint32_t v = 0;
    for (uint32_t c : d) v = v * 16 + hex_value(c);
    if (v > 0x10FFFF) fail("bad escape " + utf8_of(esc), int64_t(esc.size()));
    return v;
  }
  [[noreturn]] void named_escape() {
    if (!match('{')) fail("missing {");
    get_until('}', "character name");
    throw PatternError{PatternError::NotSupported,
                       "re: \\N{...} named character escapes are not supported by gilpy (no Unicode name database)",
                       -1};
  }
  [[noreturn]] void bad_escape(Tok t) { fail("bad escape " + text(t), 2); }

  // An escape outside a character set.
  Node* parse_escape(Tok t) {
    switch (t.c) {
      case 'A': return at_node(kAnchorBeginString);
      case 'Z': return at_node(kAnchorEndString);
      case 'b': return at_node(kAnchorBoundary);
      case 'B': return at_node(kAnchorNonBoundary);
      case 'd': return category_node(kCatDigit);
      case 'D': return category_node(kCatNotDigit);
      case 's': return category_node(kCatSpace);
      case 'S': return category_node(kCatNotSpace);
      case 'w': return category_node(kCatWord);
      case 'W': return category_node(kCatNotWord);
      case 'a': return char_node('\a');
      case 'f': return char_node('\f');
      case 'n': return char_node('\n');
      case 'r': return char_node('\r');
      case 't': return char_node('\t');
      case 'v': return char_node('\v');
      case '\\': return char_node('\\');
      case 'x': return char_node(hex_escape(t, 2));
      case '0': {
        std::u32string d = get_while(2, is_octal);
        uint32_t v = 0;
        for (uint32_t c : d) v = v * 8 + (c - '0');
        return char_node(v);
      }
      default: break;
    }
    if (!is_bytes_) {
      if (t.c == 'u') return char_node(hex_escape(t, 4));
      if (t.c == 'U') return char_node(hex_escape(t, 8));
      if (t.c == 'N') named_escape();
    }
    if (is_digit(t.c)) return group_or_octal(t);
    if (is_ascii_letter(t.c)) bad_escape(t);
    return char_node(t.c);
  }

  // \1 .. \99 refer to groups; three octal digits are a character.
  Node* group_or_octal(Tok t) {
    uint32_t octal;
    std::u32string esc = digit_escape(t, &octal);
    if (octal != kNotOctal) return char_node(octal);
    int group = group_number(esc);
    if (group < groups()) {
      if (!group_closed(group)) fail("cannot refer to an open group", int64_t(esc.size()));
      check_lookbehind_group(group);
      return backref_node(group);
    }
    fail("invalid group reference " + std::to_string(group), int64_t(esc.size()) - 1);
  }

  // An escape inside a character set.
  ClassItem class_escape(Tok t) {
    auto lit = [](uint32_t c) { return ClassItem{ClassItem::Literal, c, 0}; };
    auto cat = [](uint8_t c) { return ClassItem{ClassItem::Cat, c, 0}; };
    switch (t.c) {
      case 'a': return lit('\a');
      case 'b': return lit('\b');
      case 'f': return lit('\f');
      case 'n': return lit('\n');
      case 'r': return lit('\r');
      case 't': return lit('\t');
      case 'v': return lit('\v');
      case '\\': return lit('\\');
      case 'd': return cat(kCatDigit);
      case 'D': return cat(kCatNotDigit);
      case 's': return cat(kCatSpace);
      case 'S': return cat(kCatNotSpace);
      case 'w': return cat(kCatWord);
      case 'W': return cat(kCatNotWord);
      case 'x': return lit(hex_escape(t, 2));
      default: break;
    }
    if (!is_bytes_) {
      if (t.c == 'u') return lit(hex_escape(t, 4));
      if (t.c == 'U') return lit(hex_escape(t, 8));
      if (t.c == 'N') named_escape();
    }
    if (is_octal(t.c)) {
      std::u32string esc = U"\\";
      esc += t.c;
      esc += get_while(2, is_octal);
      uint32_t v = 0;
      for (size_t i = 1; i < esc.size(); i++) v = v * 8 + (esc[i] - '0');
      if (v > 0377) fail("octal escape value " + utf8_of(esc) + " outside of range 0-0o377", int64_t(esc.size()));
      return lit(v);
    }
    if (is_digit(t.c) || is_ascii_letter(t.c)) bad_escape(t);
    return lit(t.c);
  }

  // ------------------------------------------------------------ [...]
  Node* parse_class() {
    int64_t here = tell() - 1;
    ClassSpec spec;
    spec.negate = match('^');
    auto& items = spec.items;
    for (;;) {
      Tok t = get();
      if (!t.len) fail("unterminated character set", tell() - here);
      if (t.is(']') && !items.empty()) break;
      ClassItem first = t.len == 2 ? class_escape(t) : ClassItem{ClassItem::Literal, t.c, 0};
      if (!match('-')) {
        items.push_back(first);
        continue;
      }
      Tok that = get();
      if (!that.len) fail("unterminated character set", tell() - here);
      if (that.is(']')) {
        items.push_back(first);
        items.push_back({ClassItem::Literal, '-', 0});
        break;
      }
      ClassItem second = that.len == 2 ? class_escape(that) : ClassItem{ClassItem::Literal, that.c, 0};
      int64_t span = t.len + 1 + that.len;
      if (first.kind != ClassItem::Literal || second.kind != ClassItem::Literal || second.lo < first.lo)
        fail("bad character range " + text(t) + "-" + text(that), span);
      items.push_back({ClassItem::Range, first.lo, second.lo});
    }
    if (items.size() == 1 && items[0].kind == ClassItem::Literal && !spec.negate) return char_node(items[0].lo);
    return class_node(std::move(spec));
  }

  // ------------------------------------------------------------ (...)
  // Returns the node to append, nullptr for nothing (a comment), or
  // &global_flags_marker_ after global flags (?i).
  Node* parse_group(bool verbose, int nested, bool first, bool seq_empty) {
    int64_t start = tell() - 1;
    bool capture = true, atomic = false;
    std::u32string name;
    bool named = false;
    uint32_t add = 0, del = 0;
    if (match('?')) {
      Tok c = get();
      if (!c.len) fail("unexpected end of pattern");
      if (c.is('P')) {
        if (match('<')) {
          name = get_until('>', "group name");
          check_group_name(name, 1);
          named = true;
        } else if (match('=')) {
          name = get_until(')', "group name");
          check_group_name(name, 1);
          int gid = find_group(name);
          if (gid < 0) fail("unknown group name " + repr_of(name), int64_t(name.size()) + 1);
          if (!group_closed(gid)) fail("cannot refer to an open group", int64_t(name.size()) + 1);
          check_lookbehind_group(gid);
          return backref_node(gid);
        } else {
          Tok c2 = get();
          if (!c2.len) fail("unexpected end of pattern");
          fail("unknown extension ?P" + text(c2), c2.len + 2);
        }
      } else if (c.is(':')) {
        capture = false;
      } else if (c.is('#')) {
        for (;;) {
          if (!tok_.len) fail("missing ), unterminated comment", tell() - start);
          if (get().is(')')) break;
        }
        return nullptr;
      } else if (c.is('=') || c.is('!') || c.is('<')) {
        return parse_lookaround(c, verbose, nested, start);
      } else if (c.is('(')) {
        return parse_conditional(verbose, nested, start);
      } else if (c.is('>')) {
        capture = false;
        atomic = true;
      } else if (c.len == 1 && (is_flag_char(c.c) || c.c == '-')) {
        bool global = parse_flags(c, &add, &del);
        if (global) {
          if (!first || !seq_empty) fail("global flags not at the start of the expression", tell() - start);
          cur_ = flags_;
          return &global_flags_marker_;
        }
        capture = false;
      } else {
        fail("unknown extension ?" + text(c), c.len + 1);
      }
    }
    int gid = 0;
    if (capture) {
      try {
        gid = open_group(named ? &name : nullptr);
      } catch (PatternError& e) {
        fail(e.msg, int64_t(name.size()) + 1);
      }
    }
    bool sub_verbose = (verbose || (add & kFlagVerbose)) && !(del & kFlagVerbose);
    uint32_t saved = cur_;
    cur_ = combine_flags(cur_, add, del);
    Node* body = parse_sub(sub_verbose, nested + 1);
    cur_ = saved;
    if (!match(')')) fail("missing ), unterminated subpattern", tell() - start);
    if (capture) close_group(gid, body);
    if (!capture && !atomic) {
      if (body->kind == NodeKind::Seq) return body;
      Node* seq = node(NodeKind::Seq);
      seq->kids.push_back(body);
      return seq;
    }
    Node* g = node(atomic ? NodeKind::Atomic : NodeKind::Group);
    g->index = gid;
    g->kids.push_back(body);
    return g;
  }

  Node* parse_lookaround(Tok c, bool verbose, int nested, int64_t start) {
    bool behind = false;
    int saved_lookbehind = lookbehind_groups_;
    if (c.is('<')) {
      c = get();
      if (!c.len) fail("unexpected end of pattern");
      if (!c.is('=') && !c.is('!')) fail("unknown extension ?<" + text(c), c.len + 2);
      behind = true;
      if (lookbehind_groups_ < 0) lookbehind_groups_ = groups();
    }
    Node* body = parse_sub(verbose, nested + 1);
    if (behind && saved_lookbehind < 0) lookbehind_groups_ = -1;
    if (!match(')')) fail("missing ), unterminated subpattern", tell() - start);
    Node* a = node(NodeKind::Assert);
    a->behind = behind;
    a->neg = c.is('!');
    a->kids.push_back(body);
    return a;
  }

  Node* parse_conditional(bool verbose, int nested, int64_t start) {
    std::u32string cond = get_until(')', "group name");
    int64_t offset = int64_t(cond.size()) + 1;
    int64_t group;
    if (is_identifier(cond)) {
      group = find_group(cond);
      if (group < 0) fail("unknown group name " + repr_of(cond), offset);
    } else {
      if (!parse_group_number(cond, &group)) fail("bad character in group name " + repr_of(cond), offset);
      if (group == 0) fail("bad group number", offset);
      if (group >= kMaxGroups) fail("invalid group reference " + std::to_string(group), offset);
      bool known = false;
      for (auto& [g, p] : condition_refs_) known |= g == group;
      if (!known) condition_refs_.push_back({group, tell() - offset});
    }
    check_lookbehind_group(group);
    Node* yes = parse_seq(verbose, nested + 1, false);
    Node* no = nullptr;
    if (match('|')) {
      no = parse_seq(verbose, nested + 1, false);
      if (tok_.is('|')) fail("conditional backref with more than two branches");
    }
    if (!match(')')) fail("missing ), unterminated subpattern", tell() - start);
    Node* n = node(NodeKind::Cond);
    n->index = int32_t(group);
    n->kids = {yes, no};
    return n;
  }

  // (?aiLmsux) global flags: returns true (and sets flags_). (?ai-msx:...)
  // scoped flags: returns false with *add / *del.
  bool parse_flags(Tok c, uint32_t* add, uint32_t* del) {
    if (!c.is('-')) {
      for (;;) {
        uint32_t flag = flag_of(c.c);
        if (!is_bytes_ && c.c == 'L') fail("bad inline flags: cannot use 'L' flag with a str pattern");
        if (is_bytes_ && c.c == 'u') fail("bad inline flags: cannot use 'u' flag with a bytes pattern");
        *add |= flag;
        if ((flag & kTypeFlags) && (*add & kTypeFlags) != flag)
          fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        c = get();
        if (!c.len) fail("missing -, : or )");
        if (c.is(')') || c.is('-') || c.is(':')) break;
        if (c.len != 1 || !is_flag_char(c.c))
          fail(c.len == 1 && unicode_has(c.c, kUniAlpha) ? "unknown flag" : "missing -, : or )", c.len);
      }
    }
    if (c.is(')')) {
      flags_ |= *add;
      return true;
    }
    if (*add & kGlobalFlags) fail("bad inline flags: cannot turn on global flag", 1);
    if (c.is('-')) {
      c = get();
      if (!c.len) fail("missing flag");
      if (c.len != 1 || !is_flag_char(c.c))
        fail(c.len == 1 && unicode_has(c.c, kUniAlpha) ? "unknown flag" : "missing flag", c.len);
      for (;;) {
        uint32_t flag = flag_of(c.c);
        if (flag & kTypeFlags) fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        *del |= flag;
        c = get();
        if (!c.len) fail("missing :");
        if (c.is(':')) break;
        if (c.len != 1 || !is_flag_char(c.c))
          fail(c.len == 1 && unicode_has(c.c, kUniAlpha) ? "unknown flag" : "missing :", c.len);
      }
    }
    if (*del & kGlobalFlags) fail("bad inline flags: cannot turn off global flag", 1);
    if (*add & *del) fail("bad inline flags: flag turned on and off", 1);
    return false;
  }

  uint32_t fix_flags(uint32_t flags) const {
    auto bad = [](const char* m) { throw PatternError{PatternError::Value, m, -1}; };
    if (!is_bytes_) {
      if (flags & kFlagLocale) bad("cannot use LOCALE flag with a str pattern");
      if (!(flags & kFlagAscii)) flags |= kFlagUnicode;
      else if (flags & kFlagUnicode) bad("ASCII and UNICODE flags are incompatible");
    } else {
      if (flags & kFlagUnicode) bad("cannot use UNICODE flag with a bytes pattern");
      if ((flags & kFlagLocale) && (flags & kFlagAscii)) bad("ASCII and LOCALE flags are incompatible");
    }
    return flags;
  }

  ParsedPattern& out_;
  uint32_t flags_;                  // the pattern's flags (global inline flags added)
  uint32_t cur_;                    // the flags where the parser is (scoped flags applied)
  std::vector<bool> closed_;        // per group: its ')' was seen
  int lookbehind_groups_ = -1;      // inside a look-behind: the group count at its start
  std::vector<std::pair<int64_t, int64_t>> condition_refs_;   // (?(N)...) group, position
  Node global_flags_marker_{};
};

// A replacement template (re.sub, Match.expand): literal text and group
// references, with the reference's escapes and messages.
class TemplateParser : Tokenizer {
 public:
  TemplateParser(const std::vector<uint32_t>& text, bool is_bytes, int ngroups,
                 const std::vector<std::pair<std::string, int>>& names)
      : Tokenizer(text, is_bytes), ngroups_(ngroups), names_(names) {}

  std::vector<TemplatePiece> run() {
    for (;;) {
      Tok t = get();
      if (!t.len) break;
      if (t.len == 1) {
        literal(t.c);
        continue;
      }
      switch (t.c) {
        case 'g': named_group(); break;
        case '0': {
          std::u32string d = get_while(2, is_octal);
          uint32_t v = 0;
          for (uint32_t c : d) v = v * 8 + (c - '0');
          literal(v & 0xff);
          break;
        }
        case 'a': literal('\a'); break;
        case 'b': literal('\b'); break;
        case 'f': literal('\f'); break;
        case 'n': literal('\n'); break;
        case 'r': literal('\r'); break;
        case 't': literal('\t'); break;
        case 'v': literal('\v'); break;
        case '\\': literal('\\'); break;
        default:
          if (is_digit(t.c)) {
            numbered_group(t);
          } else if (is_ascii_letter(t.c)) {
            fail("bad escape " + text(t), 2);
          } else {
            literal('\\');
            literal(t.c);
          }
      }
    }
    flush();
    return std::move(pieces_);
  }

 private:
  void literal(uint32_t c) {
    if (is_bytes_) lit_ += char(c);
    else utf8_append(lit_, c);
  }
  void flush() {
    if (!lit_.empty()) pieces_.push_back({-1, std::move(lit_)});
    lit_.clear();
  }
  void add_group(int64_t index, int64_t offset) {
    if (index > ngroups_) fail("invalid group reference " + std::to_string(index), offset);
    flush();
    pieces_.push_back({int32_t(index), {}});
  }
  void named_group() {
    if (!match('<')) fail("missing <");
    std::u32string name = get_until('>', "group name");
    int64_t offset = int64_t(name.size()) + 1;
    int64_t index;
    if (is_identifier(name)) {
      std::string u = utf8_of(name);
      index = -1;
      for (auto& [n, g] : names_)
        if (n == u) index = g;
      if (index < 0) throw PatternError{PatternError::Index, "unknown group name " + repr_of(name), -1};
    } else {
      if (!parse_group_number(name, &index)) fail("bad character in group name " + repr_of(name), offset);
      if (index >= kMaxGroups) fail("invalid group reference " + std::to_string(index), offset);
    }
    add_group(index, offset);
  }
  void numbered_group(Tok t) {
    uint32_t octal;
    std::u32string esc = digit_escape(t, &octal);
    if (octal != kNotOctal) {
      literal(octal);
      return;
    }
    int64_t index = group_number(esc);
    add_group(index, int64_t(esc.size()) - 1);
  }

  int ngroups_;
  const std::vector<std::pair<std::string, int>>& names_;
  std::vector<TemplatePiece> pieces_;
  std::string lit_;
};

uint64_t sat_add(uint64_t a, uint64_t b) { return a > kMaxWidth - b ? kMaxWidth : a + b; }
uint64_t sat_mul(uint64_t a, uint64_t b) {
  if (a == 0 || b == 0) return 0;
  return a > kMaxWidth / b ? kMaxWidth : a * b;
}

}  // namespace

Width node_width(const Node* n, const std::vector<Width>& group_widths) {
  if (n->width_known) return {n->width_lo, n->width_hi};
  check_c_stack(current_thread_state());
  Width w{0, 0};
  switch (n->kind) {
    case NodeKind::Seq:
      for (const Node* k : n->kids) {
        Width kw = node_width(k, group_widths);
        w = {sat_add(w.lo, kw.lo), sat_add(w.hi, kw.hi)};
      }
      break;
    case NodeKind::Alt:
      w = {kMaxWidth, 0};
      for (const Node* k : n->kids) {
        Width kw = node_width(k, group_widths);
        w = {std::min(w.lo, kw.lo), std::max(w.hi, kw.hi)};
      }
      break;
    case NodeKind::Char: case NodeKind::Any: case NodeKind::Class:
      w = {1, 1};
      break;
    case NodeKind::Group: case NodeKind::Atomic:
      w = node_width(n->kids[0], group_widths);
      break;
    case NodeKind::Repeat: {
      Width kw = node_width(n->kids[0], group_widths);
      w.lo = sat_mul(kw.lo, n->min);
      w.hi = n->max == kMaxRepeat && kw.hi ? kMaxWidth : sat_mul(kw.hi, n->max);
      break;
    }
    case NodeKind::Backref:
      w = group_widths[size_t(n->index)];
      break;
    case NodeKind::Cond: {
      w = node_width(n->kids[0], group_widths);
      if (n->kids[1]) {
        Width nw = node_width(n->kids[1], group_widths);
        w = {std::min(w.lo, nw.lo), std::max(w.hi, nw.hi)};
      } else {
        w.lo = 0;
      }
      break;
    }
    case NodeKind::Assert: case NodeKind::At:
      break;
  }
  Node* memo = const_cast<Node*>(n);
  memo->width_known = true;
  memo->width_lo = w.lo;
  memo->width_hi = w.hi;
  return w;
}

std::vector<TemplatePiece> parse_template(const std::vector<uint32_t>& text, bool is_bytes, int ngroups,
                                          const std::vector<std::pair<std::string, int>>& names) {
  return TemplateParser(text, is_bytes, ngroups, names).run();
}

ParsedPattern parse_pattern(const std::vector<uint32_t>& pattern, bool is_bytes, uint32_t flags) {
  ParsedPattern out;
  Parser(pattern, is_bytes, flags, out).run();
  return out;
}

}  // namespace re
}  // namespace gilpy
