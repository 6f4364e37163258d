// link_stubs.cpp — symbols gilpy_core uses but that live in the command-line
// front end (interp/main.cpp), which the unit tests do not link.
// Weak, so a definition moved into gilpy_core takes precedence without a clash.
namespace gilpy {
extern const char* const kGilpyVersion;
__attribute__((weak)) extern const char* const kGilpyVersion = "0.0.0-unit-tests";
}  // namespace gilpy
