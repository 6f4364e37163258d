// descr.cpp — callables and descriptors: functions, bound methods, built-in
// functions and methods, getset attributes, property, staticmethod,
// classmethod, super, cells and code objects.
//
// A *descriptor* is an object found on a class whose type has a `descr_get`
// slot; attribute lookup calls it to produce the value. That one mechanism
// turns functions into bound methods, runs properties, and unwraps
// staticmethod/classmethod.
#include <cstdio>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

Type FunctionType, CodeType, CellType, MethodType, BuiltinFunctionType, MethodDescrType, GetSetDescrType,
    PropertyType, StaticMethodType, ClassMethodType, SuperType;

static std::string addr(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

// ---------------------------------------------------------- built-in functions
Ref make_builtin(const char* name, NativeFn fn, Value self, uint32_t flags) {
  BuiltinFunction* f = alloc_object<BuiltinFunction>(&BuiltinFunctionType);
  f->name = name;
  f->fn = fn;
  f->self = self;
  incref(self);
  f->flags = flags;
  return Ref::steal(f);
}

static Ref builtin_call(Value callable, const Value* args, size_t nargs, Tuple* kw) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(callable.as_obj());
  return f->fn(f->self, args, nargs, kw);
}

static void builtin_dealloc(Object* o) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(o);
  xdecref(f->self);
  xdecref(f->module);
}

static Ref builtin_repr(Value v) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(v.as_obj());
  if (f->self.is_null() || type_of(f->self) == &ModuleType) return str_new(std::string("<built-in function ") + f->name + ">");
  return str_new(std::string("<built-in method ") + f->name + " of " + type_name(f->self) + " object at " +
                 addr(f->self.as_obj()) + ">");
}

static Ref builtin_get_name(Value v) { return str_new(static_cast<BuiltinFunction*>(v.as_obj())->name); }
static Ref builtin_get_self(Value v) {
  Value s = static_cast<BuiltinFunction*>(v.as_obj())->self;
  return s.is_null() ? Ref::none() : Ref::borrow(s);
}
static Ref builtin_get_qualname(Value v) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(v.as_obj());
  if (f->self.is_null() || type_of(f->self) == &ModuleType) return str_new(f->name);
  Type* owner = isinstance_of(f->self, &TypeType) ? static_cast<Type*>(f->self.as_obj()) : type_of(f->self);
  return str_new(owner->name + "." + f->name);
}
static Ref builtin_get_module(Value v) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(v.as_obj());
  return f->module.is_null() ? Ref::none() : Ref::borrow(f->module);
}
static const GetSetDef builtin_getsets[] = {
    {"__name__", builtin_get_name}, {"__qualname__", builtin_get_qualname}, {"__self__", builtin_get_self},
    {"__module__", builtin_get_module}, {nullptr, nullptr}};

// ----------------------------------------------------- methods of built-in types
Ref make_method_descr(const MethodDef& def, Type* owner) {
  MethodDescr* d = alloc_object<MethodDescr>(&MethodDescrType);
  d->name = def.name;
  d->fn = def.fn;
  d->owner = owner;
  d->flags = def.flags;
  return Ref::steal(d);
}

static Ref method_descr_get(Value descr, Value obj, Value owner) {
  MethodDescr* d = static_cast<MethodDescr*>(descr.as_obj());
  if (d->flags & kMethClass) return make_builtin(d->name, d->fn, owner.is_null() ? Value::object(type_of(obj)) : owner, d->flags);
  if (d->flags & kMethStatic) return make_builtin(d->name, d->fn, Value::null(), d->flags);
  if (obj.is_null()) return Ref::borrow(descr);
  return make_builtin(d->name, d->fn, obj, d->flags);
}

// Unbound call: list.append(lst, x) — the first argument is self. This is
// also how the eval loop calls every cached built-in method (`s.lower()`
// after LOAD_METHOD), so the common case is kept to a type compare and a
// tail call; the rare forms and the errors live out of line.
[[noreturn, gnu::noinline, gnu::cold]] static void method_descr_bad_self(MethodDescr* d, const Value* args, size_t nargs) {
  if (nargs < 1)
    type_error(std::string("unbound method ") + d->owner->name + "." + d->name + "() needs an argument");
  type_error(std::string("descriptor '") + d->name + "' for '" + d->owner->name + "' objects doesn't apply to a '" +
             type_name(args[0]) + "' object");
}

