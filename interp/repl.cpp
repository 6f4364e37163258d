// repl.cpp — the interactive prompt, on GNU readline.
//
// Input is read with readline's callback interface inside our own select()
// loop, so that Ctrl-C (which only sets a flag, see interpreter.cpp) can
// cancel the line being typed without killing the process. Lines accumulate
// until they parse as a complete statement (or a blank line ends a block);
// then they are compiled in "single" mode, which echoes expression values.
//
// IPython-style magics: `%time STMT`, `%timeit STMT` (see magic.cpp).
#include <readline/history.h>
#include <readline/readline.h>
#include <signal.h>
#include <sys/select.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "interp/compiler.hpp"
#include "interp/magic.hpp"
#include "interp/parser.hpp"
#include "interp/run.hpp"
#include "runtime/blocking.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/io.hpp"

namespace gilpy {

namespace {

Value g_main;                 // the __main__ module (borrowed)
bool g_line_ready = false;
bool g_eof = false;
std::string g_line;

void on_line(char* line) {
  if (!line) {
    g_eof = true;
  } else {
    g_line = line;
    std::free(line);
  }
  g_line_ready = true;
  rl_callback_handler_remove();
}

// Reads one line with `prompt`; returns false on EOF. Ctrl-C raises KeyboardInterrupt.
bool read_line(const char* prompt, std::string* out) {
  Interpreter* interp = current_interp();
  g_line_ready = g_eof = false;
  rl_callback_handler_install(prompt, on_line);
  // SIGINT is blocked except inside pselect(), so a Ctrl-C that lands while
  // readline is busy is seen at the next wait instead of being lost.
  sigset_t block, orig;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  pthread_sigmask(SIG_BLOCK, &block, &orig);
  while (!g_line_ready) {
    if (interp->pending_signals.fetch_and(~(uint64_t(1) << SIGINT)) & (uint64_t(1) << SIGINT)) {
      interp->eval_breaker.fetch_and(~uint32_t(kBreakSignal));
      pthread_sigmask(SIG_SETMASK, &orig, nullptr);
      rl_free_line_state();
      rl_callback_sigcleanup();
      rl_callback_handler_remove();
      rl_crlf();
      raise_args(KeyboardInterrupt_, nullptr, 0);
    }
    fd_set fds;
    FD_ZERO(&fds);
    FD_SET(0, &fds);
    int r;
    {
      BlockingSection bs;   // threads started at the prompt run while we wait for a key
      r = pselect(1, &fds, nullptr, nullptr, nullptr, &orig);
    }
    if (r > 0) rl_callback_read_char();
  }
  pthread_sigmask(SIG_SETMASK, &orig, nullptr);
  if (g_eof) return false;
  *out = g_line;
  return true;
}

// --- tab completion: names in __main__ and builtins, and attributes of a dotted name.
std::vector<std::string> g_matches;

void add_keys(Dict* d, const std::string& prefix, const std::string& lead) {
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v))
    if (is_str(k)) {
      std::string s(str_view(k));
      if (s.rfind(prefix, 0) == 0 && (prefix.rfind("_", 0) == 0 || s.rfind("_", 0) != 0)) g_matches.push_back(lead + s);
    }
}

char* completion_generator(const char* text, int state) {
  if (state == 0) {
    g_matches.clear();
    std::string t = text;
    size_t dot = t.rfind('.');
    try {
      if (dot == std::string::npos) {
        add_keys(static_cast<Module*>(g_main.as_obj())->dict, t, "");
        add_keys(current_interp()->builtins, t, "");
        for (const char* kw : {"and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else",
                               "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
                               "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"})
          if (std::string(kw).rfind(t, 0) == 0) g_matches.push_back(kw);
      } else {
        // Walk the dotted path through plain attribute lookups only (no calls).
        std::string base = t.substr(0, dot), attr = t.substr(dot + 1);
        Value cur = dict_get_str(static_cast<Module*>(g_main.as_obj())->dict, intern(base.substr(0, base.find('.'))));
        Ref hold;
        if (cur.is_null()) cur = dict_get_str(current_interp()->builtins, intern(base.substr(0, base.find('.'))));
        size_t p = base.find('.');
        while (!cur.is_null() && p != std::string::npos) {
          size_t q = base.find('.', p + 1);
          hold = getattr_opt(cur, intern(base.substr(p + 1, q == std::string::npos ? q : q - p - 1)));
          cur = hold ? hold.get() : Value::null();
          p = q;
        }
        if (!cur.is_null()) {
          Ref names = call_method(cur, "__dir__", {});
          for_each(names.get(), [&](Value n) {
            if (!is_str(n)) return;
            std::string s(str_view(n));
            if (s.rfind(attr, 0) == 0 && (attr.rfind("_", 0) == 0 || s.rfind("_", 0) != 0))
              g_matches.push_back(base + "." + s);
          });
        }
      }
    } catch (PyError&) {
    }
  }
  if (size_t(state) < g_matches.size()) return strdup(g_matches[size_t(state)].c_str());
  return nullptr;
}

