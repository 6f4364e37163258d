// re_match.cpp — the backtracking machine that runs a Program (re_impl.hpp).
//
// Backtracking state lives on the heap, never on the C stack: a stack of
// choices (where to resume) and a trail (old register values to restore),
// so `(a|b)*` over a million characters needs memory, not recursion.
// Registers (group slots, repeat counters, lastindex) are only written
// through set_reg, which logs the old value; backtracking to a choice undoes
// the trail down to the height it recorded. Look-arounds and atomic groups
// push a barrier choice; leaving them cuts the choices above it (that is
// what makes them atomic, as in sre) but keeps the trail, so captures made
// inside are still undone if the match later backtracks past them.
//
// Single-character repeats (a*, [a-z]+?, .{2,5}) are one instruction that
// scans in a tight loop and leaves one choice that steps back (or forward)
// a character at a time, skipping positions where a following literal
// cannot match.
//
// Every kPollInterval backtracks the eval breaker is polled, so a
// catastrophic pattern stays interruptible (Ctrl-C raises
// KeyboardInterrupt) and other threads get the GIL.
#include <cstring>

#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "stdlib/re_impl.hpp"

namespace gilpy {
namespace re {
namespace {

constexpr uint32_t kPollInterval = 1u << 14;

enum ChoiceKind : uint8_t {
  kChAlt,        // resume at pc with pos
  kChGreedyOne,  // pc: a kRepeatOne; pos: where its scan is; aux: the lowest position allowed
  kChLazyOne,    // pc: a kRepeatOne; pos: where its scan is; aux: items matched so far
  kChLookPos,    // barriers: pc is the kLookStart, pos the position to return to
  kChLookNeg,
  kChAtomic,
};
inline bool is_barrier(uint8_t k) { return k >= kChLookPos; }

template <bool U>
inline uint32_t read_char(const unsigned char* s, int64_t pos, int* len) {
  if (!U || s[pos] < 0x80) {
    *len = 1;
    return s[pos];
  }
  return utf8_decode(reinterpret_cast<const char*>(s) + pos, len);
}

template <bool U>
inline int64_t prev_pos(const unsigned char* s, int64_t pos) {
  if (!U) return pos - 1;
  do pos--;
  while ((s[pos] & 0xC0) == 0x80);
  return pos;
}

template <bool U>
inline int64_t next_pos(const unsigned char* s, int64_t pos) {
  if (!U || s[pos] < 0x80) return pos + 1;
  do pos++;
  while ((s[pos] & 0xC0) == 0x80);
  return pos;
}

inline uint32_t fold_char(uint32_t c, uint8_t ascii_mode) {
  if (c < 128 || ascii_mode) return ascii_lower(c);
  return char_lower(c);
}

// Whether the one-character instruction `it` accepts c.
inline bool char_ok(const Program& prog, const Inst& it, uint32_t c) {
  switch (it.op) {
    case kChar: return c == uint32_t(it.a);
    case kCharFold: return fold_char(c, it.mode) == uint32_t(it.a);
    case kAny: return c != '\n';
    case kAnyAll: return true;
    default: return prog.classes[size_t(it.a)].test(c);
  }
}

// The byte a match must continue with at instruction `at` (group marks
// consume nothing, so look past them), or -1.
template <bool U>
int follow_byte(const Program& prog, const Inst* at) {
  while (at->op == kSave) at++;
  const Inst& it = *at;
  if (it.op == kString) return (unsigned char)prog.strings[size_t(it.a)][0];
  if (it.op != kChar) return -1;
  uint32_t c = uint32_t(it.a);
  if (!U) return c < 256 ? int(c) : -1;
  if (c < 0x80) return int(c);
  if (c < 0x800) return int(0xC0 | (c >> 6));
  if (c < 0x10000) return int(0xE0 | (c >> 12));
  return int(0xF0 | (c >> 18));
}

}  // namespace

Matcher::Matcher(const Program& program, Subject subject)
    : program_(program), subject_(subject), budget_(kPollInterval) {
  regs_.assign(size_t(program.nregs), -1);
}

void Matcher::reset_regs() {
  regs_.assign(size_t(program_.nregs), -1);
  choices_.clear();
  trail_.clear();
}

void Matcher::poll_interrupts() {
  budget_ = kPollInterval;
  ThreadState* ts = current_thread_state();
  if (ts->interp->eval_breaker.load(std::memory_order_relaxed)) handle_eval_breaker(ts);
}

bool Matcher::match(int64_t start, bool full, bool must_advance) {
  full_ = full;
  must_advance_ = must_advance;
  advance_from_ = start;
  reset_regs();
  return subject_.utf8 ? run<true>(start) : run<false>(start);
}

bool Matcher::search(int64_t start, bool must_advance) {
  full_ = false;
  must_advance_ = must_advance;
  advance_from_ = start;
  return subject_.utf8 ? search_impl<true>(start) : search_impl<false>(start);
}

template <bool U>
bool Matcher::search_impl(int64_t start) {
  const unsigned char* s = subject_.data;
  const int64_t n = subject_.size;
  const Program& prog = program_;
  if (prog.anchored) {
    reset_regs();
    return run<U>(start);
  }
  if (!prog.prefix.empty()) {
    const std::string& pre = prog.prefix;
    for (int64_t p = start; p <= n - int64_t(pre.size());) {
      const void* hit = pre.size() == 1 ? memchr(s + p, (unsigned char)pre[0], size_t(n - p))
                                        : memmem(s + p, size_t(n - p), pre.data(), pre.size());
      if (!hit) return false;
      p = static_cast<const unsigned char*>(hit) - s;
      reset_regs();
      if (run<U>(p)) return true;
      if (--budget_ == 0) poll_interrupts();
      p++;   // the prefix starts with a lead byte: no match starts inside this character
    }
    return false;
  }
  for (int64_t p = start;; p = next_pos<U>(s, p)) {
    if (prog.has_firstset) {
      while (p < n && !((prog.firstset[s[p] >> 6] >> (s[p] & 63)) & 1)) p++;
      if (p >= n) return false;   // a match needs at least one character
    }
    reset_regs();
    if (run<U>(p)) return true;
    if (--budget_ == 0) poll_interrupts();
    if (p >= n) return false;
  }
}

template <bool U>
bool Matcher::run(int64_t start) {
  const Program& prog = program_;
  const Inst* code = prog.code.data();
  const unsigned char* s = subject_.data;
  const int64_t n = subject_.size;
  int64_t* regs = regs_.data();
  int64_t pos = start;
  int32_t pc = 0;

  auto set_reg = [&](int32_t r, int64_t v) __attribute__((always_inline)) {
    if (!choices_.empty()) trail_.push({r, regs[r]});
    regs[r] = v;
  };
  auto push = [&](int32_t at, uint8_t kind, int64_t p, int64_t aux) __attribute__((always_inline)) {
    choices_.push({at, kind, p, int64_t(trail_.size()), aux});
  };
  // The innermost barrier (look-around or atomic group) on the choice stack.
  auto top_barrier = [&]() -> size_t {
    size_t i = choices_.size();
    while (i > 0 && !is_barrier(choices_[i - 1].kind)) i--;
    return i - 1;
  };
  auto word_at = [&](int64_t p, bool ascii) {
    int len;
    return is_word_char(read_char<U>(s, p, &len), ascii);
  };
  int len;

  for (;;) {
    const Inst& in = code[pc];
    switch (in.op) {
      case kChar: {
        if (pos >= n) goto fail;
        uint32_t c = read_char<U>(s, pos, &len);
        if (c != uint32_t(in.a)) goto fail;
        pos += len;
        pc++;
        continue;
      }
      case kCharFold: case kAny: case kAnyAll: case kClass: {
        if (pos >= n) goto fail;
        uint32_t c = read_char<U>(s, pos, &len);
        if (!char_ok(prog, in, c)) goto fail;
        pos += len;
        pc++;
        continue;
      }
      case kString: {
        const std::string& lit = prog.strings[size_t(in.a)];
        if (n - pos < int64_t(lit.size()) || memcmp(s + pos, lit.data(), lit.size()) != 0) goto fail;
        pos += int64_t(lit.size());
        pc++;
        continue;
      }
      case kAtBeginning: case kAtBeginningString:
        if (pos != 0) goto fail;
        pc++;
        continue;
      case kAtBeginningLine:
        if (pos != 0 && s[pos - 1] != '\n') goto fail;
        pc++;
        continue;
      case kAtEnd:
        if (pos != n && !(pos + 1 == n && s[pos] == '\n')) goto fail;
        pc++;
        continue;
      case kAtEndLine:
        if (pos != n && s[pos] != '\n') goto fail;
        pc++;
        continue;
      case kAtEndString:
        if (pos != n) goto fail;
        pc++;
        continue;
      case kBoundary: case kNonBoundary: {
        if (n == 0) goto fail;   // sre: no boundaries in an empty subject
        bool before = pos > 0 && word_at(prev_pos<U>(s, pos), in.mode);
        bool after = pos < n && word_at(pos, in.mode);
        if ((before != after) != (in.op == kBoundary)) goto fail;
        pc++;
        continue;
      }
      case kSplit:
        push(in.b, kChAlt, pos, 0);
        pc = in.a;
        continue;
      case kJmp:
        pc = in.a;
        continue;
      case kSave:
        set_reg(in.a, pos);
        if (in.b) set_reg(prog.lastindex_reg, in.b);
        pc++;
        continue;
      case kBackref: {
        int64_t b = regs[2 * in.a], e = regs[2 * in.a + 1];
        if (b < 0 || e < b) goto fail;
        if (in.mode == 0) {
          if (n - pos < e - b || memcmp(s + pos, s + b, size_t(e - b)) != 0) goto fail;
          pos += e - b;
        } else {
          while (b < e) {
            int l1, l2;
            if (pos >= n) goto fail;
            uint32_t c1 = read_char<U>(s, b, &l1), c2 = read_char<U>(s, pos, &l2);
            if (c1 != c2 && fold_char(c1, in.mode == 2) != fold_char(c2, in.mode == 2)) goto fail;
            b += l1;
            pos += l2;
          }
        }
        pc++;
        continue;
      }
      case kGroupExists: {
        int64_t b = regs[2 * in.a], e = regs[2 * in.a + 1];
        pc = b >= 0 && e >= b ? pc + 1 : in.b;
        continue;
      }
      case kRepeatOne: {
        const Inst& item = code[pc + 1];
        uint32_t count = 0;
        if (in.mode == kLazy) {
          for (; count < in.min; count++) {
            if (pos >= n) goto fail;
            uint32_t c = read_char<U>(s, pos, &len);
            if (!char_ok(prog, item, c)) goto fail;
            pos += len;
          }
          if (in.max > in.min) push(pc, kChLazyOne, pos, count);
          pc += 2;
          continue;
        }
        int64_t min_pos = pos;
        if (!U && item.op != kCharFold) {
          // One byte per character: scan with no decoding.
          int64_t limit = in.max == kMaxRepeat || n - pos < int64_t(in.max) ? n : pos + int64_t(in.max);
          int64_t p = pos;
          if (item.op == kAnyAll) {
            p = limit;
          } else if (item.op == kAny) {
            const void* nl = memchr(s + p, '\n', size_t(limit - p));
            p = nl ? static_cast<const unsigned char*>(nl) - s : limit;
          } else if (item.op == kChar) {
            while (p < limit && s[p] == uint32_t(item.a)) p++;
          } else {
            const CharClass& cc = prog.classes[size_t(item.a)];
            while (p < limit && cc.test(s[p])) p++;
          }
          if (p - pos < int64_t(in.min)) goto fail;
          min_pos = pos + int64_t(in.min);
          pos = p;
        } else if ((item.op == kAny || item.op == kAnyAll) && in.max == kMaxRepeat) {
          // .* over UTF-8: '\n' is never part of a longer character, so
          // after the minimum the run ends at the next newline byte.
          for (; count < in.min; count++) {
            if (pos >= n || (item.op == kAny && s[pos] == '\n')) goto fail;
            pos = next_pos<U>(s, pos);
          }
          min_pos = pos;
          const void* nl = item.op == kAny ? memchr(s + pos, '\n', size_t(n - pos)) : nullptr;
          pos = nl ? static_cast<const unsigned char*>(nl) - s : n;
        } else {
          while (count < in.max && pos < n) {
            uint32_t c = read_char<U>(s, pos, &len);
            if (!char_ok(prog, item, c)) break;
            pos += len;
            if (++count == in.min) min_pos = pos;
          }
          if (count < in.min) goto fail;
        }
        if (in.mode == kGreedy && pos > min_pos) push(pc, kChGreedyOne, pos, min_pos);
        pc += 2;
        continue;
      }
      case kRepeatInit:
        set_reg(in.a, 0);
        set_reg(in.a + 1, -1);
        pc++;
        continue;
      case kRepeatCheck: {
        int64_t count = regs[in.a];
        if (count < int64_t(in.min)) {
          set_reg(in.a, count + 1);
          pc += 2;
          continue;
        }
        if (--budget_ == 0) poll_interrupts();
        bool more = (in.max == kMaxRepeat || count < int64_t(in.max)) && pos != regs[in.a + 1];
        if (!more) {
          pc = in.b;
        } else if (in.mode == kLazy) {
          push(pc + 1, kChAlt, pos, 0);
          pc = in.b;
        } else {
          push(in.b, kChAlt, pos, 0);
          set_reg(in.a, count + 1);
          set_reg(in.a + 1, pos);
          pc += 2;
        }
        continue;
      }
      case kRepeatEnter:
        set_reg(in.a, regs[in.a] + 1);
        set_reg(in.a + 1, pos);
        pc++;
        continue;
      case kLookStart: {
        push(pc, (in.mode & kLookNeg) ? kChLookNeg : kChLookPos, pos, 0);
        if (in.mode & kLookBehind) {
          int64_t p = pos;
          for (uint32_t i = 0; i < in.min; i++) {
            if (p <= 0) goto fail;
            p = prev_pos<U>(s, p);
          }
          pos = p;
        }
        pc++;
        continue;
      }
      case kLookEnd: {
        size_t b = top_barrier();
        int64_t back = choices_[b].pos;
        choices_.resize(b);
        if (in.mode & kLookNeg) goto fail;
        pos = back;
        pc++;
        continue;
      }
      case kAtomicStart:
        push(pc, kChAtomic, pos, 0);
        pc++;
        continue;
      case kAtomicEnd:
        choices_.resize(top_barrier());
        pc++;
        continue;
      case kMatch:
        if (full_ && pos != n) goto fail;
        if (must_advance_ && pos == advance_from_) goto fail;
        regs[0] = start;
        regs[1] = pos;
        return true;
    }

  fail:
    // Resume at the newest choice that still has something to try.
    for (;;) {
      if (choices_.empty()) return false;
      if (--budget_ == 0) poll_interrupts();
      Choice& c = choices_.back();
      for (size_t t = trail_.size(); t > size_t(c.trail); t--) regs[trail_[t - 1].reg] = trail_[t - 1].old;
      trail_.resize(size_t(c.trail));
      switch (c.kind) {
        case kChAlt:
          pc = c.pc;
          pos = c.pos;
          choices_.pop();
          goto resumed;
        case kChGreedyOne: {
          // Give back one character (more if the next literal cannot match there).
          int follow = follow_byte<U>(prog, &code[c.pc + 2]);
          int64_t p = prev_pos<U>(s, c.pos);
          if (follow >= 0)
            while (p > c.aux && s[p] != follow) p = prev_pos<U>(s, p);
          pc = c.pc + 2;
          pos = p;
          if (p <= c.aux) choices_.pop();
          else c.pos = p;
          goto resumed;
        }
        case kChLazyOne: {
          // Take one more character (more while the next literal cannot match).
          const Inst& rep = code[c.pc];
          const Inst& item = code[c.pc + 1];
          int follow = follow_byte<U>(prog, &code[c.pc + 2]);
          int64_t p = c.pos;
          uint32_t count = uint32_t(c.aux);
          bool ok = false;
          while (count < rep.max && p < n) {
            uint32_t ch = read_char<U>(s, p, &len);
            if (!char_ok(prog, item, ch)) break;
            p += len;
            count++;
            if (follow < 0 || (p < n && s[p] == follow)) {
              ok = true;
              break;
            }
          }
          if (!ok) {
            choices_.pop();
            continue;
          }
          pc = c.pc + 2;
          pos = p;
          if (count >= rep.max) {
            choices_.pop();
          } else {
            c.pos = p;
            c.aux = count;
          }
          goto resumed;
        }
        case kChLookNeg:
          // The negative look-around's body failed: the assertion holds.
          pos = c.pos;
          pc = code[c.pc].a;
          choices_.pop();
          goto resumed;
        default:   // a positive look-around's body or an atomic group failed
          choices_.pop();
          continue;
      }
    }
  resumed:;
  }
}

}  // namespace re
}  // namespace gilpy
