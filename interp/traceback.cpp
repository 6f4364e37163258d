// traceback.cpp — printing an exception the way CPython 3.11 does:
//
//   Traceback (most recent call last):
//     File "prog.py", line 7, in <module>
//       main()
//     File "prog.py", line 4, in main
//       return 1 / 0
//              ~~^~~
//   ZeroDivisionError: division by zero
//
// with chained exceptions (__cause__ / __context__) printed first, and runs
// of more than three identical lines folded into
// "[Previous line repeated N more times]".
#include <fstream>
#include <set>

#include "interp/traceback.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"

namespace gilpy {

static std::string source_line(const Code* code, int lineno) {
  if (lineno < 1) return "";
  if (code->source && size_t(lineno) <= code->source->lines.size()) return code->source->lines[size_t(lineno) - 1];
  return "";
}

static std::string strip(const std::string& s, size_t* lead) {
  size_t b = s.find_first_not_of(" \t\f\r\n");
  if (b == std::string::npos) {
    *lead = s.size();
    return "";
  }
  size_t e = s.find_last_not_of(" \t\f\r\n");
  *lead = b;
  return s.substr(b, e - b + 1);
}

// Columns are in characters; convert to a count of UTF-8 code points shown.
static size_t char_to_byte(const std::string& s, int col) {
  size_t i = 0;
  for (int c = 0; c < col && i < s.size(); c++) {
    unsigned char ch = static_cast<unsigned char>(s[i]);
    i += ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
  }
  return i;
}

static void format_entry(std::string& out, const TracebackEntry& t) {
  std::string file = t.code->source ? t.code->source->filename : "<unknown>";
  out += "  File \"" + file + "\", line " + std::to_string(t.lineno) + ", in " + t.code->name + "\n";
  // Like CPython 3.11 (whose linecache cannot read them), no source lines for
  // code from -c, exec(), the REPL or other "<...>" pseudo-files.
  if (!file.empty() && file[0] == '<') return;
  std::string line = source_line(t.code, t.lineno);
  size_t lead;
  std::string s = strip(line, &lead);
  if (s.empty()) return;
  out += "    " + s + "\n";
  if (t.col < 0 || t.end_col < 0) return;
  size_t b = char_to_byte(line, t.col), e = char_to_byte(line, t.end_col);
  if (e <= b || b < lead) return;
  if (b == lead && e >= lead + s.size()) return;   // the whole line: no markers, as CPython
  size_t width = std::min(e, lead + s.size()) - b;
  out += "    " + std::string(b - lead, ' ') + std::string(width, '^') + "\n";
}

static std::string exception_line(Value exc) {
  Type* t = type_of(exc);
  std::string name = t->qualname;
  if (t->module != "builtins" && t->module != "__main__") name = t->module + "." + name;
  std::string msg;
  try {
    msg = str_utf8(exc);
  } catch (PyError&) {
    msg = "<exception str() failed>";
  }
  std::string out = msg.empty() ? name + "\n" : name + ": " + msg + "\n";
  if (Dict* d = instance_dict(exc, false)) {
    Value notes = dict_get_str(d, intern("__notes__"));
    if (!notes.is_null() && isinstance_of(notes, &ListType)) {
      List* l = as_list(notes);
      for (int64_t i = 0; i < l->size; i++) out += str_utf8(l->items[i]) + "\n";
    }
  }
  return out;
}

static std::string syntax_error_lines(Value exc) {
  Dict* d = instance_dict(exc, false);
  if (!d) return "";
  Value fn = dict_get_str(d, intern("filename")), ln = dict_get_str(d, intern("lineno"));
  Value text = dict_get_str(d, intern("text")), off = dict_get_str(d, intern("offset"));
  Value eoff = dict_get_str(d, intern("end_offset"));
  std::string out;
  if (!fn.is_null() && !fn.is_none())
    out += "  File \"" + str_utf8(fn) + "\", line " + (ln.is_null() || ln.is_none() ? "?" : str_utf8(ln)) + "\n";
  if (!text.is_null() && is_str(text)) {
    std::string line(str_view(text));
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    size_t lead;
    std::string s = strip(line, &lead);
    if (!s.empty()) {
      out += "    " + s + "\n";
      if (off.is_small_int()) {
        int64_t o = off.as_small_int() - 1 - int64_t(lead);
        int64_t e = eoff.is_small_int() ? eoff.as_small_int() - 1 - int64_t(lead) : o + 1;
        if (o < 0) o = 0;
        if (o > int64_t(s.size())) o = int64_t(s.size());
        if (e <= o) e = o + 1;
        if (e > int64_t(s.size()) + 1) e = int64_t(s.size()) + 1;
        out += "    " + std::string(size_t(o), ' ') + std::string(size_t(e - o), '^') + "\n";
      }
    }
  }
  Value msg = dict_get_str(d, intern("msg"));
  std::string m = msg.is_null() || msg.is_none() ? "" : str_utf8(msg);
  out += type_of(exc)->name + ": " + m + "\n";
  return out;
}

static void format_one(std::string& out, Value exc, std::set<Object*>& seen) {
  seen.insert(exc.as_obj());
  auto* e = static_cast<ExceptionObject*>(exc.as_obj());
  if (e->cause && !seen.count(e->cause)) {
    format_one(out, Value::object(e->cause), seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (e->context && !e->suppress_context && !seen.count(e->context)) {
    format_one(out, Value::object(e->context), seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (e->tb && !e->tb->empty()) {
    out += "Traceback (most recent call last):\n";
    const auto& tb = *e->tb;
    // Stored innermost first; printed outermost first.
    const TracebackEntry* prev = nullptr;
    int repeat = 0;
    auto flush_repeat = [&]() {
      if (repeat > 3)
        out += "  [Previous line repeated " + std::to_string(repeat - 3) + " more time" + (repeat - 3 == 1 ? "" : "s") + "]\n";
      repeat = 0;
    };
    for (size_t i = tb.size(); i-- > 0;) {
      const TracebackEntry& t = tb[i];
      bool same = prev && prev->code == t.code && prev->lineno == t.lineno;
      if (!same) flush_repeat();
      repeat++;
      prev = &t;
      if (repeat <= 3) format_entry(out, t);
    }
    flush_repeat();
  }
  if (isinstance_of(exc, SyntaxError_)) out += syntax_error_lines(exc);
  else out += exception_line(exc);
}

std::string format_exception(Value exc) {
  std::string out;
  std::set<Object*> seen;
  format_one(out, exc, seen);
  return out;
}

}  // namespace gilpy
