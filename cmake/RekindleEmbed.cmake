# Embed a file from the system (a font, say) into a target at build time.
# The bytes are pulled in by the assembler's .incbin, so nothing is copied into
# the repository and a rebuild picks up a changed file.
#
#   rekindle_embed(TARGET target SYMBOL name FILE /path/to/file)
# defines  extern "C" const unsigned char name[];  extern "C" const unsigned long name_size;
function(rekindle_embed)
  cmake_parse_arguments(E "" "TARGET;SYMBOL;FILE" "" ${ARGN})
  if(NOT EXISTS "${E_FILE}")
    message(FATAL_ERROR "Cannot embed ${E_FILE}: it does not exist. Run ./dev deps to install it.")
  endif()
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embed_${E_SYMBOL}.S")
  file(WRITE "${out}.in"
    "    .section .rodata\n"
    "    .global ${E_SYMBOL}\n"
    "    .global ${E_SYMBOL}_size\n"
    "    .balign 16\n"
    "${E_SYMBOL}:\n"
    "    .incbin \"${E_FILE}\"\n"
    "${E_SYMBOL}_end:\n"
    "    .byte 0\n"
    "    .balign 8\n"
    "${E_SYMBOL}_size:\n"
    "    .quad ${E_SYMBOL}_end - ${E_SYMBOL}\n"
    "    .section .note.GNU-stack,\"\",@progbits\n")
  configure_file("${out}.in" "${out}" COPYONLY)
  set_source_files_properties("${out}" PROPERTIES OBJECT_DEPENDS "${E_FILE}")
  target_sources(${E_TARGET} PRIVATE "${out}")
endfunction()
