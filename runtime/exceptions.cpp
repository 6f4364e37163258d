// exceptions.cpp — BaseException and the standard exception hierarchy.
//
// Every built-in exception class is a heap-like static Type created at
// start-up from one table (name, base); they share the ExceptionObject
// layout plus an instance dict, so user subclasses just add attributes.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

Type* BaseException_;
Type *Exception_, *TypeError_, *ValueError_, *KeyError_, *IndexError_, *AttributeError_, *NameError_,
    *UnboundLocalError_, *ZeroDivisionError_, *OverflowError_, *MemoryError_, *RecursionError_, *RuntimeError_,
    *NotImplementedError_, *StopIteration_, *GeneratorExit_, *KeyboardInterrupt_, *SystemExit_, *AssertionError_,
    *ImportError_, *ModuleNotFoundError_, *LookupError_, *ArithmeticError_, *OSError_, *FileNotFoundError_,
    *FileExistsError_, *PermissionError_, *IsADirectoryError_, *NotADirectoryError_, *EOFError_, *UnicodeError_,
    *UnicodeDecodeError_, *UnicodeEncodeError_, *SyntaxError_, *IndentationError_, *TabError_, *BufferError_,
    *FloatingPointError_, *TimeoutError_, *BrokenPipeError_, *ChildProcessError_, *InterruptedError_,
    *ProcessLookupError_, *ConnectionError_, *StopAsyncIteration_, *Warning_, *DeprecationWarning_, *UserWarning_,
    *RuntimeWarning_;

std::vector<Type*> g_exception_types;   // for the builtins module

static ExceptionObject* E(Value v) { return static_cast<ExceptionObject*>(v.as_obj()); }

static void exc_dealloc(Object* o) {
  ExceptionObject* e = static_cast<ExceptionObject*>(o);
  if (e->args) decref(e->args);
  if (e->cause) decref(e->cause);
  if (e->context) decref(e->context);
  if (e->tb) {
    for (auto& t : *e->tb) decref(reinterpret_cast<Object*>(t.code));
    delete e->tb;
  }
}

static Ref exc_new(Type* t, const Value* args, size_t nargs, Tuple*) {
  ExceptionObject* e = alloc_object<ExceptionObject>(t, t->basic_size);
  e->args = as_tuple(tuple_from_array(args, nargs).release());
  return Ref::steal(e);
}

static void exc_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) type_error(type_name(self) + "() takes no keyword arguments");
  Ref t = tuple_from_array(args, nargs);
  decref(E(self)->args);
  E(self)->args = as_tuple(t.release());
}

static Ref exc_str(Value self) {
  Tuple* a = E(self)->args;
  if (a->size == 0) return str_new("");
  if (a->size == 1) return str_of(a->items[0]);
  return str_of(Value::object(a));
}

static Ref exc_repr(Value self) {
  Tuple* a = E(self)->args;
  std::string name = type_of(self)->name;
  if (a->size == 1) return str_new(name + "(" + repr_utf8(a->items[0]) + ")");
  if (a->size == 0) return str_new(name + "()");
  return str_new(name + repr_utf8(Value::object(a)));
}

static Ref keyerror_str(Value self) {
  Tuple* a = E(self)->args;
  if (a->size == 1) return repr(a->items[0]);
  return exc_str(self);
}

