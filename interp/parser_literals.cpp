// parser_literals.cpp — values of NUMBER and STRING tokens, and f-strings.
//
// The lexer only delimits literals; here they become Constant nodes (ints
// as decimal digit strings of any size) and JoinedStr trees. Adjacent string
// literals are concatenated; f-string replacement fields are lexed and
// parsed in place by a sub-parser, so their nodes carry real positions.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "parser_impl.hpp"

namespace gilpy::parse_impl {

using namespace ast;

// ------------------------------------------------------------------ numbers

namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  return (c | 0x20) - 'a' + 10;
}

// Converts hex/octal/binary digits to decimal text. Works on base-1e9 limbs,
// feeding as many digits at a time as fit in 2^30, so huge literals stay fast.
std::string radix_to_decimal(std::string_view digits, int base) {
  int bits = base == 16 ? 4 : base == 8 ? 3 : 1;
  size_t chunk = (base == 16 ? 28 : 30) / bits;
  std::vector<uint64_t> limbs{0};   // little-endian, each < 1e9
  for (size_t i = 0; i < digits.size(); i += chunk) {
    size_t n = std::min(chunk, digits.size() - i);
    uint64_t add = 0;
    for (size_t k = 0; k < n; ++k) add = (add << bits) | static_cast<uint64_t>(digit_value(digits[i + k]));
    uint64_t mul = uint64_t{1} << (bits * n);
    uint64_t carry = add;
    for (uint64_t& limb : limbs) {
      uint64_t v = limb * mul + carry;
      limb = v % 1000000000u;
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(carry % 1000000000u);
      carry /= 1000000000u;
    }
  }
  std::string out = std::to_string(limbs.back());
  char buf[16];
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", static_cast<unsigned>(limbs[i]));
    out += buf;
  }
  return out;
}

// Decimal float text (no underscores) to the nearest double; out-of-range
// values become inf or 0.0 as in CPython.
double parse_float(const std::string& s) {
  double d = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), d, std::chars_format::general);
  if (r.ec != std::errc::result_out_of_range) return d;
  // Estimate the decimal exponent: digits before the point (or leading
  // zeros after it) plus the explicit exponent.
  size_t e = s.find_first_of("eE");
  std::string mant = s.substr(0, e);
  long exp = e == std::string::npos ? 0 : std::strtol(s.c_str() + e + 1, nullptr, 10);
  size_t dot = mant.find('.');
  std::string ip = mant.substr(0, dot);
  size_t nz = ip.find_first_not_of('0');
  long magnitude;
  if (nz != std::string::npos) {
    magnitude = static_cast<long>(ip.size() - nz);
  } else {
    std::string fp = dot == std::string::npos ? "" : mant.substr(dot + 1);
    magnitude = -static_cast<long>(fp.find_first_not_of('0'));
  }
  return magnitude + exp > 0 ? HUGE_VAL : 0.0;
}

}  // namespace

Expr* Parser::number() {
  const Token& t = tok();
  auto* c = make<Constant>(here());
  std::string s;
  for (char ch : text(t))
    if (ch != '_') s += ch;
  char last = static_cast<char>(s.back() | 0x20);
  char radix = s.size() > 1 && s[0] == '0' ? static_cast<char>(s[1] | 0x20) : 0;
  if (last == 'j') {
    c->ckind = ConstKind::Complex;
    c->fval = parse_float(s.substr(0, s.size() - 1));
  } else if (radix == 'x' || radix == 'o' || radix == 'b') {
    c->ckind = ConstKind::Int;
    c->text = radix_to_decimal(std::string_view(s).substr(2), radix == 'x' ? 16 : radix == 'o' ? 8 : 2);
  } else if (s.find_first_of(".eE") != std::string::npos) {
    c->ckind = ConstKind::Float;
    c->fval = parse_float(s);
  } else {
    c->ckind = ConstKind::Int;
    size_t nz = s.find_first_not_of('0');
    c->text = nz == std::string::npos ? "0" : s.substr(nz);
  }
  advance();
  return c;
}

// ------------------------------------------------------------------ strings

// One STRING token, taken apart.
struct StringPiece {
  const Token* tok;
  bool raw = false, bytes = false, fstr = false;
  uint32_t body = 0, body_end = 0;   // byte offsets of the text between the quotes
  int line = 0, col = 0;             // position of the body's first character
};

