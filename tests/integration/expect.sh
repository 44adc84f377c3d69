# Sourced by the command-line tests: run a command, check its exit code and
# that its output matches a pattern; a failure is printed and remembered in
# $fail, so that every check runs and the script exits 1 at the end.
fail=${fail:-0}
expect() { # expect CODE PATTERN DESCRIPTION -- command...
    local want=$1 pattern=$2 what=$3; shift 4
    local out rc
    out=$("$@" 2>&1); rc=$?
    if [ "$rc" != "$want" ] || ! grep -qE -- "$pattern" <<<"$out"; then
        echo "FAIL: $what: exit $rc (wanted $want), output:"; echo "$out" | head -20; fail=1
    else
        echo "ok: $what (exit $rc)"
    fi
}