static Ref get_args(Value self) { return Ref::borrow(E(self)->args); }
static void set_args(Value self, Value v) {
  Ref t = tuple_from_iterable(v);
  decref(E(self)->args);
  E(self)->args = as_tuple(t.release());
}
static Ref obj_or_none(Object* o) { return o ? Ref::borrow(o) : Ref::none(); }
static Ref get_cause(Value self) { return obj_or_none(E(self)->cause); }
static void set_obj(Object*& field, Value v) {
  if (!v.is_none() && !isinstance_of(v, BaseException_)) type_error("exception cause must be None or derive from BaseException");
  Object* n = v.is_none() ? nullptr : v.as_obj();
  if (n) incref(n);
  if (field) decref(field);
  field = n;
}
static void set_cause(Value self, Value v) {
  set_obj(E(self)->cause, v);
  E(self)->suppress_context = true;
}
static Ref get_context(Value self) { return obj_or_none(E(self)->context); }
static void set_context(Value self, Value v) { set_obj(E(self)->context, v); }
static Ref get_suppress(Value self) { return Ref::boolean(E(self)->suppress_context); }
static void set_suppress(Value self, Value v) { E(self)->suppress_context = truthy(v); }
static Ref get_traceback(Value self) {
  // Tracebacks are kept as C++ entries; Python sees a list of (filename, lineno, name).
  ExceptionObject* e = E(self);
  if (!e->tb || e->tb->empty()) return Ref::none();
  Ref l = list_new();
  for (auto& t : *e->tb) {
    Ref fn = str_new(t.code->source ? t.code->source->filename : "");
    Ref nm = str_new(t.code->name);
    Ref row = tuple_from({fn.get(), Value::small_int(t.lineno), nm.get()});
    list_append(l.get(), row.get());
  }
  return l;
}
static void set_traceback(Value self, Value v) {
  if (!v.is_none()) not_supported("assigning a traceback object to __traceback__");
  if (E(self)->tb) {
    for (auto& t : *E(self)->tb) decref(reinterpret_cast<Object*>(t.code));
    E(self)->tb->clear();
  }
}

static const GetSetDef exc_getsets[] = {
    {"args", get_args, set_args}, {"__cause__", get_cause, set_cause}, {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress}, {"__traceback__", get_traceback, set_traceback},
    {nullptr, nullptr}};

static Ref m_with_traceback(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("with_traceback", nargs, kw, 1, 1);
  if (!args[0].is_none() && !isinstance_of(args[0], &ListType)) not_supported("with_traceback() of a foreign traceback");
  return Ref::borrow(self);
}
static Ref m_add_note(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("add_note", nargs, kw, 1, 1);
  Dict* d = instance_dict(self, true);
  Value notes = dict_get_str(d, intern("__notes__"));
  if (notes.is_null()) {
    Ref l = list_new();
    dict_set_str(d, "__notes__", l.get());
    notes = l.get();
  }
  list_append(notes, args[0]);
  return Ref::none();
}
static const MethodDef exc_methods[] = {
    {"with_traceback", m_with_traceback}, {"add_note", m_add_note}, {nullptr, nullptr}};

// Attributes that CPython exposes as fields are plain instance attributes here,
// set by each class's __init__ from the args.
static void set_attr(Value self, const char* name, Value v) {
  dict_set_str(instance_dict(self, true), name, v);
}

static void stopiteration_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  exc_init(self, args, nargs, kw);
  set_attr(self, "value", nargs ? args[0] : Value::none());
}
static void systemexit_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  exc_init(self, args, nargs, kw);
  if (nargs == 0) set_attr(self, "code", Value::none());
  else if (nargs == 1) set_attr(self, "code", args[0]);
  else set_attr(self, "code", Value::object(E(self)->args));
}
static Type* oserror_subtype(int err);
// OSError subclasses only reached through errno (no C++ code raises them by name).
static Type *g_blocking_io, *g_conn_aborted, *g_conn_refused, *g_conn_reset;
// OSError(errno, strerror, ...) builds the subclass for errno, e.g.
// OSError(2, 'x') is a FileNotFoundError, as in CPython.
static Ref oserror_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  if (t == OSError_ && nargs >= 2 && args[0].is_small_int()) t = oserror_subtype(int(args[0].as_small_int()));
  return exc_new(t, args, nargs, kw);
}

