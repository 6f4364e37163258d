// run.hpp — running programs: the pieces main(), the REPL and embedders share.
#pragma once
#include <string>
#include <string_view>

#include "runtime/errors.hpp"
#include "runtime/state.hpp"

namespace gilpy {

Ref make_main_module(const std::string& file);
// Compiles and runs `source` in the given __main__ module; returns the exit status.
int run_source_in_main(const std::string& source, const std::string& filename, Value main_module);
// Prints an uncaught exception (or honours SystemExit); returns the exit status.
int report_exception(PyError& e);
void write_stderr(std::string_view text);
// Set when the program ended with an uncaught KeyboardInterrupt.
extern bool g_exit_by_sigint;
void install_signal_handlers(Interpreter* interp);
// The C handler for signals handled in Python (sets the pending bit).
void on_python_signal(int sig);
// -X gil-*: starts the GIL observatory's recorder before the program runs.
void start_gil_observations(Interpreter* interp);
// Writes what -X gil-* asked for (at exit, and in os._exit).
void write_gil_observations(Interpreter* interp);
// Joins non-daemon threads and stops the others at the GIL; returns the exit status.
int finalize_threads(Interpreter* interp, int status);
char* thread_stack_limit();
// `gilpy -m name`: runs the module's source as __main__; returns the exit status.
int run_module_as_main(const std::string& name, Value main_module);
// Runs the interactive loop on the terminal (interp/repl.cpp).
int run_repl(Value main_module);

}  // namespace gilpy
