#!/usr/bin/python3
"""The lab's filter hub: a minimal SMTP content filter in the style of
Postfix's FILTER_README (after-queue, SMTP in and SMTP out).

It accepts mail from Postfix's content_filter transport on --listen, and passes
each message unchanged to Postfix's reinjection smtpd on --next, answering the
end of DATA with the reply it got from there, so that Postfix keeps the message
queued when the hub cannot deliver it.

Poison: a message whose header section contains "X-Lab-Poison: yes" (name and
value case-insensitive) makes the hub log one line naming the Postfix queue id
and Message-ID and exit with status 70 before it answers the end of DATA. The
client sees a lost connection, Postfix defers the message and offers it again
on its next queue run, and the hub crash-loops under supervisord until the
message is held or deleted (postsuper -h / -d). That replays the third story
of the design: one malformed message killing the filter engine on every
restart.

Standard library only (no smtpd module, which Python 3.12 removed).
"""

import argparse
import asyncio
import os
import re
import smtplib
import sys
import time

EX_SOFTWARE = 70

MAX_LINE = 64 * 1024            # a command or message line
MAX_MESSAGE = 64 * 1024 * 1024  # above Postfix's default message_size_limit
MAX_RECIPIENTS = 1000
COMMAND_TIMEOUT = 300           # RFC 5321 4.5.3.2.7 server timeout
NEXT_HOP_TIMEOUT = 60

POISON_RE = re.compile(rb"^x-lab-poison[ \t]*:[ \t]*yes[ \t]*$", re.IGNORECASE | re.MULTILINE)
QUEUE_ID_RE = re.compile(rb"\bwith\s+E?SMTP\S*\s+id\s+([0-9A-Za-z]+)", re.IGNORECASE)
MESSAGE_ID_RE = re.compile(rb"^message-id[ \t]*:[ \t]*(.*)$", re.IGNORECASE | re.MULTILINE)

log_file = sys.stderr


def log(text):
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S")
    print(f"{stamp} filterhub[{os.getpid()}]: {text}", file=log_file, flush=True)


def header_section(message):
    end = message.find(b"\r\n\r\n")
    head = message if end < 0 else message[:end]
    # Unfold continuation lines so that folded headers match as one line.
    return re.sub(rb"\r\n[ \t]+", b" ", head).replace(b"\r\n", b"\n")


def describe(message):
    """Queue id from the topmost Received header (added by the smtpd that
    took the message in), and the Message-ID, for log lines."""
    head = header_section(message)
    queue_id = "unknown"
    for line in head.split(b"\n"):
        if line.lower().startswith(b"received:"):
            m = QUEUE_ID_RE.search(line)
            if m:
                queue_id = m.group(1).decode("ascii", "replace")
            break
    m = MESSAGE_ID_RE.search(head)
    message_id = m.group(1).strip().decode("ascii", "replace") if m else "none"
    return queue_id, message_id


def forward(next_host, next_port, sender, recipients, message):
    """Passes one message on; returns the (code, text) to give our client."""
    try:
        with smtplib.SMTP(next_host, next_port, local_hostname="filterhub.mailops.test",
                          timeout=NEXT_HOP_TIMEOUT) as s:
            code, text = s.ehlo()
            if code != 250:
                return 451, "4.3.0 next hop refused EHLO"
            code, text = s.mail(sender)
            if code != 250:
                return code, text.decode("utf-8", "replace")
            refused = []
            for rcpt in recipients:
                code, text = s.rcpt(rcpt)
                if code not in (250, 251):
                    refused.append((code, text))
            if refused:
                # One reply covers all recipients: tempfail unless every
                # refusal was permanent, so that nothing is lost silently.
                code, text = refused[0]
                if len(refused) < len(recipients) or any(c < 500 for c, _ in refused):
                    code = 451
                return code, text.decode("utf-8", "replace")
            code, text = s.data(message)
            return code, text.decode("utf-8", "replace")
    except smtplib.SMTPResponseException as e:
        return e.smtp_code, e.smtp_error.decode("utf-8", "replace")
    except (OSError, smtplib.SMTPException) as e:
        return 451, f"4.4.0 next hop {next_host}:{next_port} unavailable: {e}"


