// re_objects.cpp — re.Match, the scanner behind finditer, and replacement
// templates (re_objects.hpp).
//
// A Match keeps each group's span twice: in bytes of the subject's UTF-8 (to
// slice out the text) and in characters (what span()/start()/end() report).
#include <cstring>
#include <memory>
#include <mutex>
#include <string>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/re_objects.hpp"

namespace gilpy {
namespace re {

Type MatchType, ScannerType;
void init_pattern_type();   // re_module.cpp

int64_t CharCounter::index_of(int64_t byte) {
  if (!utf8_) return byte;
  auto chars_in = [&](int64_t from, int64_t to) {
    int64_t n = 0;
    for (int64_t i = from; i < to; i++) n += (data_[i] & 0xC0) != 0x80;
    return n;
  };
  if (byte >= byte_) index_ += chars_in(byte_, byte);
  else index_ -= chars_in(byte, byte_);
  byte_ = byte;
  return index_;
}

namespace {

struct MatchObject : Object {
  Value pattern;        // PatternObject (owned)
  Value string;         // the subject (owned)
  int64_t pos, endpos;  // the search window, in characters
  int32_t lastindex;    // -1: None
  int32_t ngroups;
  int64_t* spans;       // trailing storage: per group byte start, byte end, start, end (-1: unset)
};

MatchObject* M(Value v) { return static_cast<MatchObject*>(v.as_obj()); }
PatternObject* pattern_of(MatchObject* m) { return as_pattern(m->pattern); }

// The subject's bytes as they are now (a bytearray may have changed since).
std::string_view subject_bytes(Value s) {
  if (is_str(s)) return str_view(s);
  if (is_bytes_like(s)) return as_bytes(s)->view();
  TypedBuffer tb;
  BufferGuard guard;
  if (guard.acquire(s, &tb)) return {static_cast<const char*>(tb.data), size_t(tb.length * tb.itemsize)};
  return {};
}

Ref slice_of(MatchObject* m, int g) {
  int64_t b = m->spans[4 * g], e = m->spans[4 * g + 1];
  std::string_view all = subject_bytes(m->string);
  if (!is_str(m->string)) {
    b = std::min<int64_t>(b, int64_t(all.size()));
    e = std::min<int64_t>(e, int64_t(all.size()));
    return bytes_new(all.substr(size_t(b), size_t(e - b)));
  }
  std::string_view v = all.substr(size_t(b), size_t(e - b));
  return as_str(m->string)->ascii ? str_from_ascii(v) : str_new(v);
}

Ref group_value(MatchObject* m, int g, Value dflt) {
  if (m->spans[4 * g] < 0) return Ref::borrow(dflt);
  return slice_of(m, g);
}

int group_index(MatchObject* m, Value g) {
  int64_t i = -1;
  if (is_int(g)) {
    i = index_value(g);
  } else {
    Value v = dict_get(pattern_of(m)->groupindex, g);
    if (!v.is_null()) i = index_value(v);
  }
  if (i < 0 || i > m->ngroups) index_error("no such group");
  return int(i);
}

// ------------------------------------------------------------ methods
Ref mt_group(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) type_error("Match.group() takes no keyword arguments");
  MatchObject* m = M(self);
  if (nargs == 0) return group_value(m, 0, Value::none());
  if (nargs == 1) return group_value(m, group_index(m, args[0]), Value::none());
  Ref t = tuple_new(nargs);
  for (size_t i = 0; i < nargs; i++)
    as_tuple(t.get())->items[i] = group_value(m, group_index(m, args[i]), Value::none()).release();
  return t;
}

Ref mt_getitem(Value self, Value key) { return group_value(M(self), group_index(M(self), key), Value::none()); }

Ref mt_groups(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  parse_args("groups", args, nargs, kw, {"default"}, 0, a);
  Value dflt = a[0].is_null() ? Value::none() : a[0];
  MatchObject* m = M(self);
  Ref t = tuple_new(size_t(m->ngroups));
  for (int g = 1; g <= m->ngroups; g++) as_tuple(t.get())->items[g - 1] = group_value(m, g, dflt).release();
  return t;
}

Ref mt_groupdict(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  parse_args("groupdict", args, nargs, kw, {"default"}, 0, a);
  Value dflt = a[0].is_null() ? Value::none() : a[0];
  MatchObject* m = M(self);
  Ref d = dict_new();
  Dict* index = pattern_of(m)->groupindex;
  int64_t it = 0;
  Value name, group;
  while (dict_next(index, &it, &name, &group))
    dict_set(as_dict(d.get()), name, group_value(m, int(index_value(group)), dflt).get());
  return d;
}

int group_arg(Value self, const char* name, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs(name, nargs, kw, 0, 1);
  return nargs ? group_index(M(self), args[0]) : 0;
}
Ref index_value_ref(int64_t v) { return Ref::steal(Value::small_int(v)); }

Ref mt_start(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return index_value_ref(M(self)->spans[4 * group_arg(self, "start", args, nargs, kw) + 2]);
}
Ref mt_end(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return index_value_ref(M(self)->spans[4 * group_arg(self, "end", args, nargs, kw) + 3]);
}
Ref span_of(MatchObject* m, int g) {
  return tuple_from({Value::small_int(m->spans[4 * g + 2]), Value::small_int(m->spans[4 * g + 3])});
}
Ref mt_span(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return span_of(M(self), group_arg(self, "span", args, nargs, kw));
}

Ref mt_expand(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("expand", nargs, kw, 1, 1);
  MatchObject* m = M(self);
  PatternObject* p = pattern_of(m);
  std::vector<TemplatePiece> pieces = template_of(p, args[0]);
  if (is_str(args[0]) == p->is_bytes)
    type_error(std::string("sequence item 0: expected ") + (p->is_bytes ? "a bytes-like object" : "str instance") +
               ", " + type_name(args[0]) + " found");
  // Slots in bytes, as expand_template wants them.
  std::vector<int64_t> slots(size_t(2 * (m->ngroups + 1)));
  for (int g = 0; g <= m->ngroups; g++) {
    slots[size_t(2 * g)] = m->spans[4 * g];
    slots[size_t(2 * g + 1)] = m->spans[4 * g + 1];
  }
  std::string_view all = subject_bytes(m->string);
  std::string out;
  expand_template(pieces, reinterpret_cast<const unsigned char*>(all.data()), slots.data(), out);
  return p->is_bytes ? bytes_new(out) : str_new(out);
}

Ref mt_copy(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("__copy__", nargs, kw, 0, 0);
  return Ref::borrow(self);
}
Ref mt_deepcopy(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("__deepcopy__", nargs, kw, 1, 1);
  return Ref::borrow(self);
}

Ref mt_repr(Value self) {
  MatchObject* m = M(self);
  Ref text = group_value(m, 0, Value::none());
  std::string r = repr_utf8(text.get());
  r = r.substr(0, utf8_offset(r, std::min<int64_t>(50, int64_t(utf8_length(r)))));
  return str_new("<re.Match object; span=(" + std::to_string(m->spans[2]) + ", " + std::to_string(m->spans[3]) +
                 "), match=" + r + ">");
}

Ref get_pos(Value self) { return index_value_ref(M(self)->pos); }
Ref get_endpos(Value self) { return index_value_ref(M(self)->endpos); }
Ref get_lastindex(Value self) {
  int32_t li = M(self)->lastindex;
  return li < 0 ? Ref::none() : index_value_ref(li);
}
Ref get_lastgroup(Value self) {
  MatchObject* m = M(self);
  if (m->lastindex < 0) return Ref::none();
  int64_t it = 0;
  Value name, group;
  while (dict_next(pattern_of(m)->groupindex, &it, &name, &group))
    if (index_value(group) == m->lastindex) return Ref::borrow(name);
  return Ref::none();
}
Ref get_re(Value self) { return Ref::borrow(M(self)->pattern); }
Ref get_string(Value self) { return Ref::borrow(M(self)->string); }
Ref get_regs(Value self) {
  MatchObject* m = M(self);
  Ref t = tuple_new(size_t(m->ngroups + 1));
  for (int g = 0; g <= m->ngroups; g++) as_tuple(t.get())->items[g] = span_of(m, g).release();
  return t;
}

void match_dealloc(Object* o) {
  MatchObject* m = static_cast<MatchObject*>(o);
  xdecref(m->pattern);
  xdecref(m->string);
}

const MethodDef match_methods[] = {
    {"group", mt_group},   {"groups", mt_groups}, {"groupdict", mt_groupdict}, {"start", mt_start},
    {"end", mt_end},       {"span", mt_span},     {"expand", mt_expand},       {"__copy__", mt_copy},
    {"__deepcopy__", mt_deepcopy}, {"__class_getitem__", class_getitem, kMethClass},
    {nullptr, nullptr},
};
const GetSetDef match_getsets[] = {
    {"pos", get_pos}, {"endpos", get_endpos}, {"lastindex", get_lastindex}, {"lastgroup", get_lastgroup},
    {"re", get_re},   {"string", get_string}, {"regs", get_regs},           {nullptr, nullptr},
};

// ------------------------------------------------------------ scanner
struct ScannerObject : Object {
  Value pattern;          // PatternObject (owned)
  SubjectView* subject;   // owned
  Matcher* matcher;       // owned
  CharCounter* chars;     // owned
  Window window;
  int64_t pos;            // bytes: where the next match may start
  bool must_advance;      // the previous match was empty: the next one must not be empty there
  bool done;
};

ScannerObject* S(Value v) { return static_cast<ScannerObject*>(v.as_obj()); }

Ref scanner_step(Value self, const Value*, size_t nargs, Tuple* kw, bool search) {
  check_nargs(search ? "search" : "match", nargs, kw, 0, 0);
  ScannerObject* sc = S(self);
  if (sc->done) return Ref::none();
  Matcher& m = *sc->matcher;
  bool ok = search ? m.search(sc->pos, sc->must_advance) : m.match(sc->pos, false, sc->must_advance);
  if (!ok) {
    sc->done = true;
    return Ref::none();
  }
  Ref r = match_new(as_pattern(sc->pattern), *sc->subject, m, sc->window, *sc->chars);
  int64_t b = m.slots()[0], e = m.slots()[1];
  sc->must_advance = e == b;
  sc->pos = e;
  return r;
}
Ref sc_match(Value self, const Value* a, size_t n, Tuple* kw) { return scanner_step(self, a, n, kw, false); }
Ref sc_search(Value self, const Value* a, size_t n, Tuple* kw) { return scanner_step(self, a, n, kw, true); }
Ref get_scanner_pattern(Value self) { return Ref::borrow(S(self)->pattern); }

void scanner_dealloc(Object* o) {
  ScannerObject* sc = static_cast<ScannerObject*>(o);
  delete sc->matcher;
  delete sc->chars;
  delete sc->subject;
  xdecref(sc->pattern);
}

const MethodDef scanner_methods[] = {{"match", sc_match}, {"search", sc_search}, {nullptr, nullptr}};
const GetSetDef scanner_getsets[] = {{"pattern", get_scanner_pattern}, {nullptr, nullptr}};

}  // namespace

Ref scanner_new(PatternObject* p, Value string, Value pos, Value endpos) {
  auto subject = std::make_unique<SubjectView>(string, p->is_bytes);
  Window w = window_of(*subject, pos, endpos);
  ScannerObject* sc = alloc_object<ScannerObject>(&ScannerType);
  Ref owned = Ref::steal(sc);
  sc->pattern = Ref::borrow(Value::object(p)).release();
  sc->matcher = new Matcher(*p->compiled->program, subject->subject(w.endpos_byte));
  sc->chars = new CharCounter(subject->data(), subject->utf8());
  sc->chars->anchor(w.pos_byte, w.pos);
  sc->subject = subject.release();
  sc->window = w;
  sc->pos = w.pos_byte;
  sc->done = w.pos > w.endpos;
  return owned;
}

Ref match_new(PatternObject* p, const SubjectView& s, const Matcher& m, const Window& w, CharCounter& chars) {
  int ng = p->compiled->ngroups;
  size_t size = sizeof(MatchObject) + sizeof(int64_t) * 4 * size_t(ng + 1);
  MatchObject* mo = alloc_object<MatchObject>(&MatchType, size);
  Ref owned = Ref::steal(mo);
  mo->spans = reinterpret_cast<int64_t*>(reinterpret_cast<char*>(mo) + sizeof(MatchObject));
  mo->pattern = Ref::borrow(Value::object(p)).release();
  mo->string = Ref::borrow(s.obj()).release();
  mo->pos = w.pos;
  mo->endpos = w.endpos;
  mo->lastindex = m.lastindex();
  mo->ngroups = ng;
  const int64_t* slots = m.slots();
  for (int g = 0; g <= ng; g++) {
    int64_t b = slots[2 * g], e = slots[2 * g + 1];
    int64_t* sp = mo->spans + 4 * g;
    if (b < 0 || e < b) {
      sp[0] = sp[1] = sp[2] = sp[3] = -1;
      continue;
    }
    sp[0] = b;
    sp[1] = e;
    sp[2] = chars.index_of(b);
    sp[3] = chars.index_of(e);
  }
  // The next match starts at or after this one's end: count from there.
  chars.anchor(mo->spans[1], mo->spans[3]);
  return owned;
}

// ------------------------------------------------------------ templates
void expand_template(const std::vector<TemplatePiece>& pieces, const unsigned char* data, const int64_t* slots,
                     std::string& out) {
  for (const TemplatePiece& piece : pieces) {
    if (piece.group < 0) {
      out += piece.literal;
      continue;
    }
    int64_t b = slots[2 * piece.group], e = slots[2 * piece.group + 1];
    if (b >= 0 && e >= b) out.append(reinterpret_cast<const char*>(data) + b, size_t(e - b));
  }
}

std::vector<TemplatePiece> template_of(PatternObject* p, Value text) {
  bool is_bytes;
  if (is_str(text)) is_bytes = false;
  else if (is_bytes_like(text) || has_buffer(text)) is_bytes = true;
  else type_error("decoding to str: need a bytes-like object, " + type_name(text) + " found");
  // Most replacements have no backslash: they are their own text.
  if (!is_bytes && str_view(text).find('\\') == std::string_view::npos) {
    std::vector<TemplatePiece> literal;
    if (!str_view(text).empty()) literal.push_back({-1, std::string(str_view(text))});
    return literal;
  }
  try {
    return parse_template(code_points_of(text, is_bytes), is_bytes, p->compiled->ngroups, p->compiled->group_names);
  } catch (PatternError& e) {
    raise_pattern_error(e, text);
  }
}

void ready_types() {
  init_pattern_type();
  MatchType.name = "Match";
  MatchType.module = "re";
  MatchType.basic_size = sizeof(MatchObject);
  MatchType.dealloc = match_dealloc;
  MatchType.repr = mt_repr;
  MatchType.getitem = mt_getitem;
  type_ready(&MatchType, match_methods, match_getsets);

  ScannerType.name = "SRE_Scanner";
  ScannerType.module = "_sre";
  ScannerType.basic_size = sizeof(ScannerObject);
  ScannerType.dealloc = scanner_dealloc;
  type_ready(&ScannerType, scanner_methods, scanner_getsets);
}

void init_re_types() {
  static std::once_flag once;
  std::call_once(once, ready_types);
}

}  // namespace re
}  // namespace gilpy