static void oserror_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  // OSError(errno, strerror, filename): args keeps only (errno, strerror), as CPython.
  exc_init(self, args, nargs >= 3 && nargs <= 5 ? 2 : nargs, kw);
  set_attr(self, "errno", nargs >= 2 ? args[0] : Value::none());
  set_attr(self, "strerror", nargs >= 2 ? args[1] : Value::none());
  set_attr(self, "filename", nargs >= 3 ? args[2] : Value::none());
}
static Ref oserror_str(Value self) {
  Dict* d = instance_dict(self, true);
  Value en = dict_get_str(d, intern("errno")), se = dict_get_str(d, intern("strerror"));
  Value fn = dict_get_str(d, intern("filename"));
  if (!en.is_null() && !en.is_none() && !se.is_null() && !se.is_none()) {
    std::string s = "[Errno " + str_utf8(en) + "] " + str_utf8(se);
    if (!fn.is_null() && !fn.is_none()) s += ": " + repr_utf8(fn);
    return str_new(s);
  }
  return exc_str(self);
}
static void importerror_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  size_t npos = nargs;
  Value name = Value::none(), path = Value::none();
  if (kw)
    for (int64_t i = 0; i < kw->size; i++) {
      std::string_view k = str_view(kw->items[i]);
      if (k == "name") name = args[nargs + i];
      else if (k == "path") path = args[nargs + i];
      else type_error("'" + std::string(k) + "' is an invalid keyword argument for ImportError()");
    }
  (void)a;
  exc_init(self, args, npos, nullptr);
  set_attr(self, "name", name);
  set_attr(self, "path", path);
  set_attr(self, "msg", nargs ? args[0] : Value::none());
}
static void syntaxerror_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  exc_init(self, args, nargs, kw);
  set_attr(self, "msg", nargs ? args[0] : Value::none());
  const char* names[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  Tuple* info = nargs >= 2 && isinstance_of(args[1], &TupleType) ? as_tuple(args[1]) : nullptr;
  for (int i = 0; i < 6; i++) set_attr(self, names[i], info && i < info->size ? info->items[i] : Value::none());
}
static Ref syntaxerror_str(Value self) {
  Dict* d = instance_dict(self, true);
  Value msg = dict_get_str(d, intern("msg"));
  Value ln = dict_get_str(d, intern("lineno"));
  Value fn = dict_get_str(d, intern("filename"));
  std::string s = msg.is_null() || msg.is_none() ? "" : str_utf8(msg);
  if (!fn.is_null() && !fn.is_none() && !ln.is_null() && !ln.is_none()) {
    std::string f = str_utf8(fn);
    size_t slash = f.rfind('/');
    s += " (" + (slash == std::string::npos ? f : f.substr(slash + 1)) + ", line " + str_utf8(ln) + ")";
  } else if (!ln.is_null() && !ln.is_none()) {
    s += " (line " + str_utf8(ln) + ")";
  }
  return str_new(s);
}
static void nameerror_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value name = Value::none();
  if (kw)
    for (int64_t i = 0; i < kw->size; i++)
      if (str_view(kw->items[i]) == "name") name = args[nargs + i];
  exc_init(self, args, nargs, nullptr);
  set_attr(self, "name", name);
}

// ---- UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError.
// The fields (encoding, object, start, end, reason) are instance
// attributes like the other exceptions' fields; str() formats CPython's
// message from their current values.
enum class UniKind { Decode, Encode, Translate };

static void require_str(Value v, int pos) {
  if (!is_str(v)) type_error("argument " + std::to_string(pos) + " must be str, not " + type_name(v));
}

// Checks args in CPython's order ("UOnnU" / "UUnnU" / "UnnU") and stores them.
static void unicode_error_fields(Value self, const Value* args, size_t nargs, UniKind kind) {
  size_t want = kind == UniKind::Translate ? 4 : 5;
  if (nargs != want)
    type_error("function takes exactly " + std::to_string(want) + " arguments (" + std::to_string(nargs) + " given)");
  const Value* a = args;
  Value encoding = Value::none();
  if (kind != UniKind::Translate) {
    require_str(a[0], 1);
    encoding = a[0];
    ++a;
  }
  int pos = kind == UniKind::Translate ? 1 : 2;
  if (kind != UniKind::Decode) require_str(a[0], pos);
  Ref start = int_from_i64(index_value(a[1]));
  Ref end = int_from_i64(index_value(a[2]));
  require_str(a[3], pos + 3);
  Ref object = Ref::borrow(a[0]);
  if (kind == UniKind::Decode) {
    // Any bytes-like object is kept as bytes.
    if (!is_bytes_like(a[0])) type_error("a bytes-like object is required, not '" + type_name(a[0]) + "'");
    if (!isinstance_of(a[0], &BytesType)) object = bytes_new(as_bytes(a[0])->view());
  }
  set_attr(self, "encoding", encoding);
  set_attr(self, "object", object.get());
  set_attr(self, "start", start.get());
  set_attr(self, "end", end.get());
  set_attr(self, "reason", a[3]);
}

