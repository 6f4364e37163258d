// vm_impl.hpp — what the eval loop (vm.cpp) shares with its support code
// (vm_support.cpp: error helpers, the attribute cache, exception handling).
// Private to interp/.
#pragma once
#include <string>

#include "interp/vm.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/state.hpp"

namespace gilpy {

// InlineCache.extra for attribute and method sites.
enum : int64_t { kCacheNoDescr = 1, kCacheData = 2, kCacheOther = 3, kCacheMethod = 4, kCacheModule = 5 };

[[noreturn]] void unbound_local(Code* co, int idx);
[[noreturn]] void unbound_deref(Code* co, int idx);
[[noreturn]] void name_error(Str* name);
void chain_context(ThreadState* ts, Object* exc);
bool exc_matches(Value exc, Value type);
Ref special_method(Value obj, const char* name);
std::string callable_desc(Value fn);
Value module_attr_cached(Value obj, Str* name, InlineCache& c);
Ref load_attr_cached(Value obj, Str* name, InlineCache& c);

// Releases a frame's slots and its value stack up to sp.
inline void clear_frame(Frame* f, Value* sp) {
  Code* co = f->code;
  int n = co->nlocals + co->ncells + co->nfrees;
  for (Value* p = f->slots; p < f->slots + n; p++) xdecref(*p);
  for (Value* p = f->slots + n; p < sp; p++) xdecref(*p);
}

}  // namespace gilpy