class Session:
    def __init__(self, args, reader, writer):
        self.args = args
        self.reader = reader
        self.writer = writer
        self.reset()

    def reset(self):
        self.sender = None
        self.recipients = []

    async def reply(self, text):
        self.writer.write(text.encode("utf-8", "replace") + b"\r\n")
        await self.writer.drain()

    async def readline(self):
        try:
            line = await asyncio.wait_for(self.reader.readuntil(b"\n"), COMMAND_TIMEOUT)
        except asyncio.LimitOverrunError:
            return None
        except (asyncio.IncompleteReadError, asyncio.TimeoutError, ConnectionError):
            raise EOFError
        return line

    async def discard_rest_of_line(self):
        while True:
            try:
                await asyncio.wait_for(self.reader.readuntil(b"\n"), COMMAND_TIMEOUT)
                return
            except asyncio.LimitOverrunError as e:
                await asyncio.wait_for(self.reader.readexactly(e.consumed) if e.consumed
                                       else self.reader.read(MAX_LINE), COMMAND_TIMEOUT)
            except (asyncio.IncompleteReadError, asyncio.TimeoutError, ConnectionError):
                raise EOFError

    async def read_data(self):
        """Reads the message up to the lone dot; None if it was too big."""
        chunks = []
        size = 0
        too_big = False
        while True:
            line = await self.readline()
            if line is None:
                too_big = True
                await self.discard_rest_of_line()
                continue
            if line in (b".\r\n", b".\n"):
                break
            if line.startswith(b"."):
                line = line[1:]
            if not line.endswith(b"\r\n"):
                line = line.rstrip(b"\n") + b"\r\n"
            size += len(line)
            if size > MAX_MESSAGE:
                too_big = True
                chunks = []
            if not too_big:
                chunks.append(line)
        return None if too_big else b"".join(chunks)

    async def run(self):
        await self.reply(f"220 {self.args.hostname} ESMTP lab filter hub")
        while True:
            try:
                line = await self.readline()
            except EOFError:
                return
            if line is None:
                try:
                    await self.discard_rest_of_line()
                except EOFError:
                    return
                await self.reply("500 5.5.2 line too long")
                continue
            text = line.decode("utf-8", "replace").rstrip("\r\n")
            verb, _, arg = text.partition(" ")
            verb = verb.upper()
            if verb == "EHLO":
                self.reset()
                await self.reply(f"250-{self.args.hostname}\r\n250-SIZE {MAX_MESSAGE}\r\n"
                                 "250-8BITMIME\r\n250 ENHANCEDSTATUSCODES")
            elif verb == "HELO":
                self.reset()
                await self.reply(f"250 {self.args.hostname}")
            elif verb == "MAIL":
                m = re.match(r"(?i)FROM:\s*<([^>]*)>", arg)
                if not m:
                    await self.reply("501 5.5.4 syntax: MAIL FROM:<address>")
                    continue
                self.reset()
                self.sender = m.group(1)
                await self.reply("250 2.1.0 Ok")
            elif verb == "RCPT":
                m = re.match(r"(?i)TO:\s*<([^>]+)>", arg)
                if self.sender is None:
                    await self.reply("503 5.5.1 need MAIL first")
                elif not m:
                    await self.reply("501 5.5.4 syntax: RCPT TO:<address>")
                elif len(self.recipients) >= MAX_RECIPIENTS:
                    await self.reply("452 4.5.3 too many recipients")
                else:
                    self.recipients.append(m.group(1))
                    await self.reply("250 2.1.5 Ok")
            elif verb == "DATA":
                if not self.recipients:
                    await self.reply("503 5.5.1 need RCPT first")
                    continue
                await self.reply("354 End data with <CR><LF>.<CR><LF>")
                try:
                    message = await self.read_data()
                except EOFError:
                    return
                if message is None:
                    await self.reply("552 5.3.4 message too big")
                else:
                    await self.deliver(message)
                self.reset()
            elif verb == "RSET":
                self.reset()
                await self.reply("250 2.0.0 Ok")
            elif verb == "NOOP":
                await self.reply("250 2.0.0 Ok")
            elif verb == "QUIT":
                await self.reply("221 2.0.0 Bye")
                return
            else:
                await self.reply("502 5.5.2 command not recognized")

    async def deliver(self, message):
        queue_id, message_id = describe(message)
        if POISON_RE.search(header_section(message)):
            log(f"FATAL: poison message queue_id={queue_id} message_id={message_id}: "
                "engine crashed while scanning, exiting")
            # No reply, no cleanup: the client must see a lost connection.
            os._exit(EX_SOFTWARE)
        code, text = await asyncio.to_thread(
            forward, self.args.next_host, self.args.next_port,
            self.sender, self.recipients, message)
        log(f"queue_id={queue_id} message_id={message_id} from=<{self.sender}> "
            f"nrcpt={len(self.recipients)} size={len(message)} -> {code} {text}")
        await self.reply(f"{code} {text}")


def host_port(value):
    host, _, port = value.rpartition(":")
    return host.strip("[]"), int(port)


async def main():
    global log_file
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--listen", default="127.0.0.1:10025", type=host_port)
    parser.add_argument("--next", default="127.0.0.1:10026", type=host_port)
    parser.add_argument("--hostname", default="filterhub.mailops.test")
    parser.add_argument("--log", help="append log lines to this file as well as stderr")
    args = parser.parse_args()
    args.next_host, args.next_port = args.next
    if args.log:
        log_file = open(args.log, "a", buffering=1)

    async def handle(reader, writer):
        try:
            await Session(args, reader, writer).run()
        except (ConnectionError, EOFError):
            pass
        finally:
            writer.close()

    host, port = args.listen
    server = await asyncio.start_server(handle, host, port, limit=MAX_LINE, reuse_address=True)
    log(f"listening on {host}:{port}, passing mail to {args.next_host}:{args.next_port}")
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
