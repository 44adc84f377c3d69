#!/usr/bin/env bash
# Installs what MailOps Console needs to build, test and run its lab gateway on
# Debian 12 (or newer), as root. Idempotent: a second run only checks.
#
#   installer/setup-deps.sh [--ksh-tarball FILE] [--prefix DIR]
#
# KSyntaxHighlighting: the distribution's KF6 package is used where it exists;
# otherwise KSyntaxHighlighting 5.103 is built against Qt 6 from a tarball
# (--ksh-tarball, $MAILOPS_KSH_TARBALL, ../shared/deps/ beside the checkout, or
# KDE's download site) into $MAILOPS_DEPS_PREFIX (default /opt/mailops-deps).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
prefix=${MAILOPS_DEPS_PREFIX:-/opt/mailops-deps}
tarball=${MAILOPS_KSH_TARBALL:-}
ksh_version=5.103.0
ksh_sha256=5b03d2a4373913184e2e9c0e2fc527ee98e8b7705fd8a72e4b3a021f1973c2ee

while [ $# -gt 0 ]; do
    case "$1" in
        --ksh-tarball) tarball=$2; shift 2 ;;
        --prefix) prefix=$2; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "setup-deps: unknown option '$1'" >&2; exit 2 ;;
    esac
done

say() { printf 'setup-deps: %s\n' "$*"; }
die() { printf 'setup-deps: error: %s\n' "$*" >&2; exit 1; }

# Build, test and lab packages. Each line: package, and a file whose presence
# proves it is installed (so a second run needs no apt at all).
packages=(
    "cmake /usr/bin/cmake"
    "ninja-build /usr/bin/ninja"
    "g++ /usr/bin/g++"
    "clang-format /usr/bin/clang-format"
    "pkg-config /usr/bin/pkg-config"
    "perl /usr/bin/perl"
    "qt6-base-dev /usr/lib/x86_64-linux-gnu/cmake/Qt6/Qt6Config.cmake"
    "qt6-charts-dev /usr/lib/x86_64-linux-gnu/cmake/Qt6Charts/Qt6ChartsConfig.cmake"
    "qt6-tools-dev /usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools/Qt6LinguistToolsConfig.cmake"
    "qt6-l10n-tools /usr/lib/qt6/bin/lrelease"
    "qt6-tools-dev-tools /usr/lib/qt6/libexec/qtattributionsscanner"
    "libqt6sql6-sqlite /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlite.so"
    "libqt6svg6 /usr/lib/x86_64-linux-gnu/qt6/plugins/imageformats/libqsvg.so"
    "qt6-translations-l10n /usr/share/qt6/translations/qtbase_de.qm"
    "libgl-dev /usr/include/GL/gl.h"
    "libqt6opengl6-dev /usr/lib/x86_64-linux-gnu/cmake/Qt6OpenGL/Qt6OpenGLConfig.cmake"
    "libldns-dev /usr/include/ldns/ldns.h"
    "libdtl-dev /usr/include/dtl/dtl.hpp"
    "libpsl-dev /usr/include/libpsl.h"
    "libcurl4-openssl-dev /usr/include/x86_64-linux-gnu/curl/curl.h"
    "libssl-dev /usr/include/openssl/ssl.h"
    "publicsuffix /usr/share/publicsuffix/public_suffix_list.dafsa"
    "qtkeychain-qt6-dev /usr/include/qt6keychain/keychain.h"
    "extra-cmake-modules /usr/share/ECM/cmake/ECMConfig.cmake"
    "xvfb /usr/bin/Xvfb"
    "xauth /usr/bin/xauth"
    "postfix /usr/sbin/postfix"
    "nsd /usr/sbin/nsd"
    "ldnsutils /usr/bin/drill"
    "supervisor /usr/bin/supervisord"
    "sqlite3 /usr/bin/sqlite3"
    "iproute2 /usr/sbin/ip"
    "nftables /usr/sbin/nft"
    "pflogsumm /usr/sbin/pflogsumm"
    "rblcheck /usr/bin/rblcheck"
    "swaks /usr/bin/swaks"
    "imagemagick /usr/bin/import"
    "python3 /usr/bin/python3"
    "dovecot-core /usr/sbin/dovecot"
    "gnome-keyring /usr/bin/gnome-keyring-daemon"
    "dbus /usr/bin/dbus-run-session"
    "xz-utils /usr/bin/xz"
    "file /usr/bin/file"
    "dpkg-dev /usr/bin/dpkg-shlibdeps"
    "time /usr/bin/time"
)
missing=()
for entry in "${packages[@]}"; do
    set -- $entry
    [ -e "$2" ] || missing+=("$1")