namespace {

const char* const kNamedEscapeError = "\\N{...} escapes are not supported by gilpy";

StringPiece split_string(const Token& t, std::string_view src) {
  StringPiece p;
  p.tok = &t;
  uint32_t i = t.begin;
  for (; src[i] != '"' && src[i] != '\''; ++i) {
    char c = static_cast<char>(src[i] | 0x20);
    p.raw |= c == 'r';
    p.bytes |= c == 'b';
    p.fstr |= c == 'f';
  }
  uint32_t quotes = (t.end - i >= 6 && src[i + 1] == src[i] && src[i + 2] == src[i]) ? 3 : 1;
  p.body = i + quotes;
  p.body_end = t.end - quotes;
  p.line = t.line;
  p.col = t.col + static_cast<int>(p.body - t.begin);   // prefix and quotes are ASCII
  return p;
}

// Decodes backslash escapes of a (non-raw) literal. On error returns false
// and sets `err` to CPython's message.
bool decode_escapes(std::string_view s, bool bytes, std::string& out, std::string& err) {
  // Error positions count each non-ASCII character as 10 bytes, as CPython
  // re-encodes them as \UXXXXXXXX before decoding.
  size_t pos = 0;
  auto hex_escape = [&](size_t& i, size_t start, int n, const char* what) -> long {
    long v = 0;
    int k = 0;
    for (; k < n && i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i])); ++k, ++i)
      v = v * 16 + digit_value(s[i]);
    if (k < n) {
      err = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
            std::to_string(start) + "-" + std::to_string(start + 1 + k) + ": truncated " + what + " escape";
      return -1;
    }
    return v;
  };
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c != '\\') {
      size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      out.append(s, i, n);
      pos += n == 1 ? 1 : 10;
      i += n;
      continue;
    }
    size_t start = pos;
    if (i + 1 >= s.size()) {   // cannot happen in a well-formed token
      out += '\\';
      break;
    }
    char e = s[i + 1];
    i += 2;
    pos += 2;
    switch (e) {
      case '\n': continue;
      case '\\': out += '\\'; continue;
      case '\'': out += '\''; continue;
      case '"': out += '"'; continue;
      case 'a': out += '\a'; continue;
      case 'b': out += '\b'; continue;
      case 'f': out += '\f'; continue;
      case 'n': out += '\n'; continue;
      case 'r': out += '\r'; continue;
      case 't': out += '\t'; continue;
      case 'v': out += '\v'; continue;
      default: break;
    }
    if (e >= '0' && e <= '7') {
      unsigned v = static_cast<unsigned>(e - '0');
      for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k, ++i, ++pos)
        v = v * 8 + static_cast<unsigned>(s[i] - '0');
      if (bytes) out += static_cast<char>(v & 0xFF);
      else lex::append_utf8(out, v);
      continue;
    }
    if (e == 'x') {
      if (bytes) {
        if (i + 1 >= s.size() || !std::isxdigit(static_cast<unsigned char>(s[i])) ||
            !std::isxdigit(static_cast<unsigned char>(s[i + 1]))) {
          err = "(value error) invalid \\x escape at position " + std::to_string(start);
          return false;
        }
        out += static_cast<char>(digit_value(s[i]) * 16 + digit_value(s[i + 1]));
        i += 2;
        pos += 2;
        continue;
      }
      long v = hex_escape(i, start, 2, "\\xXX");
      if (v < 0) return false;
      pos += 2;
      lex::append_utf8(out, static_cast<char32_t>(v));
      continue;
    }
    if (!bytes && (e == 'u' || e == 'U')) {
      int n = e == 'u' ? 4 : 8;
      long v = hex_escape(i, start, n, e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX");
      if (v < 0) return false;
      pos += static_cast<size_t>(n);
      if (v > 0x10FFFF) {
        err = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
              std::to_string(start) + "-" + std::to_string(start + 9) + ": illegal Unicode character";
        return false;
      }
      lex::append_utf8(out, static_cast<char32_t>(v));
      continue;
    }
    if (!bytes && e == 'N') {
      err = kNamedEscapeError;
      return false;
    }
    // Unknown escapes stay as written (CPython warns, then keeps them).
    out += '\\';
    i -= 1;
    pos -= 1;
  }
  return true;
}

}  // namespace

// Appends the decoded text of [begin, end) of the source to `out`.
void Parser::decode_text(uint32_t begin, uint32_t end, bool raw, bool bytes, std::string& out) {
  std::string_view s = std::string_view(sh_.source).substr(begin, end - begin);
  if (raw || s.find('\\') == std::string_view::npos) {
    out.append(s);
    return;
  }
  std::string err;
  if (!decode_escapes(s, bytes, out, err)) {
    if (err == kNamedEscapeError) named_escape_error();
    raise_at(tok(), err);   // CPython reports bad escapes after the literal
  }
}

// gilpy's own error points at the string literal itself.
void Parser::named_escape_error() {
  raise(kNamedEscapeError, string_tok_->line, string_tok_->col, string_tok_->line, -1);
}

// Adjacent string literals: one Constant, or one JoinedStr if any is an f-string.
// Errors in them end the parse even during a trial (see Fatal).
Expr* Parser::strings() {
  try {
    return concatenated_strings();
  } catch (const SyntaxErrorInfo& e) {
    throw Fatal{e};
  }
}

