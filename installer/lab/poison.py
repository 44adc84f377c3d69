#!/usr/bin/python3
"""Sends the lab's poison message to the gateway over SMTP.

The filter hub crashes on the "X-Lab-Poison: yes" header (see filterhub.py).
The body is also malformed the way real poison tends to be: multipart bodies
nested deeper than any sane message (60 levels; Postfix's own
mime_nesting_limit is 100, so Postfix accepts it), giving the console's
queue scan something genuine to flag.

Prints "queue_id=ID message_id=<...>" on success; exits 1 with the server's
reply otherwise.
"""

import argparse
import smtplib
import sys
import time
import uuid

NESTING = 60


def build_message(sender, recipient, message_id):
    lines = [
        f"From: Lab poison <{sender}>",
        f"To: <{recipient}>",
        "Subject: Quarterly report (lab poison message)",
        f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S %z')}",
        f"Message-ID: {message_id}",
        "X-Lab-Poison: yes",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="nest-0"',
        "",
        "This is a multi-part message in MIME format.",
    ]
    for level in range(1, NESTING + 1):
        lines += [f"--nest-{level - 1}",
                  f'Content-Type: multipart/mixed; boundary="nest-{level}"',
                  ""]
    lines += [f"--nest-{NESTING}", "Content-Type: text/plain; charset=us-ascii", "",
              "The filter engine does not survive this message.", ""]
    for level in range(NESTING, -1, -1):
        lines.append(f"--nest-{level}--")
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def main():
    parser = argparse.ArgumentParser(description="Inject the lab's poison message.")
    parser.add_argument("--server", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=2525)
    parser.add_argument("--sender", default="poison@mailops.test")
    parser.add_argument("--recipient", default="victim@mailops.test")
    parser.add_argument("--timeout", type=float, default=20)
    args = parser.parse_args()

    message_id = f"<poison-{uuid.uuid4().hex[:16]}@mailops.test>"
    message = build_message(args.sender, args.recipient, message_id)
    try:
        with smtplib.SMTP(args.server, args.port, local_hostname="poison.mailops.test",
                          timeout=args.timeout) as s:
            for step, command in (("EHLO", s.ehlo),
                                  ("MAIL", lambda: s.mail(args.sender)),
                                  ("RCPT", lambda: s.rcpt(args.recipient))):
                code, text = command()
                if code >= 400:
                    print(f"{step} refused: {code} {text.decode(errors='replace')}", file=sys.stderr)
                    return 1
            code, text = s.data(message)
    except (OSError, smtplib.SMTPException) as e:
        print(f"cannot send to {args.server}:{args.port}: {e}", file=sys.stderr)
        return 1
    reply = text.decode(errors="replace")
    if code != 250:
        print(f"DATA refused: {code} {reply}", file=sys.stderr)
        return 1
    queue_id = reply.rsplit(" ", 1)[-1] if "queued as" in reply else "unknown"
    print(f"queue_id={queue_id} message_id={message_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
