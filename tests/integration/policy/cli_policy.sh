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
expect 0 "Guarded by the console's countdown only" "the window names its guard" -- \
    p apply "$work/rule/main.cf" --confirm-within 5
expect 0 'Confirmed' "confirm after the guarded apply" -- p confirm
expect 0 'is live' "back to the baseline before the shadow" -- p rollback v1

# Shadow: the rule only logs, the count names it, then it is dropped.
expect 0 'now only logs what it would refuse' "apply in shadow" -- p apply "$work/rule/main.cf" --shadow 30
grep -q 'warn_if_reject reject_unknown_client_hostname' "$pf/main.cf" || { echo "FAIL: no warn_if_reject in the shadow"; fail=1; }
expect 0 'tries out v[0-9]+ until' "shadow reports" -- p shadow
expect 0 'drop shadow' "drop ends the shadow" -- sh -c "'$mailops' policy drop --store '$store' --profile 'Lab gateway' && '$mailops' policy log --store '$store' --profile 'Lab gateway'"
cmp -s "$pf/main.cf" "$work/original.cf" || { echo "FAIL: drop did not bring main.cf back"; fail=1; }
expect 1 'is not a shadow' "nothing to drop" -- p drop
expect 2 'goes with apply' "--shadow with rollback" -- p rollback v1 --shadow 5

# A proposal waits for a second look, then goes through the same path.
expect 0 'is proposed' "propose keeps a version" -- p propose "$work/rule/main.cf" --comment "for review"
cmp -s "$pf/main.cf" "$work/original.cf" || { echo "FAIL: propose changed the gateway"; fail=1; }
proposed=$(p log --json | python3 -c 'import json,sys; print([v["version"] for v in json.load(sys.stdin)["versions"] if v["state"]=="proposed"][0])')
expect 0 'is live' "approve applies the proposal" -- p approve "v$proposed"
expect 1 'not proposed' "a proposal is applied once" -- p approve "v$proposed"
expect 0 'is live' "back to the baseline" -- p rollback v1
exit $fail
