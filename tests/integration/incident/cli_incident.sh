#!/usr/bin/env bash
# mailops incident and notice from a terminal, on the lab with the filter hub
# crash-looping on the poison message: open, note, draft from live state,
# the audience check, export, resolve; and the bad input they must refuse.
set -u
mailops=$1
lab=$(cd "$(dirname "$0")/../../../installer/lab" && pwd)/lab
fail=0
. "$(dirname "$0")/../expect.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"; postsuper -c "${MAILOPS_LAB_DIR:-/var/lib/mailops-lab}/postfix" -d ALL >/dev/null 2>&1' EXIT
rm -rf "$XDG_DATA_HOME"
"$lab" poison >/dev/null || { echo "FAIL: lab poison"; exit 1; }

expect 0 '^Opened incident #1 on Lab gateway; next update due [0-9]{2}:[0-9]{2} UTC' "open" -- \
    "$mailops" incident open --profile "Lab gateway" --title "Mail is delayed" --severity critical \
    --services filterhub --impact "Incoming mail waits in the queue."
expect 0 '^Noted on #1' "note" -- "$mailops" incident note 1 "held the poison message"
expect 0 '"status": "investigating"' "list --json" -- "$mailops" incident list --open --json

# The partner update carries the live queue, the severity and the next update.
expect 0 'Queue: [1-9][0-9]* messages, [0-9]+ deferred' "partner draft from live state" -- \
    "$mailops" notice draft 1 --profile "Lab gateway" --audience partners --phase update
expect 0 '^Subject: \[critical\] Update: Mail is delayed' "partner draft subject" -- \
    "$mailops" notice draft 1 --audience partners --phase update
expect 0 'last saved' "a second draft is the kept one" -- \
    "$mailops" notice draft 1 --audience partners --phase update

# The management notice with jargon is flagged with the plainer words, and
# the cleaned one passes.
cat > "$work/jargon.md" <<'MD'
Subject: Mail problem

## What happened
Our MTA got a 4.7.1 tempfail from the relay at 192.0.2.7, so the queue grew.

## Who is affected
Everyone who sends email.

## What we are doing
We are fixing it.

## What you can do
Nothing: please wait.

## Next update
By 11:00.
MD
expect 1 '"MTA" \(jargon\): our mail server' "jargon flagged with its plainer word" -- \
    "$mailops" notice check --file "$work/jargon.md" --audience management --phase update
expect 1 '192\.0\.2\.7' "an address is flagged" -- \
    "$mailops" notice check --file "$work/jargon.md" --audience management --phase update
cat > "$work/clean.md" <<'MD'
Subject: Mail problem

## What happened
Some email to us is late. Our mail server cannot pass it on right now.

## Who is affected
Everyone who gets email from outside.

## What we are doing
We are fixing it now. No email is lost.

## What you can do
Please wait. Do not send the same email again.

## Next update
We will write again by 11:00.
MD
expect 0 'suits its audience' "the cleaned draft passes" -- \
    "$mailops" notice check --file "$work/clean.md" --audience management --phase update
expect 0 '^Subject: Mail problem' "set the draft from a file" -- \
    "$mailops" notice draft 1 --audience management --phase update --set "$work/clean.md"
expect 0 '"passes": true' "check the kept draft" -- \
    "$mailops" notice check 1 --audience management --phase update --json

# The kept management draft goes out through the lab's submission service
# (STARTTLS on 2587, SASL, the lab CA) and arrives in the lab mailbox with
# both parts; Python's email module reads it back without a defect.
labdir=${MAILOPS_LAB_DIR:-/var/lib/mailops-lab}
data_dir=$(dirname "$(find "$XDG_DATA_HOME" -name incidents.sqlite | head -1)")
inbox=$("$lab" mailbox)
sasl_user=$(cat "$labdir/sasl/user")
cat > "$data_dir/broadcast.json" <<JSON
{ "version": 1, "profiles": {
  "Lab gateway": { "sender": "Ops Desk <ops@mailops.test>",
    "relays": [ { "name": "submission", "host": "127.0.0.1", "port": 2587, "security": "starttls",
                  "username": "$sasl_user", "caFile": "$labdir/ca/mailops-lab-ca.crt" } ],
    "recipients": { "management": [ "Board <board@inbox.mailops.test>" ] },
    "fallback": { "management": [ "smtp:submission" ] } },
  "Reviewed": { "sender": "ops@mailops.test", "recipients": { "partners": [ "noc@inbox.mailops.test" ] } } } }
