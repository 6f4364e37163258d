// class_namespace.hpp — class bodies whose namespace is not a plain dict.
//
// A metaclass's __prepare__ may return a dict subclass (enum's member
// dictionary, an OrderedDict): the class body's name operations must then
// go through its __getitem__/__setitem__/__delitem__, as CPython's do for
// any namespace that is not exactly a dict. The eval loop keeps its direct
// dict paths for exact dicts and calls these otherwise (interp/class_build.cpp).
#pragma once
#include "runtime/object.hpp"

namespace gilpy {

struct Dict;

// ns[name], or null if the mapping raises KeyError (owned).
Value class_ns_load(Dict* ns, Str* name);
void class_ns_store(Dict* ns, Str* name, Value v);
// del ns[name]; false if it failed (the caller raises NameError, as CPython).
bool class_ns_delete(Dict* ns, Str* name);
// SETUP_ANNOTATIONS: ns['__annotations__'] = {} unless present.
void class_ns_setup_annotations(Dict* ns);

}  // namespace gilpy
