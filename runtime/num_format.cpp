// num_format.cpp — the format mini-language for ints and floats:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// as format(), str.format() and f-strings apply it, with CPython's error
// messages. Float text comes from std::to_chars (correctly rounded), laid out
// by CPython's rules for each presentation type.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/str.hpp"

namespace gilpy {

namespace {

struct Spec {
  std::string fill = " ";
  char align = 0;
  char sign = 0;
  bool no_neg_0 = false;
  bool alt = false;
  bool fill_given = false;
  int64_t width = -1;
  char grouping = 0;
  int64_t precision = -1;
  char type = 0;
};

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

size_t utf8_len(char lead) {
  uint8_t c = uint8_t(lead);
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

bool read_number(std::string_view s, size_t* k, int64_t* out) {
  size_t start = *k;
  int64_t v = 0;
  while (*k < s.size() && s[*k] >= '0' && s[*k] <= '9') {
    if (v > (int64_t(1) << 58)) value_error("Too many decimal digits in format string");
    v = v * 10 + (s[(*k)++] - '0');
  }
  *out = v;
  return *k > start;
}

std::string code_text(char type) {
  char buf[16];
  if (uint8_t(type) >= 32 && uint8_t(type) < 127) std::snprintf(buf, sizeof buf, "%c", type);
  else std::snprintf(buf, sizeof buf, "\\x%x", unsigned(uint8_t(type)));
  return buf;
}

// The type name for error messages: `fixed` when given, else type_name(v)
// (only computed when an error is raised).
struct TypeNameFor {
  const char* fixed;
  Value v;
  std::string get() const { return fixed ? std::string(fixed) : type_name(v); }
};

Spec parse_spec(std::string_view s, TypeNameFor tname) {
  Spec sp;
  size_t k = 0;
  size_t fl = s.empty() ? 1 : utf8_len(s[0]);
  if (s.size() > fl && is_align(s[fl])) {
    sp.fill = std::string(s.substr(0, fl));
    sp.fill_given = true;
    sp.align = s[fl];
    k = fl + 1;
  } else if (!s.empty() && is_align(s[0])) {
    sp.align = s[0];
    k = 1;
  }
  if (k < s.size() && (s[k] == '+' || s[k] == '-' || s[k] == ' ')) sp.sign = s[k++];
  if (k < s.size() && s[k] == 'z') sp.no_neg_0 = true, ++k;
  if (k < s.size() && s[k] == '#') sp.alt = true, ++k;
  if (!sp.fill_given && k < s.size() && s[k] == '0') {   // "0" before the width: zero padding
    sp.fill = "0";
    sp.fill_given = true;
    if (!sp.align) sp.align = '=';
    ++k;
  }
  int64_t n;
  if (read_number(s, &k, &n)) sp.width = n;
  if (k < s.size() && (s[k] == ',' || s[k] == '_')) {
    sp.grouping = s[k++];
    if (k < s.size() && (s[k] == ',' || s[k] == '_')) {
      if (s[k] != sp.grouping) value_error("Cannot specify both ',' and '_'.");
      value_error(std::string("Cannot specify '") + sp.grouping + "' with '" + sp.grouping + "'.");
    }
  }
  if (k < s.size() && s[k] == '.') {
    ++k;
    if (!read_number(s, &k, &n)) value_error("Format specifier missing precision");
    sp.precision = n;
  }
  if (s.size() - k > 1) {
    value_error("Invalid format specifier '" + std::string(s) + "' for object of type '" + tname.get() + "'");
  }
  if (k < s.size()) sp.type = s[k];
  if (sp.grouping) {
    switch (sp.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0: break;
      case 'b': case 'o': case 'x': case 'X':
        if (sp.grouping == '_') break;
        [[fallthrough]];
      default:
        value_error(std::string("Cannot specify '") + sp.grouping + "' with '" + code_text(sp.type) + "'.");
    }
  }
  return sp;
}

// Groups `digits` from the right (every `every` digits). With zero padding
// ("0" fill, "=" align) the zeros are grouped too, up to `min_width` chars,
// and never start with a separator — CPython's layout.
std::string group_digits(std::string_view digits, char sep, int every, int64_t min_width) {
  std::string rev;
  int64_t left = int64_t(digits.size()), pos = left;
  for (;;) {
    int64_t l = std::min<int64_t>(std::max<int64_t>({left, min_width, 1}), every);
    for (int64_t j = 0; j < l; ++j) rev.push_back(pos > 0 ? digits[--pos] : '0');
    min_width -= l;
    left -= l;
    if (left <= 0 && min_width <= 0) break;
    rev.push_back(sep);
    --min_width;
  }
  return std::string(rev.rbegin(), rev.rend());
}

size_t utf8_count(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (uint8_t(c) & 0xC0) != 0x80;
  return n;
}

// Lays out sign, prefix, digits (the part to group) and the rest, then pads:
// one result string, built in place.
std::string assemble(const Spec& sp, bool negative, std::string_view prefix, std::string_view digits,
                     std::string_view rest, int group_every) {
  char sign = negative ? '-' : sp.sign == '+' ? '+' : sp.sign == ' ' ? ' ' : 0;
  size_t sign_len = sign ? 1 : 0;
  int64_t width = sp.width < 0 ? 0 : sp.width;
  char align = sp.align ? sp.align : '>';
  std::string grouped;
  std::string_view body = digits;
  if (sp.grouping) {
    int64_t min_width = 0;
    if (sp.fill == "0" && align == '=') {
      min_width = width - int64_t(sign_len + prefix.size() + rest.size());
    }
    grouped = group_digits(digits, sp.grouping, group_every, min_width);
    body = grouped;
  }
  // Widths count code points: only a 'c' conversion can put non-ASCII in `rest`.
  int64_t len = int64_t(sign_len + prefix.size() + body.size() + utf8_count(rest));
  int64_t pad = std::max<int64_t>(0, width - len);
  std::string out;
  out.reserve(size_t(len) + rest.size() + size_t(pad) * sp.fill.size());
  auto fill = [&](int64_t n) {
    if (sp.fill.size() == 1) out.append(size_t(n), sp.fill[0]);
    else for (int64_t j = 0; j < n; ++j) out += sp.fill;
  };
  auto number = [&] {
    if (sign) out.push_back(sign);
    out += prefix;
    out += body;
    out += rest;
  };
  switch (align) {
    case '<':
      number();
      fill(pad);
      break;
    case '^':
      fill(pad / 2);
      number();
      fill(pad - pad / 2);
      break;
    case '=':
      if (sign) out.push_back(sign);
      out += prefix;
      fill(pad);
      out += body;
      out += rest;
      break;
    default:
      fill(pad);
      number();
  }
  return out;
}

// ----------------------------------------------------------------- floats

// Significant digits and decimal point position of |d| rounded to `ndigits`
// significant digits (0 = shortest round trip): |d| ~ 0.D * 10**decpt.
void float_digits(double d, int ndigits, std::string* digits, int* decpt) {
  d = std::fabs(d);
  if (d == 0) {
    *digits = "0";
    *decpt = 1;
    return;
  }
  std::string buf(size_t(ndigits) + 32, '\0');
  std::to_chars_result r = ndigits == 0
      ? std::to_chars(buf.data(), buf.data() + buf.size(), d, std::chars_format::scientific)
      : std::to_chars(buf.data(), buf.data() + buf.size(), d, std::chars_format::scientific, ndigits - 1);
  std::string_view s(buf.data(), size_t(r.ptr - buf.data()));
  size_t e = s.find('e');
  digits->clear();
  for (size_t k = 0; k < e; ++k) {
    if (s[k] != '.') digits->push_back(s[k]);
  }
  while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
  int exp10 = 0;
  std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), exp10);
  *decpt = exp10 + 1;
}

// CPython's layout of a digit string for the 'g' and repr ('r') types.
std::string layout_digits(const std::string& digits, int decpt, char type, int precision, bool alt,
                          bool add_dot_0) {
  int ndig = int(digits.size());
  int vend = ndig;
  bool use_exp = false;
  if (type == 'g') {
    use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
    if (alt) vend = precision;
  } else {
    use_exp = decpt <= -4 || decpt > 16;
  }
  int exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  vend = (!use_exp && add_dot_0) ? std::max(vend, decpt + 1) : std::max(vend, decpt);
  std::string out;
  if (decpt <= 0) out = "0." + std::string(size_t(-decpt), '0') + digits;
  else if (decpt <= ndig) out = digits.substr(0, size_t(decpt)) + "." + digits.substr(size_t(decpt));
  else out = digits;
  if (ndig < decpt) out += std::string(size_t(decpt - ndig), '0') + "." + std::string(size_t(vend - decpt), '0');
  else out += std::string(size_t(std::max(0, vend - ndig)), '0');
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
    out += eb;
  }
  return out;
}

