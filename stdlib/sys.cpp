// sys.cpp — the `sys` module.
#include <unistd.h>

#include <map>

#include "interp/run.hpp"
#include "interp/traceback.hpp"
#include "interp/vm.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/gil.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/structseq.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/io.hpp"

namespace gilpy {

std::map<std::string, ModuleInit>& builtin_module_table();
extern const char* const kGilpyVersion;

static Ref sys_exit(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("exit", n, kw, 0, 1);
  raise_args(SystemExit_, a, n);
}

static Ref sys_getrefcount(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("getrefcount", n, kw, 1, 1);
  Value v = a[0];
  // Immediates and immortal objects have no count: report a large constant,
  // as CPython 3.12 does for its immortal objects.
  if (!v.is_obj() || v.as_obj()->rc < 0) return int_from_i64(4294967295LL);
  return int_from_i64(v.as_obj()->rc);
}

static Ref sys_getrecursionlimit(Value, const Value*, size_t n, Tuple* kw) {
  check_nargs("getrecursionlimit", n, kw, 0, 0);
  return int_from_i64(current_interp()->recursion_limit);
}

static Ref sys_setrecursionlimit(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("setrecursionlimit", n, kw, 1, 1);
  if (a[0].is_float()) type_error("'float' object cannot be interpreted as an integer");
  int64_t v = to_int64(a[0]);
  if (v < 1) value_error("recursion limit must be greater or equal than 1");
  ThreadState* ts = current_thread_state();
  if (v <= ts->depth)
    raise(RecursionError_, "cannot set the recursion limit to " + std::to_string(v) + " at the recursion depth " +
                               std::to_string(ts->depth) + ": the limit is too low");
  current_interp()->recursion_limit = int(std::min<int64_t>(v, 1 << 30));
  return Ref::none();
}

// The GIL's switch interval (runtime/gil.cpp), kept in microseconds as CPython does.
static Ref sys_getswitchinterval(Value, const Value*, size_t n, Tuple* kw) {
  check_nargs("getswitchinterval", n, kw, 0, 0);
  return Ref::borrow(Value::from_double(double(current_interp()->gil->interval_us.load()) / 1e6));
}

static Ref sys_setswitchinterval(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("setswitchinterval", n, kw, 1, 1);
  double v = num_to_double(a[0]);
  if (!(v > 0)) value_error("switch interval must be strictly positive");
  current_interp()->gil->interval_us.store(int64_t(std::min(v * 1e6, 9e15)));
  return Ref::none();
}

// sys.excepthook(type, value, traceback): prints an uncaught exception.
static Ref sys_excepthook(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("excepthook", n, kw, 3, 3);
  if (a[1].is_none() || !isinstance_of(a[1], BaseException_)) {
    write_stderr("TypeError: print_exception(): Exception expected for value, " + type_name(a[1]) + " found\n");
    return Ref::none();
  }
  write_stderr(format_exception(a[1]));
  return Ref::none();
}

static Ref sys_exc_info(Value, const Value*, size_t n, Tuple* kw) {
  check_nargs("exc_info", n, kw, 0, 0);
  Object* e = current_thread_state()->handled_exc;
  if (!e) return tuple_from({Value::none(), Value::none(), Value::none()});
  // The traceback slot holds gilpy's traceback list (see docs/DIFFERENCES.md).
  Ref tb = getattr(Value::object(e), "__traceback__");
  return tuple_from({Value::object(e->type), Value::object(e), tb.get()});
}

static Ref sys_exception(Value, const Value*, size_t n, Tuple* kw) {
  check_nargs("exception", n, kw, 0, 0);
  Object* e = current_thread_state()->handled_exc;
  return e ? Ref::borrow(e) : Ref::none();
}

static Ref sys_intern(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("intern", n, kw, 1, 1);
  if (type_of(a[0]) != &StrType) type_error("intern() argument must be str, not " + type_name(a[0]));
  return Ref::borrow(intern(as_str(a[0])));
}

static Ref sys_getsizeof(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("getsizeof", n, kw, 1, 2);
  Value v = a[0];
  if (!v.is_obj()) return int_from_i64(v.is_float() ? 24 : 28);
  Type* t = type_of(v);
  int64_t size = int64_t(t->basic_size);
  if (t == &StrType) size = 49 + as_str(v)->size;
  else if (t == &ListType) size = 56 + 8 * as_list(v)->capacity;
  else if (t == &TupleType) size = 40 + 8 * as_tuple(v)->size;
  else if (t == &DictType) size = 64 + 24 * as_dict(v)->capacity + 4 * (as_dict(v)->mask + 1);
  return int_from_i64(size);
}

static Ref sys_get_int_max_str_digits(Value, const Value*, size_t n, Tuple* kw) {
  check_nargs("get_int_max_str_digits", n, kw, 0, 0);
  return int_from_i64(int_max_str_digits());
}

static Ref sys_getdefaultencoding(Value, const Value*, size_t n, Tuple* kw) {
  check_nargs("getdefaultencoding", n, kw, 0, 0);
  return str_new("utf-8");
}

static Ref sys_set_int_max_str_digits(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  parse_args("set_int_max_str_digits", args, nargs, kw, {"maxdigits"}, 1, a);
  int64_t v = to_int64(a[0]);
  if (v != 0 && v < 640) value_error("maxdigits must be 0 or larger than 640");
  set_int_max_str_digits(v);
  return Ref::none();
}

// sys._getframe([depth]): the caller's frame, or one `depth` calls out.
static Ref sys_getframe(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("_getframe", nargs, kw, 0, 1);
  int64_t depth = nargs ? to_int64(args[0]) : 0;
  Frame* f = current_thread_state()->frame;
  for (int64_t i = 0; f && i < depth; i++) f = f->back;
  if (!f) value_error("call stack is not deep enough");
  return frame_object_new(f);
}

static const MethodDef sys_functions[] = {
    {"_getframe", sys_getframe},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"exit", sys_exit},
    {"getrefcount", sys_getrefcount},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"getswitchinterval", sys_getswitchinterval},
    {"excepthook", sys_excepthook},
    {"setswitchinterval", sys_setswitchinterval},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"intern", sys_intern},
    {"getsizeof", sys_getsizeof},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"getdefaultencoding", sys_getdefaultencoding},
    {nullptr, nullptr}};