static void unicode_decode_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  exc_init(self, args, nargs, kw);
  unicode_error_fields(self, args, nargs, UniKind::Decode);
}
static void unicode_encode_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  exc_init(self, args, nargs, kw);
  unicode_error_fields(self, args, nargs, UniKind::Encode);
}
static void unicode_translate_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  exc_init(self, args, nargs, kw);
  unicode_error_fields(self, args, nargs, UniKind::Translate);
}

static std::string char_escape(uint32_t cp) {
  char buf[16];
  if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
  return buf;
}

static Ref unicode_error_str(Value self, UniKind kind) {
  Dict* d = instance_dict(self, true);
  auto field = [&](const char* name) { return dict_get_str(d, intern(name)); };
  Value object = field("object");
  if (object.is_null() || object.is_none()) return str_new("");   // never initialised
  Value st = field("start"), en = field("end"), why = field("reason"), enc = field("encoding");
  int64_t start = st.is_null() ? 0 : index_value(st), end = en.is_null() ? 0 : index_value(en);
  std::string reason = why.is_null() ? "None" : str_utf8(why);
  std::string head;
  if (kind == UniKind::Translate) head = "can't translate ";
  else head = "'" + (enc.is_null() ? std::string("None") : str_utf8(enc)) + "' codec can't " +
              (kind == UniKind::Decode ? "decode " : "encode ");
  // One byte / character is shown when the span is exactly one valid position.
  bool bytes = kind == UniKind::Decode && is_bytes_like(object), text = kind != UniKind::Decode && is_str(object);
  int64_t len = bytes ? as_bytes(object)->size : text ? as_str(object)->length : 0;
  std::string pos = " in position " + std::to_string(start);
  if (start >= 0 && start < len && end == start + 1) {
    if (bytes) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02x", unsigned(static_cast<unsigned char>(as_bytes(object)->data[start])));
      return str_new(head + "byte " + hex + pos + ": " + reason);
    }
    return str_new(head + "character '" + char_escape(str_char_at(as_str(object), start)) + "'" + pos + ": " + reason);
  }
  return str_new(head + (kind == UniKind::Decode ? "bytes" : "characters") + pos + "-" + std::to_string(end - 1) +
                 ": " + reason);
}
static Ref unicode_decode_str(Value self) { return unicode_error_str(self, UniKind::Decode); }
static Ref unicode_encode_str(Value self) { return unicode_error_str(self, UniKind::Encode); }
static Ref unicode_translate_str(Value self) { return unicode_error_str(self, UniKind::Translate); }

static Type* make_exc(const char* name, Type* base) {
  Type* t = new Type();
  t->name = t->qualname = name;
  t->base = base;
  t->flags = kTypeBaseType | kTypeExcSub;
  if (!base) {
    t->basic_size = sizeof(ExceptionObject) + sizeof(Dict*);
    t->dict_offset = sizeof(ExceptionObject);
    t->new_ = exc_new;
    t->init = exc_init;
    t->dealloc = exc_dealloc;
    t->str = exc_str;
    t->repr = exc_repr;
    t->base = &ObjectType;
    type_ready(t, exc_methods, exc_getsets);
  } else {
    type_ready(t);
  }
  g_exception_types.push_back(t);
  return t;
}

