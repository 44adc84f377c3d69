#!/usr/bin/env bash
# mailops policy preview on the lab's policy, over a mail log whose answer is
# known: 7 clients without reverse DNS and 5 with, all accepted; the second
# story's rule must tempfail exactly the 7 (450) or reject them (550).
set -u
mailops=$1
fail=0
. "$(dirname "$0")/../expect.sh"
pf=${MAILOPS_LAB_DIR:-/var/lib/mailops-lab}/postfix
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store=$work/store.sqlite
p() { "$mailops" policy "$@" --store "$store" --profile "Lab gateway"; }

log=$work/mail.log
n=0
session() { # session NAME IP
    local pid=$((2000 + n)) id
    id=$(printf '%X1F' $((0xA1B2C + n)))
    local at
    at=$(printf 'Nov 23 10:%02d:%02d' $((n / 6)) $((n % 6 * 10)))
    {
        echo "$at mx1 postfix/smtpd[$pid]: connect from $1[$2]"
        echo "$at mx1 postfix/smtpd[$pid]: $id: client=$1[$2]"
        echo "$at mx1 postfix/qmgr[300]: $id: from=<alice@partner.example>, size=900, nrcpt=1 (queue active)"
        echo "$at mx1 postfix/smtpd[$pid]: disconnect from $1[$2] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5"
        echo "$at mx1 postfix/smtp[400]: $id: to=<bob@mailops.test>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to 127.0.0.1[127.0.0.1]:2: Connection refused)"
    } >>"$log"
    n=$((n + 1))
}
for i in 1 2 3 4 5 6 7; do session unknown "192.0.2.$i"; done
for i in 1 2 3 4 5; do session "mx$i.partner.example" "198.51.100.$i"; done
echo "garbage that is not a log line" >>"$log"

mkdir -p "$work/t450" "$work/t550" "$work/same"
cp "$pf/main.cf" "$work/same/main.cf"
{ cat "$pf/main.cf"; printf 'smtpd_client_restrictions = reject_unknown_client_hostname\nunknown_client_reject_code = 450\n'; } >"$work/t450/main.cf"
{ cat "$pf/main.cf"; printf 'smtpd_client_restrictions = reject_unknown_client_hostname\nunknown_client_reject_code = 550\n'; } >"$work/t550/main.cf"

expect 1 '"wouldTempfail": 7,?$' "the second story's rule tempfails the 7 without PTR" -- \
    p preview "$work/t450/main.cf" --log "$log" --hours 24 --json
expect 1 '"accepted": 12,?$' "of the 12 accepted" -- p preview "$work/t450/main.cf" --log "$log" --json
expect 1 '"wouldReject": 0,?$' "and rejects none" -- p preview "$work/t450/main.cf" --log "$log" --json
expect 1 '"wouldReject": 7,?$' "with 550 it rejects the 7" -- p preview "$work/t550/main.cf" --log "$log" --json
expect 1 'would reject 0 and tempfail 7 of 12 connections that were accepted' "the sentence" -- \
    p preview "$work/t450/main.cf" --log "$log"
expect 1 '^ +0 +7 +450 reject_unknown_client_hostname \(smtpd_client_restrictions\)' "the rule's row" -- \
    p preview "$work/t450/main.cf" --log "$log"
expect 1 'unknown\[192\.0\.2\.1\] +helo=\? +from=<alice@partner\.example> +to=<bob@mailops\.test>' "an example" -- \
    p preview "$work/t450/main.cf" --log "$log"
expect 0 'would reject 0 and tempfail 0 of 12' "the policy as it is harms nothing" -- \
    p preview "$work/same/main.cf" --log "$log"
expect 2 'needs at least one file' "preview without a file" -- p preview --log "$log"
expect 2 'hours wants' "bad hours" -- p preview "$work/t450/main.cf" --log "$log" --hours soon
expect 3 'cannot read' "a log that is not there" -- p preview "$work/t450/main.cf" --log "$work/nothing.log"
exit $fail
