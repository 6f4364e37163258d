// re_module.cpp — the `_gilpy_re` built-in module: compile() and the
// re.Pattern type with its matching methods (match, search, findall, sub,
// split, ...). stdlib/py/re.py is the public face (flags, the cache, the
// module-level functions, re.error). Match and scanner objects are in
// re_objects.cpp; the engine in re_parse/re_compile/re_match.cpp.
#include <string>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/re_objects.hpp"

namespace gilpy {
namespace re {

Type PatternType;
void init_pattern_type();   // below; called by init_re_types (re_objects.cpp)

// ------------------------------------------------------------ subjects
SubjectView::SubjectView(Value obj, bool pattern_is_bytes) : obj_(Ref::borrow(obj)) {
  if (gilpy::is_str(obj)) {
    if (pattern_is_bytes) type_error("cannot use a bytes pattern on a string-like object");
    Str* s = as_str(obj);
    data_ = reinterpret_cast<const unsigned char*>(s->data);
    size_ = s->size;
    length_ = s->length;
    utf8_ = !s->ascii;
    is_str_ = true;
    return;
  }
  TypedBuffer tb;
  if (is_bytes_like(obj)) {
    Bytes* b = as_bytes(obj);
    data_ = reinterpret_cast<const unsigned char*>(b->data);
    size_ = length_ = b->size;
    if (isinstance_of(obj, &ByteArrayType)) {
      exported_ = b;
      b->exports++;
    }
  } else if (buffer_.acquire(obj, &tb)) {
    data_ = static_cast<const unsigned char*>(tb.data);
    size_ = length_ = tb.length * tb.itemsize;
  } else {
    type_error("expected string or bytes-like object, got '" + type_name(obj) + "'");
  }
  if (!pattern_is_bytes) type_error("cannot use a string pattern on a bytes-like object");
  // An empty buffer may have no storage; the matcher wants a real pointer
  // (memchr and memcmp with a null pointer are undefined even for size 0).
  static const unsigned char empty[1] = {0};
  if (!data_) data_ = empty;
}

SubjectView::~SubjectView() {
  if (exported_) exported_->exports--;
}

int64_t SubjectView::byte_of(int64_t i) const {
  if (!utf8_) return i;
  return int64_t(utf8_offset({reinterpret_cast<const char*>(data_), size_t(size_)}, i));
}

Ref SubjectView::slice(int64_t b, int64_t e) const {
  std::string_view v(reinterpret_cast<const char*>(data_) + b, size_t(e - b));
  if (!is_str_) return bytes_new(v);
  return utf8_ ? str_new(v) : str_from_ascii(v);
}

Window window_of(const SubjectView& s, Value pos, Value endpos) {
  int64_t len = s.length();
  int64_t p = pos.is_null() ? 0 : index_value(pos);
  int64_t e = endpos.is_null() ? len : index_value(endpos);
  p = p < 0 ? 0 : p > len ? len : p;
  e = e < 0 ? 0 : e > len ? len : e;
  return Window{p, e, s.byte_of(p), s.byte_of(e)};
}

std::vector<uint32_t> code_points_of(Value text, bool is_bytes) {
  std::vector<uint32_t> out;
  if (!is_bytes) {
    std::string_view v = str_view(text);
    out.reserve(v.size());
    for (size_t i = 0; i < v.size();) {
      int n;
      out.push_back(utf8_decode(v.data() + i, &n));
      i += size_t(n);
    }
    return out;
  }
  SubjectView s(text, true);
  out.assign(s.data(), s.data() + s.size());
  return out;
}

[[noreturn]] void raise_pattern_error(const PatternError& e, Value pattern) {
  switch (e.kind) {
    case PatternError::Overflow: overflow_error(e.msg);
    case PatternError::Value: value_error(e.msg);
    case PatternError::Index: index_error(e.msg);
    case PatternError::Recursion: raise(RecursionError_, e.msg);
    case PatternError::NotSupported: raise(NotImplementedError_, e.msg);
    case PatternError::Syntax: break;
  }
  // re.error is a Python class (stdlib/py/re.py), which hands it to us.
  Ref mod = import_module("_gilpy_re");
  Ref cls = getattr_opt(mod.get(), intern("error"));
  if (!cls) {
    import_module("re");
    cls = getattr(mod.get(), intern("error"));
  }
  Ref msg = str_new(e.msg);
  Ref exc;
  if (e.pos >= 0 && !pattern.is_null()) exc = call(cls.get(), {msg.get(), pattern, Value::small_int(e.pos)});
  else exc = call(cls.get(), {msg.get()});
  raise_value(exc.get());
}

namespace {

PatternObject* P(Value v) { return as_pattern(v); }

// ------------------------------------------------------------ compile
Ref compile_new(Value source, Value flags_value) {
  bool is_bytes;
  if (is_str(source)) is_bytes = false;
  else if (isinstance_of(source, &BytesType)) is_bytes = true;
  else type_error("first argument must be string or compiled pattern");
  uint32_t flags = uint32_t(index_value(flags_value));
  Compiled compiled;
  try {
    compiled = compile_pattern(code_points_of(source, is_bytes), is_bytes, flags);
  } catch (PatternError& e) {
    raise_pattern_error(e, source);
  }
  Ref groupindex = dict_new();
  for (auto& [name, group] : compiled.group_names) {
    Ref key = str_new(name);
    dict_set(as_dict(groupindex.get()), key.get(), Value::small_int(group));
  }
  PatternObject* p = alloc_object<PatternObject>(&PatternType);
  Ref owned = Ref::steal(p);
  p->source = Ref::borrow(source).release();
  p->groupindex = as_dict(groupindex.release());
  p->compiled = new Compiled(std::move(compiled));
  p->is_bytes = is_bytes;
  return owned;
}

// compile(pattern, flags): always a new Pattern.
Ref m_compile(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("compile", nargs, kw, 2, 2);
  return compile_new(args[0], args[1]);
}

// _compile(pattern, flags, cache): re.compile's work, with the cache of
// re.py (a dict by (type, pattern, flags), oldest entry dropped when full).
// In C++ because every re.match(...) call goes through it.
constexpr int64_t kMaxCache = 512;
Ref m_compile_cached(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("_compile", nargs, kw, 3, 3);
  Value pattern = args[0], flags = args[1];
  if (!isinstance_of(args[2], &DictType)) type_error("_compile() argument 3 must be dict");
  Dict* cache = as_dict(args[2]);
  Ref key = tuple_from({Value::object(type_of(pattern)), pattern, flags});
  Value hit = dict_get(cache, key.get());
  if (!hit.is_null()) return Ref::borrow(hit);
  if (isinstance_of(pattern, &PatternType)) {
    if (truthy(flags)) value_error("cannot process flags argument with a compiled pattern");
    return Ref::borrow(pattern);
  }
  if (!is_int(flags))
    type_error("unsupported operand type(s) for &: '" + type_name(flags) + "' and 'RegexFlag'");
  Ref compiled = compile_new(pattern, flags);
  if (cache->used >= kMaxCache) {
    int64_t it = 0;
    Value oldest, value;
    if (dict_next(cache, &it, &oldest, &value)) {
      Ref k = Ref::borrow(oldest);
      dict_del(cache, k.get());
    }
  }
  dict_set(cache, key.get(), compiled.get());
  return compiled;
}

// ------------------------------------------------------------ matching
void parse_string_pos_endpos(const char* name, const Value* args, size_t nargs, Tuple* kw, Value out[3]) {
  parse_args(name, args, nargs, kw, {"string", "pos", "endpos"}, 1, out);
}

enum class Mode { Match, FullMatch, Search };

Ref match_at(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, Mode mode) {
  Value a[3];
  parse_string_pos_endpos(name, args, nargs, kw, a);
  PatternObject* p = P(self);
  SubjectView s(a[0], p->is_bytes);
  Window w = window_of(s, a[1], a[2]);
  if (mode == Mode::Search && w.pos > w.endpos) return Ref::none();
  Matcher m(*p->compiled->program, s.subject(std::max(w.endpos_byte, w.pos_byte)));
  bool ok = mode == Mode::Search ? m.search(w.pos_byte) : m.match(w.pos_byte, mode == Mode::FullMatch);
  if (!ok || (mode == Mode::FullMatch && w.pos > w.endpos)) return Ref::none();
  CharCounter chars(s.data(), s.utf8());
  chars.anchor(w.pos_byte, w.pos);
  return match_new(p, s, m, w, chars);
}

Ref pat_match(Value self, const Value* a, size_t n, Tuple* kw) { return match_at(self, a, n, kw, "match", Mode::Match); }
Ref pat_fullmatch(Value self, const Value* a, size_t n, Tuple* kw) {
  return match_at(self, a, n, kw, "fullmatch", Mode::FullMatch);
}
Ref pat_search(Value self, const Value* a, size_t n, Tuple* kw) { return match_at(self, a, n, kw, "search", Mode::Search); }

// Calls fn(start, end) in bytes for each match of a scan over the window, as
// finditer would find them; stops early when fn returns false.
template <class F>
void scan(const Window& w, Matcher& m, F fn) {
  if (w.pos > w.endpos) return;
  int64_t pos = w.pos_byte;
  bool must_advance = false;
  while (m.search(pos, must_advance)) {
    int64_t b = m.slots()[0], e = m.slots()[1];
    if (!fn(b, e)) return;
    must_advance = e == b;
    pos = e;
  }
}

// A group's text for findall and split: unmatched groups give `missing`.
Ref group_text(const SubjectView& s, const int64_t* slots, int g, Value missing) {
  int64_t b = slots[2 * g], e = slots[2 * g + 1];
  if (b < 0 || e < b) return Ref::borrow(missing);
  return s.slice(b, e);
}

Ref pat_findall(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  parse_string_pos_endpos("findall", args, nargs, kw, a);
  PatternObject* p = P(self);
  SubjectView s(a[0], p->is_bytes);
  Window w = window_of(s, a[1], a[2]);
  Matcher m(*p->compiled->program, s.subject(w.endpos_byte));
  Ref out = list_new();
  Ref empty = s.slice(0, 0);
  int ng = p->compiled->ngroups;
  scan(w, m, [&](int64_t b, int64_t e) {
    Ref item;
    if (ng == 0) {
      item = s.slice(b, e);
    } else if (ng == 1) {
      item = group_text(s, m.slots(), 1, empty.get());
    } else {
      item = tuple_new(size_t(ng));
      for (int g = 1; g <= ng; g++) as_tuple(item.get())->items[g - 1] = group_text(s, m.slots(), g, empty.get()).release();
    }
    list_append(out.get(), item.get());
    return true;
  });
  return out;
}

Ref pat_split(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("split", args, nargs, kw, {"string", "maxsplit"}, 1, a);
  PatternObject* p = P(self);
  SubjectView s(a[0], p->is_bytes);
  int64_t maxsplit = a[1].is_null() ? 0 : index_value(a[1]);
  Window w{0, s.length(), 0, s.size()};
  Matcher m(*p->compiled->program, s.subject(s.size()));
  Ref out = list_new();
  int ng = p->compiled->ngroups;
  int64_t last = 0, count = 0;
  if (maxsplit >= 0) {
    scan(w, m, [&](int64_t b, int64_t e) {
      list_append(out.get(), s.slice(last, b).get());
      for (int g = 1; g <= ng; g++) list_append(out.get(), group_text(s, m.slots(), g, Value::none()).get());
      last = e;
      return maxsplit == 0 || ++count < maxsplit;
    });
  }
  list_append(out.get(), s.slice(last, s.size()).get());
  return out;
}

// ------------------------------------------------------------ sub
// Replacement results are joined as CPython joins its list of pieces, so a
// wrong-typed piece gets CPython's "sequence item N" message.
struct Joiner {
  std::string out;
  int64_t pieces = 0;
  int64_t bad_index = -1;
  std::string bad_type;
  void piece(std::string_view v) {
    if (v.empty()) return;
    out.append(v);
    pieces++;
  }
  void bad(Value v) {
    if (bad_index < 0) {
      bad_index = pieces;
      bad_type = type_name(v);
    }
    pieces++;
  }
};

Ref subx(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, bool with_count) {
  Value a[3];
  parse_args(name, args, nargs, kw, {"repl", "string", "count"}, 2, a);
  PatternObject* p = P(self);
  Value repl = a[0];
  int64_t count = a[2].is_null() ? 0 : index_value(a[2]);
  SubjectView s(a[1], p->is_bytes);
  bool callable = is_callable(repl);
  std::vector<TemplatePiece> pieces;
  bool repl_wrong_type = false;
  if (!callable) {
    pieces = template_of(p, repl);
    repl_wrong_type = is_str(repl) == p->is_bytes;
  }
  Window w{0, s.length(), 0, s.size()};
  Matcher m(*p->compiled->program, s.subject(s.size()));
  CharCounter chars(s.data(), s.utf8());
  Joiner j;
  int64_t last = 0, subs = 0;
  const char* base = reinterpret_cast<const char*>(s.data());
  if (count >= 0) {
    scan(w, m, [&](int64_t b, int64_t e) {
      j.piece({base + last, size_t(b - last)});
      if (callable) {
        Ref match = match_new(p, s, m, w, chars);
        Ref r = call(repl, {match.get()});
        if (r.get().is_none()) {
          // None adds nothing
        } else if (p->is_bytes ? is_bytes_like(r.get()) : is_str(r.get())) {
          j.out.append(p->is_bytes ? as_bytes(r.get())->view() : str_view(r.get()));
          j.pieces++;
        } else {
          j.bad(r.get());
        }
      } else if (repl_wrong_type) {
        j.bad(repl);
      } else {
        expand_template(pieces, s.data(), m.slots(), j.out);
        j.pieces++;
      }
      last = e;
      return ++subs != count;
    });
  }
  j.piece({base + last, size_t(s.size() - last)});
  if (j.bad_index >= 0)
    type_error("sequence item " + std::to_string(j.bad_index) + ": expected " +
               (p->is_bytes ? "a bytes-like object" : "str instance") + ", " + j.bad_type + " found");
  Ref result;
  if (subs == 0 && type_of(a[1]) == (p->is_bytes ? &BytesType : &StrType)) result = Ref::borrow(a[1]);
  else result = p->is_bytes ? bytes_new(j.out) : str_new(j.out);
  if (!with_count) return result;
  return tuple_from({result.get(), Value::small_int(subs)});
}

Ref pat_sub(Value self, const Value* a, size_t n, Tuple* kw) { return subx(self, a, n, kw, "sub", false); }
Ref pat_subn(Value self, const Value* a, size_t n, Tuple* kw) { return subx(self, a, n, kw, "subn", true); }

// ------------------------------------------------------------ scanners
Ref pat_scanner(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  parse_string_pos_endpos("scanner", args, nargs, kw, a);
  return scanner_new(P(self), a[0], a[1], a[2]);
}

// iter(scanner.search, None), as CPython's finditer is.
Ref pat_finditer(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  parse_string_pos_endpos("finditer", args, nargs, kw, a);
  Ref scanner = scanner_new(P(self), a[0], a[1], a[2]);
  Ref search = getattr(scanner.get(), "search");
  return callable_iter_new(search.get(), Value::none());
}

// ------------------------------------------------------------ the type
// re.compile('...', re.IGNORECASE|re.MULTILINE): the flags CPython names, in
// its order; re.UNICODE is implied for str patterns and left out.
std::string flags_repr(uint32_t flags, bool is_bytes) {
  static const struct {
    const char* name;
    uint32_t value;
  } names[] = {{"re.TEMPLATE", kFlagTemplate}, {"re.IGNORECASE", kFlagIgnoreCase}, {"re.LOCALE", kFlagLocale},
               {"re.MULTILINE", kFlagMultiline}, {"re.DOTALL", kFlagDotAll}, {"re.UNICODE", kFlagUnicode},
               {"re.VERBOSE", kFlagVerbose}, {"re.DEBUG", kFlagDebug}, {"re.ASCII", kFlagAscii}};
  if (!is_bytes && (flags & (kFlagLocale | kFlagUnicode | kFlagAscii)) == kFlagUnicode) flags &= ~kFlagUnicode;
  std::string out;
  for (auto& n : names) {
    if (!(flags & n.value)) continue;
    if (!out.empty()) out += "|";
    out += n.name;
    flags &= ~n.value;
  }
  if (flags) {
    char buf[24];
    snprintf(buf, sizeof buf, "0x%x", unsigned(flags));
    if (!out.empty()) out += "|";
    out += buf;
  }
  return out;
}

// The first `n` characters of a UTF-8 text (CPython's %.<n>R).
std::string truncate_chars(const std::string& s, int64_t n) {
  return s.substr(0, utf8_offset(s, std::min<int64_t>(n, int64_t(utf8_length(s)))));
}

Ref pattern_repr(Value self) {
  PatternObject* p = P(self);
  std::string out = "re.compile(" + truncate_chars(repr_utf8(p->source), 200);
  std::string flags = flags_repr(p->compiled->flags, p->is_bytes);
  if (!flags.empty()) out += ", " + flags;
  return str_new(out + ")");
}

Ref pattern_richcmp(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !isinstance_of(b, &PatternType)) return Ref::borrow(not_implemented());
  PatternObject *x = P(a), *y = P(b);
  bool eq = x == y || (x->compiled->flags == y->compiled->flags && x->is_bytes == y->is_bytes &&
                       equals(x->source, y->source));
  return Ref::boolean(eq == (op == CmpOp::Eq));
}

int64_t pattern_hash(Value self) {
  PatternObject* p = P(self);
  int64_t h = hash(p->source) ^ int64_t(p->compiled->flags) * 1000003;
  return h == -1 ? -2 : h;
}

void pattern_dealloc(Object* o) {
  PatternObject* p = static_cast<PatternObject*>(o);
  xdecref(p->source);
  if (p->groupindex) decref(p->groupindex);
  delete p->compiled;
}

Ref pat_copy(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("__copy__", nargs, kw, 0, 0);
  return Ref::borrow(self);
}
Ref pat_deepcopy(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("__deepcopy__", nargs, kw, 1, 1);
  return Ref::borrow(self);
}

// Pickled as re._compile(pattern, flags), as CPython's copyreg entry does.
Ref pat_reduce(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("__reduce__", nargs, kw, 0, 0);
  Ref mod = import_module("re");
  Ref compile = getattr(mod.get(), "_compile");
  Ref args = tuple_from({P(self)->source, Value::small_int(P(self)->compiled->flags)});
  return tuple_from({compile.get(), args.get()});
}

Ref get_pattern(Value self) { return Ref::borrow(P(self)->source); }
Ref get_flags(Value self) { return Ref::steal(Value::small_int(P(self)->compiled->flags)); }
Ref get_groups(Value self) { return Ref::steal(Value::small_int(P(self)->compiled->ngroups)); }
// A fresh copy each time: the pattern's own table cannot be changed through it.
Ref get_groupindex(Value self) { return dict_copy(P(self)->groupindex); }

const MethodDef pattern_methods[] = {
    {"match", pat_match},       {"fullmatch", pat_fullmatch}, {"search", pat_search},
    {"findall", pat_findall},   {"finditer", pat_finditer},   {"scanner", pat_scanner},
    {"split", pat_split},       {"sub", pat_sub},             {"subn", pat_subn},
    {"__copy__", pat_copy},     {"__deepcopy__", pat_deepcopy}, {"__reduce__", pat_reduce},
    {"__class_getitem__", class_getitem, kMethClass},
    {nullptr, nullptr},
};
const GetSetDef pattern_getsets[] = {
    {"pattern", get_pattern}, {"flags", get_flags}, {"groups", get_groups}, {"groupindex", get_groupindex},
    {nullptr, nullptr},
};

const MethodDef module_functions[] = {{"compile", m_compile}, {"_compile", m_compile_cached}, {nullptr, nullptr}};

void init_gilpy_re(Value m) {
  init_re_types();
  module_add_functions(m, module_functions);
  module_add(m, "Pattern", Value::object(&PatternType));
  module_add(m, "Match", Value::object(&MatchType));
  module_add(m, "MAXREPEAT", Value::small_int(kMaxRepeat));
  module_add(m, "MAXGROUPS", Value::small_int(kMaxGroups));
}

GILPY_MODULE("_gilpy_re", init_gilpy_re);

}  // namespace

void init_pattern_type() {
  PatternType.name = "Pattern";
  PatternType.module = "re";
  PatternType.basic_size = sizeof(PatternObject);
  PatternType.dealloc = pattern_dealloc;
  PatternType.repr = pattern_repr;
  PatternType.richcmp = pattern_richcmp;
  PatternType.hash = pattern_hash;
  type_ready(&PatternType, pattern_methods, pattern_getsets);
}

}  // namespace re
}  // namespace gilpy