void init_exception_types() {
  BaseException_ = make_exc("BaseException", nullptr);
  Type* B = BaseException_;
  SystemExit_ = make_exc("SystemExit", B);
  SystemExit_->init = systemexit_init;
  KeyboardInterrupt_ = make_exc("KeyboardInterrupt", B);
  GeneratorExit_ = make_exc("GeneratorExit", B);
  Exception_ = make_exc("Exception", B);
  Type* X = Exception_;
  StopIteration_ = make_exc("StopIteration", X);
  StopIteration_->init = stopiteration_init;
  StopAsyncIteration_ = make_exc("StopAsyncIteration", X);
  ArithmeticError_ = make_exc("ArithmeticError", X);
  FloatingPointError_ = make_exc("FloatingPointError", ArithmeticError_);
  OverflowError_ = make_exc("OverflowError", ArithmeticError_);
  ZeroDivisionError_ = make_exc("ZeroDivisionError", ArithmeticError_);
  AssertionError_ = make_exc("AssertionError", X);
  AttributeError_ = make_exc("AttributeError", X);
  AttributeError_->init = nameerror_init;
  BufferError_ = make_exc("BufferError", X);
  EOFError_ = make_exc("EOFError", X);
  ImportError_ = make_exc("ImportError", X);
  ImportError_->init = importerror_init;
  ModuleNotFoundError_ = make_exc("ModuleNotFoundError", ImportError_);
  LookupError_ = make_exc("LookupError", X);
  IndexError_ = make_exc("IndexError", LookupError_);
  KeyError_ = make_exc("KeyError", LookupError_);
  KeyError_->str = keyerror_str;
  MemoryError_ = make_exc("MemoryError", X);
  NameError_ = make_exc("NameError", X);
  NameError_->init = nameerror_init;
  UnboundLocalError_ = make_exc("UnboundLocalError", NameError_);
  OSError_ = make_exc("OSError", X);
  OSError_->init = oserror_init;
  OSError_->new_ = oserror_new;
  OSError_->str = oserror_str;
  g_blocking_io = make_exc("BlockingIOError", OSError_);
  ChildProcessError_ = make_exc("ChildProcessError", OSError_);
  ConnectionError_ = make_exc("ConnectionError", OSError_);
  BrokenPipeError_ = make_exc("BrokenPipeError", ConnectionError_);
  g_conn_aborted = make_exc("ConnectionAbortedError", ConnectionError_);
  g_conn_refused = make_exc("ConnectionRefusedError", ConnectionError_);
  g_conn_reset = make_exc("ConnectionResetError", ConnectionError_);
  FileExistsError_ = make_exc("FileExistsError", OSError_);
  FileNotFoundError_ = make_exc("FileNotFoundError", OSError_);
  InterruptedError_ = make_exc("InterruptedError", OSError_);
  IsADirectoryError_ = make_exc("IsADirectoryError", OSError_);
  NotADirectoryError_ = make_exc("NotADirectoryError", OSError_);
  PermissionError_ = make_exc("PermissionError", OSError_);
  ProcessLookupError_ = make_exc("ProcessLookupError", OSError_);
  TimeoutError_ = make_exc("TimeoutError", OSError_);
  make_exc("ReferenceError", X);
  RuntimeError_ = make_exc("RuntimeError", X);
  NotImplementedError_ = make_exc("NotImplementedError", RuntimeError_);
  RecursionError_ = make_exc("RecursionError", RuntimeError_);
  SyntaxError_ = make_exc("SyntaxError", X);
  SyntaxError_->init = syntaxerror_init;
  SyntaxError_->str = syntaxerror_str;
  IndentationError_ = make_exc("IndentationError", SyntaxError_);
  TabError_ = make_exc("TabError", IndentationError_);
  make_exc("SystemError", X);
  TypeError_ = make_exc("TypeError", X);
  ValueError_ = make_exc("ValueError", X);
  UnicodeError_ = make_exc("UnicodeError", ValueError_);
  UnicodeDecodeError_ = make_exc("UnicodeDecodeError", UnicodeError_);
  UnicodeDecodeError_->init = unicode_decode_init;
  UnicodeDecodeError_->str = unicode_decode_str;
  UnicodeEncodeError_ = make_exc("UnicodeEncodeError", UnicodeError_);
  UnicodeEncodeError_->init = unicode_encode_init;
  UnicodeEncodeError_->str = unicode_encode_str;
  Type* translate = make_exc("UnicodeTranslateError", UnicodeError_);
  translate->init = unicode_translate_init;
  translate->str = unicode_translate_str;
  Warning_ = make_exc("Warning", X);
  DeprecationWarning_ = make_exc("DeprecationWarning", Warning_);
  make_exc("PendingDeprecationWarning", Warning_);
  RuntimeWarning_ = make_exc("RuntimeWarning", Warning_);
  make_exc("SyntaxWarning", Warning_);
  UserWarning_ = make_exc("UserWarning", Warning_);
  make_exc("FutureWarning", Warning_);
  make_exc("ImportWarning", Warning_);
  make_exc("UnicodeWarning", Warning_);
  make_exc("BytesWarning", Warning_);
  make_exc("ResourceWarning", Warning_);
  make_exc("EncodingWarning", Warning_);
  // EnvironmentError and IOError are aliases of OSError (see builtins).
}

