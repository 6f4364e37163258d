// main.cpp — the `gilpy` command: options, then a script, -c, -m, or the REPL.
#include <signal.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "interp/run.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/io.hpp"



namespace gilpy {
extern const char* const kGilpyVersion;
}

using namespace gilpy;

static const char* kUsage =
    "usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static void print_help() {
  std::cout << kUsage
            << "Options (a subset of CPython's):\n"
               "-c cmd : program passed in as string (terminates option list)\n"
               "-h     : print this help message and exit (also -? or --help)\n"
               "-i     : inspect interactively after running script\n"
               "-m mod : run library module as a script (terminates option list)\n"
               "-u     : unbuffered binary stdout and stderr (accepted)\n"
               "-V     : print the gilpy version number and exit (also --version)\n"
               "-X opt : set implementation-specific option (see sys._xoptions)\n"
               "-B, -E, -s, -S, -O : accepted for compatibility, no effect\n"
               "file   : program read from script file\n"
               "-      : program read from stdin (default; interactive mode if a tty)\n"
               "arg ...: arguments passed to program in sys.argv[1:]\n";
}

static int usage_error(const std::string& msg) {
  std::cerr << msg << "\n" << kUsage << "Try `gilpy -h' for more information.\n";
  return 2;
}

static std::string dirname_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// CPython (3.9+) reports the main script by its absolute path.
static std::string absolute_path(const std::string& p) {
  if (p.empty() || p[0] == '/') return p;
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) return p;
  std::string s = p;
  while (s.rfind("./", 0) == 0) s = s.substr(2);
  return std::string(buf) + "/" + s;
}

static void set_sys_path0(const std::string& p) {
  Value sys = current_interp()->sys_module;
  Value path = dict_get_str(static_cast<Module*>(sys.as_obj())->dict, intern("path"));
  Ref s = str_new(p);
  list_append(path, s.get());
  // Then GILPYPATH entries, colon-separated, like PYTHONPATH.
  if (const char* env = std::getenv("GILPYPATH")) {
    std::string e = env;
    size_t start = 0;
    while (start <= e.size()) {
      size_t c = e.find(':', start);
      std::string part = e.substr(start, c == std::string::npos ? std::string::npos : c - start);
      if (!part.empty()) list_append(path, str_new(part).get());
      if (c == std::string::npos) break;
      start = c + 1;
    }
  }
}

static int gilpy_main(int argc, char** argv) {
  enum class Mode { Repl, File, Command, Module, Stdin } mode = Mode::Repl;
  std::string target;
  bool inspect = false;
  std::vector<std::string> xopts;
  int i = 1;
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h" || a == "-?") {
      print_help();
      return 0;
    }
    if (a == "--version" || a == "-V") {
      std::cout << "gilpy " << kGilpyVersion << " (Python 3.11 subset)\n";
      return 0;
    }
    if (a == "-") {
      mode = Mode::Stdin;
      i++;
      break;
    }
    if (a.size() < 2 || a[0] != '-') break;
    if (a == "-c" || a == "-m") {
      if (i + 1 >= argc) return usage_error("Argument expected for the " + a + " option");
      mode = a == "-c" ? Mode::Command : Mode::Module;
      target = argv[++i];
      i++;
      break;
    }
    if (a.rfind("-c", 0) == 0) { mode = Mode::Command; target = a.substr(2); i++; break; }
    if (a.rfind("-m", 0) == 0) { mode = Mode::Module; target = a.substr(2); i++; break; }
    if (a == "-X") {
      if (i + 1 >= argc) return usage_error("Argument expected for the -X option");
      xopts.push_back(argv[++i]);
      continue;
    }
    if (a.rfind("-X", 0) == 0) { xopts.push_back(a.substr(2)); continue; }
    if (a == "-i") { inspect = true; continue; }
    if (a == "-u") {
      setenv("PYTHONUNBUFFERED", "1", 1);   // read by the standard streams
      continue;
    }
    if (a == "-B" || a == "-E" || a == "-s" || a == "-S" || a == "-O" || a == "-OO" || a == "-q") continue;
    return usage_error("Unknown option: " + a);
  }
  std::vector<std::string> args;
  if (mode == Mode::Repl && i < argc) {
    mode = Mode::File;
    target = argv[i++];
  }
  if (mode == Mode::Command) args.push_back("-c");
  else if (mode == Mode::Module) args.push_back(target);
  else if (mode == Mode::File) args.push_back(target);
  else args.push_back(mode == Mode::Stdin ? "-" : "");
  for (; i < argc; i++) args.push_back(argv[i]);
  if (mode == Mode::Repl && !isatty(0)) mode = Mode::Stdin;

  Interpreter* interp = interpreter_new(args);
  interp->x_options = xopts;
  install_signal_handlers(interp);
  start_gil_observations(interp);
  int status = 0;
  {
    std::string script_dir = mode == Mode::File ? dirname_of(target) : "";
    if (mode == Mode::File && script_dir.empty()) script_dir = "";
    set_sys_path0(mode == Mode::File ? (script_dir.empty() ? "." : script_dir) : "");
    Ref main_mod = make_main_module(mode == Mode::File ? absolute_path(target) : "");
    switch (mode) {
      case Mode::File: {
        std::ifstream in(target, std::ios::binary);
        if (!in) {
          std::string cwd_abs = target;
          if (target[0] != '/') {
            char buf[4096];
            if (getcwd(buf, sizeof buf)) cwd_abs = std::string(buf) + "/" + target;
          }
          std::cerr << argv[0] << ": can't open file '" << cwd_abs << "': [Errno " << errno << "] "
                    << std::strerror(errno) << "\n";
          return 2;
        }
        std::ostringstream ss;
        ss << in.rdbuf();
        status = run_source_in_main(ss.str(), absolute_path(target), main_mod.get());
        break;
      }
      case Mode::Command:
        status = run_source_in_main(target, "<string>", main_mod.get());
        break;
      case Mode::Stdin: {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        status = run_source_in_main(ss.str(), "<stdin>", main_mod.get());
        break;
      }
      case Mode::Module:
        status = run_module_as_main(target, main_mod.get());
        break;
      case Mode::Repl:
        status = run_repl(main_mod.get());
        break;
    }
    if (inspect && mode != Mode::Repl && isatty(0)) status = run_repl(main_mod.get());
  }
  status = finalize_threads(interp, status);
  if (g_exit_by_sigint) {
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
  }
  return status;
}

#if defined(GILPY_ASAN)
#include <pthread.h>
// Under AddressSanitizer every C++ frame is several times larger, so the
// interpreter runs on a thread with a 64 MiB stack (the largest ASan tracks):
// the recursion limit, not
// the C stack, must be what stops deep recursion, as in a normal build.
struct MainArgs {
  int argc;
  char** argv;
  int status;
};
int main(int argc, char** argv) {
  MainArgs args{argc, argv, 0};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t(64) << 20);
  pthread_t th;
  auto run = [](void* p) -> void* {
    auto* a = static_cast<MainArgs*>(p);
    a->status = gilpy_main(a->argc, a->argv);
    return nullptr;
  };
  if (pthread_create(&th, &attr, run, &args) != 0) return gilpy_main(argc, argv);
  // Signals must reach the interpreter's thread (so blocking calls see EINTR).
  sigset_t block;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  pthread_sigmask(SIG_BLOCK, &block, nullptr);
  pthread_join(th, nullptr);
  return args.status;
}
#else
int main(int argc, char** argv) { return gilpy_main(argc, argv); }
#endif
