// The Catch2 test runner's main(); the test cases live beside it, one file per feature.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
