// time.cpp — the `time` module: clocks, sleep, and calendar conversions
// (struct_time, localtime/gmtime/mktime, strftime, asctime/ctime).
#include <time.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <mutex>
#include <string>

#include "runtime/blocking.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/structseq_extra.hpp"

namespace gilpy {
namespace {

// ------------------------------------------------------------------ clocks
int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  ::clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double clock_seconds(clockid_t id) {
  struct timespec ts;
  ::clock_gettime(id, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

#define CLOCK_FUNCS(pyname, id)                                                     \
  Ref t_##pyname(Value, const Value*, size_t nargs, Tuple* kw) {                    \
    check_nargs(#pyname, nargs, kw, 0, 0);                                          \
    return Ref::steal(Value::from_double(clock_seconds(id)));                       \
  }                                                                                 \
  Ref t_##pyname##_ns(Value, const Value*, size_t nargs, Tuple* kw) {               \
    check_nargs(#pyname "_ns", nargs, kw, 0, 0);                                    \
    return int_from_i64(clock_ns(id));                                              \
  }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

// A number of seconds as a double: int or float (CPython's messages).
double seconds_arg(Value v) {
  if (!is_int(v) && !isinstance_of(v, &FloatType))
    type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
  double d = to_double(v);
  if (std::isnan(d)) value_error("Invalid value NaN (not a number)");
  return d;
}

// ------------------------------------------------------------------- sleep
// Sleeps until an absolute deadline on the monotonic clock, so a signal
// that interrupts the wait (EINTR) costs no accuracy: after giving pending
// signals their chance to raise (Ctrl-C -> KeyboardInterrupt), we resume.
Ref t_sleep(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("sleep", nargs, kw, 1, 1);
  double secs = seconds_arg(args[0]);
  if (secs < 0) value_error("sleep length must be non-negative");
  if (secs > 9.2e18 / 1e9) overflow_error("timestamp out of range for platform time_t");
  struct timespec deadline;
  ::clock_gettime(CLOCK_MONOTONIC, &deadline);
  double whole = std::floor(secs);
  deadline.tv_sec += time_t(whole);
  deadline.tv_nsec += long((secs - whole) * 1e9);
  if (deadline.tv_nsec >= 1000000000) {
    deadline.tv_sec += 1;
    deadline.tv_nsec -= 1000000000;
  }
  for (;;) {
    int r;
    {
      BlockingSection bs;
      r = ::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr);
    }
    if (r == 0) return Ref::none();
    if (r != EINTR) raise_from_errno(r);
    handle_eval_breaker(current_thread_state());
  }
}

// ------------------------------------------------------------- struct_time
Type* struct_time_type() {
  static Type* t = structseq_extra_type({
      "struct_time",
      "time",
      {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"},
      {"tm_zone", "tm_gmtoff"},
  });
  return t;
}

Ref make_struct_time(const struct tm& tm) {
  Ref zone = tm.tm_zone ? str_decode(tm.tm_zone, "utf-8", "surrogateescape") : Ref::none();
  Value items[11] = {
      Value::small_int(int64_t(tm.tm_year) + 1900), Value::small_int(tm.tm_mon + 1),
      Value::small_int(tm.tm_mday),                 Value::small_int(tm.tm_hour),
      Value::small_int(tm.tm_min),                  Value::small_int(tm.tm_sec),
      Value::small_int((tm.tm_wday + 6) % 7),       Value::small_int(tm.tm_yday + 1),
      Value::small_int(tm.tm_isdst),                zone.get(),
      Value::small_int(tm.tm_gmtoff),
  };
  return structseq_extra_new(struct_time_type(), items, 11);
}

// A timestamp argument (None: now), floored to whole seconds.
time_t timestamp_arg(Value v) {
  if (v.is_null() || v.is_none()) return ::time(nullptr);
  if (is_int(v)) {
    if (!int_fits_i64(int_value(v))) overflow_error("timestamp out of range for platform time_t");
    return time_t(int_as_i64(int_value(v)));
  }
  double d = std::floor(seconds_arg(v));
  if (!(d >= -9.2e18 && d <= 9.2e18)) overflow_error("timestamp out of range for platform time_t");
  return time_t(d);
}

int c_int_item(Value v) {
  int64_t i = to_int64(v);
  if (i > INT_MAX) overflow_error("signed integer is greater than maximum");
  if (i < INT_MIN) overflow_error("signed integer is less than minimum");
  return int(i);
}

// A struct_time or 9-tuple as struct tm. `zone` keeps tm_zone's text alive.
struct tm tm_arg(Value v, const char* fname, std::string* zone) {
  if (!isinstance_of(v, &TupleType)) type_error("Tuple or struct_time argument required");
  Tuple* t = as_tuple(v);
  if (t->size != 9) type_error(std::string(fname) + "(): illegal time tuple argument");
  struct tm tm;
  std::memset(&tm, 0, sizeof tm);
  int64_t year = to_int64(t->items[0]);
  if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) overflow_error("year out of range");
  tm.tm_year = int(year - 1900);
  tm.tm_mon = c_int_item(t->items[1]) - 1;
  tm.tm_mday = c_int_item(t->items[2]);
  tm.tm_hour = c_int_item(t->items[3]);
  tm.tm_min = c_int_item(t->items[4]);
  tm.tm_sec = c_int_item(t->items[5]);
  tm.tm_wday = (c_int_item(t->items[6]) + 1) % 7;
  tm.tm_yday = c_int_item(t->items[7]) - 1;
  tm.tm_isdst = c_int_item(t->items[8]);
  if (type_of(v) == struct_time_type()) {
    Value z = t->items[9], off = t->items[10];
    if (is_str(z)) *zone = std::string(str_view(z));
    if (is_int(off)) tm.tm_gmtoff = long(to_int64(off));
  }
  if (zone->empty()) zone->assign(tzname[tm.tm_isdst > 0 ? 1 : 0]);
  tm.tm_zone = zone->c_str();
  return tm;
}

// Range checks before strftime/asctime index month and day names; zero
// stands for the lowest valid value, as in CPython.
void check_tm(struct tm& tm) {
  if (tm.tm_mon == -1) tm.tm_mon = 0;
  else if (tm.tm_mon < 0 || tm.tm_mon > 11) value_error("month out of range");
  if (tm.tm_mday == 0) tm.tm_mday = 1;
  else if (tm.tm_mday < 0 || tm.tm_mday > 31) value_error("day of month out of range");
  if (tm.tm_hour < 0 || tm.tm_hour > 23) value_error("hour out of range");
  if (tm.tm_min < 0 || tm.tm_min > 59) value_error("minute out of range");
  if (tm.tm_sec < 0 || tm.tm_sec > 61) value_error("seconds out of range");
  if (tm.tm_wday < 0) value_error("day of week out of range");
  if (tm.tm_yday == -1) tm.tm_yday = 0;
  else if (tm.tm_yday < 0 || tm.tm_yday > 365) value_error("day of year out of range");
}

struct tm now_local() {
  time_t now = ::time(nullptr);
  struct tm tm;
  ::localtime_r(&now, &tm);
  return tm;
}

Ref convert_time(const Value* args, size_t nargs, Tuple* kw, const char* fname, bool local) {
  check_nargs(fname, nargs, kw, 0, 1);
  time_t t = timestamp_arg(nargs ? args[0] : Value::null());
  struct tm tm;
  if (!(local ? ::localtime_r(&t, &tm) : ::gmtime_r(&t, &tm)))
    overflow_error("timestamp out of range for platform time_t");
  return make_struct_time(tm);
}

Ref t_localtime(Value, const Value* args, size_t nargs, Tuple* kw) {
  return convert_time(args, nargs, kw, "localtime", true);
}
Ref t_gmtime(Value, const Value* args, size_t nargs, Tuple* kw) {
  return convert_time(args, nargs, kw, "gmtime", false);
}

Ref t_mktime(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("mktime", nargs, kw, 1, 1);
  std::string zone;
  struct tm tm = tm_arg(args[0], "mktime", &zone);
  tm.tm_wday = -1;   // mktime sets it on success: tells -1 the error from -1 the time
  time_t r = ::mktime(&tm);
  if (r == time_t(-1) && tm.tm_wday == -1) overflow_error("mktime argument out of range");
  return Ref::steal(Value::from_double(double(r)));
}

// ------------------------------------------------------------- formatting
std::string asctime_text(const struct tm& tm) {
  static const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", days[tm.tm_wday], months[tm.tm_mon],
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (long long)tm.tm_year + 1900);
  return buf;
}

Ref t_asctime(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("asctime", nargs, kw, 0, 1);
  std::string zone;
  struct tm tm = nargs ? tm_arg(args[0], "asctime", &zone) : now_local();
  check_tm(tm);
  return str_new(asctime_text(tm));
}

Ref t_ctime(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("ctime", nargs, kw, 0, 1);
  time_t t = timestamp_arg(nargs ? args[0] : Value::null());
  struct tm tm;
  if (!::localtime_r(&t, &tm)) overflow_error("timestamp out of range for platform time_t");
  return str_new(asctime_text(tm));
}

Ref t_strftime(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("strftime", nargs, kw, 1, 2);
  if (!is_str(args[0])) type_error("strftime() argument 1 must be str, not " + type_name(args[0]));
  std::string fmt(str_view(args[0]));
  if (std::memchr(fmt.data(), '\0', fmt.size())) value_error("embedded null character");
  std::string zone;
  struct tm tm = nargs > 1 ? tm_arg(args[1], "strftime", &zone) : now_local();
  check_tm(tm);
  if (tm.tm_isdst < -1) tm.tm_isdst = -1;
  else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
  if (fmt.empty()) return Ref::borrow(empty_str());
  // strftime gives 0 both for "too small" and for an empty result: grow
  // the buffer a bounded number of times before accepting "empty".
  for (size_t size = 256; size <= fmt.size() * 256 + 256; size *= 4) {
    std::string out(size, '\0');
    size_t n = ::strftime(out.data(), size, fmt.c_str(), &tm);
    if (n > 0 || size >= fmt.size() * 256) {
      out.resize(n);
      return str_decode(out, "utf-8", "surrogateescape");
    }
  }
  return Ref::borrow(empty_str());
}

const MethodDef time_functions[] = {
    {"time", t_time},
    {"time_ns", t_time_ns},
    {"monotonic", t_monotonic},
    {"monotonic_ns", t_monotonic_ns},
    {"perf_counter", t_perf_counter},
    {"perf_counter_ns", t_perf_counter_ns},
    {"process_time", t_process_time},
    {"process_time_ns", t_process_time_ns},
    {"thread_time", t_thread_time},
    {"thread_time_ns", t_thread_time_ns},
    {"sleep", t_sleep, kMethNoGil},
    {"localtime", t_localtime},
    {"gmtime", t_gmtime},
    {"mktime", t_mktime},
    {"asctime", t_asctime},
    {"ctime", t_ctime},
    {"strftime", t_strftime},
    {nullptr, nullptr},
};

// timezone / altzone / daylight / tzname from this year's January and July,
// as CPython computes them (the zone with the larger UTC offset is DST).
void add_timezone_info(Value m) {
  static std::once_flag once;
  std::call_once(once, [] { ::tzset(); });
  time_t now = ::time(nullptr);
  struct tm cur;
  ::localtime_r(&now, &cur);
  struct tm jan = {}, jul = {};
  jan.tm_year = jul.tm_year = cur.tm_year;
  jan.tm_mday = jul.tm_mday = 1;
  jul.tm_mon = 6;
  jan.tm_isdst = jul.tm_isdst = -1;
  time_t tj = ::mktime(&jan), tl = ::mktime(&jul);
  ::localtime_r(&tj, &jan);
  ::localtime_r(&tl, &jul);
  long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
  std::string janname = jan.tm_zone ? jan.tm_zone : "", julname = jul.tm_zone ? jul.tm_zone : "";
  bool southern = janzone < julzone;   // DST in January
  long timezone_ = southern ? julzone : janzone;
  long altzone_ = southern ? janzone : julzone;
  Ref std_name = str_new(southern ? julname : janname);
  Ref dst_name = str_new(southern ? janname : julname);
  Ref names = tuple_from({std_name.get(), dst_name.get()});
  module_add(m, "timezone", Value::small_int(timezone_));
  module_add(m, "altzone", Value::small_int(altzone_));
  module_add(m, "daylight", Value::small_int(janzone != julzone));
  module_add(m, "tzname", names.get());
}

void init_time(Value m) {
  module_add_functions(m, time_functions);
  module_add(m, "struct_time", Value::object(struct_time_type()));
  add_timezone_info(m);
}

}  // namespace

GILPY_MODULE("time", init_time);

}  // namespace gilpy
