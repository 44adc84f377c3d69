# One INTERFACE target carries the language level, warnings and Qt's
# stricter string rules for every target of the project.
add_library(mailops_common INTERFACE)
target_compile_features(mailops_common INTERFACE cxx_std_20)
target_compile_definitions(mailops_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MAILOPS_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(mailops_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
endif()
option(MAILOPS_WERROR "Treat warnings as errors" OFF)
if(MAILOPS_WERROR)
    target_compile_options(mailops_common INTERFACE -Werror)
endif()

# mailops_add_module(name SOURCES ... [DEPS module ...] [LIBS target ...] [PRIVATE_LIBS target ...])
#
# One static library per folder of core/, named mailops_core_<name>. Its
# headers are included as "<name>/file.h" from an include root that holds
# only this module's folder, so a module sees the headers of the modules it
# names in DEPS (and theirs) and no others: a wrong include fails the build.
function(mailops_add_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LIBS;PRIVATE_LIBS" ${ARGN})
    set(target mailops_core_${name})
    add_library(${target} STATIC ${ARG_SOURCES})
    set(root "${PROJECT_BINARY_DIR}/module-include/${name}")
    file(MAKE_DIRECTORY "${root}")
    if(NOT EXISTS "${root}/${name}")
        file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${root}/${name}" SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC "${root}")
    set(deps)
    foreach(dep IN LISTS ARG_DEPS)
        list(APPEND deps mailops_core_${dep})
    endforeach()
    target_link_libraries(${target} PUBLIC ${deps} ${ARG_LIBS} PRIVATE mailops_common ${ARG_PRIVATE_LIBS})
    set_property(GLOBAL APPEND PROPERTY MAILOPS_MODULES ${target})
endfunction()
