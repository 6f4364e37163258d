// lexer.cpp — the tokenizer: indentation, brackets, names, numbers, strings.
//
// The scanning rules, error messages and caret columns follow CPython 3.11's
// tokenizer, because scripts and tests compare SyntaxError output with it.
// String and number tokens are only delimited and validated here; their
// values are decoded by the parser (parser_literals.cpp).
#include "lexer.hpp"

#include <cstdio>

namespace gilpy::lex {

char32_t decode_utf8(std::string_view s, size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) { ++i; return b; }
  int n = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
  char32_t cp = b & (0x3F >> n);
  ++i;
  for (int k = 0; k < n && i < s.size(); ++k, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  // Lone surrogates (from "\ud800") are encoded like any other code point
  // (WTF-8), so that a Python str can hold them.
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ascii_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// What CPython's tokenizer keeps reading as part of a name (validated later).
bool is_name_char(int c) { return is_ascii_alpha(c) || is_digit(c) || c == '_' || c >= 0x80; }

Kw keyword_of(std::string_view w) {
  // Most names are not keywords; keywords start with a lowercase letter or
  // one of F, N, T, and are 2 to 8 characters long.
  if (w.size() < 2 || w.size() > 8) return Kw::NotKw;
  char c = w[0];
  if (!((c >= 'a' && c <= 'y') || c == 'F' || c == 'N' || c == 'T')) return Kw::NotKw;
  static const std::pair<std::string_view, Kw> kTable[] = {
      {"False", Kw::False}, {"None", Kw::None}, {"True", Kw::True}, {"and", Kw::And},
      {"as", Kw::As}, {"assert", Kw::Assert}, {"async", Kw::Async}, {"await", Kw::Await},
      {"break", Kw::Break}, {"class", Kw::Class}, {"continue", Kw::Continue}, {"def", Kw::Def},
      {"del", Kw::Del}, {"elif", Kw::Elif}, {"else", Kw::Else}, {"except", Kw::Except},
      {"finally", Kw::Finally}, {"for", Kw::For}, {"from", Kw::From}, {"global", Kw::Global},
      {"if", Kw::If}, {"import", Kw::Import}, {"in", Kw::In}, {"is", Kw::Is},
      {"lambda", Kw::Lambda}, {"nonlocal", Kw::Nonlocal}, {"not", Kw::Not}, {"or", Kw::Or},
      {"pass", Kw::Pass}, {"raise", Kw::Raise}, {"return", Kw::Return}, {"try", Kw::Try},
      {"while", Kw::While}, {"with", Kw::With}, {"yield", Kw::Yield},
  };
  for (const auto& [text, kw] : kTable)
    if (text[0] == c && text == w) return kw;
  return Kw::NotKw;
}

// Valid string prefixes: any case of r, u, b, f, br, rb, fr, rf.
bool is_string_prefix(std::string_view w) {
  if (w.size() > 2) return false;
  bool r = false, b = false, u = false, f = false;
  for (char ch : w) {
    char c = static_cast<char>(ch | 0x20);
    bool* flag = c == 'r' ? &r : c == 'b' ? &b : c == 'u' ? &u : c == 'f' ? &f : nullptr;
    if (!flag || *flag) return false;
    *flag = true;
  }
  if (u) return w.size() == 1;
  return !(b && f);
}

// The operator spelled at s (c1, c2 are the next characters or '\0'):
// the longest match, or length 0 for a character that is no operator.
int match_op(char c0, char c1, char c2, Op* op) {
  auto with_eq = [&](Op plain, Op eq) {
    *op = c1 == '=' ? eq : plain;
    return c1 == '=' ? 2 : 1;
  };
  switch (c0) {
    case '(': *op = Op::LPar; return 1;
    case ')': *op = Op::RPar; return 1;
    case '[': *op = Op::LSqb; return 1;
    case ']': *op = Op::RSqb; return 1;
    case '{': *op = Op::LBrace; return 1;
    case '}': *op = Op::RBrace; return 1;
    case ',': *op = Op::Comma; return 1;
    case ';': *op = Op::Semi; return 1;
    case '~': *op = Op::Tilde; return 1;
    case '.':
      if (c1 == '.' && c2 == '.') { *op = Op::Ellipsis; return 3; }
      *op = Op::Dot;
      return 1;
    case ':': return with_eq(Op::Colon, Op::ColonEqual);
    case '=': return with_eq(Op::Equal, Op::EqEqual);
    case '+': return with_eq(Op::Plus, Op::PlusEqual);
    case '%': return with_eq(Op::Percent, Op::PercentEqual);
    case '&': return with_eq(Op::Amper, Op::AmperEqual);
    case '|': return with_eq(Op::VBar, Op::VBarEqual);
    case '^': return with_eq(Op::Circumflex, Op::CircumflexEqual);
    case '@': return with_eq(Op::At, Op::AtEqual);
    case '!': return with_eq(Op::Bad, Op::NotEqual);
    case '-':
      if (c1 == '>') { *op = Op::Arrow; return 2; }
      return with_eq(Op::Minus, Op::MinusEqual);
    case '*':
      if (c1 == '*') { *op = c2 == '=' ? Op::DoubleStarEqual : Op::DoubleStar; return c2 == '=' ? 3 : 2; }
      return with_eq(Op::Star, Op::StarEqual);
    case '/':
      if (c1 == '/') { *op = c2 == '=' ? Op::DoubleSlashEqual : Op::DoubleSlash; return c2 == '=' ? 3 : 2; }
      return with_eq(Op::Slash, Op::SlashEqual);
    case '<':
      if (c1 == '<') { *op = c2 == '=' ? Op::LShiftEqual : Op::LShift; return c2 == '=' ? 3 : 2; }
      if (c1 == '>') { *op = Op::Bad; return 2; }   // Python 2's "<>"
      return with_eq(Op::Less, Op::LessEqual);
    case '>':
      if (c1 == '>') { *op = c2 == '=' ? Op::RShiftEqual : Op::RShift; return c2 == '=' ? 3 : 2; }
      return with_eq(Op::Greater, Op::GreaterEqual);
    case '$':
    case '?':
    case '`': *op = Op::Bad; return 1;
    default: return 0;
  }
}

std::string hex4(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
  return buf;
}

class Lexer {
 public:
  explicit Lexer(const LexRequest& r)
      : r_(r), s_(r.src), pos_(r.begin), end_(r.end), line_(r.line), line_start_(r.begin),
        line_start_col_(r.col), cache_pos_(r.begin), cache_col_(r.col) {
    out_.tokens.reserve((end_ - pos_) / 2 + 8);   // dense code has about 2 bytes per token
  }

  Lexed run() {
    scan_all();
    return std::move(out_);
  }

 private:
  struct Bracket {
    char ch;
    int line;
    int col;
  };

  const LexRequest& r_;
  std::string_view s_;
  uint32_t pos_, end_;
  int line_;
  uint32_t line_start_;
  int line_start_col_;
  uint32_t cache_pos_;   // column cache: the column of cache_pos_ on the current line
  int cache_col_;
  std::vector<int> indents_{0};      // indentation widths (tabs to multiples of 8)
  std::vector<int> alt_indents_{0};  // the same with tabs counted as 1, to detect TabError
  std::vector<Bracket> brackets_;
  bool line_has_tokens_ = false;     // the current logical line produced a token
  int64_t comment_start_ = -1;       // a comment ends the current logical line
  Lexed out_;

  int at(uint32_t i) const { return i < end_ ? static_cast<unsigned char>(s_[i]) : -1; }
  int level() const { return r_.initial_level + static_cast<int>(brackets_.size()); }

  // Column (in code points) of byte offset p on the current line.
  int col_of(uint32_t p) {
    if (p < cache_pos_) {
      cache_pos_ = line_start_;
      cache_col_ = line_start_col_;
    }
    for (; cache_pos_ < p; ++cache_pos_)
      if ((static_cast<unsigned char>(s_[cache_pos_]) & 0xC0) != 0x80) ++cache_col_;
    return cache_col_;
  }

  void new_line(uint32_t start) {
    ++line_;
    line_start_ = start;
    line_start_col_ = 0;
    cache_pos_ = start;
    cache_col_ = 0;
  }

  int line_length(int line) const {
    if (!r_.lines || line < 1 || line > static_cast<int>(r_.lines->size())) return 0;
    const std::string& t = (*r_.lines)[line - 1];
    int n = 0;
    for (unsigned char c : t) n += (c & 0xC0) != 0x80;
    return n;
  }

  // ---------------------------------------------------------------- output
  Token& emit(TokType type, uint32_t begin, int line, int col) {
    Token& t = out_.tokens.emplace_back();
    t.type = type;
    t.begin = begin;
    t.end = pos_;
    t.line = line;
    t.col = col;
    t.end_line = line_;
    t.end_col = col_of(pos_);
    t.level = static_cast<uint16_t>(level());
    return t;
  }

  void error(const char* kind, std::string msg, int line, int offset, int end_offset,
             bool overrides, bool incomplete = false, bool eof_in_brackets = false) {
    LexError e;
    e.info.kind = kind;
    e.info.msg = std::move(msg);
    e.info.filename = r_.filename ? *r_.filename : std::string();
    e.info.lineno = line;
    e.info.offset = offset;
    e.info.end_offset = end_offset;
    if (r_.lines && line >= 1 && line <= static_cast<int>(r_.lines->size()))
      e.info.text = (*r_.lines)[line - 1];
    e.info.incomplete = incomplete;
    e.overrides_generic = overrides;
    e.eof_in_brackets = eof_in_brackets;
    Token t;
    t.type = TokType::Error;
    t.begin = t.end = pos_;
    t.line = t.end_line = line;
    t.col = t.end_col = offset > 0 ? offset - 1 : 0;
    t.error = static_cast<int>(out_.errors.size());
    t.level = static_cast<uint16_t>(level());
    out_.errors.push_back(std::move(e));
    out_.tokens.push_back(t);
  }

  // A syntax error with the caret at `offset` (1-based) of the current line.
  void syntax_error(std::string msg, int offset) {
    error("SyntaxError", std::move(msg), line_, offset, offset, true);
  }

  // ------------------------------------------------------------- main loop
  void scan_all() {
    bool line_start = level() == 0;
    for (;;) {
      if (line_start) {
        line_start = false;
        if (!indentation()) return;
      }
      while (pos_ < end_ && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\f')) ++pos_;
      if (pos_ >= end_) return finish();
      char c = s_[pos_];
      if (c == '#') {
        if (comment_start_ < 0) comment_start_ = pos_;
        while (pos_ < end_ && s_[pos_] != '\n') ++pos_;
        continue;
      }
      if (c == '\n') {
        line_start = newline();
        continue;
      }
      comment_start_ = -1;
      if (c == '\\') {
        if (!continuation()) return;
        continue;
      }
      if (!token()) return;
      line_has_tokens_ = true;
    }
  }

  // At '\n'. Returns whether the next line starts a new logical line.
  bool newline() {
    if (level() > 0 || !line_has_tokens_) {
      ++pos_;
      new_line(pos_);
      comment_start_ = -1;
      return level() == 0;
    }
    // The NEWLINE token starts at a trailing comment, as CPython's does, so
    // "expected ':'" points at the comment.
    uint32_t begin = comment_start_ >= 0 ? static_cast<uint32_t>(comment_start_) : pos_;
    int col = col_of(begin);
    emit(TokType::Newline, begin, line_, col);
    ++pos_;
    new_line(pos_);
    line_has_tokens_ = false;
    comment_start_ = -1;
    return true;
  }

  // End of input: close the last line, the open blocks, then ENDMARKER.
  void finish() {
    if (!brackets_.empty()) {
      const Bracket& b = brackets_.back();
      std::string msg = std::string("'") + b.ch + "' was never closed";
      error("SyntaxError", msg, b.line, b.col + 1, 0, false, true, true);
      return;
    }
    if (line_has_tokens_ && r_.initial_level == 0) {
      uint32_t begin = comment_start_ >= 0 ? static_cast<uint32_t>(comment_start_) : pos_;
      emit(TokType::Newline, begin, line_, col_of(begin));
      line_has_tokens_ = false;
      new_line(pos_);
    }
    int col = col_of(pos_);
    for (size_t i = 1; i < indents_.size(); ++i) emit(TokType::Dedent, pos_, line_, col);
    indents_.resize(1);
    emit(TokType::EndMarker, pos_, line_, col);
  }

  // Backslash-newline joins lines; anything else after a backslash is an error.
  bool continuation() {
    int offset = col_of(pos_) + 2;
    if (pos_ + 1 < end_ && s_[pos_ + 1] == '\n') {
      pos_ += 2;
      new_line(pos_);
      if (pos_ >= end_) {
        error("SyntaxError", "unexpected EOF while parsing", line_ - 1, offset, 0, false, true);
        return false;
      }
      return true;
    }
    if (pos_ + 1 >= end_) {
      error("SyntaxError", "unexpected EOF while parsing", line_, offset, 0, false, true);
      return false;
    }
    error("SyntaxError", "unexpected character after line continuation character", line_, offset,
          0, false);
    return false;
  }

  // ----------------------------------------------------------- indentation
  // At the start of a logical line: skips blank and comment-only lines, then
  // emits INDENT or DEDENTs. Returns false after an error.
  bool indentation() {
    for (;;) {
      int width = 0, alt = 0;
      int cont_width = 0;   // width where a backslash continued the indentation
      uint32_t p = pos_;
      for (; p < end_; ++p) {
        char c = s_[p];
        if (c == ' ') {
          ++width, ++alt;
        } else if (c == '\t') {
          width = (width / 8 + 1) * 8;
          ++alt;
        } else if (c == '\f') {
          width = alt = 0;
        } else if (c == '\\') {
          // Indentation split by a backslash: the first backslash's column
          // sets the level (a backslash in column 0 does not count), as in
          // CPython 3.11.
          if (cont_width == 0) cont_width = width;
          pos_ = p;
          if (!continuation()) return false;
          p = pos_ - 1;   // the loop's ++p moves to the next line's first byte
        } else {
          break;
        }
      }
      if (cont_width != 0) width = alt = cont_width;
      if (p >= end_) {
        pos_ = p;
        return true;
      }
      if (s_[p] == '#' || s_[p] == '\n') {   // blank line: no tokens, no indentation change
        while (p < end_ && s_[p] != '\n') ++p;
        pos_ = p;
        if (p >= end_) return true;
        ++pos_;
        new_line(pos_);
        continue;
      }
      pos_ = p;
      return change_indent(width, alt, p);
    }
  }

  bool change_indent(int width, int alt, uint32_t first) {
    int col = col_of(first);
    if (width == indents_.back()) {
      if (alt != alt_indents_.back()) return tab_error();
      return true;
    }
    if (width > indents_.back()) {
      if (static_cast<int>(indents_.size()) >= kMaxIndentLevel) {
        error("IndentationError", "too many levels of indentation", line_, 1, 0, false);
        return false;
      }
      if (alt <= alt_indents_.back()) return tab_error();
      indents_.push_back(width);
      alt_indents_.push_back(alt);
      Token& t = emit(TokType::Indent, line_start_, line_, 0);
      t.end = first;
      t.end_col = col;
      return true;
    }
    // The new width must be one of the enclosing levels; check before any
    // DEDENT is emitted, so the parser sees the error first.
    size_t keep = indents_.size();
    while (keep > 1 && width < indents_[keep - 1]) --keep;
    if (width != indents_[keep - 1]) {
      int offset = line_length(line_) + 1;
      error("IndentationError", "unindent does not match any outer indentation level", line_,
            offset, 0, false);
      return false;
    }
    while (indents_.size() > keep) {
      indents_.pop_back();
      alt_indents_.pop_back();
      emit(TokType::Dedent, first, line_, col);
    }
    if (alt != alt_indents_.back()) return tab_error();
    return true;
  }

  bool tab_error() {
    error("TabError", "inconsistent use of tabs and spaces in indentation", line_, 1, 0, false);
    return false;
  }

  // ---------------------------------------------------------------- tokens
  bool token() {
    int c = at(pos_);
    if (is_ascii_alpha(c) || c == '_' || c >= 0x80) return name_or_string();
    if (is_digit(c) || (c == '.' && is_digit(at(pos_ + 1)))) return number();
    if (c == '"' || c == '\'') return string(pos_, pos_);
    return op();
  }

  bool op() {
    uint32_t begin = pos_;
    int line = line_, col = col_of(pos_);
    auto ch_at = [&](uint32_t i) { return i < end_ ? s_[i] : '\0'; };
    Op found;
    int len = match_op(s_[pos_], ch_at(pos_ + 1), ch_at(pos_ + 2), &found);
    if (len > 0) {
      if (!brackets_check(found, col)) return false;
      pos_ += static_cast<uint32_t>(len);
      emit(TokType::Op, begin, line, col).op = found;
      return true;
    }
    int ch = at(pos_);
    syntax_error("invalid non-printable character U+" + hex4(static_cast<char32_t>(ch)), col + 1);
    return false;
  }

  // Keeps the bracket stack; reports unbalanced or too deep brackets.
  bool brackets_check(Op op, int col) {
    if (op == Op::LPar || op == Op::LSqb || op == Op::LBrace) {
      if (static_cast<int>(brackets_.size()) >= kMaxBracketLevel) {
        syntax_error("too many nested parentheses", col + 1);
        return false;
      }
      char ch = op == Op::LPar ? '(' : op == Op::LSqb ? '[' : '{';
      brackets_.push_back({ch, line_, col});
      return true;
    }
    if (op != Op::RPar && op != Op::RSqb && op != Op::RBrace) return true;
    char close = op == Op::RPar ? ')' : op == Op::RSqb ? ']' : '}';
    if (brackets_.empty()) {
      if (r_.initial_level > 0) return true;   // an f-string field: the caller reports it
      syntax_error(std::string("unmatched '") + close + "'", col + 1);
      return false;
    }
    Bracket open = brackets_.back();
    char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (close != want) {
      std::string msg = std::string("closing parenthesis '") + close +
                        "' does not match opening parenthesis '" + open.ch + "'";
      if (open.line != line_) msg += " on line " + std::to_string(open.line);
      syntax_error(msg, col + 1);
      return false;
    }
    brackets_.pop_back();
    return true;
  }

  bool name_or_string() {
    uint32_t begin = pos_;
    uint32_t p = pos_;
    bool ascii = true;
    for (; p < end_ && is_name_char(static_cast<unsigned char>(s_[p])); ++p)
      ascii &= static_cast<unsigned char>(s_[p]) < 0x80;
    std::string_view word = s_.substr(begin, p - begin);
    int q = at(p);
    if ((q == '"' || q == '\'') && is_string_prefix(word)) return string(begin, p);
    int line = line_, col = col_of(begin);
    if (!ascii && !valid_identifier(begin, p)) return false;
    pos_ = p;
    Token& t = emit(TokType::Name, begin, line, col);
    t.kw = keyword_of(word);
    return true;
  }

  // Non-ASCII names must be XID_Start XID_Continue*, as str.isidentifier().
  bool valid_identifier(uint32_t begin, uint32_t end) {
    size_t i = begin;
    bool first = true;
    while (i < end) {
      size_t at_i = i;
      char32_t cp = decode_utf8(s_, i);
      bool ok = cp < 0x80 ? (is_ascii_alpha(static_cast<int>(cp)) || cp == '_' ||
                             (!first && is_digit(static_cast<int>(cp))))
                          : (first ? is_xid_start(cp) : is_xid_continue(cp));
      if (!ok) {
        int offset = col_of(static_cast<uint32_t>(at_i)) + 1;
        if (!is_printable(cp)) {
          syntax_error("invalid non-printable character U+" + hex4(cp), offset);
        } else {
          std::string ch;
          append_utf8(ch, cp);
          syntax_error("invalid character '" + ch + "' (U+" + hex4(cp) + ")", offset);
        }
        return false;
      }
      first = false;
    }
    return true;
  }

  // --------------------------------------------------------------- numbers
  // The scan keeps CPython's cursor discipline, so the caret of an error
  // lands on the same column: `p` is the index of the next unread byte.
  bool number_error(const std::string& msg, uint32_t p) {
    syntax_error(msg, col_of(p));
    return false;
  }

  // Digits with single underscores between them. Returns the end, or 0 after an error.
  uint32_t decimal_tail(uint32_t p) {
    for (;;) {
      while (is_digit(at(p))) ++p;
      if (at(p) != '_') return p;
      ++p;
      if (!is_digit(at(p))) {
        number_error("invalid decimal literal", p);
        return 0;
      }
    }
  }

  bool followed_by_word(uint32_t p, std::string_view w) const {
    for (char c : w)
      if (at(p++) != c) return false;
    return !is_name_char(at(p));
  }

  // A literal may be glued to a keyword ("1if x else y"); any other name
  // character right after it is an error.
  bool verify_end(uint32_t p, const char* kind) {
    int c = at(p);
    bool keyword = (c == 'a' && followed_by_word(p + 1, "nd")) ||
                   (c == 'e' && followed_by_word(p + 1, "lse")) ||
                   (c == 'f' && followed_by_word(p + 1, "or")) ||
                   (c == 'i' && (at(p + 1) == 'f' || at(p + 1) == 'n' || at(p + 1) == 's')) ||
                   (c == 'o' && followed_by_word(p + 1, "r")) ||
                   (c == 'n' && followed_by_word(p + 1, "ot"));
    if (!keyword && is_name_char(c)) return number_error(std::string("invalid ") + kind + " literal", p);
    return true;
  }

  bool emit_number(uint32_t begin, int col, uint32_t end) {
    pos_ = end;
    emit(TokType::Number, begin, line_, col);
    return true;
  }

  bool number() {
    uint32_t begin = pos_;
    int col = col_of(begin);
    int c1 = at(begin + 1) | 0x20;
    if (at(begin) == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) return radix_number(begin, col);
    uint32_t p = begin;
    if (at(p) == '0') {
      // "0", "00", "0_0" are fine; "0777" is an error unless it turns out
      // to be a float or imaginary literal ("0777.5", "0777j").
      ++p;
      for (;;) {
        if (at(p) == '_') {
          ++p;
          if (!is_digit(at(p))) return number_error("invalid decimal literal", p);
        }
        if (at(p) != '0') break;
        ++p;
      }
      uint32_t zeros_end = p + 1;
      bool nonzero = false;
      if (is_digit(at(p))) {
        nonzero = true;
        if (!(p = decimal_tail(p))) return false;
      }
      int c = at(p);
      if (c != '.' && c != 'e' && c != 'E' && c != 'j' && c != 'J') {
        if (nonzero) {
          error("SyntaxError",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                "for octal integers",
                line_, col + 1, col_of(zeros_end), true);
          return false;
        }
        if (!verify_end(p, "decimal")) return false;
        return emit_number(begin, col, p);
      }
    } else if (at(p) != '.') {
      if (!(p = decimal_tail(p))) return false;
    }
    return float_tail(begin, col, p);
  }

  // After the integer part: optional fraction, exponent and 'j'.
  bool float_tail(uint32_t begin, int col, uint32_t p) {
    if (at(p) == '.') {
      ++p;
      if (is_digit(at(p)) && !(p = decimal_tail(p))) return false;
    }
    if (at(p) == 'e' || at(p) == 'E') {
      uint32_t e = p++;
      if (at(p) == '+' || at(p) == '-') {
        ++p;
        if (!is_digit(at(p))) return number_error("invalid decimal literal", p);
      } else if (!is_digit(at(p))) {
        // Not an exponent: "1else" or an error such as "1e".
        if (!verify_end(e, "decimal")) return false;
        return emit_number(begin, col, e);
      }
      if (!(p = decimal_tail(p))) return false;
    }
    if (at(p) == 'j' || at(p) == 'J') {
      ++p;
      if (!verify_end(p, "imaginary")) return false;
    } else if (!verify_end(p, "decimal")) {
      return false;
    }
    return emit_number(begin, col, p);
  }

  bool radix_number(uint32_t begin, int col) {
    int r = at(begin + 1) | 0x20;
    const char* kind = r == 'x' ? "hexadecimal" : r == 'o' ? "octal" : "binary";
    auto digit_ok = [r](int c) {
      return r == 'x' ? is_hex_digit(c) : r == 'o' ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
    };
    auto bad_digit = [&](uint32_t p) {
      std::string msg =
          std::string("invalid digit '") + static_cast<char>(at(p)) + "' in " + kind + " literal";
      return number_error(msg, p + 1);
    };
    uint32_t p = begin + 2;
    for (;;) {
      if (at(p) == '_') ++p;
      if (!digit_ok(at(p))) {
        if (r != 'x' && is_digit(at(p))) return bad_digit(p);
        return number_error(std::string("invalid ") + kind + " literal", p);
      }
      while (digit_ok(at(p))) ++p;
      if (at(p) != '_') break;
    }
    if (r != 'x' && is_digit(at(p))) return bad_digit(p);
    if (!verify_end(p, kind)) return false;
    return emit_number(begin, col, p);
  }

  // --------------------------------------------------------------- strings
  // `begin` is the start of the token (the prefix), `q` the opening quote.
  bool string(uint32_t begin, uint32_t q) {
    int line = line_, col = col_of(begin);
    char quote = s_[q];
    bool triple = at(q + 1) == quote && at(q + 2) == quote;
    uint32_t p = q + (triple ? 3 : 1);
    for (;;) {
      if (p >= end_) {
        pos_ = p;
        // A final newline does not start a line of its own.
        int last = (line_start_ == p && line_ > line) ? line_ - 1 : line_;
        if (triple) {
          error("SyntaxError",
                "unterminated triple-quoted string literal (detected at line " +
                    std::to_string(last) + ")",
                line, col + 1, col + 1, true, true);
        } else {
          error("SyntaxError",
                "unterminated string literal (detected at line " + std::to_string(last) + ")",
                line, col + 1, col + 1, true);
        }
        return false;
      }
      char c = s_[p];
      if (c == quote) {
        if (!triple) { ++p; break; }
        if (at(p + 1) == quote && at(p + 2) == quote) { p += 3; break; }
        ++p;
        continue;
      }
      if (c == '\\') {
        ++p;
        if (p < end_ && s_[p] == '\n') new_line(p + 1);
        if (p < end_) ++p;
        continue;
      }
      if (c == '\n') {
        if (!triple) {
          pos_ = p;
          error("SyntaxError",
                "unterminated string literal (detected at line " + std::to_string(line_) + ")",
                line, col + 1, col + 1, true);
          return false;
        }
        new_line(p + 1);
      }
      ++p;
    }
    pos_ = p;
    emit(TokType::String, begin, line, col);
    return true;
  }
};

}  // namespace

Lexed tokenize(const LexRequest& req) {
  Lexer lexer(req);
  return lexer.run();
}

}  // namespace gilpy::lex
