#!/usr/bin/env python3
"""A UDP DNS relay that adds a fixed delay to every answer.

Real DNS blocklists are tens of milliseconds away; the lab's NSD is on
loopback. This relay sits in between so that a benchmark sees realistic
round trips. Each query is forwarded at once, so queries in flight together
stay together; the answer is held for --delay-ms before it goes back. Prints the number of queries relayed when stopped (SIGTERM).

    delayrelay.py --listen 127.0.0.153:53 --upstream 127.0.0.1:5300 --delay-ms 20
"""
import argparse
import asyncio
import signal
import socket
import sys


def addr(text):
    host, _, port = text.rpartition(":")
    return host, int(port)


class Upstream(asyncio.DatagramProtocol):
    """One socket to the upstream server; answers are matched by query ID."""

    def __init__(self, relay):
        self.relay = relay

    def datagram_received(self, data, _addr):
        self.relay.answer(data)


class Relay(asyncio.DatagramProtocol):
    """Forwards each query at once with a fresh ID, holds the answer for the
    delay, and sends it back with the client's own ID."""

    def __init__(self, loop, delay):
        self.loop, self.delay = loop, delay
        self.queries = 0
        self.transport = None
        self.upstream = None
        self.pending = {}   # relay ID -> (client, original ID bytes)
        self.next_id = 0

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, client):
        if len(data) < 12:
            return
        self.queries += 1
        # 65536 IDs are plenty for the queries in flight at once; a stale
        # entry is simply overwritten.
        self.next_id = (self.next_id + 1) & 0xFFFF
        rid = self.next_id
        self.pending[rid] = (client, data[:2])
        self.upstream.sendto(rid.to_bytes(2, "big") + data[2:])

    def answer(self, data):
        if len(data) < 12:
            return
        entry = self.pending.pop(int.from_bytes(data[:2], "big"), None)
        if entry is None:
            return
        client, original = entry
        self.loop.call_later(self.delay, self.transport.sendto, original + data[2:], client)


async def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--listen", type=addr, required=True)
    p.add_argument("--upstream", type=addr, required=True)
    p.add_argument("--delay-ms", type=float, default=20.0)
    p.add_argument("--lifetime", type=float, default=1800.0, help="exit after this many seconds whatever happens")
    args = p.parse_args()
    loop = asyncio.get_running_loop()
    transport, relay = await loop.create_datagram_endpoint(lambda: Relay(loop, args.delay_ms / 1000.0), local_addr=args.listen)
    upstream, _ = await loop.create_datagram_endpoint(lambda: Upstream(relay), remote_addr=args.upstream)
    relay.upstream = upstream
    for t in (transport, upstream):
        # Bursts of thousands of queries must not be dropped by the kernel.
        t.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print("relay ready", flush=True)
    try:
        await asyncio.wait_for(stop.wait(), args.lifetime)
    except asyncio.TimeoutError:
        pass
    transport.close()
    print(f"relayed {relay.queries} queries", file=sys.stderr, flush=True)


if __name__ == "__main__":
    asyncio.run(main())
