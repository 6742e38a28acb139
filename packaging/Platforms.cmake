# packaging/Platforms.cmake: the Windows installer (NSIS, optionally WiX) and the macOS disk image (DragNDrop).
# Included by packaging/Packaging.cmake after every target exists and before include(CPack); it sets
# CPACK_GENERATOR itself there. On Linux it does nothing: the Debian package (Packaging.cmake) and the Flatpak
# (packaging/flatpak/) are the Linux packages.
# Written and reviewed on Debian; not built here (packaging/windows/README.md, packaging/macos/README.md).

if(WIN32 OR APPLE)
    # CPack writes the CPACK_* values into CPackConfig.cmake; verbatim keeps Windows paths' backslashes and
    # NSIS's "$PROGRAMFILES64" intact.
    set(CPACK_VERBATIM_VARIABLES ON)
    set(CPACK_PACKAGE_VENDOR "JobTarget Setup maintainers")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "JobTarget Setup for Greenhouse")
    # The licence the installer shows; WiX takes only .txt or .rtf, and LICENSE has no extension.
    configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt)
    # "Copyright (c) <year> <holders>", from LICENSE: the one place the year changes.
    file(STRINGS ${PROJECT_SOURCE_DIR}/LICENSE JT_COPYRIGHT REGEX "^Copyright" LIMIT_COUNT 1)

    # Qt's libraries, plug-ins (platform, styles, image formats, TLS) and translations beside the program
    # (windeployqt) or inside the bundle (macdeployqt). Qt 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT.
    if(Qt6_VERSION VERSION_LESS 6.5)
        set(jt_deploy_options FILENAME_VARIABLE jt_deploy_script)
    else()
        set(jt_deploy_options OUTPUT_SCRIPT jt_deploy_script)
        if(MSVC)
            # The MSVC runtime comes from InstallRequiredSystemLibraries below (its DLLs, not vc_redist.exe).
            list(APPEND jt_deploy_options NO_COMPILER_RUNTIME)
        endif()
    endif()
endif()