Expr* Parser::concatenated_strings() {
  Pos whole = here();
  std::vector<StringPiece> pieces;
  bool any_f = false;
  while (at_type(TokType::String)) {
    pieces.push_back(split_string(tok(), sh_.source));
    any_f |= pieces.back().fstr;
    advance();
  }
  close(whole);
  // Pieces are checked and decoded in order, so the first bad piece is
  // the one reported, as in CPython. Plain text collects in fs.literal.
  bool bytes = pieces[0].bytes;
  auto* j = any_f ? make<JoinedStr>(whole) : nullptr;
  std::vector<Expr*> no_values;
  FString fs{j ? j->values : no_values, {}, whole};
  for (const StringPiece& p : pieces) {
    string_tok_ = p.tok;
    if (p.bytes != bytes) raise_at(tok(), "cannot mix bytes and nonbytes literals");
    if (bytes) {
      for (uint32_t i = p.body; i < p.body_end; ++i)
        if (static_cast<unsigned char>(sh_.source[i]) >= 0x80)
          raise_at(*p.tok, "bytes can only contain ASCII literal characters");
      decode_text(p.body, p.body_end, p.raw, true, fs.literal);
    } else if (!p.fstr) {
      decode_text(p.body, p.body_end, p.raw, false, fs.literal);
    } else {
      FCursor cur{p.body, p.line, p.col};
      fstring_scan(cur, p.body_end, p.raw, 0, fs);
    }
  }
  if (j) {
    flush_literal(fs);
    return j;
  }
  auto* c = make<Constant>(whole);
  c->ckind = bytes ? ConstKind::Bytes : ConstKind::Str;
  c->text = std::move(fs.literal);
  return c;
}

// ---------------------------------------------------------------- f-strings

void Parser::flush_literal(FString& fs) {
  if (fs.literal.empty()) return;
  auto* c = make<Constant>(fs.whole);
  c->ckind = ConstKind::Str;
  c->text = std::move(fs.literal);
  fs.literal.clear();
  fs.values.push_back(c);
}

// Steps the cursor over one byte, keeping line and column (code points).
void Parser::FCursor::step(std::string_view src) {
  unsigned char c = static_cast<unsigned char>(src[i]);
  if (c == '\n') {
    ++line;
    col = 0;
  } else if ((c & 0xC0) != 0x80) {
    ++col;
  }
  ++i;
}

// Scans f-string text: literal runs and {fields}. At recurse == 0 this runs
// to `end`; inside a format spec (recurse > 0) it stops before the '}' that
// closes the spec.
void Parser::fstring_scan(FCursor& cur, uint32_t end, bool raw, int recurse, FString& fs) {
  std::string_view src = sh_.source;
  uint32_t run = cur.i;   // start of the pending literal run
  while (cur.i < end) {
    char c = src[cur.i];
    if (c == '\\' && !raw) {
      char next = cur.i + 1 < end ? src[cur.i + 1] : '\0';
      if (next == 'N' && cur.i + 2 < end && src[cur.i + 2] == '{') named_escape_error();
      cur.step(src);
      if (next != '{' && next != '}' && cur.i < end) cur.step(src);
      continue;
    }
    if (c != '{' && c != '}') {
      cur.step(src);
      continue;
    }
    bool doubled = recurse == 0 && cur.i + 1 < end && src[cur.i + 1] == c;
    decode_text(run, cur.i, raw, false, fs.literal);
    if (doubled) {
      fs.literal += c;
      cur.step(src);
      cur.step(src);
      run = cur.i;
      continue;
    }
    if (c == '}') {
      if (recurse > 0) return;
      raise_at(tok(), "f-string: single '}' is not allowed");
    }
    fstring_field(cur, end, raw, recurse, fs);
    run = cur.i;
  }
  decode_text(run, cur.i, raw, false, fs.literal);
}

