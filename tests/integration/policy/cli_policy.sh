#!/usr/bin/env bash
# mailops policy as an admin without a display uses it, on the lab's Postfix:
# the versions, a diff in plain words, lint, an apply that Postfix refuses, the
# second story's rule applied and rolled back, a confirm window, and --json.
set -u
mailops=$1
fail=0
. "$(dirname "$0")/../expect.sh"
pf=${MAILOPS_LAB_DIR:-/var/lib/mailops-lab}/postfix
work=$(mktemp -d)
cp -p "$pf/main.cf" "$work/original.cf"
restore() {
    cp -p "$work/original.cf" "$pf/main.cf"
    touch -d '5 seconds ago' "$pf/main.cf"
    postfix -c "$pf" reload >/dev/null 2>&1
    rm -rf "$work"
}
trap restore EXIT
store=$work/store.sqlite
p() { "$mailops" policy "$@" --store "$store" --profile "Lab gateway"; }

expect 0 '^\* v1 .*first seen' "log records the baseline" -- p log
expect 2 'needs an action' "policy without an action" -- "$mailops" policy
expect 2 'unknown policy action' "an unknown action" -- p frobnicate

mkdir -p "$work/rule" "$work/bad"
{ cat "$work/original.cf"; printf 'smtpd_client_restrictions = reject_unknown_client_hostname\nunknown_client_reject_code = 450\n'; } >"$work/rule/main.cf"
{ cat "$work/original.cf"; echo 'this is not a setting'; } >"$work/bad/main.cf"

expect 0 'unknown_client_reject_code = 450 makes .* retry silently for days.*\[tempfail-for-permanent\]' \
    "lint names the second story's mistake" -- p lint "$work/rule/main.cf"
expect 1 'was not applied: postconf refused .*Nothing was written' "Postfix refuses the file: nothing written" -- \
    p apply "$work/bad/main.cf"
cmp -s "$pf/main.cf" "$work/original.cf" || { echo "FAIL: main.cf changed by a refused apply"; fail=1; }
expect 2 'not a file of the policy' "a file that is not part of the policy" -- p apply "$work/rule/nothing.cf"
expect 0 'v3 is live and mail is flowing' "the second story's rule applied" -- \
    p apply "$work/rule/main.cf" --comment "tempfail clients without PTR" --check-client partner.mailops.test/127.0.0.20
expect 0 'unknown_client_reject_code: set to 450' "diff in plain words" -- p diff v1 v3
expect 0 '^\+smtpd_client_restrictions = reject_unknown_client_hostname' "diff as unified text" -- p diff v1
expect 0 '^unknown_client_reject_code = 450' "show one file of a version" -- p show v3 --file main.cf
expect 0 'v4 is live' "rollback to the baseline" -- p rollback v1
cmp -s "$pf/main.cf" "$work/original.cf" || { echo "FAIL: rollback did not bring main.cf back"; fail=1; }
expect 0 'rollback to v1' "the log says what the rollback was" -- p log
expect 0 'confirm it by' "apply with a confirm window" -- p apply "$work/rule/main.cf" --confirm-within 5
expect 0 'Confirmed' "confirm keeps it" -- p confirm
expect 1 'no applied version is waiting' "nothing left to confirm" -- p confirm
expect 0 '"outcome": "applied"' "rollback with --json" -- p rollback v1 --json
expect 0 '"state": "confirmed"' "log --json has the states" -- p log --json
expect 2 'minutes' "a bad confirm window" -- p apply "$work/rule/main.cf" --confirm-within soon
exit $fail
