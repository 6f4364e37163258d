// re_compile.cpp — a parsed pattern (re_parse.cpp) to a Program for the
// backtracking machine (re_match.cpp), plus the character rules they share.
//
// Case-insensitive matching follows sre's rules exactly: a character
// matches a cased literal when their simple lower cases are equal, or when
// the lower cases share an upper case (the "case fixes": 's' and LATIN
// SMALL LETTER LONG S, 'k' and KELVIN SIGN's lower case, ...). Character
// sets under IGNORECASE hold the lower cases of their members and test the
// lower-cased subject character.
#include <algorithm>
#include <unordered_map>
#include <string>

#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/unicode_db.hpp"
#include "stdlib/re_impl.hpp"

namespace gilpy {
namespace re {

// ----------------------------------------------------------- characters
uint32_t char_lower(uint32_t c) {
  if (c < 128) return ascii_lower(c);
  uint32_t out[3];
  unicode_case_map(c, CaseMap::Lower, out);
  return out[0];
}

uint32_t char_upper(uint32_t c) {
  if (c < 128) return c - 'a' < 26u ? c - 32 : c;
  uint32_t out[3];
  unicode_case_map(c, CaseMap::Upper, out);
  return out[0];
}

bool char_is_cased(uint32_t c, bool ascii) {
  if (ascii) return (c | 32) - 'a' < 26u;
  return char_lower(c) != c || char_upper(c) != c;
}

namespace {

// Groups of lower-cased characters whose full upper cases are equal
// (computed once over the BMP, where all such groups lie; only cased
// characters can be in one).
struct CaseFixTable {
  std::unordered_map<uint32_t, std::vector<uint32_t>> fixes;
  CaseFixTable() {
    std::vector<std::pair<uint64_t, uint32_t>> by_upper;   // (full upper case packed, lower case)
    for (uint32_t c = 0; c < 0x10000; c++) {
      if (!unicode_has(c, kUniCased)) continue;
      uint32_t low[3], up[3];
      if (unicode_case_map(c, CaseMap::Lower, low) != 1) continue;
      int nu = unicode_case_map(c, CaseMap::Upper, up);
      uint64_t key = 0;
      for (int i = 0; i < nu; i++) key = (key << 21) | up[i];
      by_upper.push_back({key, low[0]});   // lengths cannot collide: longer keys are >= 2^21
    }
    std::sort(by_upper.begin(), by_upper.end());
    for (size_t i = 0; i < by_upper.size();) {
      size_t j = i;
      std::vector<uint32_t> group;
      for (; j < by_upper.size() && by_upper[j].first == by_upper[i].first; j++)
        if (group.empty() || group.back() != by_upper[j].second) group.push_back(by_upper[j].second);
      for (uint32_t a : group)
        for (uint32_t b : group)
          if (a != b) fixes[a].push_back(b);
      i = j;
    }
  }
};

}  // namespace

int case_fixes(uint32_t c, uint32_t out[4]) {
  // In ASCII only 'i' and 's' have fixes: most look-ups skip the table.
  if (c < 128 && c != 'i' && c != 's') return 0;
  static const CaseFixTable table;
  auto it = table.fixes.find(c);
  if (it == table.fixes.end()) return 0;
  int n = 0;
  for (uint32_t f : it->second)
    if (n < 4) out[n++] = f;
  return n;
}

bool is_word_char(uint32_t c, bool ascii) {
  if (c < 128) return (c | 32) - 'a' < 26u || c - '0' < 10u || c == '_';
  if (ascii) return false;
  return unicode_has(c, kUniAlpha | kUniDecimal | kUniDigit | kUniNumeric);
}

bool category_test(uint8_t cat, uint32_t c, bool ascii) {
  bool hit;
  switch (cat) {
    case kCatDigit: case kCatNotDigit:
      hit = c < 128 ? c - '0' < 10u : !ascii && unicode_has(c, kUniDecimal);
      return cat == kCatDigit ? hit : !hit;
    case kCatSpace: case kCatNotSpace:
      if (c < 128) hit = c == ' ' || (c >= '\t' && c <= '\r') || (!ascii && c >= 0x1c && c <= 0x1f);
      else hit = !ascii && unicode_isspace(c);
      return cat == kCatSpace ? hit : !hit;
    default:
      hit = is_word_char(c, ascii);
      return cat == kCatWord ? hit : !hit;
  }
}

static bool in_ranges(const std::vector<uint32_t>& r, uint32_t c) {
  // r is sorted pairs: find the first pair whose hi >= c.
  size_t lo = 0, hi = r.size() / 2;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (r[2 * mid + 1] < c) lo = mid + 1;
    else hi = mid;
  }
  return lo < r.size() / 2 && r[2 * lo] <= c;
}

bool CharClass::test_slow(uint32_t c) const {
  uint32_t m = fold ? (ascii ? ascii_lower(c) : char_lower(c)) : c;
  bool hit = in_ranges(ranges, m);
  if (!hit && !upper_ranges.empty()) hit = in_ranges(upper_ranges, m) || in_ranges(upper_ranges, char_upper(m));
  for (uint8_t bit = 1; !hit && bit && bit <= cats; bit <<= 1)
    if (cats & bit) hit = category_test(bit, m, ascii);
  return hit != negate;
}

// category_test's answers for code points < 256, per category bit and mode.
struct CategoryBits {
  uint64_t bits[6][2][4] = {};
  CategoryBits() {
    for (int k = 0; k < 6; k++)
      for (int ascii = 0; ascii < 2; ascii++)
        for (uint32_t c = 0; c < 256; c++)
          if (category_test(uint8_t(1 << k), c, ascii)) bits[k][ascii][c >> 6] |= uint64_t(1) << (c & 63);
  }
};

void CharClass::finish() {
  if (fold || !upper_ranges.empty()) {
    for (uint32_t c = 0; c < 256; c++)
      if (test_slow(c)) low[c >> 6] |= uint64_t(1) << (c & 63);
    return;
  }
  // Without case folding the bitmap is the ranges and categories directly.
  static const CategoryBits categories;
  for (size_t i = 0; i < ranges.size() && ranges[i] < 256; i += 2)
    for (uint32_t c = ranges[i]; c <= std::min<uint32_t>(ranges[i + 1], 255); c++) low[c >> 6] |= uint64_t(1) << (c & 63);
  for (int k = 0; k < 6; k++)
    if (cats & (1 << k))
      for (int w = 0; w < 4; w++) low[w] |= categories.bits[k][ascii][w];
  if (negate)
    for (int w = 0; w < 4; w++) low[w] = ~low[w];
}

namespace {

// Sorted, merged [lo, hi] pairs from a list of code points and ranges.
std::vector<uint32_t> merge_ranges(std::vector<std::pair<uint32_t, uint32_t>> v) {
  std::sort(v.begin(), v.end());
  std::vector<uint32_t> out;
  for (auto [lo, hi] : v) {
    if (!out.empty() && lo <= out.back() + 1) {
      out.back() = std::max(out.back(), hi);
    } else {
      out.push_back(lo);
      out.push_back(hi);
    }
  }
  return out;
}

CharClass build_class(const ClassSpec& spec, bool is_bytes) {
  CharClass cc;
  cc.ascii = ascii_mode(spec.flags, is_bytes);
  cc.negate = spec.negate;
  bool ignore = spec.flags & kFlagIgnoreCase;
  bool cased = false;
  for (const ClassItem& it : spec.items) {
    if (it.kind == ClassItem::Cat) cc.cats |= uint8_t(it.lo);
    if (!ignore || cased || it.kind == ClassItem::Cat) continue;
    for (uint32_t c = it.lo; c <= (it.kind == ClassItem::Range ? it.hi : it.lo) && !cased; c++)
      cased = char_is_cased(c, cc.ascii);
  }
  cc.fold = ignore && cased;
  std::vector<std::pair<uint32_t, uint32_t>> set, upper;
  auto add_folded = [&](uint32_t c) {
    uint32_t l = cc.ascii ? ascii_lower(c) : char_lower(c);
    set.push_back({l, l});
    if (cc.ascii) return;
    uint32_t fx[4];
    int n = case_fixes(l, fx);
    for (int i = 0; i < n; i++) set.push_back({fx[i], fx[i]});
  };
  for (const ClassItem& it : spec.items) {
    if (it.kind == ClassItem::Cat) continue;
    uint32_t hi = it.kind == ClassItem::Range ? it.hi : it.lo;
    if (!cc.fold) {
      set.push_back({it.lo, hi});
      continue;
    }
    for (uint32_t c = it.lo; c <= std::min<uint32_t>(hi, 0xFFFF); c++) add_folded(c);
    if (hi > 0xFFFF) {
      if (it.kind == ClassItem::Range) upper.push_back({it.lo, hi});
      else add_folded(hi);
    }
  }
  cc.ranges = merge_ranges(std::move(set));
  cc.upper_ranges = merge_ranges(std::move(upper));
  cc.finish();
  return cc;
}

// ------------------------------------------------------------ the compiler
class Compiler {
 public:
  Compiler(const ParsedPattern& pp, Program& prog) : pp_(pp), prog_(prog) {}

