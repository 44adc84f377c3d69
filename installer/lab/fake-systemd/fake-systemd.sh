# Shared by the fake systemd-run and systemctl: where the fake manager keeps
# its transient units, and how it serialises changes to them.
#
# The state directory holds, per unit NAME:
#   NAME.timer    while the timer waits: pid=, deadline=, usec= (monotonic),
#                 command=
#   NAME.service  while the command runs, then its exit status
#   NAME.log      what the command printed (the journal of a real unit)
# and events: one line per scheduled, fired, finished or stopped unit.

FAKE_SYSTEMD_STATE=${MAILOPS_FAKE_SYSTEMD_DIR:-${TMPDIR:-/tmp}/mailops-fake-systemd-$(id -u)}
mkdir -p "$FAKE_SYSTEMD_STATE"

fake_lock() {
    exec 9>>"$FAKE_SYSTEMD_STATE/lock"
    flock -w 10 9
}

fake_unlock() {
    flock -u 9
    exec 9>&-
}

fake_event() {
    echo "$(date +%s) $*" >>"$FAKE_SYSTEMD_STATE/events"
}

fake_offline() {
    [ "${MAILOPS_FAKE_SYSTEMD_OFFLINE:-0}" = 1 ]
}

fake_offline_exit() {
    echo "System has not been booted with systemd as init system (PID 1). Can't operate." >&2
    echo "Failed to connect to bus: Host is down" >&2
    exit 1
}

# CLOCK_MONOTONIC now, in microseconds (close enough: the fake has no other clock).
fake_monotonic_usec() {
    awk '{ printf "%.0f\n", $1 * 1000000 }' /proc/uptime
}

# systemd's format_timespan(usec, 0), as systemctl show prints *USec values.
fake_timespan() {
    awk -v t="$1" 'BEGIN {
        if (t <= 0) { print "0"; exit }
        n = split("31557600000000 2629800000000 604800000000 86400000000 3600000000 60000000 1000000 1000 1", size, " ")
        split("y month w d h min s ms us", suffix, " ")
        out = ""
        for (i = 1; i <= n && t > 0; i++) {
            if (t < size[i]) continue
            a = int(t / size[i]); b = t - a * size[i]
            sep = (out == "") ? "" : " "
            if (t < 60000000 && b > 0) {
                j = 0; for (c = size[i]; c > 1; c /= 10) j++
                if (j > 0) { out = out sep sprintf("%d.%0" j "d%s", a, b, suffix[i]); t = 0; break }
            }
            out = out sep a suffix[i]; t = b
        }
        print out
    }'
}

fake_field() { # file key
    sed -n "s/^$2=//p" "$1" 2>/dev/null | head -n 1
}
