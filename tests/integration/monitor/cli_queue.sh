#!/usr/bin/env bash
# mailops queue as an admin runs it on the lab: hold by filter, a dry run,
# release by id, export to .eml, delete (refused without --yes, then done),
# each checked against what postqueue -j says.
set -u
mailops=$1
lab=$(cd "$(dirname "$0")/../../../installer/lab" && pwd)/lab
pf="${MAILOPS_LAB_DIR:-/var/lib/mailops-lab}/postfix"
tag=$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')
senders="cli-$tag-0@mailops.test,cli-$tag-1@mailops.test,cli-$tag-2@mailops.test"
work=$(mktemp -d)
fail=0
. "$(dirname "$0")/../expect.sh"
# "ID QUEUE" for each queued message of this run.
ours() {
    postqueue -c "$pf" -j | python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    if "cli-'"$tag"'-" in e["sender"]:
        print(e["queue_id"], e["queue_name"], len(e["recipients"][0].get("delay_reason", "")) > 0)'
}
cleanup() {
    ours | awk '{print $1}' | postsuper -c "$pf" -d - >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT

for _ in $(seq 60); do "$lab" status >/dev/null 2>&1 && break; sleep 0.5; done
python3 - "$tag" <<'PY' || { echo "FAIL: could not send the probes"; exit 1; }
import smtplib, sys
tag = sys.argv[1]
for i in range(3):
    with smtplib.SMTP("127.0.0.1", 2525, timeout=10) as s:
        s.sendmail(f"cli-{tag}-{i}@mailops.test", [f"rcpt-{tag}@mailops.test"],
                   f"From: <cli-{tag}-{i}@mailops.test>\r\nSubject: cli probe {tag} {i}\r\n\r\nProbe.\r\n".encode())
PY
# Re-injected by the filter hub under new ids; wait until all three are deferred.
for _ in $(seq 90); do [ "$(ours | grep -c ' deferred True$')" = 3 ] && break; sleep 0.5; done
ids=$(ours | awk '{print $1}' | sort)
[ "$(wc -w <<<"$ids")" = 3 ] || { echo "FAIL: the probes never reached the deferred queue"; ours; exit 1; }
first=$(head -1 <<<"$ids")
prof=(--profile "Lab gateway")

expect 0 'Placed on hold: 3/3 messages' "hold by sender filter" -- \
    "$mailops" queue hold "${prof[@]}" --sender "$senders" --domain mailops.test --older-than 0
[ "$(ours | grep -c ' hold ')" = 3 ] || { echo "FAIL: postqueue -j does not show them on hold"; fail=1; }
expect 0 "^$first\$" "dry run lists the held ids" -- \
    "$mailops" queue delete "${prof[@]}" --dry-run --queue hold --sender "$senders"
expect 1 'not queue ids, ignored: -d' "an option as an id is refused" -- "$mailops" queue hold "${prof[@]}" -- -d
expect 0 'Released from hold: 3/3 messages' "release by id" -- "$mailops" queue release "${prof[@]}" $ids
[ "$(ours | grep -c ' hold ')" = 0 ] || { echo "FAIL: still on hold after release"; fail=1; }
# What was done from here is in the console's journal, for the Timeline.
expect 0 'queue\.action +Placed on hold: 3/3 messages' "the hold is in the journal" -- \
    "$mailops" timeline --kind queue.action
expect 0 '"summary": "Released from hold: 3/3 messages' "the release is in the journal (JSON)" -- \
    "$mailops" timeline --kind queue.action --format json
expect 3 '--since wants' "a bad --since is refused" -- "$mailops" timeline --since yesterday
expect 0 "Saved $first to $work/m.eml" "export one message" -- \
    "$mailops" queue export "${prof[@]}" "$first" --output "$work/m.eml"
grep -q "^Subject: cli probe $tag" "$work/m.eml" || { echo "FAIL: the .eml lacks its Subject"; fail=1; }
expect 2 'already exists' "export never overwrites unasked" -- \
    "$mailops" queue export "${prof[@]}" "$first" --output "$work/m.eml"
expect 1 "^Delete 3 messages from .* without telling their senders\\?" "delete without --yes only asks" -- \
    "$mailops" queue delete "${prof[@]}" --sender "$senders"
[ "$(ours | wc -l)" = 3 ] || { echo "FAIL: delete without --yes removed something"; fail=1; }
expect 0 'Deleted: 3/3 messages' "delete with --yes" -- "$mailops" queue delete "${prof[@]}" --sender "$senders" --yes
[ "$(ours | wc -l)" = 0 ] || { echo "FAIL: postqueue -j still lists them"; fail=1; }
expect 2 'no longer in the queue' "export of a deleted message" -- \
    "$mailops" queue export "${prof[@]}" "$first" --output "$work/gone.eml"
[ ! -e "$work/gone.eml" ] || { echo "FAIL: a file was left for a deleted message"; fail=1; }
exit $fail