[[gnu::noinline]] static Ref method_descr_call_flagged(MethodDescr* d, const Value* args, size_t nargs, Tuple* kw) {
  if (d->flags & kMethStatic) return d->fn(Value::null(), args, nargs, kw);
  if (nargs < 1) type_error(std::string("descriptor '") + d->name + "' needs a type argument");
  return d->fn(args[0], args + 1, nargs - 1, kw);
}

// Any self that is not a heap object of exactly the owner type: immediates
// (int, float methods), subclass instances, and the errors.
[[gnu::noinline]] static Ref method_descr_call_other(MethodDescr* d, const Value* args, size_t nargs, Tuple* kw) {
  if (d->flags & (kMethStatic | kMethClass)) return method_descr_call_flagged(d, args, nargs, kw);
  if (nargs < 1 || !isinstance_of(args[0], d->owner)) method_descr_bad_self(d, args, nargs);
  return d->fn(args[0], args + 1, nargs - 1, kw);
}

static Ref method_descr_call(Value callable, const Value* args, size_t nargs, Tuple* kw) {
  MethodDescr* d = static_cast<MethodDescr*>(callable.as_obj());
  if (d->flags & (kMethStatic | kMethClass) || nargs < 1 || !args[0].is_obj() ||
      args[0].as_obj()->type != d->owner) [[unlikely]]
    return method_descr_call_other(d, args, nargs, kw);
  return d->fn(args[0], args + 1, nargs - 1, kw);   // a tail call
}

static MethodDescr* MD(Value v) { return static_cast<MethodDescr*>(v.as_obj()); }
static Ref md_name(Value v) { return str_new(MD(v)->name); }
static Ref md_qualname(Value v) { return str_new(MD(v)->owner->name + "." + MD(v)->name); }
static Ref md_objclass(Value v) { return Ref::borrow(MD(v)->owner); }
static const GetSetDef method_descr_getsets[] = {
    {"__name__", md_name}, {"__qualname__", md_qualname}, {"__objclass__", md_objclass}, {nullptr, nullptr}};

static Ref method_descr_repr(Value v) {
  MethodDescr* d = static_cast<MethodDescr*>(v.as_obj());
  return str_new(std::string("<method '") + d->name + "' of '" + d->owner->name + "' objects>");
}

// ------------------------------------------------------------------ getsets
Ref make_getset_descr(const GetSetDef& def, Type* owner) {
  GetSetDescr* d = alloc_object<GetSetDescr>(&GetSetDescrType);
  d->name = def.name;
  d->get = def.get;
  d->set = def.set;
  d->owner = owner;
  return Ref::steal(d);
}
static Ref getset_get(Value descr, Value obj, Value) {
  if (obj.is_null()) return Ref::borrow(descr);
  return static_cast<GetSetDescr*>(descr.as_obj())->get(obj);
}
static bool getset_set(Value descr, Value obj, Value v) {
  GetSetDescr* d = static_cast<GetSetDescr*>(descr.as_obj());
  if (!d->set) {
    raise(AttributeError_, std::string("attribute '") + d->name + "' of '" + d->owner->name + "' objects is not writable");
  }
  if (v.is_null()) raise(AttributeError_, std::string("cannot delete attribute '") + d->name + "'");
  d->set(obj, v);
  return true;
}

// ----------------------------------------------------------------- functions
Ref function_new(Code* code, Dict* globals, Value qualname) {
  Function* f = alloc_object<Function>(&FunctionType);
  f->serial = object_serial_next();
  incref(code);
  f->code = code;
  incref(globals);
  f->globals = globals;
  Value b = dict_get_str(globals, intern("__builtins__"));
  Dict* builtins = current_interp()->builtins;
  if (b.is_obj() && type_of(b) == &DictType) builtins = as_dict(b);
  else if (b.is_obj() && type_of(b) == &ModuleType) builtins = static_cast<Module*>(b.as_obj())->dict;
  incref(builtins);
  f->builtins = builtins;
  f->name = str_new(code->name).release();
  f->qualname = qualname.is_null() ? str_new(code->qualname).release() : (incref(qualname), qualname);
  f->doc = Value::none();
  Value mod = dict_get_str(globals, intern("__name__"));
  f->module = mod.is_null() ? Value::none() : mod;
  incref(f->module);
  return Ref::steal(f);
}