// Finds where a replacement field's expression ends: at '!', ':', '=' or
// '}' outside brackets and strings. Leaves the cursor there.
void Parser::fstring_expr_end(FCursor& cur, uint32_t end) {
  std::string_view src = sh_.source;
  std::vector<char> brackets;
  char quote = 0;
  bool triple = false;
  while (cur.i < end) {
    char c = src[cur.i];
    char next = cur.i + 1 < end ? src[cur.i + 1] : '\0';
    if (c == '\\') raise_at(tok(), "f-string expression part cannot include a backslash");
    if (quote) {
      if (c == quote && (!triple || (next == quote && cur.i + 2 < end && src[cur.i + 2] == quote))) {
        if (triple) cur.step(src), cur.step(src);
        quote = 0;
      }
      cur.step(src);
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      triple = next == c && cur.i + 2 < end && src[cur.i + 2] == c;
      if (triple) cur.step(src), cur.step(src);
      cur.step(src);
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      if (brackets.size() >= static_cast<size_t>(lex::kMaxBracketLevel))
        raise_at(tok(), "f-string: too many nested parenthesis");
      brackets.push_back(c);
    } else if (c == ')' || c == ']' || (c == '}' && !brackets.empty())) {
      if (brackets.empty()) raise_at(tok(), std::string("f-string: unmatched '") + c + "'");
      char open = brackets.back();
      char want = open == '(' ? ')' : open == '[' ? ']' : '}';
      if (c != want)
        raise_at(tok(), std::string("f-string: closing parenthesis '") + c +
                            "' does not match opening parenthesis '" + open + "'");
      brackets.pop_back();
    } else if (c == '#') {
      raise_at(tok(), "f-string expression part cannot include '#'");
    } else if (brackets.empty() && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>')) {
      if (next == '=' && c != ':' && c != '}') {   // != == <= >= are operators
        cur.step(src);
        cur.step(src);
        continue;
      }
      if (c != '<' && c != '>') return;
    }
    cur.step(src);
  }
  if (quote) raise_at(tok(), "f-string: unterminated string");
  if (!brackets.empty()) raise_at(tok(), std::string("f-string: unmatched '") + brackets.back() + "'");
  raise_at(tok(), "f-string: expecting '}'");
}

// One {expression[=][!conversion][:format_spec]} field; the cursor is at '{'.
void Parser::fstring_field(FCursor& cur, uint32_t end, bool raw, int recurse, FString& fs) {
  std::string_view src = sh_.source;
  if (recurse >= 2) raise_at(tok(), "f-string: expressions nested too deeply");
  cur.step(src);   // '{'
  FCursor expr = cur;
  fstring_expr_end(cur, end);
  std::string_view expr_text = src.substr(expr.i, cur.i - expr.i);
  if (expr_text.find_first_not_of(" \t\n\f\r\v") == std::string_view::npos)
    raise_at(tok(), "f-string: empty expression not allowed");
  Expr* value = parse_field_expr(expr, cur.i);
  bool self_doc = false;
  if (src[cur.i] == '=') {
    // f"{x = }" also prints "x = ": the text up to '=' and the blanks after it.
    self_doc = true;
    cur.step(src);
    while (cur.i < end && (src[cur.i] == ' ' || src[cur.i] == '\t' || src[cur.i] == '\n' ||
                           src[cur.i] == '\f' || src[cur.i] == '\r' || src[cur.i] == '\v'))
      cur.step(src);
    if (cur.i >= end) raise_at(tok(), "f-string: expecting '}'");
    fs.literal.append(src.substr(expr.i, cur.i - expr.i));
  }
  char conversion = 0;
  if (cur.i < end && src[cur.i] == '!') {
    cur.step(src);
    if (cur.i >= end) raise_at(tok(), "f-string: expecting '}'");
    conversion = src[cur.i];
    cur.step(src);
    if (conversion != 's' && conversion != 'r' && conversion != 'a')
      raise_at(tok(), "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  }
  Expr* spec = nullptr;
  if (cur.i < end && src[cur.i] == ':') {
    cur.step(src);
    auto* j = make<JoinedStr>(fs.whole);
    FString inner{j->values, {}, fs.whole};
    fstring_scan(cur, end, raw, recurse + 1, inner);
    flush_literal(inner);
    spec = j;
  }
  if (cur.i >= end || src[cur.i] != '}') raise_at(tok(), "f-string: expecting '}'");
  cur.step(src);
  flush_literal(fs);
  auto* fv = make<FormattedValue>(fs.whole);
  fv->value = value;
  fv->conversion = (self_doc && conversion == 0 && spec == nullptr) ? 'r' : conversion;
  fv->format_spec = spec;
  fs.values.push_back(fv);
}

// Lexes and parses one field's expression where it stands in the source.
Expr* Parser::parse_field_expr(const FCursor& begin, uint32_t end) {
  lex::LexRequest req;
  req.src = sh_.source;
  req.begin = begin.i;
  req.end = end;
  req.line = begin.line;
  req.col = begin.col;
  req.initial_level = 1;   // as if in parentheses: newlines are allowed inside
  req.filename = &sh_.filename;
  req.lines = &mod_.lines;
  DepthGuard guard(*this);
  Parser sub(sh_, lex::tokenize(req), true);
  return sub.fstring_input();
}

// The grammar of a replacement field: (yield | star_expressions), alone.
Expr* Parser::fstring_input() {
  seek(0);
  Expr* e = at_kw(Kw::Yield) ? yield_expr() : star_expressions();
  if (e->kind == ExprKind::Starred) raise_pos(e->pos, "cannot use starred expression here");
  if (!at_type(TokType::EndMarker)) maybe_forgot_comma();
  return e;
}

}  // namespace gilpy::parse_impl