JSON
expect 3 'relay submission wants a password.*--password-stdin' "send without a password says how" -- \
    "$mailops" notice send 1 --audience management --phase update
expect 1 'smtp:submission: .*(535|refused)' "a wrong password is refused and named" -- \
    sh -c 'echo wrong | "$0" notice send 1 --audience management --phase update --password-stdin' "$mailops"
expect 0 'Reached management by smtp:submission' "send through the lab's submission service" -- \
    sh -c '"$0" notice send 1 --audience management --phase update --password-stdin < "$1"' \
    "$mailops" "$labdir/sasl/password"
# Delivery after the 250 is Postfix's own: look for it for up to 15 s.
got=""
for _ in $(seq 1 150); do
    got=$(find "$inbox" -type f -newer "$data_dir/broadcast.json" -exec grep -l '^To: .*board@inbox.mailops.test' {} + 2>/dev/null | head -1)
    [ -n "$got" ] && break
    sleep 0.1
done
if [ -z "$got" ]; then
    echo "FAIL: the notice did not arrive in $inbox"; fail=1
else
    python3 - "$got" <<'PY' || { echo "FAIL: the arrived notice does not parse cleanly"; fail=1; }
import sys, email, email.policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
assert m['Subject'] == 'Mail problem', m['Subject']
assert 'board@inbox.mailops.test' in m['To'], m['To']
assert m.get_content_type() == 'multipart/alternative', m.get_content_type()
kinds = [p.get_content_type() for p in m.iter_parts()]
assert kinds == ['text/plain', 'text/html'], kinds
for part in [m] + list(m.walk()):
    assert not part.defects, part.defects
assert 'Our mail server cannot pass it on' in m.get_body(('plain',)).get_content()
PY
fi
expect 0 'notice to management by smtp:submission' "the notice is on the incident" -- "$mailops" incident show 1
expect 3 'has no management-update draft' "sent: the draft is done with" -- \
    "$mailops" notice send 1 --audience management --phase update

# Once mail flows again: the all-users notice, one message per mailbox,
# through the same submission service; the bulk domain discards, the inbox
# keeps its three.
{ for n in $(seq 1 40); do echo "user$n@bulk.mailops.test"; done
  echo "Ann <ann@inbox.mailops.test>"; echo "ben@inbox.mailops.test"; echo "cy@inbox.mailops.test"
  echo "ben@INBOX.mailops.test"; echo "@inbox.mailops.test"; } > "$work/users.txt"
expect 0 '^Subject: ' "the end-user all-clear drafted" -- \
    "$mailops" notice draft 1 --audience endusers --phase resolved --offline
subject=$("$mailops" notice draft 1 --audience endusers --phase resolved 2>/dev/null | sed -n 's/^Subject: //p')
expect 2 'all-users wants the mailboxes' "all-users without a list" -- "$mailops" notice all-users 1
expect 0 'Sent to 43 of 43 mailboxes through submission' "all-users through the lab" -- \
    sh -c '"$0" notice all-users 1 --mailboxes "$1" --rate 0 --password-stdin < "$2"' \
    "$mailops" "$work/users.txt" "$labdir/sasl/password"
expect 0 '43 mailboxes, 1 listed twice; 1 line is no address: line 45' "the list's problems are named" -- \
    sh -c '"$0" notice all-users 1 --mailboxes "$1" --rate 0 --password-stdin < "$2" 2>&1 >/dev/null' \
    "$mailops" "$work/users.txt" "$labdir/sasl/password"
