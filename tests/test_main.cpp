// The one file with Catch's main; it holds no tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