  void run() {
    prog_.ngroups = pp_.ngroups;
    emit_node(pp_.root);
    emit({kMatch});
    int slots = 2 * (pp_.ngroups + 1);
    prog_.lastindex_reg = slots + 2 * repeats_;
    prog_.nregs = prog_.lastindex_reg + 1;
    analyse_start();
  }

 private:
  int here() const { return int(prog_.code.size()); }
  int emit(Inst i) {
    prog_.code.push_back(i);
    return here() - 1;
  }
  bool ascii(const Node* n) const { return ascii_mode(n->flags, pp_.is_bytes); }

  // A character that compiles to an exact comparison.
  bool plain_char(const Node* n) const {
    return n->kind == NodeKind::Char && (!(n->flags & kFlagIgnoreCase) || !char_is_cased(n->ch, ascii(n)));
  }
  void append_literal(std::string& s, uint32_t c) const {
    if (pp_.is_bytes) s += char(c);
    else utf8_append(s, c);
  }

  int add_class(CharClass cc) {
    prog_.classes.push_back(std::move(cc));
    return int(prog_.classes.size() - 1);
  }
  // The compiled class of a parsed set (each is built once).
  int class_index(int spec) {
    if (class_of_spec_.empty()) class_of_spec_.assign(pp_.classes.size(), -1);
    int& slot = class_of_spec_[size_t(spec)];
    if (slot < 0) slot = add_class(build_class(pp_.classes[size_t(spec)], pp_.is_bytes));
    return slot;
  }

