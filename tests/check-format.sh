#!/usr/bin/env bash
# Fails, naming the files, when a C++ file of the tree is not laid out as
# .clang-format says. Fix with: clang-format -i FILE...
set -u
clang_format=${1:-clang-format}
cd "$(dirname "$0")/.."
if [ -d .git ]; then
    mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v '^tests/fuzz/corpus/')
else
    mapfile -t files < <(find app core ui tests -name '*.cpp' -o -name '*.h' | grep -v '/fuzz/corpus/')
fi
bad=()
for f in "${files[@]}"; do
    "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ "${#bad[@]}" -gt 0 ]; then
    echo "not formatted (${#bad[@]} of ${#files[@]} files):"
    printf '  %s\n' "${bad[@]}"
    echo "fix with: clang-format -i ${bad[*]:0:5}"
    exit 1
fi
echo "${#files[@]} files formatted"
