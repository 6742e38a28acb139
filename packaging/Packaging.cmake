# Debian package through CPack; desktop integration files. Windows and macOS: Platforms.cmake.
set(jt_unix_desktop OFF)
if(NOT WIN32 AND NOT APPLE)
    set(jt_unix_desktop ON)
endif()
if(jt_unix_desktop)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.github.jobtarget_setup.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.github.jobtarget_setup.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # D-Bus activation: the desktop entry is DBusActivatable, the session bus starts the wizard from this.
    if(JT_BUILD_GUI)
        configure_file(${CMAKE_CURRENT_LIST_DIR}/io.github.jobtarget_setup.service.in
                       ${CMAKE_BINARY_DIR}/dbus/io.github.jobtarget_setup.service @ONLY)
        install(FILES ${CMAKE_BINARY_DIR}/dbus/io.github.jobtarget_setup.service
                DESTINATION ${CMAKE_INSTALL_DATADIR}/dbus-1/services)
    endif()
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/jobtarget-setup.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME io.github.jobtarget_setup.svg)
endif()

# The manual page, with the project's version, compressed as Debian installs manual pages.
configure_file(${CMAKE_CURRENT_LIST_DIR}/jobtarget-setup.1.in ${CMAKE_BINARY_DIR}/man/jobtarget-setup.1 @ONLY)
if(jt_unix_desktop)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/man/jobtarget-setup.1.gz
                       COMMAND gzip -9 -n -c ${CMAKE_BINARY_DIR}/man/jobtarget-setup.1 > jobtarget-setup.1.gz
                       WORKING_DIRECTORY ${CMAKE_BINARY_DIR}/man
                       DEPENDS ${CMAKE_CURRENT_LIST_DIR}/jobtarget-setup.1.in)
    add_custom_target(jt_manpage ALL DEPENDS ${CMAKE_BINARY_DIR}/man/jobtarget-setup.1.gz)
    install(FILES ${CMAKE_BINARY_DIR}/man/jobtarget-setup.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

include(${CMAKE_CURRENT_LIST_DIR}/Platforms.cmake) # the Windows installer, the macOS disk image
if(jt_unix_desktop)
    set(CPACK_GENERATOR DEB)
endif()
set(CPACK_PACKAGE_NAME jobtarget-setup)
set(CPACK_PACKAGE_CONTACT "JobTarget Setup maintainers <maintainers@jobtarget-setup.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# QtKeychain loads libsecret at run time, so shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