static void function_dealloc(Object* o) {
  Function* f = static_cast<Function*>(o);
  decref(f->code);
  decref(f->globals);
  decref(f->builtins);
  if (f->defaults) decref(f->defaults);
  if (f->kwdefaults) decref(f->kwdefaults);
  if (f->closure) decref(f->closure);
  xdecref(f->name);
  xdecref(f->qualname);
  xdecref(f->doc);
  xdecref(f->module);
}

static Ref function_call(Value callable, const Value* args, size_t nargs, Tuple* kw) {
  return call_function(static_cast<Function*>(callable.as_obj()), args, nargs, kw);
}

static Ref function_get(Value descr, Value obj, Value) {
  if (obj.is_null()) return Ref::borrow(descr);
  return bound_method_new(descr, obj);
}

static Ref function_repr(Value v) {
  Function* f = static_cast<Function*>(v.as_obj());
  return str_new("<function " + std::string(str_view(f->qualname)) + " at " + addr(f) + ">");
}

static Function* F(Value v) { return static_cast<Function*>(v.as_obj()); }
static void set_field(Value& field, Value v) {
  incref(v);
  xdecref(field);
  field = v;
}
static Ref fn_get_name(Value v) { return Ref::borrow(F(v)->name); }
static void fn_set_name(Value v, Value x) {
  if (!is_str(x)) type_error("__name__ must be set to a string object");
  set_field(F(v)->name, x);
}
static Ref fn_get_qualname(Value v) { return Ref::borrow(F(v)->qualname); }
static void fn_set_qualname(Value v, Value x) {
  if (!is_str(x)) type_error("__qualname__ must be set to a string object");
  set_field(F(v)->qualname, x);
}
static Ref fn_get_doc(Value v) { return Ref::borrow(F(v)->doc); }
static void fn_set_doc(Value v, Value x) { set_field(F(v)->doc, x); }
static Ref fn_get_module(Value v) { return Ref::borrow(F(v)->module); }
static void fn_set_module(Value v, Value x) { set_field(F(v)->module, x); }
static Ref fn_get_defaults(Value v) { return F(v)->defaults ? Ref::borrow(F(v)->defaults) : Ref::none(); }
static void fn_set_defaults(Value v, Value x) {
  Function* f = F(v);
  if (!x.is_none() && !isinstance_of(x, &TupleType)) type_error("__defaults__ must be set to a tuple object");
  if (f->defaults) decref(f->defaults);
  f->defaults = x.is_none() ? nullptr : (incref(x), as_tuple(x));
}
static Ref fn_get_kwdefaults(Value v) { return F(v)->kwdefaults ? Ref::borrow(F(v)->kwdefaults) : Ref::none(); }
static Ref fn_get_code(Value v) { return Ref::borrow(F(v)->code); }
static Ref fn_get_globals(Value v) { return Ref::borrow(F(v)->globals); }
static Ref fn_get_closure(Value v) { return F(v)->closure ? Ref::borrow(F(v)->closure) : Ref::none(); }

static Ref fn_get_annotations(Value v) {
  Dict* d = instance_dict(v, true);
  Value a = dict_get_str(d, intern("__annotations__"));
  if (!a.is_null()) return Ref::borrow(a);
  Ref fresh = dict_new();
  dict_set_str(d, "__annotations__", fresh.get());
  return fresh;
}
static void fn_set_annotations(Value v, Value x) { dict_set_str(instance_dict(v, true), "__annotations__", x); }

