#!/bin/bash
# DNSBL benchmark: this library against rblcheck, on the same lists, through
# the same delaying relay (20 ms per answer) in front of NSD serving the lab's
# list zone (installer/lab/zones/bl.mailops.test.zone).
#
# The NSD is the bench's own, on 127.0.0.154:5301 with response rate limiting
# off: NSD's default RRL (200 answers/s per client) would otherwise drop most
# of 10,000 fast queries and the bench would time NSD's limiter, not the
# clients. BENCH_UPSTREAM=127.0.0.1:5300 uses the running lab's NSD instead.
#
#   run-bench.sh DRIVER [CLI]
#
# DRIVER is the dnsbl_bench binary; CLI, if given, is the mailops executable
# (its `dnsbl` subcommand is timed as a whole process). Needs root (the relay
# binds port 53 on a loopback address; rblcheck is pointed at it by
# bind-mounting a resolv.conf in a private mount namespace) and the lab
# running. BENCH_RBL_IPS limits how many of the 1,000 addresses rblcheck is
# timed on (it asks one list after another); its figure is then scaled up and
# marked as such.
set -u -o pipefail
DRIVER=${1:?usage: run-bench.sh DRIVER [CLI]}
CLI=${2:-}
HERE=$(cd "$(dirname "$0")" && pwd)
RELAY_ADDR=127.0.0.153
DELAY_MS=${BENCH_DELAY_MS:-20}
RBL_IPS=${BENCH_RBL_IPS:-1000}
WORK=$(mktemp -d)
RELAY_PID=""
NSD_PID=""
cleanup() {
    [ -n "$RELAY_PID" ] && kill "$RELAY_PID" 2>/dev/null && wait "$RELAY_PID" 2>/dev/null
    [ -n "$NSD_PID" ] && kill "$NSD_PID" 2>/dev/null && wait "$NSD_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

[ "$(id -u)" -eq 0 ] || { echo "run-bench.sh: must run as root" >&2; exit 1; }
command -v nsd >/dev/null || { echo "run-bench.sh: nsd is not installed" >&2; exit 1; }
command -v rblcheck >/dev/null || { echo "run-bench.sh: rblcheck is not installed (apt-get install rblcheck)" >&2; exit 1; }
UPSTREAM=${BENCH_UPSTREAM:-}
if [ -z "$UPSTREAM" ]; then
    ZONES=$(cd "$HERE/../../../installer/lab/zones" && pwd)
    mkdir -p "$WORK/xfr"
    cp "$ZONES/bl.mailops.test.zone" "$WORK/"
    cat >"$WORK/nsd.conf" <<CONF
server:
    ip-address: 127.0.0.154@5301
    port: 5301
    do-ip6: no
    username: ""
    chroot: ""
    zonesdir: "$WORK"
    database: ""
    zonelistfile: "$WORK/zone.list"
    xfrdfile: "$WORK/xfrd.state"
    xfrdir: "$WORK/xfr"
    pidfile: "$WORK/nsd.pid"
    logfile: "$WORK/nsd.log"
    cookie-secret-file: "$WORK/cookiesecrets.txt"
    server-count: 1
    rrl-ratelimit: 0
    verbosity: 0
remote-control:
    control-enable: no
zone:
    name: "bl.mailops.test"
    zonefile: "bl.mailops.test.zone"
CONF
    nsd -d -c "$WORK/nsd.conf" >"$WORK/nsd.out" 2>&1 &
    NSD_PID=$!
    UPSTREAM=127.0.0.154:5301
    for _ in $(seq 50); do timeout 1 drill -p 5301 @127.0.0.154 bl.mailops.test SOA >/dev/null 2>&1 && break; sleep 0.1; done
fi
UHOST=${UPSTREAM%:*}
UPORT=${UPSTREAM##*:}
timeout 3 drill -p "$UPORT" "@$UHOST" bl.mailops.test SOA >/dev/null 2>&1 ||
    { echo "run-bench.sh: no DNS server answers for bl.mailops.test on $UPSTREAM ($(cat "$WORK/nsd.out" 2>/dev/null))" >&2; exit 1; }

python3 "$HERE/delayrelay.py" --listen "$RELAY_ADDR:53" --upstream "$UPSTREAM" --delay-ms "$DELAY_MS" --lifetime 1200 \
    >"$WORK/relay.out" 2>"$WORK/relay.err" &
RELAY_PID=$!
for _ in $(seq 50); do grep -q ready "$WORK/relay.out" 2>/dev/null && break; sleep 0.1; done
grep -q ready "$WORK/relay.out" || { echo "relay did not start: $(cat "$WORK/relay.err")" >&2; exit 1; }
printf 'nameserver %s\noptions timeout:3 attempts:1\n' "$RELAY_ADDR" >"$WORK/resolv.conf"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

lists() { # n -> "-s l01.bl.mailops.test -s ..."
    local i
    for i in $(seq -w 1 "$1"); do printf -- '-s l%s.bl.mailops.test ' "$i"; done
}

rbl() { # nlists ips... -> elapsed ms
    local n=$1; shift
    local start end
    start=$(now_ms)
    # shellcheck disable=SC2046
    unshare -m sh -c 'mount --bind "$0" /etc/resolv.conf && exec "$@"' "$WORK/resolv.conf" \
        timeout 900 rblcheck -q -c $(lists "$n") "$@" >/dev/null 2>&1
    end=$(now_ms)
    echo $((end - start))
}

ours() { # args... -> elapsed ms from the driver's own line
    "$DRIVER" --server "$RELAY_ADDR:53" "$@" | tee -a "$WORK/ours.txt" | sed -n 's/.*: \([0-9]*\) ms.*/\1/p'
}

cli() { # nlists ip -> whole-process ms
    local n=$1 ip=$2 start end
    for i in $(seq -w 1 "$n"); do echo "l$i.bl.mailops.test"; done >"$WORK/lists.txt"
    start=$(now_ms)
    "$CLI" dnsbl "$ip" --lists "$WORK/lists.txt" --server "$RELAY_ADDR:53" >/dev/null 2>&1
    end=$(now_ms)
    echo $((end - start))
}

echo "DNSBL benchmark: ${DELAY_MS} ms added to every answer (relay $RELAY_ADDR:53 -> NSD $UPSTREAM)"
if [ -n "$CLI" ] && ! "$CLI" --help 2>&1 | grep -qw dnsbl; then
    echo "($CLI has no dnsbl subcommand yet: whole-process figure skipped)"
    CLI=""
fi
mapfile -t IPS < <("$DRIVER" --print-ips --ips 1000)

a_ours=$(ours --lists 50 --ips 1)
a_live=$(ours --lists 50 --ips 1 --liveness)
a_rbl=$(rbl 50 127.1.0.1)
printf '\n1 address x 50 lists\n'
printf '  mailops (in process)          %6d ms\n' "$a_ours"
printf '  mailops (+ liveness, 150 q.)  %6d ms\n' "$a_live"
if [ -n "$CLI" ]; then a_cli=$(cli 50 127.1.0.1); printf '  mailops dnsbl (whole process) %6d ms\n' "$a_cli"; fi
printf '  rblcheck                      %6d ms\n' "$a_rbl"
awk -v a="$a_rbl" -v b="$a_ours" 'BEGIN { printf "  ratio rblcheck / mailops      %6.1fx\n", a / (b > 0 ? b : 1) }'

b_ours=$(ours --lists 10 --ips 1000)
b_rbl=$(rbl 10 "${IPS[@]:0:$RBL_IPS}")
scaled=""
if [ "$RBL_IPS" -lt 1000 ]; then
    b_rbl=$((b_rbl * 1000 / RBL_IPS)); scaled=" (measured on $RBL_IPS addresses, scaled to 1,000)"
fi
printf '\n1,000 addresses x 10 lists\n'
printf '  mailops (in process)          %6d ms\n' "$b_ours"
printf '  rblcheck                      %6d ms%s\n' "$b_rbl" "$scaled"
awk -v a="$b_rbl" -v b="$b_ours" 'BEGIN { printf "  ratio rblcheck / mailops      %6.1fx\n", a / (b > 0 ? b : 1) }'
printf '\ndriver output:\n'; sed 's/^/  /' "$WORK/ours.txt"
kill "$RELAY_PID" 2>/dev/null; wait "$RELAY_PID" 2>/dev/null; RELAY_PID=""
sed 's/^/  /' "$WORK/relay.err"
