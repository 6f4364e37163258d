// mp.hpp — pieces of the `_multiprocessing` module shared between its files.
#pragma once
#include "runtime/object.hpp"

namespace gilpy {

extern Type SharedArrayType, SemLockType;

void init_semlock_type();
void add_semlock_constants(Value module);
uint64_t semlock_serial(Value semlock);

}  // namespace gilpy
