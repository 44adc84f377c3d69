# mailops_add_test(name SOURCES a.cpp ... [LIBS lib ...] [LAB] [TIMEOUT s] [LABELS l ...])
#
# Every test runs on the offscreen platform with its own settings and data
# directories. LAB tests need the lab gateway; CTest starts it once for all of
# them through the "lab" fixture and stops it afterwards.
function(mailops_add_test name)
    cmake_parse_arguments(ARG "LAB" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test mailops_common ${ARG_LIBS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/common")
    target_compile_definitions(${name} PRIVATE
        MAILOPS_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        MAILOPS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(labels ${ARG_LABELS})
    if(ARG_LAB)
        list(APPEND labels lab)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED lab RESOURCE_LOCK lab)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${labels}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false;MAILOPS_LAB_DIR=$ENV{MAILOPS_LAB_DIR};XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/${name}.home/config;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/${name}.home/data")
endfunction()

# Runs an existing test executable again against a real Secret Service:
# gnome-keyring in a private session bus, its login keyring made with a fixed
# password under the test's own home. The test reads
# MAILOPS_SECRETSTORE_EXPECT=keychain. Skipped where either program is missing.
function(mailops_add_keyring_test name target)
    find_program(MAILOPS_DBUS_RUN_SESSION dbus-run-session)
    find_program(MAILOPS_GNOME_KEYRING gnome-keyring-daemon)
    if(NOT MAILOPS_DBUS_RUN_SESSION OR NOT MAILOPS_GNOME_KEYRING)
        return()
    endif()
    set(home "${CMAKE_CURRENT_BINARY_DIR}/${name}.home")
    add_test(NAME ${name} COMMAND "${MAILOPS_DBUS_RUN_SESSION}" -- sh -c
        "mkdir -p \"$XDG_DATA_HOME/keyrings\" \"$XDG_RUNTIME_DIR\" && chmod 700 \"$XDG_RUNTIME_DIR\" && printf mailops-test | '${MAILOPS_GNOME_KEYRING}' --unlock --components=secrets >/dev/null && exec \"$0\""
        $<TARGET_FILE:${target}>)
    set_tests_properties(${name} PROPERTIES TIMEOUT 60 LABELS keychain
        ENVIRONMENT "MAILOPS_SECRETSTORE_EXPECT=keychain;QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false;HOME=${home};XDG_DATA_HOME=${home}/data;XDG_CONFIG_HOME=${home}/config;XDG_RUNTIME_DIR=${home}/run")
endfunction()