// |d| formatted by presentation type (e, f, g, r), no sign.
std::string float_body(double d, char type, int64_t precision, bool alt, bool add_dot_0) {
  d = std::fabs(d);
  if (type == 'f' || type == 'e') {
    // Room for 308 integer digits, the point, the exponent and `precision`
    // digits; the usual small precisions fit in a stack buffer.
    char small[512];
    std::string big;
    size_t room = size_t(precision) + 400;
    char* at = small;
    if (room > sizeof small) {
      big.resize(room);
      at = big.data();
    }
    auto r = std::to_chars(at, at + room, d,
                           type == 'f' ? std::chars_format::fixed : std::chars_format::scientific,
                           int(precision));
    std::string buf(at, size_t(r.ptr - at));
    if (alt && precision == 0) {   // '#' keeps the decimal point
      size_t at = type == 'f' ? buf.size() : buf.find('e');
      buf.insert(at, ".");
    }
    return buf;
  }
  std::string digits;
  int decpt;
  if (type == 'g') {
    if (precision == 0) precision = 1;
    float_digits(d, int(precision), &digits, &decpt);
  } else {
    float_digits(d, 0, &digits, &decpt);
  }
  return layout_digits(digits, decpt, type, int(precision), alt, add_dot_0);
}

bool all_zero_digits(std::string_view body) {
  for (char c : body) {
    if (c == 'e' || c == 'E' || c == '%') break;
    if (c != '0' && c != '.') return false;
  }
  return true;
}