char** complete(const char* text, int, int) {
  rl_attempted_completion_over = 1;
  return rl_completion_matches(text, completion_generator);
}

std::string history_path() {
  const char* home = std::getenv("HOME");
  return std::string(home ? home : ".") + "/.gilpy_history";
}

// Does the first line open a compound statement (which then continues
// until a blank line, as in CPython's REPL)?
bool is_compound(const std::string& src) {
  size_t b = src.find_first_not_of(" \t\n");
  if (b == std::string::npos) return false;
  if (src[b] == '@') return true;
  std::string word;
  for (size_t i = b; i < src.size() && (std::isalnum(static_cast<unsigned char>(src[i])) || src[i] == '_'); i++) word += src[i];
  for (const char* kw : {"if", "for", "while", "def", "class", "with", "try", "async", "match"})
    if (word == kw) return true;
  return false;
}

// Is more input needed? Yes while the parser says the input is merely
// incomplete, and for compound statements until a blank line arrives.
bool needs_more(const std::string& src, bool last_blank) {
  try {
    parse(src, "<stdin>", ParseMode::Single);
  } catch (SyntaxErrorInfo& e) {
    return e.incomplete && !last_blank;
  }
  return !last_blank && is_compound(src);
}

void run_statement(const std::string& src) {
  Dict* d = static_cast<Module*>(g_main.as_obj())->dict;
  try {
    if (run_magic(src, d)) return;
    Ref code = compile_source(src, "<stdin>", CompileMode::Single);
    run_code(static_cast<Code*>(code.obj()), d, d);
  } catch (PyError& e) {
    if (isinstance_of(Value::object(e.exc()), SystemExit_)) throw;
    report_exception(e);
    g_exit_by_sigint = false;   // an interrupted statement does not end the REPL
  }
  flush_std_streams();
}

}  // namespace

int run_repl(Value main_module) {
  g_main = main_module;
  rl_attempted_completion_function = complete;
  rl_catch_signals = 0;
  std::string hist = history_path();
  read_history(hist.c_str());
  Value sys = current_interp()->sys_module;
  module_add(sys, "ps1", str_new(">>> ").get());
  module_add(sys, "ps2", str_new("... ").get());
  flush_std_streams();
  std::fprintf(stderr, "gilpy 0.1.0 (Python 3.11 subset, one GIL). Type Ctrl-D to exit.\n");
  int status = 0;
  for (;;) {
    std::string src, line;
    try {
      flush_std_streams();
      if (!read_line(">>> ", &line)) {
        std::fputc('\n', stdout);
        break;
      }
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      src = line;
      if (line[0] != '%') {
        while (needs_more(src + "\n", false)) {
          if (!read_line("... ", &line)) break;
          bool blank = line.find_first_not_of(" \t") == std::string::npos;
          src += "\n" + line;
          if (blank && !needs_more(src + "\n", true)) break;
        }
      }
      add_history(src.c_str());
      run_statement(src + "\n");
    } catch (PyError& e) {
      if (isinstance_of(Value::object(e.exc()), SystemExit_)) {
        status = report_exception(e);
        break;
      }
      flush_std_streams();
      write_stderr(e.matches(KeyboardInterrupt_) ? "KeyboardInterrupt\n" : "error\n");
    }
  }
  write_history(hist.c_str());
  return status;
}

}  // namespace gilpy