static const GetSetDef function_getsets[] = {
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {"__name__", fn_get_name, fn_set_name}, {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__doc__", fn_get_doc, fn_set_doc}, {"__module__", fn_get_module, fn_set_module},
    {"__defaults__", fn_get_defaults, fn_set_defaults}, {"__kwdefaults__", fn_get_kwdefaults},
    {"__code__", fn_get_code}, {"__globals__", fn_get_globals}, {"__closure__", fn_get_closure},
    {nullptr, nullptr}};

// -------------------------------------------------------------- bound methods
Ref bound_method_new(Value func, Value self) {
  BoundMethod* m = alloc_object<BoundMethod>(&MethodType);
  incref(func);
  incref(self);
  m->func = func;
  m->self = self;
  return Ref::steal(m);
}

static void method_dealloc(Object* o) {
  BoundMethod* m = static_cast<BoundMethod*>(o);
  decref(m->func);
  decref(m->self);
}

static Ref method_call(Value callable, const Value* args, size_t nargs, Tuple* kw) {
  BoundMethod* m = static_cast<BoundMethod*>(callable.as_obj());
  size_t total = nargs + (kw ? kw->size : 0);
  Value small[8];
  std::vector<Value> big;
  Value* a = small;
  if (total + 1 > 8) {
    big.resize(total + 1);
    a = big.data();
  }
  a[0] = m->self;
  for (size_t i = 0; i < total; i++) a[i + 1] = args[i];
  return call(m->func, a, nargs + 1, kw);
}

static Ref method_repr(Value v) {
  BoundMethod* m = static_cast<BoundMethod*>(v.as_obj());
  Ref qn = getattr_opt(m->func, intern("__qualname__"));
  std::string name = qn && is_str(qn.get()) ? std::string(str_view(qn.get())) : "?";
  return str_new("<bound method " + name + " of " + repr_utf8(m->self) + ">");
}

static Ref method_getattr(Value self, Str* name) {
  extern Ref generic_getattr(Value, Str*);
  Ref r = generic_getattr(self, name);
  if (r) return r;
  return getattr_opt(static_cast<BoundMethod*>(self.as_obj())->func, name);
}

static Ref method_richcmp(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(b) != &MethodType) return Ref::borrow(not_implemented());
  BoundMethod* x = static_cast<BoundMethod*>(a.as_obj());
  BoundMethod* y = static_cast<BoundMethod*>(b.as_obj());
  bool eq = x->self == y->self && equals(x->func, y->func);
  return Ref::boolean(op == CmpOp::Eq ? eq : !eq);
}

static int64_t method_hash(Value v) {
  BoundMethod* m = static_cast<BoundMethod*>(v.as_obj());
  return hash(m->func) ^ int64_t((m->self.bits() & Value::kPayloadMask) >> 4);
}

static Ref m_get_self(Value v) { return Ref::borrow(static_cast<BoundMethod*>(v.as_obj())->self); }
static Ref m_get_func(Value v) { return Ref::borrow(static_cast<BoundMethod*>(v.as_obj())->func); }
static const GetSetDef method_getsets[] = {{"__self__", m_get_self}, {"__func__", m_get_func}, {nullptr, nullptr}};

// ------------------------------------------------------------------ property
Ref property_new(Value fget, Value fset, Value fdel, Value doc) {
  Property* p = alloc_object<Property>(&PropertyType);
  auto keep = [](Value v) { Value x = v.is_null() ? Value::none() : v; incref(x); return x; };
  p->fget = keep(fget);
  p->fset = keep(fset);
  p->fdel = keep(fdel);
  p->doc = keep(doc);
  if (p->doc.is_none() && !p->fget.is_none()) {
    Ref d = getattr_opt(p->fget, intern("__doc__"));
    if (d) { decref(p->doc); p->doc = d.release(); }
  }
  return Ref::steal(p);
}

static Property* P(Value v) { return static_cast<Property*>(v.as_obj()); }

static void property_dealloc(Object* o) {
  Property* p = static_cast<Property*>(o);
  decref(p->fget); decref(p->fset); decref(p->fdel); decref(p->doc);
}

static Ref property_new_slot(Type*, const Value* args, size_t nargs, Tuple* kw) {
  Value a[4];
  parse_args("property", args, nargs, kw, {"fget", "fset", "fdel", "doc"}, 0, a);
  return property_new(a[0], a[1], a[2], a[3]);
}

static std::string property_name(Property* p) {
  Ref n = p->fget.is_none() ? Ref() : getattr_opt(p->fget, intern("__name__"));
  return n && is_str(n.get()) ? std::string(str_view(n.get())) : "";
}

