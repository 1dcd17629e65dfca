# One place sets the warnings for our own targets (third-party headers are
# included as SYSTEM so their warnings never fail our build).
function(rekindle_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough -Werror)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 reports std::string and std::vector internals at -O2/-O3 as
    # overlapping copies and frees of non-heap objects (GCC bugs 105329 and
    # 54202-like false positives); they are not in our code.
    target_compile_options(${target} PRIVATE -Wno-restrict -Wno-free-nonheap-object)
  endif()
endfunction()