if(WIN32)
    # The wizard without a console window behind it. The same binary also runs `verify` and `summary`, whose
    # output, input and exit status scripts need; a GUI-subsystem program started at a cmd or PowerShell prompt
    # is not waited for and has no console (AttachConsole(ATTACH_PARENT_PROCESS) gets the output back, but the
    # prompt returns at once and the exit status is lost). So the commands get a console twin built from the same
    # sources: jobtarget-setup.com beside jobtarget-setup.exe, the devenv.com/devenv.exe pattern. cmd and
    # PowerShell try .COM before .EXE (PATHEXT), so `jobtarget-setup verify` in a terminal runs the twin and the
    # Start menu runs the wizard. No C++ changes; the cost is a second copy of the program (the Qt DLLs are shared).
    if(JT_BUILD_GUI)
        set_target_properties(jobtarget-setup PROPERTIES WIN32_EXECUTABLE ON)
        get_target_property(jt_sources jobtarget-setup SOURCES)
        get_target_property(jt_source_dir jobtarget-setup SOURCE_DIR)
        get_target_property(jt_libraries jobtarget-setup LINK_LIBRARIES)
        get_target_property(jt_definitions jobtarget-setup COMPILE_DEFINITIONS)
        set(jt_console_sources "")
        foreach(source IN LISTS jt_sources)
            if(NOT source MATCHES "^\\$<") # relative to app/main, unless a generator expression
                cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${jt_source_dir})
            endif()
            list(APPEND jt_console_sources ${source})
        endforeach()
        qt_add_executable(jobtarget-setup-console ${jt_console_sources})
        target_link_libraries(jobtarget-setup-console PRIVATE ${jt_libraries})
        if(jt_definitions)
            target_compile_definitions(jobtarget-setup-console PRIVATE ${jt_definitions})
        endif()
        # Its own build folder: the .pdb and .ilk of both would otherwise share the name jobtarget-setup.
        set_target_properties(jobtarget-setup-console PROPERTIES OUTPUT_NAME jobtarget-setup SUFFIX .com
                              RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/console)
        install(TARGETS jobtarget-setup-console RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()

    # Icon and version information (Explorer's Properties > Details), one .rc per binary.
    set(JT_RC_ICON ${CMAKE_CURRENT_LIST_DIR}/windows/jobtarget-setup.ico)
    foreach(binary jobtarget-setup jobtarget-setup-console)
        if(TARGET ${binary})
            get_target_property(JT_RC_FILENAME ${binary} SUFFIX)
            if(NOT JT_RC_FILENAME)
                set(JT_RC_FILENAME .exe)
            endif()
            string(PREPEND JT_RC_FILENAME jobtarget-setup)
            configure_file(${CMAKE_CURRENT_LIST_DIR}/windows/jobtarget-setup.rc.in
                           ${PROJECT_BINARY_DIR}/packaging/${binary}.rc @ONLY)
            target_sources(${binary} PRIVATE ${PROJECT_BINARY_DIR}/packaging/${binary}.rc)
        endif()
    endforeach()

    # Deployment into bin/: Qt (windeployqt), QtKeychain, the MSVC runtime and, if asked for, OpenSSL.
    set(JT_OPENSSL_DLL_DIR "" CACHE PATH
        "Folder with libssl-3-x64.dll and libcrypto-3-x64.dll to ship; empty: none, Qt then uses Schannel")
    if(JT_OPENSSL_DLL_DIR AND Qt6_VERSION VERSION_GREATER_EQUAL 6.8)
        # From Qt 6.8 windeployqt ships the OpenSSL plug-in only when it sees libssl.dll/libcrypto.dll by name.
        list(APPEND jt_deploy_options DEPLOY_TOOL_OPTIONS --force-openssl)
    endif()
    if(MINGW)
        # MinGW-w64 (cross-built on Debian: packaging/dev.sh test-windows): Qt builds no windeployqt when it is
        # cross-compiled, so what the program loads is listed here, and the installer test (the installed
        # program's --version, verify, summary --format pdf and wizard under Wine) proves the list whole.
        set(jt_qt_dlls Core Gui Network)
        # Plug-ins, beside the program where Qt looks first: the platform (and off-screen, which the tests'
        # and a script's QT_QPA_PLATFORM=offscreen ask for), TLS through Windows' own Schannel, images and
        # the style.
        set(jt_qt_plugins QWindowsIntegrationPlugin QOffscreenIntegrationPlugin QSchannelBackendPlugin
                          QTlsBackendCertOnlyPlugin QICOPlugin QJpegPlugin QGifPlugin)
        if(JT_BUILD_GUI)
            list(APPEND jt_qt_dlls Widgets Svg PrintSupport)
            list(APPEND jt_qt_plugins QSvgPlugin QSvgIconPlugin QWindowsVistaStylePlugin)
        endif()
        foreach(module IN LISTS jt_qt_dlls)
            install(FILES $<TARGET_FILE:Qt6::${module}> DESTINATION ${CMAKE_INSTALL_BINDIR})
        endforeach()
        foreach(plugin IN LISTS jt_qt_plugins)
            get_target_property(jt_plugin_type Qt6::${plugin} QT_PLUGIN_TYPE)
            install(FILES $<TARGET_FILE:Qt6::${plugin}> DESTINATION ${CMAKE_INSTALL_BINDIR}/${jt_plugin_type})
        endforeach()
        # The MinGW runtime, from the compiler that built the program.
        set(jt_mingw_runtime "")
        foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
            execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
                            OUTPUT_VARIABLE jt_dll OUTPUT_STRIP_TRAILING_WHITESPACE)
            list(APPEND jt_mingw_runtime ${jt_dll})
        endforeach()
        foreach(dll IN LISTS jt_mingw_runtime)
            if(NOT EXISTS ${dll})
                message(FATAL_ERROR "MinGW runtime DLL not found: ${dll}")
            endif()
            install(FILES ${dll} DESTINATION ${CMAKE_INSTALL_BINDIR})
        endforeach()
        # Qt's own translations (dialog buttons and the like), where QLibraryInfo looks: <prefix>/translations
        # beside bin/ (Qt's prefix is the folder above Qt6Core.dll's).
        get_target_property(jt_qtcore_dll Qt6::Core IMPORTED_LOCATION_RELEASE)
        if(NOT jt_qtcore_dll)
            get_target_property(jt_qtcore_dll Qt6::Core IMPORTED_LOCATION)
        endif()
        cmake_path(GET jt_qtcore_dll PARENT_PATH jt_qt_bin)
        file(GLOB jt_qt_translations ${jt_qt_bin}/../translations/qtbase_*.qm ${jt_qt_bin}/../translations/qt_*.qm)
        install(FILES ${jt_qt_translations} DESTINATION translations)
    else()
        qt_generate_deploy_app_script(TARGET jobtarget-setup NO_UNSUPPORTED_PLATFORM_ERROR ${jt_deploy_options})
        install(SCRIPT ${jt_deploy_script})
    endif()

    # QtKeychain is not a Qt module, so windeployqt leaves it out.
    get_target_property(jt_keychain_type Qt6Keychain::Qt6Keychain TYPE)
    if(jt_keychain_type STREQUAL "SHARED_LIBRARY")
        install(FILES $<TARGET_FILE:Qt6Keychain::Qt6Keychain> DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
    if(MSVC)
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
        include(InstallRequiredSystemLibraries) # msvcp140.dll, vcruntime140*.dll next to the program
    endif()
    if(JT_OPENSSL_DLL_DIR)
        foreach(dll libssl-3-x64.dll libcrypto-3-x64.dll)
            if(NOT EXISTS ${JT_OPENSSL_DLL_DIR}/${dll})
                message(FATAL_ERROR "JT_OPENSSL_DLL_DIR=${JT_OPENSSL_DLL_DIR} has no ${dll}")
            endif()
            install(FILES ${JT_OPENSSL_DLL_DIR}/${dll} DESTINATION ${CMAKE_INSTALL_BINDIR})
        endforeach()
    endif()

    # The installer: `cpack -G NSIS` (the default here) or `cpack -G WIX` (WiX Toolset 3).
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_PACKAGE_NAME "JobTarget Setup for Greenhouse")
    set(CPACK_NSIS_DISPLAY_NAME "JobTarget Setup for Greenhouse")
    file(TO_NATIVE_PATH ${JT_RC_ICON} jt_ico)
    set(CPACK_NSIS_MUI_ICON "${jt_ico}")
    set(CPACK_NSIS_MUI_UNIICON "${jt_ico}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\jobtarget-setup.exe") # Apps & features
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    if(MINGW AND CMAKE_CROSSCOMPILING)
        # A 64-bit installer (Debian's makensis has the amd64 stubs): it runs where the 64-bit program does,
        # and under a 64-bit-only Wine, which cannot start the default 32-bit one.
        set(CPACK_NSIS_DEFINES "Target amd64-unicode")
    endif()
    # No "Run now" on the finish page: the installer runs elevated, possibly as another (admin) account, and the
    # wizard would then keep the secret in that account's Credential Manager.
    set(CPACK_WIX_UPGRADE_GUID "9C186A43-D0E7-44E7-BC1B-21375A834EB4") # never change: it makes upgrades replace
    set(CPACK_WIX_PRODUCT_ICON ${JT_RC_ICON})
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "JobTarget Setup for Greenhouse")
    if(JT_BUILD_GUI)
        # Start-menu shortcut (NSIS and WiX) to bin\jobtarget-setup.exe.
        set(CPACK_PACKAGE_EXECUTABLES jobtarget-setup "JobTarget Setup for Greenhouse")
    endif()