static Ref property_get(Value descr, Value obj, Value) {
  if (obj.is_null()) return Ref::borrow(descr);
  Property* p = P(descr);
  if (p->fget.is_none())
    raise(AttributeError_, "property '" + property_name(p) + "' of '" + type_name(obj) + "' object has no getter");
  return call(p->fget, {obj});
}

static bool property_set(Value descr, Value obj, Value v) {
  Property* p = P(descr);
  if (v.is_null()) {
    if (p->fdel.is_none())
      raise(AttributeError_, "property '" + property_name(p) + "' of '" + type_name(obj) + "' object has no deleter");
    call(p->fdel, {obj});
  } else {
    if (p->fset.is_none())
      raise(AttributeError_, "property '" + property_name(p) + "' of '" + type_name(obj) + "' object has no setter");
    call(p->fset, {obj, v});
  }
  return true;
}

static Ref prop_copy(Value self, Value fget, Value fset, Value fdel) {
  Property* p = P(self);
  return property_new(fget.is_null() ? p->fget : fget, fset.is_null() ? p->fset : fset, fdel.is_null() ? p->fdel : fdel,
                      p->doc);
}
static Ref m_prop_getter(Value self, const Value* a, size_t n, Tuple* kw) {
  check_nargs("getter", n, kw, 1, 1);
  return prop_copy(self, a[0], Value::null(), Value::null());
}
static Ref m_prop_setter(Value self, const Value* a, size_t n, Tuple* kw) {
  check_nargs("setter", n, kw, 1, 1);
  return prop_copy(self, Value::null(), a[0], Value::null());
}
static Ref m_prop_deleter(Value self, const Value* a, size_t n, Tuple* kw) {
  check_nargs("deleter", n, kw, 1, 1);
  return prop_copy(self, Value::null(), Value::null(), a[0]);
}
static const MethodDef property_methods[] = {
    {"getter", m_prop_getter}, {"setter", m_prop_setter}, {"deleter", m_prop_deleter}, {nullptr, nullptr}};
static Ref prop_fget(Value v) { return Ref::borrow(P(v)->fget); }
static Ref prop_fset(Value v) { return Ref::borrow(P(v)->fset); }
static Ref prop_fdel(Value v) { return Ref::borrow(P(v)->fdel); }
static Ref prop_doc(Value v) { return Ref::borrow(P(v)->doc); }
// abc.abstractmethod marks functions; a descriptor wrapping one is abstract too.
static bool is_abstract(Value f) {
  static Str* s_isabstract = intern("__isabstractmethod__");
  if (f.is_null() || f.is_none()) return false;
  Ref r = getattr_opt(f, s_isabstract);
  return r && truthy(r.get());
}
static Ref prop_isabstract(Value v) {
  return Ref::boolean(is_abstract(P(v)->fget) || is_abstract(P(v)->fset) || is_abstract(P(v)->fdel));
}
static const GetSetDef property_getsets[] = {
    {"fget", prop_fget}, {"fset", prop_fset}, {"fdel", prop_fdel}, {"__doc__", prop_doc},
    {"__isabstractmethod__", prop_isabstract}, {nullptr, nullptr}};

