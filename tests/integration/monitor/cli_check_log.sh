#!/usr/bin/env bash
# mailops check log as a monitoring system runs it, on synthetic mail logs
# stamped with the current time. No lab gateway needed.
set -u
mailops=$1
fail=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C
export XDG_CONFIG_HOME=$work/config

. "$(dirname "$0")/../expect.sh"

# Syslog stamps, local time, no year: what Postfix writes through rsyslog.
stamp() { date -d "-$1 sec" '+%b %e %H:%M:%S'; }
reject() { # reject SECONDS_AGO REPLY
    echo "$(stamp "$1") gw postfix/smtpd[4711]: NOQUEUE: reject: RCPT from unknown[192.0.2.7]: $2; from=<a@example.com> to=<b@gw.example> proto=ESMTP helo=<x>"
}
delivery() { # delivery SECONDS_AGO STATUS DSN
    echo "$(stamp "$1") gw postfix/smtp[4712]: 3F2A81C0B$((RANDOM % 10)): to=<c@example.net>, relay=none, delay=9, delays=0/0/9/0, dsn=$3, status=$2 (connect to example.net[192.0.2.9]:25: Connection refused)"
}
dnsbl='554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org'
rdns='450 4.7.25 Client host rejected: cannot find your reverse hostname, [192.0.2.7]'
user='550 5.1.1 <b@gw.example>: Recipient address rejected: User unknown in virtual mailbox table'

log=$work/mail.log
{
    for i in $(seq 30); do reject 7200 "$dnsbl"; done # two hours ago: outside the default window
    for i in $(seq 6); do reject 300 "$dnsbl"; done
    for i in $(seq 3); do reject 200 "$rdns"; done # 450: temporary
    for i in $(seq 1); do reject 100 "$user"; done
    for i in $(seq 2); do reject 20 "$user"; done
    for i in $(seq 4); do delivery 120 deferred 4.4.1; done
    for i in $(seq 2); do delivery 60 bounced 5.1.1; done
    echo "$(stamp 10) gw postfix/qmgr[4713]: 3F2A81C0B1: removed"
} >"$log"

expect 0 '^LOG OK - 12 rejects in the last 15 min: dnsbl 6, rdns 3, other 3 \| rejects=12;50;100;0; tempfails=3;;;0; bounces=2;;;0; deferred=4;;;0; rdns=3;;;0; dnsbl=6;;;0; spf=0;;;0; relay=0;;;0; greylisting=0;;;0; other=3;;;0;' \
    "rejects under the thresholds" -- "$mailops" check log --log "$log" --warning 50 --critical 100
expect 1 '^LOG WARNING - 12 rejects in the last 15 min \(warning at 10\)' "rejects over the warning threshold" -- \
    "$mailops" check log --log "$log" --warning 10 --critical 20
expect 2 '^LOG CRITICAL - 12 rejects in the last 15 min \(critical at 12\).*rejects=12;5;12;0;' "rejects at the critical threshold" -- \
    "$mailops" check log --log "$log" --warning 5 --critical 12
expect 1 '^LOG WARNING - 4 deferred in the last 15 min .*deferred=4;3;10;0;' "deferred deliveries" -- \
    "$mailops" check log --log "$log" --class deferred --warning 3 --critical 10
expect 0 '^LOG OK - 2 bounces in the last 15 min' "bounces" -- "$mailops" check log --log "$log" --class bounces --warning 5
expect 2 '^LOG CRITICAL - 3 tempfails' "temporary rejects" -- "$mailops" check log --log "$log" --class tempfails --critical 3
expect 1 '^LOG WARNING - 42 rejects in the last 180 min' "a wider window reaches the old rejects" -- \
    "$mailops" check log --log "$log" --minutes 180 --warning 40 --critical 50
expect 0 '^LOG OK - 2 rejects in the last 1 min' "a one-minute window" -- "$mailops" check log --log "$log" --minutes 1 --warning 3
expect 0 '^LOG OK - 12 rejects' "no thresholds" -- "$mailops" check log --log "$log"

# RFC 3339 stamps with an offset, as journald and modern rsyslog write them.
rfc=$work/rfc.log
for i in $(seq 7); do
    echo "$(date -d '-90 sec' '+%Y-%m-%dT%H:%M:%S.123456%:z') gw postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[192.0.2.7]: $dnsbl; from=<a@x> to=<b@y> proto=ESMTP helo=<x>"
done >"$rfc"
echo "$(TZ=Asia/Tokyo date -d '-3 hours' '+%Y-%m-%dT%H:%M:%S%:z') gw postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[192.0.2.7]: $dnsbl; from=<a@x> to=<b@y> proto=ESMTP helo=<x>" >>"$rfc"
expect 1 '^LOG WARNING - 7 rejects' "RFC 3339 stamps" -- "$mailops" check log --log "$rfc" --warning 5 --critical 10

# A big log: only its last 64 MB are read, and the check says so.
big=$work/big.log
yes "$(reject 30 "$dnsbl")" | head -c $((72 * 1024 * 1024)) >"$big"
echo >>"$big"
reject 5 "$user" >>"$big"
start=$(date +%s%N)
expect 2 '^LOG CRITICAL - [0-9]+ rejects in the last 15 min.*only the last 64 MB of the log were read, covering less than a minute' "a 72 MB log" -- \
    "$mailops" check log --log "$big" --warning 10 --critical 1000
echo "a 72 MB log took $(( ($(date +%s%N) - start) / 1000000 )) ms"
lines=$(wc -l <"$big")
counted=$("$mailops" check log --log "$big" | sed -nE 's/^LOG [A-Z]+ - ([0-9]+) rejects.*/\1/p')
if [ -n "$counted" ] && [ "$counted" -gt 100000 ] && [ "$counted" -lt "$lines" ]; then
    echo "ok: $counted of $lines lines counted from the tail"
else
    echo "FAIL: counted '$counted' of $lines lines"; fail=1
fi

# What a monitoring system must see as UNKNOWN.
expect 3 '^LOG UNKNOWN - the mail log .*/missing.log does not exist' "a missing log" -- \
    "$mailops" check log --log "$work/missing.log" --warning 1 --critical 2
mkdir "$work/dir.log"
expect 3 '^LOG UNKNOWN - the mail log .* is not a regular file' "a directory" -- "$mailops" check log --log "$work/dir.log"
printf 'this is\nnot a mail log\n\x01\x02\xff\n' >"$work/junk.log"
expect 3 '^LOG UNKNOWN - none of the 3 lines read looks like a mail log' "a file that is not a mail log" -- \
    "$mailops" check log --log "$work/junk.log"
if [ "$(id -u)" != 0 ]; then
    cp "$log" "$work/secret.log"; chmod 000 "$work/secret.log"
    expect 3 '^LOG UNKNOWN - cannot read the mail log' "an unreadable log" -- "$mailops" check log --log "$work/secret.log"
fi
expect 3 '^LOG UNKNOWN - --class wants' "an unknown class" -- "$mailops" check log --log "$log" --class spam
expect 3 '^LOG UNKNOWN - --minutes wants' "a bad window" -- "$mailops" check log --log "$log" --minutes 0
expect 3 '^UNKNOWN - --warning and --critical' "critical below warning" -- "$mailops" check log --log "$log" --warning 5 --critical 1
: >"$work/empty.log"
expect 0 '^LOG OK - 0 rejects in the last 15 min' "an empty log" -- "$mailops" check log --log "$work/empty.log" --warning 1
exit $fail
