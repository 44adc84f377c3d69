#!/bin/bash
# Checks, independently of the lab script's own bookkeeping, that a stopped
# lab left nothing behind: no process naming the lab directory in its argv or
# working in it (Postfix daemons sit in the queue directory), and no listener
# on a lab port.
set -u -o pipefail
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
lab=${MAILOPS_LAB_DIR:-/var/lib/mailops-lab}
status=0

if pids=$(pgrep -d ' ' -f -- "$lab/"); then
    echo "processes naming $lab/ still run:"
    ps -o pid=,args= -p "${pids// /,}"
    status=1
fi
for d in /proc/[0-9]*; do
    cwd=$(readlink "$d/cwd" 2>/dev/null) || continue
    case $cwd in
        "$lab" | "$lab"/*)
            [ "${d#/proc/}" = "$$" ] && continue
            echo "process ${d#/proc/} ($(tr '\0' ' ' <"$d/cmdline" | cut -c1-100)) works in $cwd"
            status=1
            ;;
    esac
done
for port in 2525 2587 2465 10025 10026 9011 5300; do
    if [ -n "$(timeout 5 ss -ltnH "sport = :$port")" ]; then
        echo "something still listens on TCP port $port"
        status=1
    fi
done
if [ -n "$(timeout 5 ss -lunH "sport = :5300")" ]; then
    echo "something still listens on UDP port 5300"
    status=1
fi
[ $status -eq 0 ] && echo "no lab process or listener left in $lab"
exit $status