arrived=0
for _ in $(seq 1 150); do
    arrived=$(grep -l "^To: .*\(ann\|ben\|cy\)@inbox.mailops.test" $(find "$inbox" -type f -newer "$work/users.txt") 2>/dev/null | wc -l)
    [ "$arrived" -ge 6 ] && break
    sleep 0.1
done
[ "$arrived" -ge 6 ] || { echo "FAIL: all-users: $arrived of 6 inbox copies arrived"; fail=1; }
expect 0 'all-users:submission' "the run is on the incident" -- "$mailops" incident show 1

# A profile that wants a second look sends only a reviewed text.
mkdir -p "$XDG_CONFIG_HOME/MailOps/mailops"
printf '[General]\nversion=1\ncurrent=Reviewed\n[profiles]\n1\\name=Reviewed\n1\\transport=local\n1\\serviceBackend=systemd\n1\\noticeReviewRequired=true\nsize=1\n' \
    >"$XDG_CONFIG_HOME/MailOps/mailops/profiles.conf"
expect 0 '^Opened incident #2 on Reviewed' "open on a reviewed profile" -- \
    "$mailops" incident open --profile Reviewed --title "Partner mail is late"
printf 'Subject: Mail to you is late\n\n## Summary\nMail to you waits. Next update at 11:00 UTC.\n' > "$work/partner.md"
expect 0 'Subject: Mail to you is late' "partner draft set" -- \
    "$mailops" notice draft 2 --profile Reviewed --audience partners --phase update --set "$work/partner.md"
expect 1 'nobody has reviewed' "not sent before the second look" -- \
    "$mailops" notice send 2 --profile Reviewed --audience partners --phase update --eml "$work/p.eml"
[ -e "$work/p.eml" ] && { echo "FAIL: an unreviewed notice was written out"; fail=1; }
expect 0 'Reviewed by Dana' "review" -- \
    "$mailops" notice review 2 --profile Reviewed --audience partners --phase update --by Dana
expect 0 'Reached partners by eml' "sent after the second look" -- \
    "$mailops" notice send 2 --profile Reviewed --audience partners --phase update --eml "$work/p.eml"
grep -q '^Subject: Mail to you is late' "$work/p.eml" || { echo "FAIL: the .eml has no subject"; fail=1; }
expect 0 'incident.review .*Dana' "the journal has the look" -- "$mailops" timeline --kind incident.review
rm -f "$XDG_CONFIG_HOME/MailOps/mailops/profiles.conf"

# A broken template of the user's is named by line, never rendered.
user_dir=$(dirname "$(find "$XDG_DATA_HOME" -name incidents.sqlite | head -1)")/notices/en
mkdir -p "$user_dir"
printf 'Subject: x\n\n{{services_dwn}}\n' > "$user_dir/endusers-first.md"
expect 1 'line 3, column 1.*services_dwn' "broken user template named by line" -- \
    "$mailops" notice draft 1 --audience endusers --phase first --offline
rm -f "$user_dir/endusers-first.md"

expect 3 'no incident "9"' "unknown incident" -- "$mailops" notice draft 9 --audience partners
expect 2 'audience wants' "bad audience" -- "$mailops" notice draft 1 --audience board
expect 2 'wants --title' "open without a title" -- "$mailops" incident open

expect 0 'Incident #1 is now resolved' "resolve" -- "$mailops" incident status 1 resolved
expect 0 'Note: root: held the poison message|Note: .*held the poison message' "export has the note" -- \
    "$mailops" incident export 1
expect 0 'Wrote' "export html to a file" -- "$mailops" incident export 1 --format html --output "$work/pm.html"
grep -q '<h1>Mail is delayed</h1>' "$work/pm.html" || { echo "FAIL: html export heading"; fail=1; }
grep -q 'incident.status' "$work/pm.html" || { echo "FAIL: html export timeline"; fail=1; }
exit $fail
