# confman_library(NAME DIR DEPS...): a static library from every source file
# below DIR (Windows-only *_win.cpp files only on Windows, their portable
# twins only elsewhere). A folder with no sources yet defines no target.
function(confman_library name dir)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS
       ${CMAKE_SOURCE_DIR}/${dir}/*.cpp ${CMAKE_SOURCE_DIR}/${dir}/*.h ${CMAKE_SOURCE_DIR}/${dir}/*.qrc)
  if(WIN32)
    list(FILTER sources EXCLUDE REGEX "_portable\\.cpp$")
  else()
    list(FILTER sources EXCLUDE REGEX "_win\\.cpp$")
  endif()
  set(has_cpp FALSE)
  foreach(s IN LISTS sources)
    if(s MATCHES "\\.cpp$")
      set(has_cpp TRUE)
    endif()
  endforeach()
  if(NOT has_cpp)
    return()
  endif()
  add_library(${name} STATIC ${sources})
  target_include_directories(${name} PUBLIC ${CMAKE_SOURCE_DIR})
  set(deps)
  foreach(d IN LISTS ARGN)
    if(d MATCHES "::" OR TARGET ${d})
      list(APPEND deps ${d})
    endif()
  endforeach()
  target_link_libraries(${name} PUBLIC ${deps})
endfunction()

# confman_test(NAME DIR DEPS...): one GoogleTest executable from every .cpp
# below tests/DIR, with the shared test main (QApplication, offscreen).
function(confman_test name dir)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/${dir}/*.cpp
       ${CMAKE_SOURCE_DIR}/tests/${dir}/*.h)
  if(NOT sources)
    return()
  endif()
  set(deps)
  foreach(d IN LISTS ARGN)
    if(d MATCHES "::" OR TARGET ${d})
      list(APPEND deps ${d})
    endif()
  endforeach()
  add_executable(${name} ${sources})
  target_link_libraries(${name} PRIVATE confman_testsupport ${deps} GTest::gtest GTest::gmock)
  target_compile_definitions(${name} PRIVATE
      CONFMAN_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
      CONFMAN_BINARY_DIR="${CMAKE_BINARY_DIR}")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 120
      PROPERTIES TIMEOUT 300 LABELS ${dir})
endfunction()
