#!/usr/bin/env bash
# The safe apply on the lab (lab running, as root): `mailops policy apply`
# (staging check, atomic write, reload confirmed in the log, the check as a
# client after it) beside what an admin types by hand: postconf -e, postfix
# check, postfix reload. Median of five runs each; per-step figures from
# `mailops policy apply --json`.
set -u -o pipefail
mailops=$1
runs=${2:-5}
lab_dir=${MAILOPS_LAB_DIR:-/var/lib/mailops-lab}
pf=$lab_dir/postfix
[ -f "$pf/main.cf" ] || { echo "the lab is not running (installer/lab/lab start)" >&2; exit 1; }
work=$(mktemp -d)
trap 'cp -p "$work/original.cf" "$pf/main.cf" 2>/dev/null; postfix -c "$pf" reload >/dev/null 2>&1; rm -rf "$work"' EXIT
cp -p "$pf/main.cf" "$work/original.cf"
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
mkdir -p "$work/a" "$work/b"
{ cat "$work/original.cf"; echo "smtpd_helo_required = yes"; } >"$work/a/main.cf"
{ cat "$work/original.cf"; echo "smtpd_helo_required = no"; } >"$work/b/main.cf"

now_ms() { date +%s%3N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

"$mailops" policy log --store "$work/store.sqlite" >/dev/null || exit 1
: >"$work/ours" ; : >"$work/steps"
for i in $(seq "$runs"); do
    file=$work/a/main.cf; [ $((i % 2)) -eq 0 ] && file=$work/b/main.cf
    t0=$(now_ms)
    "$mailops" policy apply --json --store "$work/store.sqlite" "$file" >"$work/out.json" || { cat "$work/out.json"; exit 1; }
    echo $(($(now_ms) - t0)) >>"$work/ours"
    python3 -c 'import json,sys; [print(s["step"].replace(" ", "_"), s["ms"]) for s in json.load(open(sys.argv[1]))["steps"]]' "$work/out.json" >>"$work/steps"
done
: >"$work/hand"
for i in $(seq "$runs"); do
    value=yes; [ $((i % 2)) -eq 0 ] && value=no
    t0=$(now_ms)
    postconf -c "$pf" -e "smtpd_helo_required = $value" && postfix -c "$pf" check && postfix -c "$pf" reload >/dev/null 2>&1
    echo $(($(now_ms) - t0)) >>"$work/hand"
done
ours=$(median <"$work/ours")
hand=$(median <"$work/hand")
printf '%-44s %8s ms\n' "mailops policy apply (median of $runs)" "$ours"
for step in read validate write reload health_check; do
    printf '  %-42s %8s ms\n' "$step" "$(awk -v s="$step" '$1 == s { print $2 }' "$work/steps" | median)"
done
printf '%-44s %8s ms\n' "postconf -e; postfix check; postfix reload" "$hand"
awk -v a="$ours" -v b="$hand" 'BEGIN { printf "ratio (safe apply / by hand): %.2f\n", a / (b > 0 ? b : 1) }'
