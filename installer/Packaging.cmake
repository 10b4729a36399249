# CPack: a .deb on Linux, NSIS and WiX installers on Windows.
# Included (OPTIONAL) at the end of the top CMakeLists.txt; build a package
# from a build directory with `cpack -G DEB` (or NSIS / WIX on Windows).

set(CPACK_PACKAGE_NAME "confman")
set(CPACK_PACKAGE_VENDOR "Confman project")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Confman edits the hosts, applications, ports and connections of a \
contact-center configuration, validates every change, and keeps \
certificates and TLS settings consistent across hosts. It ships the \
confman desktop application and the confmanctl command-line tool.")
set(CPACK_PACKAGE_CONTACT "Confman maintainers <confman@example.org>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Confman")
# Start-menu shortcut (NSIS and WiX): bin/confman.exe labelled "Confman".
set(CPACK_PACKAGE_EXECUTABLES "confman;Confman")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build[^/]*/;/\\\\.cache/")
if(EXISTS ${CMAKE_SOURCE_DIR}/LICENSE)
  set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
endif()

# --- Debian -----------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "confman")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/confman")
# Library dependencies come from dpkg-shlibdeps; the Qt SQL drivers are
# plugins (dlopen'ed), so shlibdeps cannot see them: name the SQLite one,
# and the SVG plugins that load the icons.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

# --- Windows: NSIS ------------------------------------------------------------
set(confman_ico "${CMAKE_SOURCE_DIR}/resources/windows/confman.ico")
set(CPACK_NSIS_PACKAGE_NAME "Confman")
set(CPACK_NSIS_DISPLAY_NAME "Confman ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${confman_ico}")
set(CPACK_NSIS_MUI_UNIICON "${confman_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\confman.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# 64-bit Unicode installer: a 32-bit one silently misbehaves on 64-bit hosts.
set(CPACK_NSIS_DEFINES "Target amd64-unicode")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_DEBIAN_PACKAGE_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")

# --- Windows: WiX (MSI) -------------------------------------------------------
# Fixed upgrade code: every future MSI of Confman replaces the previous one.
set(CPACK_WIX_UPGRADE_GUID "6C2E4D0A-8B9F-4E5B-9F3C-2A7D1E8B4C61")
set(CPACK_WIX_PRODUCT_ICON "${confman_ico}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Confman")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${CPACK_DEBIAN_PACKAGE_HOMEPAGE}")
set(CPACK_WIX_ARCHITECTURE x64)

if(WIN32)
  set(CPACK_GENERATOR "NSIS;WIX")
else()
  set(CPACK_GENERATOR "DEB")
endif()

include(CPack)
