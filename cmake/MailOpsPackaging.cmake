# A .deb through CPack: `cmake --build BUILD --target package`.
#
# When KSyntaxHighlighting came from installer/setup-deps.sh rather than the
# distribution, its library travels inside the package in a private directory
# that the executable's RPATH names.
get_target_property(_ksh_imported ${MAILOPS_KSH_TARGET} IMPORTED)
get_target_property(_ksh_location ${MAILOPS_KSH_TARGET} LOCATION)
if(_ksh_imported AND _ksh_location AND NOT _ksh_location MATCHES "^/usr/lib")
    install(IMPORTED_RUNTIME_ARTIFACTS ${MAILOPS_KSH_TARGET}
            LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/mailops)
    set(MAILOPS_BUNDLES_KSH ON)
endif()

set(CPACK_PACKAGE_NAME "mailops-console")
set(CPACK_PACKAGE_VENDOR "MailOps")
set(CPACK_PACKAGE_CONTACT "MailOps maintainers <maintainers@mailops.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(MAILOPS_BUNDLES_KSH)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${CMAKE_INSTALL_LIBDIR}/mailops")
endif()
# What the lab and the checks call at run time; not needed to start the GUI.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-svg-plugins | libqt6svg6, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postfix, nsd, ldnsutils, supervisor, pflogsumm, rblcheck, swaks")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "A console for mail-gateway administrators during outages
 Watches the gateway's services, queue and malformed messages; runs DNS,
 DNSBL, port and SMTP diagnostics; keeps the gateway's policy as versions
 with diff and rollback; drafts status notices for each audience.")
include(CPack)
