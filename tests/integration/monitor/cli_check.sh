#!/usr/bin/env bash
# mailops check and scan-queue as a monitoring system runs them, on the lab.
set -u
mailops=$1
lab=$(cd "$(dirname "$0")/../../../installer/lab" && pwd)/lab
fail=0
. "$(dirname "$0")/../expect.sh"
postsuper -c "${MAILOPS_LAB_DIR:-/var/lib/mailops-lab}/postfix" -d ALL >/dev/null 2>&1 || true
# A test before this one may have left the filter hub crash-looping, and
# check services reads supervisord's log for the restarts of the last
# minutes: a new supervisord starts a new log history.
"$lab" stop >/dev/null 2>&1
"$lab" start >/dev/null 2>&1 || { echo "FAIL: lab start"; exit 1; }
expect 0 '^SERVICES OK - 4 of 4 services running \|' "check services on the lab" -- \
    "$mailops" check services --profile "Lab gateway"
expect 0 '^QUEUE OK - 0 messages' "check queue, empty" -- "$mailops" check queue --profile "Lab gateway" --warning 1 --critical 5
"$lab" poison >/dev/null || { echo "FAIL: lab poison"; exit 1; }
expect 1 '^QUEUE WARNING - 1 messages.*\| total=1;1;5;0' "check queue over the warning threshold" -- \
    "$mailops" check queue --profile "Lab gateway" --warning 1 --critical 5
expect 2 '^QUEUE CRITICAL' "check queue over the critical threshold" -- \
    "$mailops" check queue --profile "Lab gateway" --warning 0 --critical 1
expect 1 '"code": "nesting-too-deep"' "scan-queue names the poison message's defect" -- \
    "$mailops" scan-queue --profile "Lab gateway" --json
# The poison makes the hub die at each delivery attempt; a one-shot check
# (no --sample) sees the loop from supervisord's log.
for _ in $(seq 180); do
    restarts=$("$lab" status 2>/dev/null | awk '$1 == "filterhub" { for (i = 1; i < NF; i++) if ($i == "restarts") print $(i + 1) }')
    [ "${restarts:-0}" -ge 3 ] && break
    sleep 0.5
done
expect 2 '^SERVICES CRITICAL - filterhub .*crash loop' "check services during a crash loop" -- \
    "$mailops" check services --profile "Lab gateway"
expect 3 '^UNKNOWN' "check with bad thresholds" -- "$mailops" check queue --warning 5 --critical 1
postsuper -c "${MAILOPS_LAB_DIR:-/var/lib/mailops-lab}/postfix" -d ALL >/dev/null 2>&1 || true
exit $fail
