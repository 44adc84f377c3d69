#!/usr/bin/env bash
# The guided run on the lab beside what an admin types by hand for the same
# answers: drill for MX, addresses, PTRs, SPF, DMARC and each blocklist, and
# swaks for each MX (EHLO, STARTTLS, RCPT, no DATA). One run each, after one
# warm-up; prints both times and their ratio. Needs the lab: installer/lab/lab start.
set -euo pipefail
mailops=$1
dns=(@127.0.0.1 -p 5300)
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

manual() {
    drill "${dns[@]}" MX mailops.test >/dev/null
    for h in mx1 mx2; do drill "${dns[@]}" A $h.mailops.test >/dev/null; done
    for ip in 127.0.0.10 127.0.0.11; do drill "${dns[@]}" -x $ip >/dev/null; done
    drill "${dns[@]}" A mx1.mailops.test >/dev/null   # forward-confirm the PTR name
    drill "${dns[@]}" TXT mailops.test >/dev/null
    drill "${dns[@]}" TXT _dmarc.mailops.test >/dev/null
    for zone in bl.mailops.test dead.mailops.test refusing.mailops.test; do
        for q in 10.0.0.127 11.0.0.127 2.0.0.127 1.0.0.127; do drill "${dns[@]}" A $q.$zone >/dev/null; done
    done
    for ip in 127.0.0.10 127.0.0.11; do
        swaks --server $ip --port 2525 --to postmaster@mailops.test --from "" --quit-after RCPT \
              --tls-optional --timeout 5 >/dev/null 2>&1 || true
        swaks --server $ip --port 2525 --to relaytest@example.net --from probe@example.org --quit-after RCPT \
              --timeout 5 >/dev/null 2>&1 || true
    done
}

ours() { "$mailops" diagnose mailops.test --profile "Lab gateway" --json >/dev/null || true; }

command -v drill >/dev/null || { echo "bench: drill (ldnsutils) is missing"; exit 1; }
command -v swaks >/dev/null || { echo "bench: swaks is missing"; exit 1; }
ours; manual   # warm-up: caches, TLS session setup, page cache
t0=$(now); ours; t1=$(now); manual; t2=$(now)
a=$(ms $t0 $t1); b=$(ms $t1 $t2)
printf '%-58s %8s ms\n' "mailops diagnose (whole process, all checks)" "$a"
printf '%-58s %8s ms\n' "drill x 21 + swaks x 4, one after another" "$b"
awk -v a="$a" -v b="$b" 'BEGIN { if (a > 0) printf "ratio: mailops is %.1fx faster\n", b / a }'