std::string format_float_with(double d, const Spec& sp) {
  char type = sp.type;
  int64_t precision = sp.precision;
  bool add_dot_0 = false, pct = false, upper = false;
  switch (type) {
    case 0:
      add_dot_0 = true;
      type = precision < 0 ? 'r' : 'g';
      break;
    case 'n': type = 'g'; break;
    case '%': type = 'f'; pct = true; d *= 100; break;
    case 'E': case 'F': case 'G': upper = true; type = char(type | 0x20); break;
    case 'e': case 'f': case 'g': break;
    default:
      value_error("Unknown format code '" + code_text(sp.type) + "' for object of type 'float'");
  }
  if (precision < 0) precision = 6;
  if (precision > INT32_MAX) value_error("precision too big");
  bool negative = std::signbit(d) && !std::isnan(d);
  std::string body;
  if (std::isnan(d)) body = "nan";
  else if (std::isinf(d)) body = "inf";
  else body = float_body(d, type, precision, sp.alt, add_dot_0);
  if (negative && sp.no_neg_0 && all_zero_digits(body)) negative = false;
  if (upper) {
    for (char& c : body) c = char(std::toupper(uint8_t(c)));
  }
  if (pct) body += "%";
  size_t int_len = 0;
  while (int_len < body.size() && body[int_len] >= '0' && body[int_len] <= '9') ++int_len;
  std::string_view bv(body);
  if (!std::isfinite(d)) {   // inf and nan are never grouped
    Spec plain = sp;
    plain.grouping = 0;
    return assemble(plain, negative, "", "", bv, 3);
  }
  return assemble(sp, negative, "", bv.substr(0, int_len), bv.substr(int_len), 3);
}

void append_utf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(char(cp));
  } else if (cp < 0x800) {
    out->push_back(char(0xC0 | cp >> 6));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(char(0xE0 | cp >> 12));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(char(0xF0 | cp >> 18));
    out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  }
}

}  // namespace

std::string format_float_spec(double d, std::string_view spec) {
  Spec sp = parse_spec(spec, TypeNameFor{"float", Value::null()});
  return format_float_with(d, sp);
}

std::string format_int_spec(Value i, std::string_view spec) {
  Spec sp = parse_spec(spec, TypeNameFor{nullptr, i});
  switch (sp.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float_with(int_as_double(i), sp);
    default: break;
  }
  if (sp.precision >= 0) value_error("Precision not allowed in integer format specifier");
  if (sp.no_neg_0) value_error("Negative zero coercion (z) not allowed in integer format specifier");
  int base = 10;
  const char* prefix = "";
  switch (sp.type) {
    case 0: case 'd': case 'n': break;
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    case 'c': {
      if (sp.sign) value_error("Sign not allowed with integer format specifier 'c'");
      if (sp.alt) value_error("Alternate form (#) not allowed with integer format specifier 'c'");
      if (!int_fits_i64(i)) overflow_error("Python int too large to convert to C long");
      if (int_as_i64(i) < 0 || int_as_i64(i) > 0x10FFFF) overflow_error("%c arg not in range(0x110000)");
      std::string ch;
      append_utf8(&ch, uint32_t(int_as_i64(i)));
      Spec plain = sp;
      return assemble(plain, false, "", "", ch, 3);
    }
    default:
      value_error("Unknown format code '" + code_text(sp.type) + "' for object of type '" + type_name(i) + "'");
  }
  std::string digits = int_to_string(i, base);
  bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  if (sp.type == 'X') {
    for (char& c : digits) c = char(std::toupper(uint8_t(c)));
  }
  return assemble(sp, negative, sp.alt ? prefix : "", digits, "", base == 10 ? 3 : 4);
}

}  // namespace gilpy