  // The instruction testing one character, for Char, Any and Class nodes.
  [[gnu::noinline]] Inst char_inst(const Node* n) {
    switch (n->kind) {
      case NodeKind::Any:
        return Inst{uint8_t(n->flags & kFlagDotAll ? kAnyAll : kAny)};
      case NodeKind::Class:
        return Inst{kClass, 0, class_index(n->index)};
      default: break;
    }
    if (plain_char(n)) return Inst{kChar, 0, int32_t(n->ch)};
    if (ascii(n)) return Inst{kCharFold, 1, int32_t(ascii_lower(n->ch))};
    uint32_t l = char_lower(n->ch), fx[4];
    int nf = case_fixes(l, fx);
    if (nf == 0) return Inst{kCharFold, 0, int32_t(l)};
    CharClass cc;
    cc.fold = true;
    std::vector<std::pair<uint32_t, uint32_t>> set{{l, l}};
    for (int i = 0; i < nf; i++) set.push_back({fx[i], fx[i]});
    cc.ranges = merge_ranges(std::move(set));
    cc.finish();
    return Inst{kClass, 0, add_class(std::move(cc))};
  }

  void emit_node(const Node* n) {
    check_c_stack(current_thread_state());
    switch (n->kind) {
      case NodeKind::Seq: emit_seq(n); break;
      case NodeKind::Alt: emit_alt(n); break;
      case NodeKind::Char: case NodeKind::Any: case NodeKind::Class:
        emit(char_inst(n));
        break;
      case NodeKind::Group:
        emit({kSave, 0, 2 * n->index, 0});
        emit_node(n->kids[0]);
        emit({kSave, 0, 2 * n->index + 1, n->index});
        break;
      case NodeKind::Repeat: emit_repeat(n); break;
      case NodeKind::Backref: {
        uint8_t mode = !(n->flags & kFlagIgnoreCase) ? 0 : ascii(n) ? 2 : 1;
        emit({kBackref, mode, n->index});
        break;
      }
      case NodeKind::Assert: emit_assert(n); break;
      case NodeKind::At: emit_at(n); break;
      case NodeKind::Cond: emit_cond(n); break;
      case NodeKind::Atomic:
        emit({kAtomicStart});
        emit_node(n->kids[0]);
        emit({kAtomicEnd});
        break;
    }
  }

  [[gnu::noinline]] void emit_cond(const Node* n) {
    int test = emit({kGroupExists, 0, n->index});
    emit_node(n->kids[0]);
    if (n->kids[1]) {
      int jump = emit({kJmp});
      prog_.code[size_t(test)].b = here();
      emit_node(n->kids[1]);
      prog_.code[size_t(jump)].a = here();
    } else {
      prog_.code[size_t(test)].b = here();
    }
  }

