// unicode.cpp — UTF-8 walking and the character database look-ups. The
// codecs behind str.encode / bytes.decode are in codecs.cpp.
#include <algorithm>
#include <cstring>

#include "runtime/str_impl.hpp"
#include "runtime/unicode_db.hpp"

namespace gilpy {

// ---------------------------------------------------------------- UTF-8

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

// Counting lead bytes (anything but 10xxxxxx) counts code points: every
// byte counts except continuation bytes, found eight (then four) at a time
// as "top bit set, next bit clear"; ASCII words skip the count entirely.
int64_t utf8_count(const char* p, size_t n) {
  constexpr uint64_t kTops = 0x8080808080808080ull;
  int64_t count = int64_t(n);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & kTops) count -= __builtin_popcountll(w & ~(w << 1) & kTops);
  }
  if (i + 4 <= n) {
    uint32_t w;
    std::memcpy(&w, p + i, 4);
    if (w & uint32_t(kTops)) count -= __builtin_popcount(w & ~(w << 1) & uint32_t(kTops));
    i += 4;
  }
  for (; i < n; ++i) count -= (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80;
  return count;
}

size_t utf8_length(std::string_view s) { return size_t(utf8_count(s.data(), s.size())); }

size_t utf8_offset(std::string_view s, int64_t index) {
  size_t i = 0, n = s.size();
  while (index > 0 && i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    --index;
  }
  return std::min(i, n);
}

uint32_t str_char_at(Str* s, int64_t i) {
  if (s->ascii) return static_cast<unsigned char>(s->data[i]);
  int nb;
  return utf8_decode(s->data + utf8_offset(s->view(), i), &nb);
}

// ----------------------------------------------------- character database

namespace {

// Record index for every BMP code point; planes above use binary search.
struct BmpTable {
  uint16_t rec[0x10000];
};

const BmpTable& bmp_table() {
  static const BmpTable* table = [] {
    auto* t = new BmpTable;
    using unicode_data::kRunCount;
    using unicode_data::kRuns;
    for (size_t r = 0; r < kRunCount; ++r) {
      uint32_t first = kRuns[r] >> 11;
      if (first >= 0x10000) break;
      uint32_t last = r + 1 < kRunCount ? std::min<uint32_t>(kRuns[r + 1] >> 11, 0x10000) : 0x10000;
      for (uint32_t cp = first; cp < last; ++cp) t->rec[cp] = uint16_t(kRuns[r] & 0x7FF);
    }
    return t;
  }();
  return *table;
}

}  // namespace

void unicode_db_init() { (void)bmp_table(); }

const UnicodeRecord& unicode_record(uint32_t cp) {
  using namespace unicode_data;
  if (cp < 0x10000) return kRecords[bmp_table().rec[cp]];
  if (cp > 0x10FFFF) return kRecords[0];
  // The last run starting at or before cp.
  const uint32_t key = (cp << 11) | 0x7FF;
  const uint32_t* it = std::upper_bound(kRuns, kRuns + kRunCount, key);
  return kRecords[it[-1] & 0x7FF];
}

bool unicode_isspace(uint32_t cp) {
  if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x1F);
  return unicode_has(cp, kUniSpace);
}

int unicode_decimal(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9' ? int(cp - '0') : -1;
  return unicode_record(cp).decimal;
}

bool unicode_isprintable(uint32_t cp) {
  if (cp < 128) return cp >= 0x20 && cp < 0x7F;
  return unicode_has(cp, kUniPrintable);
}

int unicode_case_map(uint32_t cp, CaseMap which, uint32_t out[3]) {
  const UnicodeRecord& r = unicode_record(cp);
  int32_t v;
  uint32_t ext;
  switch (which) {
    case CaseMap::Lower: v = r.lower; ext = kUniExtLower; break;
    case CaseMap::Upper: v = r.upper; ext = kUniExtUpper; break;
    case CaseMap::Title: v = r.title; ext = kUniExtTitle; break;
    default: v = r.fold; ext = kUniExtFold; break;
  }
  if (!(r.flags & ext)) {
    out[0] = uint32_t(int64_t(cp) + v);
    return 1;
  }
  const uint32_t* sp = unicode_data::kSpecials + v;
  int n = int(sp[0]);
  for (int i = 0; i < n && i < 3; ++i) out[i] = sp[1 + i];
  return std::min(n, 3);
}

}  // namespace gilpy