endif()

if(APPLE)
    if(NOT JT_BUILD_GUI)
        # macdeployqt works on bundles only; a headless build is installed as a plain program (bin/).
        message(STATUS "macOS: no .dmg for a headless build (JT_BUILD_GUI=OFF)")
    else()
        # The bundle must be one before app/main/CMakeLists.txt's install(TARGETS): only then does its
        # BUNDLE DESTINATION put jobtarget-setup.app at the top of the install tree, where the deploy script
        # and the disk image expect it.
        get_target_property(jt_is_bundle jobtarget-setup MACOSX_BUNDLE)
        if(NOT jt_is_bundle)
            message(FATAL_ERROR "macOS: set MACOSX_BUNDLE on jobtarget-setup in app/main/CMakeLists.txt, before "
                                "its install(TARGETS ... BUNDLE DESTINATION .) (packaging/macos/README.md)")
        endif()
        set(jt_icns ${CMAKE_CURRENT_LIST_DIR}/macos/jobtarget-setup.icns)
        target_sources(jobtarget-setup PRIVATE ${jt_icns})
        # Source properties are per directory: set this one where the target was made.
        set_source_files_properties(${jt_icns} TARGET_DIRECTORY jobtarget-setup
                                    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(jobtarget-setup PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in
            MACOSX_BUNDLE_GUI_IDENTIFIER io.github.jobtarget-setup # Apple allows no "_" in it
            MACOSX_BUNDLE_BUNDLE_NAME "JobTarget Setup"
            MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
            MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
            MACOSX_BUNDLE_ICON_FILE jobtarget-setup.icns
            MACOSX_BUNDLE_COPYRIGHT "${JT_COPYRIGHT}"
            # The installed binary keeps the folders of the libraries it links (Qt's, QtKeychain's) as run
            # paths: macdeployqt resolves @rpath/libqt6keychain.1.dylib through them, copies the library into
            # Contents/Frameworks and then removes those run paths again.
            INSTALL_RPATH "@executable_path/../Frameworks"
            INSTALL_RPATH_USE_LINK_PATH ON)

        qt_generate_deploy_app_script(TARGET jobtarget-setup NO_UNSUPPORTED_PLATFORM_ERROR ${jt_deploy_options})
        install(SCRIPT ${jt_deploy_script})
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            # macdeployqt leaves out Qt's own translations (dialog buttons and the like); Contents/translations
            # is where QLibraryInfo looks in a bundle.
            install(CODE [[
                set(QT_DEPLOY_TRANSLATIONS_DIR "jobtarget-setup.app/Contents/translations")
                qt6_deploy_translations()
            ]])
        endif()

        # Signing for distribution: the hardened runtime (required for notarisation) and a secure timestamp,
        # inside out (libraries and plug-ins, frameworks, then the bundle; Apple advises against --deep).
        # Empty: macdeployqt's ad-hoc signature, enough to run on the machine that built it.
        set(JT_MACOS_SIGN_IDENTITY "" CACHE STRING
            "codesign identity, e.g. \"Developer ID Application: Name (TEAMID)\"; empty: ad-hoc signature only")
        if(JT_MACOS_SIGN_IDENTITY)
            install(CODE "set(jt_sign_identity [==[${JT_MACOS_SIGN_IDENTITY}]==])")
            install(CODE [[
                set(app "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/jobtarget-setup.app")
                file(GLOB_RECURSE dylibs "${app}/Contents/Frameworks/*.dylib" "${app}/Contents/PlugIns/*.dylib")
                file(GLOB frameworks LIST_DIRECTORIES true "${app}/Contents/Frameworks/*.framework")
                foreach(item IN LISTS dylibs frameworks ITEMS "${app}")
                    execute_process(COMMAND codesign --force --options runtime --timestamp
                                            --sign "${jt_sign_identity}" "${item}"
                                    COMMAND_ERROR_IS_FATAL ANY)
                endforeach()
            ]])
        endif()

        # The disk image: the bundle and a link to /Applications to drag it onto.
        set(CPACK_GENERATOR DragNDrop)
        set(CPACK_DMG_VOLUME_NAME "JobTarget Setup for Greenhouse")
        set(CPACK_PACKAGE_ICON ${jt_icns}) # the mounted volume's icon
        # No licence to accept on opening the image (CMP0133's old default would add one): MIT asks for none.
        set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
    endif()
endif()