done

if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || die "missing packages: ${missing[*]} (run as root, or: apt-get install ${missing[*]})"
    command -v apt-get >/dev/null || die "missing packages: ${missing[*]}, and no apt-get here to install them"
    say "installing: ${missing[*]}"
    # Postfix asks questions at install time; answer them the way the lab wants.
    echo "postfix postfix/main_mailer_type select Local only" | debconf-set-selections 2>/dev/null || true
    echo "postfix postfix/mailname string mailops.test" | debconf-set-selections 2>/dev/null || true
    export DEBIAN_FRONTEND=noninteractive
    timeout 900 apt-get update -q >/tmp/mailops-apt-update.log 2>&1 \
        || die "apt-get update failed or timed out (see /tmp/mailops-apt-update.log)"
    if ! timeout 1800 apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/mailops-apt.log 2>&1; then
        # Name the package that failed rather than leaving the admin to dig.
        for p in "${missing[@]}"; do
            apt-cache show "$p" >/dev/null 2>&1 || die "package '$p' is not in this system's archive"
        done
        die "apt-get install failed for: ${missing[*]} (see /tmp/mailops-apt.log)"
    fi
    # Debian starts these daemons on install where it can; the lab runs its own.
    for svc in postfix nsd supervisor; do
        (command -v invoke-rc.d >/dev/null && timeout 20 invoke-rc.d "$svc" stop >/dev/null 2>&1) || true
    done
fi

# KSyntaxHighlighting
if [ -e /usr/lib/x86_64-linux-gnu/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake ]; then
    say "KF6SyntaxHighlighting from the distribution"
elif apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    say "installing libkf6syntaxhighlighting-dev"
    DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -q libkf6syntaxhighlighting-dev >/tmp/mailops-apt.log 2>&1 \
        || die "apt-get install libkf6syntaxhighlighting-dev failed (see /tmp/mailops-apt.log)"
elif [ -e "$prefix/.ksh-$ksh_version" ]; then
    say "KSyntaxHighlighting $ksh_version already built in $prefix"
else
    if [ -z "$tarball" ]; then
        for cand in "$top/../shared/deps/syntax-highlighting-$ksh_version.tar.xz" \
                    "$top/deps/syntax-highlighting-$ksh_version.tar.xz"; do
            [ -f "$cand" ] && { tarball=$cand; break; }
        done
    fi
    work=$(mktemp -d /tmp/mailops-ksh.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    if [ -z "$tarball" ]; then
        url="https://download.kde.org/stable/frameworks/${ksh_version%.*}/syntax-highlighting-$ksh_version.tar.xz"
        say "downloading $url"
        command -v curl >/dev/null || die "no KSyntaxHighlighting tarball given and curl is missing (package 'curl')"
        timeout 300 curl -fsSL -o "$work/ksh.tar.xz" "$url" \
            || die "could not download $url; pass --ksh-tarball FILE"
        tarball=$work/ksh.tar.xz
    fi
    [ -f "$tarball" ] || die "KSyntaxHighlighting tarball '$tarball' not found"
    sum=$(sha256sum "$tarball" | cut -d' ' -f1)
    # The KDE release tarball and a git archive of the same tag differ in bytes;
    # only the copy we ship is pinned.
    case "$(basename "$tarball")" in
        syntax-highlighting-$ksh_version.tar.xz)
            [ "$sum" = "$ksh_sha256" ] || say "warning: $tarball has sha256 $sum, not the pinned one" ;;
    esac
    say "building KSyntaxHighlighting $ksh_version into $prefix (about a minute)"
    tar -xf "$tarball" -C "$work"
    src=$(find "$work" -maxdepth 1 -mindepth 1 -type d | head -1)
    timeout 900 cmake -S "$src" -B "$work/build" -G Ninja -DQT_MAJOR_VERSION=6 -DBUILD_TESTING=OFF \
        -DBUILD_QCH=OFF -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
        >"$work/configure.log" 2>&1 || { tail -30 "$work/configure.log" >&2; die "configuring KSyntaxHighlighting failed"; }
    timeout 1800 cmake --build "$work/build" >"$work/build.log" 2>&1 \
        || { tail -30 "$work/build.log" >&2; die "building KSyntaxHighlighting failed"; }
    cmake --install "$work/build" >"$work/install.log" 2>&1 || die "installing KSyntaxHighlighting into $prefix failed"
    touch "$prefix/.ksh-$ksh_version"
fi
say "ready"
