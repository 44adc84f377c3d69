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
# Without --profile the command diagnoses through the current profile, the
# lab here, as the window does: its DNS server, SMTP port and lists.
expect 1 "diagnose through the current profile finds the dead list and only warns" -- \
    "$mailops" diagnose mailops.test --json
echo "$LAST" | python3 -c '
import json, sys
r = json.load(sys.stdin)
assert r["overall"] == "warning", r["overall"]
assert r["profile"] == "Lab gateway", r["profile"]
dead = [c for c in r["conclusions"] if "dead.mailops.test" in c["headline"]]
assert dead and dead[0]["severity"] == "warning", dead
assert "does not query it" in dead[0]["headline"], dead
mx2 = [c for c in r["checks"] if c["id"].startswith("mx/mx2.mailops.test/")]
assert mx2 and all(c["verdict"] != "fail" for c in mx2), mx2
print("ok: JSON report names the gateway; the dead list is one its policy does not query")' || fail=1
expect 1 "diagnose on the lab profile named gives the same answer" -- \
    "$mailops" diagnose mailops.test --profile "Lab gateway"
echo "$LAST" | grep -q "^Gateway:      Lab gateway$" && echo "ok: the text report names the gateway" \
    || { echo "FAIL: the text report does not name the gateway"; fail=1; }
# Nothing but the report: stderr stays empty when all goes well.
errors=$("$mailops" diagnose mailops.test 2>&1 >/dev/null)
if [ -n "$errors" ]; then echo "FAIL: diagnose wrote to stderr:"; echo "$errors" | head -10; fail=1
else echo "ok: diagnose writes nothing to stderr"; fi
expect 1 "diagnose with working lists only warns (mx2 down, self-signed certificate)" -- \
    "$mailops" diagnose mailops.test --server 127.0.0.1:5300 --smtp-port 2525 --lists bl.mailops.test
# --no-profile: the old behaviour, no profile at all; here on the lab's DNS
# (never the system resolver in a test), so the MX are tried on port 25.
expect 2 "diagnose --no-profile tries port 25, where the lab does not listen" -- \
    "$mailops" diagnose mailops.test --no-profile --server 127.0.0.1:5300 --lists bl.mailops.test,dead.mailops.test --json
echo "$LAST" | python3 -c '
import json, sys
r = json.load(sys.stdin)
assert r["profile"] == "", r["profile"]
dead = [c for c in r["conclusions"] if "dead.mailops.test" in c["headline"]]
assert dead and dead[0]["severity"] == "fail" and "unknown" in dead[0]["explanation"], dead
print("ok: without a profile the policy is unknown and the dead list stays a failure")' || fail=1
expect 3 "diagnose: --profile and --no-profile together" -- \
    "$mailops" diagnose mailops.test --profile "Lab gateway" --no-profile
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
assert any(e["profile"] == "Lab gateway" and e["severity"] == "warning" and "mailops.test" in e["summary"] for e in runs), runs
print("ok: the diagnoses are in the journal")' || fail=1
exit $fail
