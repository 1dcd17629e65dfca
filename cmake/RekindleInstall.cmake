# What `cmake --install` puts where (under CMAKE_INSTALL_PREFIX, /usr in the
# Debian package), and the Debian package itself (cpack -G DEB; ./dev package):
#
#   bin/rekindle                                        the app and its commands
#   share/applications/rekindle.desktop                 the launcher entry, "Open with" for .vcf/.csv
#   share/icons/hicolor/scalable/apps/rekindle.svg      the icon as drawn (assets/icon)
#   share/icons/hicolor/NxN/apps/rekindle.png           16…512 px, made at build time by rsvg-convert
#   share/man/man1/rekindle.1.gz                        made at build time by help2man from --help
#
# The icon PNGs and the man page are build products: the repository holds only
# their sources (the SVG, assets/man/rekindle.h2m).
include(GNUInstallDirs)

find_program(RSVG_CONVERT rsvg-convert REQUIRED)
find_program(HELP2MAN help2man REQUIRED)

set(REKINDLE_ICON_SVG ${CMAKE_SOURCE_DIR}/assets/icon/rekindle.svg)
set(REKINDLE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(icon_outputs "")
foreach(size ${REKINDLE_ICON_SIZES})
  set(dir ${CMAKE_BINARY_DIR}/icons/hicolor/${size}x${size}/apps)
  add_custom_command(
    OUTPUT ${dir}/rekindle.png
    COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
    COMMAND ${RSVG_CONVERT} --width=${size} --height=${size} --output=${dir}/rekindle.png ${REKINDLE_ICON_SVG}
    DEPENDS ${REKINDLE_ICON_SVG}
    COMMENT "Drawing the ${size}px icon"
    VERBATIM)
  list(APPEND icon_outputs ${dir}/rekindle.png)
  install(FILES ${dir}/rekindle.png DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# The man page runs the freshly built binary; a sanitizer build's leak check
# has nothing to say about --help.
set(man_page ${CMAKE_BINARY_DIR}/man/rekindle.1)
add_custom_command(
  OUTPUT ${man_page}.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
  COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
          ${HELP2MAN} --no-info --section=1 --name=keep\ your\ professional\ network\ warm
          --include=${CMAKE_SOURCE_DIR}/assets/man/rekindle.h2m --output=${man_page} $<TARGET_FILE:rekindle>
  COMMAND gzip -9nf ${man_page}
  DEPENDS rekindle ${CMAKE_SOURCE_DIR}/assets/man/rekindle.h2m
  COMMENT "Writing the man page from rekindle --help"
  VERBATIM)

add_custom_target(rekindle_desktop_files ALL DEPENDS ${icon_outputs} ${man_page}.gz)

install(TARGETS rekindle RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/assets/desktop/rekindle.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${REKINDLE_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${man_page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# [SECTION] The Debian package
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME rekindle)
set(CPACK_PACKAGE_VENDOR "Rekindle")
# Who answers for the package (its Maintainer field); set it when building for others.
set(REKINDLE_PACKAGE_MAINTAINER "Rekindle maintainers <maintainers@localhost>" CACHE STRING "The Debian package's Maintainer")
set(CPACK_PACKAGE_CONTACT "${REKINDLE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "keep your professional network warm")
set(CPACK_PACKAGE_DESCRIPTION
    "Rekindle is a small desktop app, styled like a phone app, for following up with the people you know: today's follow-ups as a swipeable stack, interactions logged in seconds, a searchable deck of contacts, goals, and imports from vCard and CSV. Everything stays in one local SQLite file.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# The shared libraries the binary links (GLFW, SQLite, GL, HarfBuzz, libstdc++…), as
# dpkg-shlibdeps finds them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Inter and Fork Awesome are embedded at build time (assets/), so they are not
# needed at run time. Noto draws names in other scripts; Mesa's drivers draw
# the window where no other OpenGL driver is installed; xdg-open opens links.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core, fonts-noto-cjk, libgl1-mesa-dri, xdg-utils")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