  // Runs of exact characters become one kString.
  [[gnu::noinline]] void emit_seq(const Node* n) {
    const auto& k = n->kids;
    for (size_t i = 0; i < k.size();) {
      size_t j = i;
      while (j < k.size() && plain_char(k[j])) j++;
      if (j - i >= 2) {
        std::string lit;
        for (size_t x = i; x < j; x++) append_literal(lit, k[x]->ch);
        prog_.strings.push_back(std::move(lit));
        emit({kString, 0, int32_t(prog_.strings.size() - 1), int32_t(j - i)});
        i = j;
        continue;
      }
      emit_node(k[i]);
      i++;
    }
  }

  [[gnu::noinline]] void emit_alt(const Node* n) {
    std::vector<int> jumps;
    for (size_t i = 0; i < n->kids.size(); i++) {
      bool last = i + 1 == n->kids.size();
      int split = last ? -1 : emit({kSplit, 0, here() + 1});
      emit_node(n->kids[i]);
      if (!last) {
        jumps.push_back(emit({kJmp}));
        prog_.code[size_t(split)].b = here();
      }
    }
    for (int j : jumps) prog_.code[size_t(j)].a = here();
  }

  static bool single_char(const Node* n) {
    return n->kind == NodeKind::Char || n->kind == NodeKind::Any || n->kind == NodeKind::Class;
  }

  [[gnu::noinline]] void emit_repeat(const Node* n) {
    const Node* body = n->kids[0];
    if (body->kind == NodeKind::Seq && body->kids.size() == 1) body = body->kids[0];
    if (n->max == 0) return;
    if (single_char(body)) {
      emit({kRepeatOne, n->rep, 0, 0, n->min, n->max});
      emit(char_inst(body));
      return;
    }
    if (n->rep == kPossessive) {
      emit({kAtomicStart});
      emit_loop(n, body, kGreedy);
      emit({kAtomicEnd});
      return;
    }
    emit_loop(n, body, n->rep);
  }

  [[gnu::noinline]] void emit_loop(const Node* n, const Node* body, uint8_t mode) {
    if (n->min == 1 && n->max == 1) {
      emit_node(body);
      return;
    }
    if (n->min == 0 && n->max == 1) {
      int split = emit({kSplit});
      emit_node(body);
      Inst& s = prog_.code[size_t(split)];
      s.a = mode == kLazy ? here() : split + 1;
      s.b = mode == kLazy ? split + 1 : here();
      return;
    }
    int reg = 2 * (pp_.ngroups + 1) + 2 * repeats_++;
    emit({kRepeatInit, 0, reg});
    int check = emit({kRepeatCheck, mode, reg, 0, n->min, n->max});
    emit({kRepeatEnter, 0, reg});
    emit_node(body);
    emit({kJmp, 0, check});
    prog_.code[size_t(check)].b = here();
  }

  [[gnu::noinline]] void emit_assert(const Node* n) {
    uint8_t mode = uint8_t((n->neg ? kLookNeg : 0) | (n->behind ? kLookBehind : 0));
    uint32_t width = 0;
    if (n->behind) {
      Width w = node_width(n->kids[0], pp_.group_widths);
      if (w.lo > 0xFFFFFFFFu) throw PatternError{PatternError::Syntax, "looks too much behind", -1};
      if (w.lo != w.hi) throw PatternError{PatternError::Syntax, "look-behind requires fixed-width pattern", -1};
      width = uint32_t(w.lo);
    }
    int start = emit({kLookStart, mode, 0, 0, width});
    emit_node(n->kids[0]);
    emit({kLookEnd, mode});
    prog_.code[size_t(start)].a = here();
  }

  [[gnu::noinline]] void emit_at(const Node* n) {
    bool multiline = n->flags & kFlagMultiline;
    switch (n->index) {
      case kAnchorBegin: emit({uint8_t(multiline ? kAtBeginningLine : kAtBeginning)}); break;
      case kAnchorEnd: emit({uint8_t(multiline ? kAtEndLine : kAtEnd)}); break;
      case kAnchorBeginString: emit({kAtBeginningString}); break;
      case kAnchorEndString: emit({kAtEndString}); break;
      case kAnchorBoundary: emit({kBoundary, uint8_t(ascii(n))}); break;
      default: emit({kNonBoundary, uint8_t(ascii(n))}); break;
    }
  }

