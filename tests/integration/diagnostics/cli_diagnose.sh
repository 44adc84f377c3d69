#!/usr/bin/env bash
# The diagnostics commands as a script or a monitoring system runs them.
set -u
mailops=$1
fail=0
expect() { # expect CODE DESCRIPTION -- command...
    local want=$1 what=$2; shift 3
    local out rc
    out=$("$@" 2>&1); rc=$?
    if [ "$rc" != "$want" ]; then
        echo "FAIL: $what: exit $rc, wanted $want"; echo "$out" | head -40; fail=1
    else
        echo "ok: $what (exit $rc)"
    fi
    LAST=$out
}
expect 2 "diagnose on the lab profile finds the dead list" -- \
    "$mailops" diagnose mailops.test --profile "Lab gateway" --json
echo "$LAST" | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["overall"]=="fail"; assert any("dead.mailops.test" in c["headline"] for c in r["conclusions"]); print("ok: JSON report parses, names the dead list")' || fail=1
expect 1 "diagnose with working lists only warns (mx2 down, self-signed certificate)" -- \
    "$mailops" diagnose mailops.test --server 127.0.0.1:5300 --smtp-port 2525 --lists bl.mailops.test
expect 2 "dnsbl: the RFC 5782 listed test point" -- \
    "$mailops" dnsbl 127.0.0.2 --zones bl.mailops.test --server 127.0.0.1:5300
expect 0 "dnsbl: the RFC 5782 unlisted test point" -- \
    "$mailops" dnsbl 127.0.0.1 --zones bl.mailops.test --server 127.0.0.1:5300
expect 1 "dnsbl: a dead list is unusable, not a listing" -- \
    "$mailops" dnsbl 127.0.0.1 --zones dead.mailops.test,bl.mailops.test --server 127.0.0.1:5300
expect 3 "dnsbl: garbage address" -- "$mailops" dnsbl 999.1.2.3
expect 3 "diagnose: garbage server" -- "$mailops" diagnose mailops.test --server not-an-ip
# Each diagnosis is in the console's journal, for the Timeline.
"$mailops" timeline --kind diagnostics.run --format json | python3 -c '
import json, sys
runs = json.load(sys.stdin)["events"]
assert any(e["profile"] == "Lab gateway" and e["severity"] == "critical" and "dead.mailops.test" in e["summary"] for e in runs), runs
print("ok: the diagnoses are in the journal")' || fail=1
exit $fail