// ---------------------------------------------------- staticmethod / classmethod
static StaticMethod* SM(Value v) { return static_cast<StaticMethod*>(v.as_obj()); }
static void sm_dealloc(Object* o) { decref(static_cast<StaticMethod*>(o)->func); }
static Ref sm_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs(t->name.c_str(), nargs, kw, 1, 1);
  StaticMethod* s = alloc_object<StaticMethod>(t, t->basic_size);
  incref(args[0]);
  s->func = args[0];
  return Ref::steal(s);
}
static Ref staticmethod_get(Value descr, Value, Value) { return Ref::borrow(SM(descr)->func); }
static Ref staticmethod_call(Value c, const Value* args, size_t nargs, Tuple* kw) {
  return call(SM(c)->func, args, nargs, kw);
}
static Ref classmethod_get(Value descr, Value obj, Value owner) {
  Value cls = owner.is_null() ? Value::object(type_of(obj)) : owner;
  return bound_method_new(SM(descr)->func, cls);
}
static Ref sm_get_func(Value v) { return Ref::borrow(SM(v)->func); }
static Ref sm_getattr(Value self, Str* name) {
  extern Ref generic_getattr(Value, Str*);
  Ref r = generic_getattr(self, name);
  if (r) return r;
  std::string_view n = name->view();
  if (n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__wrapped__")
    return n == "__wrapped__" ? Ref::borrow(SM(self)->func) : getattr_opt(SM(self)->func, name);
  return r;
}
static Ref sm_isabstract(Value v) { return Ref::boolean(is_abstract(SM(v)->func)); }
static const GetSetDef sm_getsets[] = {
    {"__func__", sm_get_func}, {"__isabstractmethod__", sm_isabstract}, {nullptr, nullptr}};

// ---------------------------------------------------------------------- super
struct SuperObject : Object {
  Type* start;      // search begins after this class in the MRO
  Value obj;        // the instance (or class) bound to
  Type* obj_type;   // whose MRO is searched
};

Ref super_new_for(Type* start, Value obj) {
  Type* ot;
  if (isinstance_of(obj, &TypeType) && is_subtype(static_cast<Type*>(obj.as_obj()), start))
    ot = static_cast<Type*>(obj.as_obj());
  else if (isinstance_of(obj, start))
    ot = type_of(obj);
  else
    type_error("super(type, obj): obj must be an instance or subtype of type");
  SuperObject* s = alloc_object<SuperObject>(&SuperType);
  incref(start);
  s->start = start;
  incref(obj);
  s->obj = obj;
  incref(ot);
  s->obj_type = ot;
  return Ref::steal(s);
}

static void super_dealloc(Object* o) {
  SuperObject* s = static_cast<SuperObject*>(o);
  decref(s->start);
  decref(s->obj);
  decref(s->obj_type);
}

static Ref super_getattr(Value self, Str* name) {
  SuperObject* s = static_cast<SuperObject*>(self.as_obj());
  Tuple* mro = s->obj_type->mro;
  int64_t i = 0;
  while (i < mro->size && mro->items[i].as_obj() != s->start) i++;
  if (name->view() != "__class__")
    for (i++; i < mro->size; i++) {
      Type* k = static_cast<Type*>(mro->items[i].as_obj());
      Value v = dict_get_str(k->dict, name);
      if (v.is_null()) continue;
      Type* vt = type_of(v);
      if (!vt->descr_get) return Ref::borrow(v);
      Value obj = s->obj == Value::object(s->obj_type) ? Value::null() : s->obj;
      return vt->descr_get(v, obj, Value::object(s->obj_type));
    }
  extern Ref generic_getattr(Value, Str*);
  return generic_getattr(self, name);
}

static Ref super_repr(Value self) {
  SuperObject* s = static_cast<SuperObject*>(self.as_obj());
  return str_new("<super: <class '" + s->start->name + "'>, <" + s->obj_type->name + " object>>");
}

// ------------------------------------------------------------- cells and code
Ref cell_new(Value contents) {
  Cell* c = alloc_object<Cell>(&CellType);
  incref(contents);
  c->contents = contents;
  return Ref::steal(c);
}
static void cell_dealloc(Object* o) { xdecref(static_cast<Cell*>(o)->contents); }
static Ref cell_get_contents(Value v) {
  Value c = static_cast<Cell*>(v.as_obj())->contents;
  if (c.is_null()) value_error("Cell is empty");
  return Ref::borrow(c);
}
static const GetSetDef cell_getsets[] = {{"cell_contents", cell_get_contents}, {nullptr, nullptr}};

static void code_dealloc(Object* o) {
  Code* c = static_cast<Code*>(o);
  for (Value v : c->consts) decref(v);
  c->~Code();
}
static Ref code_repr(Value v) {
  Code* c = static_cast<Code*>(v.as_obj());
  return str_new("<code object " + c->name + " at " + addr(c) + ", file \"" +
                 (c->source ? c->source->filename : std::string("?")) + "\", line " + std::to_string(c->firstlineno) + ">");
}
static Ref code_get_name(Value v) { return str_new(static_cast<Code*>(v.as_obj())->name); }
static Ref code_get_filename(Value v) {
  Code* c = static_cast<Code*>(v.as_obj());
  return str_new(c->source ? c->source->filename : "");
}
static Ref code_get_firstlineno(Value v) { return Ref::steal(Value::small_int(static_cast<Code*>(v.as_obj())->firstlineno)); }
static Ref code_get_argcount(Value v) { return Ref::steal(Value::small_int(static_cast<Code*>(v.as_obj())->argcount)); }
static Ref code_get_varnames(Value v) {
  Code* c = static_cast<Code*>(v.as_obj());
  Ref t = tuple_new(c->varnames.size());
  for (size_t i = 0; i < c->varnames.size(); i++) as_tuple(t.get())->items[i] = Value::object(c->varnames[i]);
  return t;
}
static const GetSetDef code_getsets[] = {{"co_name", code_get_name}, {"co_filename", code_get_filename},
                                         {"co_firstlineno", code_get_firstlineno}, {"co_argcount", code_get_argcount},
                                         {"co_varnames", code_get_varnames}, {nullptr, nullptr}};

void init_descr_types() {
  BuiltinFunctionType.name = "builtin_function_or_method";
  BuiltinFunctionType.call = builtin_call;
  BuiltinFunctionType.dealloc = builtin_dealloc;
  BuiltinFunctionType.repr = builtin_repr;
  type_ready(&BuiltinFunctionType, nullptr, builtin_getsets);

  MethodDescrType.name = "method_descriptor";
  MethodDescrType.call = method_descr_call;
  MethodDescrType.descr_get = method_descr_get;
  MethodDescrType.repr = method_descr_repr;
  type_ready(&MethodDescrType, nullptr, method_descr_getsets);

  GetSetDescrType.name = "getset_descriptor";
  GetSetDescrType.descr_get = getset_get;
  GetSetDescrType.descr_set = getset_set;
  type_ready(&GetSetDescrType);

  FunctionType.name = "function";
  FunctionType.basic_size = sizeof(Function);
  FunctionType.dict_offset = offsetof(Function, dict);
  FunctionType.call = function_call;
  FunctionType.descr_get = function_get;
  FunctionType.dealloc = function_dealloc;
  FunctionType.repr = function_repr;
  type_ready(&FunctionType, nullptr, function_getsets);

  MethodType.name = "method";
  MethodType.call = method_call;
  MethodType.dealloc = method_dealloc;
  MethodType.repr = method_repr;
  MethodType.getattr = method_getattr;
  MethodType.richcmp = method_richcmp;
  MethodType.hash = method_hash;
  type_ready(&MethodType, nullptr, method_getsets);

  PropertyType.name = "property";
  PropertyType.basic_size = sizeof(Property);
  PropertyType.flags = kTypeBaseType;
  PropertyType.new_ = property_new_slot;
  PropertyType.dealloc = property_dealloc;
  PropertyType.descr_get = property_get;
  PropertyType.descr_set = property_set;
  type_ready(&PropertyType, property_methods, property_getsets);

  StaticMethodType.name = "staticmethod";
  StaticMethodType.basic_size = sizeof(StaticMethod);
  StaticMethodType.flags = kTypeBaseType;
  StaticMethodType.new_ = sm_new;
  StaticMethodType.dealloc = sm_dealloc;
  StaticMethodType.descr_get = staticmethod_get;
  StaticMethodType.call = staticmethod_call;
  StaticMethodType.getattr = sm_getattr;
  type_ready(&StaticMethodType, nullptr, sm_getsets);

  ClassMethodType.name = "classmethod";
  ClassMethodType.basic_size = sizeof(StaticMethod);
  ClassMethodType.flags = kTypeBaseType;
  ClassMethodType.new_ = sm_new;
  ClassMethodType.dealloc = sm_dealloc;
  ClassMethodType.descr_get = classmethod_get;
  ClassMethodType.getattr = sm_getattr;
  type_ready(&ClassMethodType, nullptr, sm_getsets);

  SuperType.name = "super";
  SuperType.dealloc = super_dealloc;
  SuperType.getattr = super_getattr;
  SuperType.repr = super_repr;
  type_ready(&SuperType);

  CellType.name = "cell";
  CellType.dealloc = cell_dealloc;
  type_ready(&CellType, nullptr, cell_getsets);

  CodeType.name = "code";
  CodeType.dealloc = code_dealloc;
  CodeType.repr = code_repr;
  type_ready(&CodeType, nullptr, code_getsets);
}

}  // namespace gilpy
