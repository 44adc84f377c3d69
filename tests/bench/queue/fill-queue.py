#!/usr/bin/python3
"""Fills a Postfix queue over SMTP: many messages per connection, several
connections at once, recipients spread over domains the way a real backlog
is (a few big ones, a long tail), all relayed to dead loopback next hops by
the bench instance so that they stay deferred.

    fill-queue.py ADDR PORT FIRST COUNT [CONNECTIONS]

Messages are numbered from FIRST (so that topping up a queue adds new ones)
and deterministic for their numbers. Prints one line: messages and seconds.
"""
import random
import smtplib
import sys
import threading
import time

PER_CONNECTION = 500

# Recipient domains with weights: a long tail behind a few large ones.
DOMAINS = ([("bigisp.example", 30), ("webmail.example", 20), ("corp.example", 12),
            ("university.example", 8), ("partner.example", 6)]
           + [("customer%d.example" % i, 1) for i in range(1, 36)])
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"]
BODY = "\r\n".join(["This message waits in the benchmark queue."] * 12)


def message(rng, n):
    sender = "%s%d@sender%d.example" % (rng.choice(USERS), rng.randrange(100), rng.randrange(20))
    count = 1 if rng.random() < 0.7 else (2 if rng.random() < 0.66 else 3)
    names, weights = zip(*DOMAINS)
    recipients = ["%s%d@%s" % (rng.choice(USERS), rng.randrange(1000), d)
                  for d in rng.choices(names, weights, k=count)]
    text = ("From: <%s>\r\nTo: <%s>\r\nSubject: queue bench %d\r\nMessage-ID: <bench.%d@mailops.test>\r\n\r\n%s\r\n"
            % (sender, recipients[0], n, n, BODY))
    return sender, recipients, text


def worker(addr, port, first, count, errors):
    rng = random.Random(first)
    n = first
    end = first + count
    try:
        while n < end:
            with smtplib.SMTP(addr, port, timeout=60) as smtp:
                smtp.ehlo("bench.mailops.test")
                for _ in range(min(PER_CONNECTION, end - n)):
                    sender, recipients, text = message(rng, n)
                    smtp.sendmail(sender, recipients, text)
                    n += 1
    except (OSError, smtplib.SMTPException) as e:
        errors.append("%s after %d messages" % (e, n - first))


def main():
    if len(sys.argv) not in (5, 6):
        sys.exit(__doc__)
    addr, port = sys.argv[1], int(sys.argv[2])
    base, total = int(sys.argv[3]), int(sys.argv[4])
    connections = int(sys.argv[5]) if len(sys.argv) == 6 else 4
    share = (total + connections - 1) // connections
    errors = []
    started = time.monotonic()
    threads = []
    for i in range(connections):
        first = i * share
        count = max(0, min(share, total - first))
        t = threading.Thread(target=worker, args=(addr, port, base + first, count, errors))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    if errors:
        sys.exit("fill-queue.py: " + "; ".join(errors))
    print("sent %d messages in %.1f s" % (total, time.monotonic() - started))


if __name__ == "__main__":
    main()