static Ref str_list(const std::vector<std::string>& v) {
  Ref l = list_new();
  for (auto& s : v) {
    Ref x = str_new(s);
    list_append(l.get(), x.get());
  }
  return l;
}

static void init_sys(Value m) {
  Interpreter* interp = current_interp();
  module_add_functions(m, sys_functions);
  module_add(m, "__excepthook__", dict_get_str(as_dict(module_dict(m)), intern("excepthook")));
  module_add(m, "modules", Value::object(interp->modules));
  Ref argv = str_list(interp->argv.empty() ? std::vector<std::string>{""} : interp->argv);
  module_add(m, "argv", argv.get());
  module_add(m, "orig_argv", argv.get());
  Ref path = list_new();
  module_add(m, "path", path.get());
  Ref ver = str_new(std::string("3.11.7 (gilpy ") + kGilpyVersion + ")");
  module_add(m, "version", ver.get());
  Ref rel = str_new("final");
  Ref vit = structseq_type("sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"});
  Ref vi = structseq_new(vit.get(), {Value::small_int(3), Value::small_int(11), Value::small_int(7), rel.get(), Value::small_int(0)});
  module_add(m, "version_info", vi.get());
  Ref fit = structseq_type("sys.float_info", {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                                               "mant_dig", "epsilon", "radix", "rounds"});
  Ref fi = structseq_new(fit.get(), {Value::from_double(1.7976931348623157e308), Value::small_int(1024),
                                     Value::small_int(308), Value::from_double(2.2250738585072014e-308),
                                     Value::small_int(-1021), Value::small_int(-307), Value::small_int(15),
                                     Value::small_int(53), Value::from_double(2.220446049250313e-16),
                                     Value::small_int(2), Value::small_int(1)});
  module_add(m, "float_info", fi.get());
  Ref iit = structseq_type("sys.int_info", {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                           "str_digits_check_threshold"});
  Ref ii = structseq_new(iit.get(), {Value::small_int(30), Value::small_int(4), Value::small_int(4300),
                                     Value::small_int(640)});
  module_add(m, "int_info", ii.get());
  Ref implt = structseq_type("types.SimpleNamespace", {"name", "cache_tag", "version"});
  Ref impl = structseq_new(implt.get(), {str_new("gilpy").get(), Value::none(), vi.get()});
  module_add(m, "implementation", impl.get());
  module_add(m, "hexversion", Value::small_int(0x030B07F0));
  Ref impl_name = str_new("gilpy");
  module_add(m, "implementation_name", impl_name.get());
  module_add(m, "maxsize", int_from_i64(INT64_MAX).get());
  module_add(m, "maxunicode", Value::small_int(0x10FFFF));
  module_add(m, "byteorder", str_new("little").get());
  module_add(m, "platform", str_new("linux").get());
  module_add(m, "executable", str_new(interp->executable).get());
  module_add(m, "prefix", str_new("/usr/local").get());
  module_add(m, "dont_write_bytecode", Value::true_());
  module_add(m, "warnoptions", list_new().get());
  Ref xo = dict_new();
  for (auto& x : interp->x_options) {
    size_t eq = x.find('=');
    Ref k = str_new(x.substr(0, eq));
    Ref v = eq == std::string::npos ? Ref::boolean(true) : str_new(x.substr(eq + 1));
    dict_set(as_dict(xo.get()), k.get(), v.get());
  }
  module_add(m, "_xoptions", xo.get());
  Ref names = list_new();
  for (auto& [name, init] : builtin_module_table()) list_append(names.get(), str_new(name).get());
  Ref names_t = tuple_from_iterable(names.get());
  module_add(m, "builtin_module_names", names_t.get());
  Ref in = make_std_stream(0, "<stdin>", false);
  Ref out = make_std_stream(1, "<stdout>", true);
  Ref err = make_std_stream(2, "<stderr>", true);
  module_add(m, "stdin", in.get());
  module_add(m, "stdout", out.get());
  module_add(m, "stderr", err.get());
  module_add(m, "__stdin__", in.get());
  module_add(m, "__stdout__", out.get());
  module_add(m, "__stderr__", err.get());
}

GILPY_MODULE("sys", init_sys);

}  // namespace gilpy
