"""A local stand-in for Slack's Web API and response URLs, for scripts/reliability.

Answers auth.test, records every chat.postMessage (and response_url post) as a JSON line in the log file
given, and can be told to slow down or fail: POST /control with {"delay": seconds, "faults": [status, ...]}.
"""
import http.server, json, sys, threading, time

LOCK = threading.Lock()
STATE = {"delay": 0.0, "faults": [], "ts": 0}
LOG = open(sys.argv[2], "a", buffering=1)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
        if self.path == "/control":
            with LOCK:
                STATE.update(json.loads(body))
            return self.reply(200, {"ok": True})
        method = self.path.split("/api/")[-1] if "/api/" in self.path else "response_url"
        if method == "auth.test":
            return self.reply(200, {"ok": True, "user_id": "UBYLINE", "bot_id": "BBYLINE", "team_id": "T0",
                                    "user": "byline", "team": "t", "url": "https://x.slack.com/"})
        with LOCK:
            delay = STATE["delay"]
            fault = STATE["faults"].pop(0) if STATE["faults"] else None
            STATE["ts"] += 1
            ts = STATE["ts"]
        if delay:
            time.sleep(delay)
        if fault:
            LOG.write(json.dumps({"t": time.time(), "method": method, "fault": fault}) + "\n")
            headers = {"Retry-After": "1"} if fault == 429 else {}
            return self.reply(fault, {"ok": False}, headers)
        LOG.write(json.dumps({"t": time.time(), "method": method, "body": body}) + "\n")
        self.reply(200, {"ok": True, "ts": "1800000000.%06d" % ts, "channel": "C0"})

    def reply(self, status, obj, headers=None):
        data = json.dumps(obj).encode()
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
