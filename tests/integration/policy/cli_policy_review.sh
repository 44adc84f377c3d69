#!/usr/bin/env bash
# mailops policy on a profile that wants a second look on policy changes, on
# a Postfix configuration in a temporary directory: apply is refused before
# the gateway is touched, propose keeps the version. No lab gateway needed.
set -u
mailops=$1
fail=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C
export XDG_CONFIG_HOME=$work/config
export XDG_DATA_HOME=$work/data
. "$(dirname "$0")/../expect.sh"

pf=$work/postfix
mkdir -p "$pf" "$XDG_CONFIG_HOME/MailOps/mailops" "$work/rule"
printf 'myhostname = mx1.review.test\n' >"$pf/main.cf"
printf 'smtp      inet  n       -       n       -       -       smtpd\nsubmission inet n - n - - smtpd\n  -o smtpd_client_restrictions=permit_sasl_authenticated,reject\n' >"$pf/master.cf"
cp -p "$pf/main.cf" "$work/original.cf"
{ cat "$pf/main.cf"; printf 'smtpd_helo_required = yes\n'; } >"$work/rule/main.cf"
profile() { # profile INDEX NAME REVIEW
    printf '%s\\name=%s\n%s\\transport=local\n%s\\serviceBackend=systemd\n%s\\postfixConfigDir=%s\n%s\\policyReviewRequired=%s\n' \
        "$1" "$2" "$1" "$1" "$1" "$pf" "$1" "$3"
}
{
    printf '[General]\nversion=1\ncurrent=Reviewed\n[profiles]\n'
    profile 1 Reviewed true
    profile 2 Alone false
    printf 'size=2\n'
} >"$XDG_CONFIG_HOME/MailOps/mailops/profiles.conf"
store=$work/store.sqlite
p() { "$mailops" policy "$@" --store "$store"; }

expect 4 'need a second look: nothing was applied.*mailops policy propose' "apply is refused under review" -- \
    p apply "$work/rule/main.cf" --profile Reviewed
expect 4 'second look' "a shadow is refused too" -- p apply "$work/rule/main.cf" --shadow 5 --profile Reviewed
cmp -s "$pf/main.cf" "$work/original.cf" || { echo "FAIL: a refused apply changed main.cf"; fail=1; }
expect 0 'is proposed; `mailops policy approve' "propose works under review" -- \
    p propose "$work/rule/main.cf" --comment "for review" --profile Reviewed
expect 0 'v2 .*Proposed .*for review' "the log lists the proposal" -- p log --profile Reviewed
cmp -s "$pf/main.cf" "$work/original.cf" || { echo "FAIL: propose changed main.cf"; fail=1; }
expect 0 '^submission/inet: smtpd_client_restrictions = permit_sasl_authenticated,reject \(main.cf: the default\)' \
    "show lists the service's override beside main.cf" -- p show v1 --profile Reviewed
expect 0 '"service": "submission/inet"' "show --json has the overrides" -- p show v1 --json --profile Reviewed
# The other profile has no such rule: its apply gets past the check (and on
# to Postfix, which this directory does not run).
out=$(p apply "$work/rule/main.cf" --profile Alone 2>&1); rc=$?
if [ "$rc" = 4 ] || grep -q 'second look' <<<"$out"; then
    echo "FAIL: a profile without the rule was refused: $out"; fail=1
else
    echo "ok: a profile without the rule is not refused (exit $rc)"
fi
exit $fail
