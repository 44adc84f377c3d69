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
