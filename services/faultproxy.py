#!/usr/bin/env python3
"""A TCP proxy that injects faults between the site and a service (Elasticsearch): switched at
runtime to pass traffic, refuse connections (a closed port), blackhole them (accept, never
answer: a hung server) or answer N seconds late (a slow one). Pure standard library.

    services/faultproxy.py serve --listen 9291 --target 127.0.0.1:9201 [--control 9292]
    services/faultproxy.py set slow 3 [--control 9292]      # or: pass, refuse, blackhole
    services/faultproxy.py get [--control 9292]

Point ELASTICSEARCH_URL at the listening port. Tests use `FaultProxy` in process
(tests/test_faults_search.py); bench/faults.py and the load run drive it with `set`."""

import argparse
import contextlib
import socket
import sys
import threading
import time

MODES = ("pass", "refuse", "blackhole", "slow")
CHUNK = 65536


class FaultProxy:
    def __init__(self, target, listen_port=0, host="127.0.0.1"):
        self.target = target  # (host, port)
        self.host = host
        self.mode, self.delay = "pass", 0.0
        self.lock = threading.Lock()
        self.connections = set()
        self.listener = None
        self.port = listen_port
        self.closed = False

    # --- control ---------------------------------------------------------------------------

    def start(self):
        self._listen()
        return self

    def set(self, mode, delay=0.0):
        """Switch the fault; refusing closes the port and every open connection."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}, expected one of {', '.join(MODES)}")
        with self.lock:
            self.mode, self.delay = mode, float(delay) if mode == "slow" else 0.0
        if mode == "refuse":
            self._stop_listening()
            self._drop_connections()
        elif self.listener is None:
            self._listen()
        if mode == "pass":
            self._drop_connections()  # blackholed connections would hang their clients forever

    def close(self):
        self.closed = True
        self._stop_listening()
        self._drop_connections()

    @property
    def url(self):
        return f"http://{self.host}:{self.port}"

    # --- plumbing --------------------------------------------------------------------------

    def _listen(self):
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, self.port))
        listener.listen(128)
        self.port = listener.getsockname()[1]  # the same port again after a refusal
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _stop_listening(self):
        listener, self.listener = self.listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()

    def _drop_connections(self):
        with self.lock:
            connections, self.connections = self.connections, set()
        for sock in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # the listener was closed
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client):
        with self.lock:
            self.connections.add(client)
            blackholed = self.mode == "blackhole"
        if blackholed:
            return  # accepted, never answered: the client waits for its own timeout
        try:
            upstream = socket.create_connection(self.target, timeout=5)
            upstream.settimeout(None)
        except OSError:
            client.close()
            return
        with self.lock:
            self.connections.add(upstream)
        asked = threading.Event()  # a request went up: its answer is the one to delay
        threading.Thread(target=self._pump, args=(client, upstream, asked), daemon=True).start()
        self._pump(upstream, client, asked, answers=True)

    def _pump(self, source, sink, asked, answers=False):
        """Copy bytes until either side closes; what arrives while blackholed is dropped, and
        in the slow mode the first chunk of each answer waits the delay."""
        try:
            while chunk := source.recv(CHUNK):
                mode, delay = self.mode, self.delay
                if mode == "blackhole":
                    continue
                if not answers:
                    asked.set()
                elif asked.is_set():
                    asked.clear()
                    if mode == "slow":
                        time.sleep(delay)
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


# --- the command line: a proxy process and a control port ---------------------------------


def address(text):
    host, _, port = text.rpartition(":")
    return host or "127.0.0.1", int(port)


def serve(args):
    proxy = FaultProxy(address(args.target), args.listen).start()
    control = socket.create_server(("127.0.0.1", args.control))
    sys.stdout.write(f"faultproxy: {proxy.url} -> {args.target}, control on {args.control}\n")
    sys.stdout.flush()
    while True:
        conn, _ = control.accept()
        with conn:
            words = conn.makefile().readline().split()
            try:
                if words and words[0] != "get":
                    proxy.set(words[0], *words[1:2])
                reply = f"{proxy.mode} {proxy.delay:g}\n"
            except (ValueError, IndexError) as error:
                reply = f"error {error}\n"
            conn.sendall(reply.encode())


def send(command, control_port):
    with socket.create_connection(("127.0.0.1", control_port), timeout=5) as conn:
        conn.sendall(command.encode() + b"\n")
        return conn.makefile().readline().strip()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("serve", help="run the proxy in the foreground")
    run.add_argument("--listen", type=int, default=9291)
    run.add_argument("--target", default="127.0.0.1:9201")
    run.add_argument("--control", type=int, default=9292)
    switch = sub.add_parser("set", help="switch the fault of a running proxy")
    switch.add_argument("mode", choices=MODES)
    switch.add_argument("seconds", nargs="?", default="0", help="the delay of the slow mode")
    switch.add_argument("--control", type=int, default=9292)
    get = sub.add_parser("get", help="print the current mode")
    get.add_argument("--control", type=int, default=9292)
    args = parser.parse_args(argv)
    if args.command == "serve":
        serve(args)
    reply = send("get" if args.command == "get" else f"{args.mode} {args.seconds}", args.control)
    sys.stdout.write(reply + "\n")
    return 1 if reply.startswith("error") else 0


if __name__ == "__main__":
    sys.exit(main())