// ------------------------------------------------------------ raising
// Built-in exception classes are constructed directly (no Python-level
// call), so raising works even at the recursion limit.
static Ref construct(Type* type, const Value* args, size_t nargs) {
  if (type->flags & kTypeHeap) return call(Value::object(type), args, nargs, nullptr);
  Ref e = type->new_(type, args, nargs, nullptr);
  if (type->init) type->init(e.get(), args, nargs, nullptr);
  return e;
}

Ref make_exception(Type* type, const std::string& msg) {
  Ref s = str_new(msg);
  Value a = s.get();
  return construct(type, &a, 1);
}

void raise(Type* type, const std::string& msg) {
  Ref e = make_exception(type, msg);
  throw PyError(e.release().as_obj());
}

void raise_args(Type* type, const Value* args, size_t nargs) {
  Ref e = construct(type, args, nargs);
  throw PyError(e.release().as_obj());
}

void raise_value(Value v) {
  if (isinstance_of(v, &TypeType) && is_subtype(static_cast<Type*>(v.as_obj()), BaseException_)) {
    Ref e = call(v, nullptr, 0, nullptr);
    if (!isinstance_of(e.get(), BaseException_))
      type_error("calling " + repr_utf8(v) + " should have returned an instance of BaseException, not " +
                 type_name(e.get()));
    throw PyError(e.release().as_obj());
  }
  if (!isinstance_of(v, BaseException_)) type_error("exceptions must derive from BaseException");
  incref(v);
  throw PyError(v.as_obj());
}

void key_error(Value key) { raise_args(KeyError_, &key, 1); }

void memory_error() {
  // No allocation may be needed to report running out of memory... but the
  // exception object itself is small; mimalloc can still serve it when a
  // huge request failed.
  raise_args(MemoryError_, nullptr, 0);
}

void attribute_error(Value obj, Str* name) {
  std::string n(name->view());
  if (isinstance_of(obj, &ModuleType)) {
    Value mn = dict_get_str(static_cast<Module*>(obj.as_obj())->dict, intern("__name__"));
    raise(AttributeError_, "module '" + (is_str(mn) ? std::string(str_view(mn)) : std::string("?")) +
                               "' has no attribute '" + n + "'");
  }
  if (isinstance_of(obj, &TypeType))
    raise(AttributeError_, "type object '" + static_cast<Type*>(obj.as_obj())->name + "' has no attribute '" + n + "'");
  raise(AttributeError_, "'" + type_name(obj) + "' object has no attribute '" + n + "'");
}

void not_supported(const std::string& feature) { raise(NotImplementedError_, feature + " is not supported by gilpy"); }

// The OSError subclass for an errno value (OSError itself if none).
static Type* oserror_subtype(int err) {
  Type* t = OSError_;
  switch (err) {
    case ENOENT: t = FileNotFoundError_; break;
    case EEXIST: t = FileExistsError_; break;
    case EACCES: case EPERM: t = PermissionError_; break;
    case EISDIR: t = IsADirectoryError_; break;
    case ENOTDIR: t = NotADirectoryError_; break;
    case EPIPE: case ESHUTDOWN: t = BrokenPipeError_; break;
    case EAGAIN: case EALREADY: case EINPROGRESS: t = g_blocking_io; break;
    case ECONNABORTED: t = g_conn_aborted; break;
    case ECONNREFUSED: t = g_conn_refused; break;
    case ECONNRESET: t = g_conn_reset; break;
    case EINTR: t = InterruptedError_; break;
    case ESRCH: t = ProcessLookupError_; break;
    case ECHILD: t = ChildProcessError_; break;
    case ETIMEDOUT: t = TimeoutError_; break;
  }
  return t;
}

void raise_from_errno(int err, const std::string& filename) {
  Type* t = oserror_subtype(err);
  Ref msg = str_new(std::strerror(err));
  Ref fn = filename.empty() ? Ref() : str_new(filename);
  Value args[3] = {Value::small_int(err), msg.get(), fn.get()};
  raise_args(t, args, filename.empty() ? 2 : 3);
}

std::string type_name(Value v) {
  Type* t = type_of(v);
  if (!(t->flags & kTypeHeap) && !t->module.empty() && t->module != "builtins") return t->module + "." + t->name;
  return t->name;
}

}  // namespace gilpy
