# One place sets the warnings for our own targets (third-party headers are
# included as SYSTEM so their warnings never fail our build).
function(rekindle_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough -Werror)
endfunction()