  // ------------------------------------------------ what a search can skip
  // The literal every match begins with; true when `n` is all literal.
  bool collect_prefix(const Node* n, std::string& out) const {
    check_c_stack(current_thread_state());
    switch (n->kind) {
      case NodeKind::Seq:
        for (const Node* k : n->kids)
          if (!collect_prefix(k, out)) return false;
        return true;
      case NodeKind::Group:
        return collect_prefix(n->kids[0], out);
      case NodeKind::Char:
        if (!plain_char(n)) return false;
        append_literal(out, n->ch);
        return true;
      default:
        return false;
    }
  }

  bool starts_anchored(const Node* n) const {
    while (n->kind == NodeKind::Seq || n->kind == NodeKind::Group) {
      if (n->kids.empty()) return false;
      n = n->kids[0];
    }
    if (n->kind != NodeKind::At) return false;
    return n->index == kAnchorBeginString || (n->index == kAnchorBegin && !(n->flags & kFlagMultiline));
  }

  // Adds the bytes a match of `n` can start with; returns whether `n` can
  // match the empty string (then what follows matters too). *unknown: give up.
  bool first_bytes(const Node* n, uint64_t set[4], bool* unknown) {
    check_c_stack(current_thread_state());
    auto add = [&](unsigned b) { set[b >> 6] |= uint64_t(1) << (b & 63); };
    auto add_high = [&] { for (unsigned b = 0xC0; b < 256; b++) add(b); };   // UTF-8 lead bytes
    switch (n->kind) {
      case NodeKind::Seq:
        for (const Node* k : n->kids)
          if (!first_bytes(k, set, unknown)) return false;
        return true;
      case NodeKind::Alt: {
        bool empty = false;
        for (const Node* k : n->kids) empty |= first_bytes(k, set, unknown);
        return empty;
      }
      case NodeKind::Char: {
        if (plain_char(n)) {
          std::string s;
          append_literal(s, n->ch);
          add((unsigned char)s[0]);
          return false;
        }
        // Any case-equivalent: both ASCII cases of the lower case and of
        // its fixes, and (Unicode) any non-ASCII character.
        uint32_t l = ascii(n) ? ascii_lower(n->ch) : char_lower(n->ch), fx[5];
        int nf = ascii(n) ? 0 : case_fixes(l, fx);
        fx[nf++] = l;
        for (int i = 0; i < nf; i++)
          if (fx[i] < 128) {
            add(fx[i]);
            add(fx[i] - 'a' < 26u ? fx[i] - 32 : fx[i]);
          }
        if (!ascii(n)) add_high();
        return false;
      }
      case NodeKind::Class: {
        const CharClass& cc = prog_.classes[size_t(class_index(n->index))];
        for (unsigned c = 0; c < (pp_.is_bytes ? 256u : 128u); c++)
          if (cc.test(c)) add(c);
        if (!pp_.is_bytes) add_high();
        return false;
      }
      case NodeKind::Group: case NodeKind::Atomic:
        return first_bytes(n->kids[0], set, unknown);
      case NodeKind::Repeat: {
        bool empty = first_bytes(n->kids[0], set, unknown);
        return empty || n->min == 0;
      }
      case NodeKind::Assert: case NodeKind::At:
        return true;
      default:   // Any, Backref, Cond
        *unknown = true;
        return false;
    }
  }

  void analyse_start() {
    prog_.anchored = starts_anchored(pp_.root);
    collect_prefix(pp_.root, prog_.prefix);
    if (!prog_.prefix.empty()) return;
    bool unknown = false;
    bool empty = first_bytes(pp_.root, prog_.firstset, &unknown);
    prog_.has_firstset = !unknown && !empty;
  }

  const ParsedPattern& pp_;
  Program& prog_;
  int repeats_ = 0;
  std::vector<int> class_of_spec_;
};

}  // namespace

Compiled compile_pattern(const std::vector<uint32_t>& pattern, bool is_bytes, uint32_t flags) {
  if (flags & kFlagTemplate)
    throw PatternError{PatternError::NotSupported, "re: the TEMPLATE flag is not supported by gilpy", -1};
  if (flags & kFlagDebug)
    throw PatternError{PatternError::NotSupported, "re: the DEBUG flag is not supported by gilpy", -1};
  ParsedPattern pp = parse_pattern(pattern, is_bytes, flags);
  if (pp.flags & kFlagTemplate)
    throw PatternError{PatternError::NotSupported, "re: the TEMPLATE flag is not supported by gilpy", -1};
  auto prog = std::make_shared<Program>();
  Compiler(pp, *prog).run();
  Compiled out;
  out.program = std::move(prog);
  out.flags = pp.flags;
  out.ngroups = pp.ngroups;
  out.group_names = std::move(pp.group_names);
  return out;
}

}  // namespace re
}  // namespace gilpy
