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
