// str_format.cpp — the three ways Python formats text:
//   * the format-spec mini-language for str (format(s, spec), f'{s:>10}'),
//   * str.format / str.format_map (replacement fields, conversions, nested
//     specs), calling format(value, spec) for each field,
//   * printf-style `%` for str and bytes.
// Error messages follow CPython 3.11 word for word; tests compare them.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str_impl.hpp"
#include "runtime/unicode_db.hpp"

namespace gilpy {

namespace {

// A code point as CPython prints it in messages: the character when it is
// printable ASCII, else \x.. escapes.
std::string char_for_message(uint32_t c) {
  if (c > 32 && c < 127) return std::string(1, char(c));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", c);
  return buf;
}

std::vector<uint32_t> code_points(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    int nb;
    out.push_back(utf8_decode(s.data() + i, &nb));
    i += size_t(nb);
  }
  return out;
}

// Decimal digits (any script, as CPython accepts) at cps[pos...]; returns
// how many were consumed. Overflow is CPython's ValueError.
size_t parse_decimal(const std::vector<uint32_t>& cps, size_t& pos, int64_t* out) {
  int64_t acc = 0;
  size_t start = pos;
  for (; pos < cps.size(); ++pos) {
    int d = unicode_decimal(cps[pos]);
    if (d < 0) break;
    if (acc > (INT64_MAX - d) / 10) value_error("Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  *out = acc;
  return pos - start;
}

bool is_align_char(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

}  // namespace

// ------------------------------------------------------------ format specs

FormatSpec parse_format_spec(std::string_view spec, char default_align, const char* type_name,
                             uint32_t default_type) {
  FormatSpec f;
  std::vector<uint32_t> cps = code_points(spec);
  size_t pos = 0, end = cps.size();
  bool fill_given = false, align_given = false;
  if (end >= 2 && is_align_char(cps[1])) {
    f.align = char(cps[1]);
    f.fill.clear();
    utf8_append(f.fill, cps[0]);
    fill_given = align_given = true;
    pos = 2;
  } else if (end >= 1 && is_align_char(cps[0])) {
    f.align = char(cps[0]);
    align_given = true;
    pos = 1;
  }
  if (pos < end && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) f.sign = char(cps[pos++]);
  if (pos < end && cps[pos] == 'z') { f.no_neg_zero = true; ++pos; }
  if (pos < end && cps[pos] == '#') { f.alternate = true; ++pos; }
  if (!fill_given && pos < end && cps[pos] == '0') {
    f.fill = "0";
    f.zero_pad = true;
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  int64_t n;
  f.width = parse_decimal(cps, pos, &n) ? n : -1;
  if (pos < end && cps[pos] == ',') { f.grouping = ','; ++pos; }
  if (pos < end && cps[pos] == '_') {
    if (f.grouping) value_error("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (pos < end && cps[pos] == ',' && f.grouping == '_') value_error("Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] == '.') {
    ++pos;
    if (!parse_decimal(cps, pos, &n)) value_error("Format specifier missing precision");
    f.precision = n;
  }
  if (end - pos > 1)
    value_error("Invalid format specifier '" + std::string(spec) + "' for object of type '" +
                type_name + "'");
  if (end - pos == 1) f.type = cps[pos];
  if (f.grouping) {
    uint32_t type = f.type ? f.type : default_type;
    switch (type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        value_error(std::string("Cannot specify '") + f.grouping + "' with '" +
                    char_for_message(type) + "'.");
    }
  }
  return f;
}

std::string pad_formatted(std::string_view body, int64_t body_len, const FormatSpec& spec,
                          char default_align) {
  if (spec.width <= body_len) return std::string(body);
  int64_t pad = spec.width - body_len;
  char align = spec.align ? spec.align : default_align;
  int64_t left = align == '>' || align == '=' ? pad : align == '^' ? pad / 2 : 0;
  int64_t right = pad - left;
  std::string out;
  out.reserve(body.size() + size_t(pad) * spec.fill.size());
  for (int64_t i = 0; i < left; ++i) out += spec.fill;
  out += body;
  for (int64_t i = 0; i < right; ++i) out += spec.fill;
  return out;
}

std::string format_str_spec(std::string_view s, std::string_view spec) {
  if (spec.empty()) return std::string(s);
  FormatSpec f = parse_format_spec(spec, '<', "str", 's');
  if (f.type != 0 && f.type != 's')
    value_error("Unknown format code '" + char_for_message(f.type) + "' for object of type 'str'");
  if (f.sign == ' ') value_error("Space not allowed in string format specifier");
  if (f.sign) value_error("Sign not allowed in string format specifier");
  if (f.no_neg_zero)
    value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) value_error("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') value_error("'=' alignment not allowed in string format specifier");
  int64_t len = utf8_count(s.data(), s.size());
  if (f.precision >= 0 && len > f.precision) {
    s = s.substr(0, utf8_offset(s, f.precision));
    len = f.precision;
  }
  return pad_formatted(s, len, f, '<');
}

// -------------------------------------------------------------- str.format

namespace {

struct FormatArgs {
  const Value* pos = nullptr;    // positional arguments
  size_t npos = 0;
  const Value* kwvals = nullptr;  // keyword values (format(**kw))
  Tuple* kwnames = nullptr;
  Value mapping;                 // format_map's mapping (null for format)
  enum { Init, Auto, Manual } mode = Init;
  int64_t next_auto = 0;
};

// CPython's get_integer: the whole text must be decimal digits, else -1.
int64_t field_integer(std::string_view s) {
  if (s.empty()) return -1;
  std::vector<uint32_t> cps = code_points(s);
  size_t pos = 0;
  int64_t v;
  parse_decimal(cps, pos, &v);
  return pos == cps.size() ? v : -1;
}

Ref keyword_arg(FormatArgs& a, std::string_view name) {
  Ref key = str_new(name);
  if (!a.mapping.is_null()) return getitem(a.mapping, key.get());
  if (a.kwnames) {
    for (int64_t i = 0; i < a.kwnames->size; ++i)
      if (str_view(a.kwnames->items[i]) == name) return Ref::borrow(a.kwvals[i]);
  }
  key_error(key.get());
}

Ref positional_arg(FormatArgs& a, int64_t idx) {
  if (!a.mapping.is_null()) value_error("Format string contains positional fields");
  if (idx >= int64_t(a.npos))
    index_error("Replacement index " + std::to_string(idx) +
                " out of range for positional args tuple");
  return Ref::borrow(a.pos[idx]);
}

// Resolves "0.attr[key]" / "name" / "" to the object to format.
Ref field_object(FormatArgs& a, std::string_view name) {
  size_t first_end = name.find_first_of(".[");
  if (first_end == std::string_view::npos) first_end = name.size();
  std::string_view first = name.substr(0, first_end);
  int64_t idx = field_integer(first);
  bool empty = first.empty();
  Ref obj;
  if (empty || idx >= 0) {
    if (a.mode == FormatArgs::Init) a.mode = empty ? FormatArgs::Auto : FormatArgs::Manual;
    if (empty && a.mode == FormatArgs::Manual)
      value_error("cannot switch from manual field specification to automatic field numbering");
    if (!empty && a.mode == FormatArgs::Auto)
      value_error("cannot switch from automatic field numbering to manual field specification");
    if (empty) idx = a.next_auto++;
    obj = positional_arg(a, idx);
  } else {
    obj = keyword_arg(a, first);
  }
  size_t i = first_end;
  while (i < name.size()) {
    char c = name[i++];
    if (c == '.') {
      size_t e = name.find_first_of(".[", i);
      if (e == std::string_view::npos) e = name.size();
      std::string_view attr = name.substr(i, e - i);
      if (attr.empty()) value_error("Empty attribute in format string");
      obj = getattr(obj.get(), attr);
      i = e;
    } else if (c == '[') {
      size_t e = name.find(']', i);
      if (e == std::string_view::npos) value_error("Missing ']' in format string");
      std::string_view key = name.substr(i, e - i);
      if (key.empty()) value_error("Empty attribute in format string");
      int64_t k = field_integer(key);
      Ref keyobj = k >= 0 ? int_from_i64(k) : str_new(key);
      obj = getitem(obj.get(), keyobj.get());
      i = e + 1;
    } else {
      value_error("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

Ref convert_field(Value obj, uint32_t conv) {
  switch (conv) {
    case 'r': return repr(obj);
    case 's': return str_of(obj);
    case 'a': return ascii_of(obj);
    default: value_error("Unknown conversion specifier " + char_for_message(conv));
  }
}

void build_string(std::string& out, std::string_view fmt, FormatArgs& a, int depth);

// Formats one replacement field whose text starts at fmt[i] (just after
// '{'); returns the index after its closing '}'.
size_t render_field(std::string& out, std::string_view fmt, size_t i, FormatArgs& a, int depth) {
  size_t n = fmt.size();
  size_t name_start = i;
  char c = 0;
  while (i < n) {
    c = fmt[i++];
    if (c == '{') value_error("unexpected '{' in field name");
    if (c == '[') {
      while (i < n && fmt[i] != ']') ++i;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  if (c != '}' && c != ':' && c != '!') value_error("expected '}' before end of string");
  std::string_view name = fmt.substr(name_start, i - 1 - name_start);
  uint32_t conv = 0;
  std::string_view spec;
  bool nested = false;
  if (c == '!' || c == ':') {
    bool done = false;
    if (c == '!') {
      if (i >= n) value_error("end of string while looking for conversion specifier");
      int nb;
      conv = utf8_decode(fmt.data() + i, &nb);
      i += size_t(nb);
      if (i < n) {
        char c2 = fmt[i++];
        if (c2 == '}') done = true;
        else if (c2 != ':') value_error("expected ':' after conversion specifier");
      }
    }
    if (!done) {
      size_t spec_start = i;
      int count = 1;
      while (i < n) {
        char d = fmt[i++];
        if (d == '{') {
          nested = true;
          ++count;
        } else if (d == '}' && --count == 0) {
          break;
        }
      }
      if (count != 0) value_error("unmatched '{' in format spec");
      spec = fmt.substr(spec_start, i - 1 - spec_start);
    }
  }
  Ref obj = field_object(a, name);
  if (conv) obj = convert_field(obj.get(), conv);
  std::string spec_buf;
  if (nested) {
    build_string(spec_buf, spec, a, depth - 1);
    spec = spec_buf;
  }
  Value v = obj.get();
  if (spec.empty() && is_exact_str(v)) {   // the common '{}' of a str: no call
    out += str_view(v);
  } else if (spec.empty() && v.is_small_int()) {
    out += int_to_string(v);
  } else {
    Ref spec_obj = spec.empty() ? Ref::steal(empty_str()) : str_new(spec);
    Ref r = format(v, spec_obj.get());
    out += str_view(r.get());
  }
  return i;
}

void build_string(std::string& out, std::string_view fmt, FormatArgs& a, int depth) {
  if (depth <= 0) value_error("Max string recursion exceeded");
  size_t n = fmt.size(), i = 0;
  while (i < n) {
    size_t lit = i;
    char c = 0;
    bool markup = false;
    while (i < n) {
      c = fmt[i++];
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    if (!markup) {
      out.append(fmt.data() + lit, i - lit);
      break;
    }
    bool at_end = i >= n;
    if (c == '}' && (at_end || fmt[i] != '}')) value_error("Single '}' encountered in format string");
    if (c == '{' && at_end) value_error("Single '{' encountered in format string");
    if (fmt[i] == c) {   // '{{' or '}}': a literal brace
      out.append(fmt.data() + lit, i - lit);
      ++i;
      continue;
    }
    out.append(fmt.data() + lit, i - 1 - lit);
    i = render_field(out, fmt, i, a, depth);
  }
}

}  // namespace

Ref str_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  FormatArgs a;
  a.pos = args;
  a.npos = nargs;
  a.kwvals = args + nargs;
  a.kwnames = kwnames;
  std::string out;
  build_string(out, str_view(self), a, 2);
  return str_new(out);
}

Ref str_format_map_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  method_args(self, "format_map", nargs, kwnames, 1, 1);
  FormatArgs a;
  a.mapping = args[0];
  std::string out;
  build_string(out, str_view(self), a, 2);
  return str_new(out);
}

// -------------------------------------------------------- printf-style (%)

namespace {

struct PercentState {
  bool bytes_mode;
  Value args;
  const Value* items = nullptr;
  int64_t arglen = -1, argidx = -2;   // CPython's bookkeeping, see next_arg
  Value dict;                          // the mapping for %(name)s, or null
  std::string_view fmt;
  std::string out;
  std::vector<Ref> keep;              // values looked up by %(name)s stay alive here
};

// With a tuple, arguments are its items; otherwise `args` itself is the one
// argument (arglen -1, argidx -2 means "not yet taken").
Value next_arg(PercentState& st) {
  if (st.argidx < st.arglen) {
    int64_t i = st.argidx++;
    return st.arglen < 0 ? st.args : st.items[i];
  }
  type_error("not enough arguments for format string");
}

struct Conv {
  bool left = false, plus = false, blank = false, alt = false, zero = false;
  int64_t width = -1, prec = -1;
};

bool has_dunder(Value v, const char* name) {
  return !type_lookup(type_of(v), intern(name)).is_null();
}

[[noreturn]] void wrong_number_type(char type, Value v) {
  if (type == 'o' || type == 'x' || type == 'X')
    type_error(std::string("%") + type + " format: an integer is required, not " + type_name(v));
  type_error(std::string("%") + type + " format: a real number is required, not " + type_name(v));
}

// The integer a %d/%x/... conversion formats (CPython's PyNumber_Long or
// PyNumber_Index rules).
Ref integer_for(Value v, char type) {
  if (is_int(v)) return Ref::borrow(int_value(v));
  bool needs_index = type == 'o' || type == 'x' || type == 'X';
  if (v.is_float()) {
    if (needs_index) wrong_number_type(type, v);
    return int_from_double(v.as_double());
  }
  bool has_index = has_dunder(v, "__index__");
  if (needs_index) {
    if (!has_index) wrong_number_type(type, v);
    return index_object(v);
  }
  if (has_dunder(v, "__int__")) return call_method(v, "__int__", {});
  if (has_index) return index_object(v);
  wrong_number_type(type, v);
}

void pad_into(std::string& out, std::string_view body, int64_t len, const Conv& c) {
  int64_t pad = c.width > len ? c.width - len : 0;
  if (!c.left) out.append(size_t(pad), ' ');
  out += body;
  if (c.left) out.append(size_t(pad), ' ');
}

// sign + prefix + digits, padded; '0' pads between prefix and digits.
void emit_number(std::string& out, std::string_view sign, std::string_view prefix,
                 std::string_view digits, const Conv& c) {
  int64_t len = int64_t(sign.size() + prefix.size() + digits.size());
  int64_t pad = c.width > len ? c.width - len : 0;
  if (c.left) {
    out.append(sign).append(prefix).append(digits).append(size_t(pad), ' ');
  } else if (c.zero) {
    out.append(sign).append(prefix).append(size_t(pad), '0').append(digits);
  } else {
    out.append(size_t(pad), ' ').append(sign).append(prefix).append(digits);
  }
}

void format_integer(PercentState& st, Value v, char type, const Conv& c) {
  Ref iv = integer_for(v, type);
  int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  std::string digits = int_to_string(iv.get(), base);
  bool neg = !digits.empty() && digits[0] == '-';
  if (neg) digits.erase(0, 1);
  if (type == 'X')
    for (char& ch : digits) ch = char(std::toupper(static_cast<unsigned char>(ch)));
  if (c.prec > int64_t(digits.size())) digits.insert(0, size_t(c.prec) - digits.size(), '0');
  const char* prefix = !c.alt ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
  const char* sign = neg ? "-" : c.plus ? "+" : c.blank ? " " : "";
  emit_number(st.out, sign, prefix, digits, c);
}

double float_for(Value v) {
  if (v.is_float()) return v.as_double();
  if (is_int(v)) return int_as_double(int_value(v));
  if (has_dunder(v, "__float__")) {
    Ref f = call_method(v, "__float__", {});
    return to_double(f.get());
  }
  if (has_dunder(v, "__index__")) {
    Ref i = index_object(v);
    return int_as_double(i.get());
  }
  type_error("must be real number, not " + type_name(v));
}

void format_float(PercentState& st, Value v, char type, const Conv& c) {
  double d = float_for(v);
  bool neg = std::signbit(d);
  std::string digits;
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isinf(d)) {
    digits = upper ? "INF" : "inf";
  } else if (std::isnan(d)) {
    digits = upper ? "NAN" : "nan";
    neg = false;
  } else {
    int prec = int(std::min<int64_t>(c.prec < 0 ? 6 : c.prec, 100000));
    if (!c.alt) {
      // std::to_chars with a precision is specified as printf's %.*f / %.*e /
      // %.*g, without printf's format parsing and two passes.
      char small[512];
      std::string big;
      size_t room = size_t(prec) + 400;   // 309 integer digits, sign, point, exponent
      char* at = small;
      if (room > sizeof small) {
        big.resize(room);
        at = big.data();
      }
      char lower = char(type | 0x20);
      auto form = lower == 'f' ? std::chars_format::fixed
                  : lower == 'e' ? std::chars_format::scientific
                                 : std::chars_format::general;
      auto r = std::to_chars(at, at + room, std::fabs(d), form, prec);
      digits.assign(at, size_t(r.ptr - at));
      if (upper)
        for (char& ch : digits) if (ch == 'e') ch = 'E';
    } else {
      char spec[16];
      std::snprintf(spec, sizeof spec, "%%#.*%c", type);
      int len = std::snprintf(nullptr, 0, spec, prec, std::fabs(d));
      digits.resize(size_t(len) + 1);
      std::snprintf(digits.data(), digits.size(), spec, prec, std::fabs(d));
      digits.resize(size_t(len));
    }
  }
  const char* sign = neg ? "-" : c.plus ? "+" : c.blank ? " " : "";
  emit_number(st.out, sign, "", digits, c);
}

// Text for %s %r %a in str mode, truncated to the precision.
void format_text(PercentState& st, Value v, char type, const Conv& c) {
  Ref owned;
  if (type == 's') {
    if (!is_exact_str(v)) {
      owned = str_of(v);
      v = owned.get();
    }
  } else {
    owned = type == 'r' ? repr(v) : ascii_of(v);
    v = owned.get();
  }
  Str* s = as_str(v);
  std::string_view body = s->view();
  int64_t len = s->length;
  if (c.prec >= 0 && len > c.prec) {
    body = body.substr(0, str_byte_offset(s, c.prec));
    len = c.prec;
  }
  pad_into(st.out, body, len, c);
}

// %s / %b / %r / %a in bytes mode.
void format_bytes_text(PercentState& st, Value v, char type, const Conv& c) {
  std::string data;
  std::string_view view;
  if (type == 's' || type == 'b') {
    if (!buffer_view(v, &view)) {
      if (!has_dunder(v, "__bytes__"))
        type_error(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '" +
            type_name(v) + "'");
      Ref b = call_method(v, "__bytes__", {});
      data = std::string(expect_buffer(b.get()));
      view = data;
    }
  } else {
    Ref r = ascii_of(v);
    data = std::string(str_view(r.get()));
    view = data;
  }
  if (c.prec >= 0 && int64_t(view.size()) > c.prec) view = view.substr(0, size_t(c.prec));
  pad_into(st.out, view, int64_t(view.size()), c);
}

void format_char(PercentState& st, Value v, const Conv& c) {
  std::string ch;
  if (st.bytes_mode) {
    std::string_view b;
    if (is_int(v)) {
      Value iv = int_value(v);
      if (!int_fits_i64(iv) || int_as_i64(iv) < 0 || int_as_i64(iv) > 255)
        overflow_error("%c arg not in range(256)");
      ch.push_back(char(int_as_i64(iv)));
    } else if (buffer_view(v, &b) && b.size() == 1) {
      ch = std::string(b);
    } else {
      type_error("%c requires an integer in range(256) or a single byte");
    }
  } else if (is_str_value(v) && as_str(v)->length == 1) {
    ch = std::string(str_view(v));
  } else if (is_int(v)) {
    Value iv = int_value(v);
    if (!int_fits_i64(iv) || int_as_i64(iv) < 0 || int_as_i64(iv) > 0x10FFFF)
      overflow_error("%c arg not in range(0x110000)");
    utf8_append(ch, uint32_t(int_as_i64(iv)));
  } else {
    type_error("%c requires int or char");
  }
  pad_into(st.out, ch, 1, c);
}

// Index of the conversion character for the "unsupported format
// character" message: code points for str, bytes for bytes.
int64_t char_index(const PercentState& st, size_t byte_pos) {
  return st.bytes_mode ? int64_t(byte_pos) : utf8_count(st.fmt.data(), byte_pos);
}

int64_t star_arg(PercentState& st) {
  Value v = next_arg(st);
  if (!is_int(v)) type_error("* wants int");
  Value iv = int_value(v);
  if (!int_fits_i64(iv)) value_error("width too big");
  return int_as_i64(iv);
}

int64_t digits_arg(PercentState& st, size_t& i, const char* too_big) {
  int64_t v = 0;
  while (i < st.fmt.size() && st.fmt[i] >= '0' && st.fmt[i] <= '9') {
    int d = st.fmt[i++] - '0';
    if (v > (INT64_MAX / 4 - d) / 10) value_error(too_big);
    v = v * 10 + d;
  }
  return v;
}

// Parses and renders one conversion starting just after '%'; returns the
// index after it.
size_t percent_one(PercentState& st, size_t i) {
  std::string_view fmt = st.fmt;
  size_t n = fmt.size();
  if (fmt[i] == '(') {
    if (st.dict.is_null()) type_error("format requires a mapping");
    int depth = 1;
    size_t key_start = ++i;
    while (depth > 0 && i < n) {
      if (fmt[i] == '(') ++depth;
      else if (fmt[i] == ')') --depth;
      ++i;
    }
    if (depth > 0) value_error("incomplete format key");
    std::string_view key = fmt.substr(key_start, i - 1 - key_start);
    Ref k = st.bytes_mode ? bytes_new(key) : str_new(key);
    st.keep.push_back(getitem(st.dict, k.get()));
    // The looked-up value becomes the single argument source from here on.
    st.args = st.keep.back().get();
    st.items = nullptr;
    st.arglen = -1;
    st.argidx = -2;
  }
  Conv c;
  for (; i < n; ++i) {
    char f = fmt[i];
    if (f == '-') c.left = true;
    else if (f == '+') c.plus = true;
    else if (f == ' ') c.blank = true;
    else if (f == '#') c.alt = true;
    else if (f == '0') c.zero = true;
    else break;
  }
  if (i < n && fmt[i] == '*') {
    c.width = star_arg(st);
    if (c.width < 0) {
      c.left = true;
      c.width = -c.width;
    }
    ++i;
  } else {
    c.width = digits_arg(st, i, "width too big");
  }
  if (i < n && fmt[i] == '.') {
    ++i;
    if (i < n && fmt[i] == '*') {
      c.prec = std::max<int64_t>(star_arg(st), 0);
      ++i;
    } else {
      c.prec = digits_arg(st, i, "precision too big");
    }
  }
  if (i >= n) value_error("incomplete format");
  size_t conv_pos = i;
  int nb = 1;
  uint32_t conv = st.bytes_mode ? uint8_t(fmt[i]) : utf8_decode(fmt.data() + i, &nb);
  i += size_t(nb);
  Value v = next_arg(st);
  switch (conv) {
    case 's': case 'r': case 'a':
      if (st.bytes_mode) format_bytes_text(st, v, char(conv), c);
      else format_text(st, v, char(conv), c);
      break;
    case 'b':
      if (!st.bytes_mode) goto unsupported;
      format_bytes_text(st, v, 'b', c);
      break;
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      format_integer(st, v, char(conv), c);
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      format_float(st, v, char(conv), c);
      break;
    case 'c':
      format_char(st, v, c);
      break;
    default:
    unsupported: {
      char buf[96];
      std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %lld",
                    conv >= 32 && conv <= 126 ? char(conv) : '?', conv,
                    static_cast<long long>(char_index(st, conv_pos)));
      value_error(buf);
    }
  }
  return i;
}

std::string percent_format(std::string_view fmt, Value args, bool bytes_mode) {
  PercentState st;
  st.bytes_mode = bytes_mode;
  st.fmt = fmt;
  st.args = args;
  Type* at = type_of(args);
  bool is_tuple = isinstance_of(args, &TupleType);
  if (is_tuple) {
    st.items = as_tuple(args)->items;
    st.arglen = as_tuple(args)->size;
    st.argidx = 0;
  }
  // Anything subscriptable but a tuple (or the format's own type) may be
  // the mapping of %(name)s; CPython's test is the same.
  bool own_type = bytes_mode ? isinstance_of(args, &BytesType) : is_str_value(args);
  if (at->getitem && !is_tuple && !own_type) st.dict = args;
  st.out.reserve(fmt.size() + 16);
  size_t n = fmt.size(), i = 0;
  while (i < n) {
    size_t pct = fmt.find('%', i);
    if (pct == std::string_view::npos) {
      st.out.append(fmt.data() + i, n - i);
      break;
    }
    st.out.append(fmt.data() + i, pct - i);
    i = pct + 1;
    if (i >= n) value_error("incomplete format");
    if (fmt[i] == '%') {
      st.out.push_back('%');
      ++i;
      continue;
    }
    i = percent_one(st, i);
  }
  if (st.argidx < st.arglen && st.dict.is_null())
    type_error(bytes_mode ? "not all arguments converted during bytes formatting"
                          : "not all arguments converted during string formatting");
  return std::move(st.out);
}

}  // namespace

Ref str_percent_format(Value fmt, Value args) {
  return str_new(percent_format(str_view(fmt), args, false));
}

Ref bytes_percent_format(Value fmt, Value args) {
  return bytes_of_kind(fmt, percent_format(as_bytes(fmt)->view(), args, true));
}

}  // namespace gilpy
