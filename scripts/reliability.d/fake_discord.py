"""A local stand-in for Discord (REST API and gateway on one port), for scripts/reliability.

REST under /api/v10/: the bot user, message creation, interaction callbacks, webhook edits and follow-ups,
command registration. Every call that delivers something (messages, callbacks, edits) is recorded as a JSON line
in the log file given. The gateway (ws://127.0.0.1:PORT/) speaks plain JSON like Discord's: HELLO, READY and
GUILD_CREATE after IDENTIFY, heartbeat ACKs, and RESUME: events are numbered, and a client that resumes gets every
event after the last one it saw, then RESUMED. A new IDENTIFY starts a new session and replays nothing.

Control (POST /control): {"delay": seconds, "faults": [status, ...]} slows down or fails the next delivery calls;
{"burst": {"n": N, "tag": T, "disconnect_every": K, "code": C, "kinds": [...]}} dispatches N questions (guild
mentions, DMs and /ask interactions in turn, or the kinds given; each from its own user) as fast as it can,
closing the gateway connection with close code C after every K events (once the client has resumed from the last
close), and answers with the question refs (message ids and interaction tokens) and what happened to the session.
GET /status says whether the bot is ready (slash commands registered) and counts sessions, resumes and closes.
"""
import base64, hashlib, http.server, json, socket, struct, sys, threading, time

APP = "1100000000000000001"
GUILD = "1200000000000000001"
CHANNEL = "1300000000000000001"
PERMS = str(68608 | (1 << 38))
EPOCH = 1420070400000
LOCK = threading.Lock()
STATE = {"delay": 0.0, "faults": [], "ready": False, "identifies": 0, "resumes": 0, "closes": 0}
LOG = open(sys.argv[2], "a", buffering=1)
PORT = int(sys.argv[1])
_seq = [0]


def snowflake():
    with LOCK:
        _seq[0] += 1
        return str(((int(time.time() * 1000) - EPOCH) << 22) | (_seq[0] & 0x3FFFFF))


def now():
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())


def user(uid, name, bot=False):
    return {"id": uid, "username": name, "global_name": name, "discriminator": "0", "avatar": None, "bot": bot,
            "flags": 0}


BOT = user(APP, "Byline", True)


def message(channel, author, content, mentions, guild=True):
    m = {"id": snowflake(), "channel_id": channel, "author": author, "content": content, "timestamp": now(),
         "edited_timestamp": None, "tts": False, "mention_everyone": False, "mentions": mentions,
         "mention_roles": [], "attachments": [], "embeds": [], "pinned": False, "type": 0, "flags": 0}
    if guild:
        m["guild_id"] = GUILD
        m["member"] = {"roles": [], "joined_at": now(), "deaf": False, "mute": False, "flags": 0}
    return m


def interaction(author, question):
    return {"id": snowflake(), "application_id": APP, "type": 2, "token": "token-" + snowflake(), "version": 1,
            "guild_id": GUILD, "guild": {"id": GUILD, "locale": "en-US", "features": []}, "channel_id": CHANNEL,
            "channel": {"id": CHANNEL, "type": 0, "guild_id": GUILD, "name": "news"},
            "member": {"user": author, "roles": [], "joined_at": now(), "deaf": False, "mute": False, "flags": 0,
                       "permissions": PERMS},
            "data": {"id": snowflake(), "name": "ask", "type": 1,
                     "options": [{"name": "question", "type": 3, "value": question}]},
            "locale": "en-US", "guild_locale": "en-US", "app_permissions": PERMS, "entitlements": [],
            "authorizing_integration_owners": {"0": GUILD}, "context": 0}


def guild():
    everyone = {"id": GUILD, "name": "@everyone", "permissions": PERMS, "position": 0, "color": 0,
                "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None}, "hoist": False,
                "managed": False, "mentionable": False, "flags": 0}
    channel = {"id": CHANNEL, "type": 0, "guild_id": GUILD, "name": "news", "position": 0,
               "permission_overwrites": [], "nsfw": False, "parent_id": None}
    me = {"user": BOT, "roles": [], "joined_at": now(), "deaf": False, "mute": False, "flags": 0}
    return {"id": GUILD, "name": "Newsroom", "owner_id": "1400000000000000001", "afk_timeout": 300,
            "verification_level": 0, "default_message_notifications": 0, "explicit_content_filter": 0,
            "mfa_level": 0, "nsfw_level": 0, "premium_tier": 0, "features": [], "emojis": [], "stickers": [],
            "guild_scheduled_events": [], "soundboard_sounds": [], "roles": [everyone], "channels": [channel],
            "threads": [], "members": [me], "member_count": 3, "voice_states": [], "presences": [], "large": False,
            "unavailable": False, "preferred_locale": "en-US", "system_channel_flags": 0,
            "premium_progress_bar_enabled": False, "joined_at": now()}


class Gateway:
    """One session: numbered events, the current connection (if any), replay on RESUME."""

    def __init__(self):
        self.lock = threading.RLock()
        self.events = []  # (seq, frame text)
        self.conn = None
        self.session = None

    def dispatch(self, kind, data):
        with self.lock:
            seq = len(self.events) + 1
            text = json.dumps({"op": 0, "t": kind, "s": seq, "d": data})
            self.events.append((seq, text))
            if self.conn is not None:
                self.send(self.conn, text)

    def send(self, conn, text):
        try:
            send_frame(conn, 0x1, text.encode())
        except OSError:
            if self.conn is conn:
                self.conn = None

    def identify(self, conn):
        with self.lock:
            STATE["identifies"] += 1
            self.session = "session-" + snowflake()
            self.events = []
            self.conn = conn
            self.dispatch("READY", {"v": 10, "user": BOT, "guilds": [{"id": GUILD, "unavailable": True}],
                                    "private_channels": [], "session_id": self.session,
                                    "resume_gateway_url": f"ws://127.0.0.1:{PORT}/",
                                    "application": {"id": APP, "flags": 0}, "relationships": [], "presences": []})
            self.dispatch("GUILD_CREATE", guild())

    def resume(self, conn, session, seq):
        with self.lock:
            if session != self.session:
                send_frame(conn, 0x1, json.dumps({"op": 9, "d": False}).encode())
                return
            STATE["resumes"] += 1
            for s, text in self.events:
                if s > seq:
                    self.send(conn, text)
            self.conn = conn
            self.dispatch("RESUMED", {})

    def disconnect(self, code):
        with self.lock:
            conn, self.conn = self.conn, None
            if conn is not None:
                STATE["closes"] += 1
                try:
                    send_frame(conn, 0x8, struct.pack("!H", code) + b"reliability probe")
                    conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def connected(self):
        with self.lock:
            return self.conn is not None


GATEWAY = Gateway()


def send_frame(conn, opcode, payload):
    n = len(payload)
    head = bytes([0x80 | opcode])
    if n < 126:
        head += bytes([n])
    elif n < 65536:
        head += bytes([126]) + struct.pack("!H", n)
    else:
        head += bytes([127]) + struct.pack("!Q", n)
    conn.sendall(head + payload)


def read_exact(f, n):
    data = f.read(n)
    if data is None or len(data) < n:
        raise EOFError
    return data


def read_frame(f):
    b0, b1 = read_exact(f, 2)
    n = b1 & 0x7F
    if n == 126:
        n = struct.unpack("!H", read_exact(f, 2))[0]
    elif n == 127:
        n = struct.unpack("!Q", read_exact(f, 8))[0]
    mask = read_exact(f, 4) if b1 & 0x80 else b"\0\0\0\0"
    data = bytes(c ^ mask[i % 4] for i, c in enumerate(read_exact(f, n)))
    return b0 & 0x80, b0 & 0x0F, data


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        if self.headers.get("Upgrade", "").lower() == "websocket":
            return self.websocket()
        if self.path == "/status":
            with LOCK:
                return self.reply(200, dict(STATE, connected=GATEWAY.connected()))
        self.rest("GET", b"")

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path == "/control":
            return self.control(json.loads(body))
        self.rest("POST", body)

    def do_PATCH(self):
        self.rest("PATCH", self.rfile.read(int(self.headers.get("Content-Length") or 0)))

    def do_PUT(self):
        self.rest("PUT", self.rfile.read(int(self.headers.get("Content-Length") or 0)))

    def control(self, req):
        if "burst" in req:
            return self.reply(200, burst(**req["burst"]))
        with LOCK:
            STATE.update(req)
        self.reply(200, {"ok": True})

    def rest(self, method, raw):
        path = self.path.split("?")[0].split("/api/v10/")[-1]
        body = payload(raw, self.headers.get("Content-Type", ""))
        if method == "GET" and path == "users/@me":
            return self.reply(200, BOT)
        if method == "PUT" and path.endswith("/commands"):
            for c in body:
                c.update(id=snowflake(), application_id=APP, version=snowflake())
            with LOCK:
                STATE["ready"] = True
            return self.reply(200, body)
        parts = path.split("/")
        if method == "POST" and parts[0] == "channels" and parts[-1] == "messages":
            kind, ref, channel = "message", (body.get("message_reference") or {}).get("message_id"), parts[1]
        elif method == "POST" and parts[0] == "interactions":
            kind, ref, channel = "callback", parts[2], None
        elif method == "PATCH" and parts[0] == "webhooks" and path.endswith("@original"):
            kind, ref, channel = "edit", parts[2], CHANNEL
        elif method == "POST" and parts[0] == "webhooks":
            kind, ref, channel = "followup", parts[2], CHANNEL
        else:
            return self.reply(404, {"message": "Unknown route in the fake Discord", "code": 0})
        with LOCK:
            delay = STATE["delay"] if kind != "callback" else 0
            fault = STATE["faults"].pop(0) if STATE["faults"] and kind != "callback" else None
        record = {"t": time.time(), "kind": kind, "ref": ref, "content": (body.get("content") or "")[:120]}
        LOG.write(json.dumps(dict(record, phase="start")) + "\n")
        if delay:
            time.sleep(delay)
        if fault:
            LOG.write(json.dumps(dict(record, fault=fault)) + "\n")
            # a route's 429 as Discord sends it (behind its proxy: Via), so JDA takes it for the route's bucket
            headers = {"Retry-After": "1", "Via": "1.1 google", "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0",
                       "X-RateLimit-Reset-After": "1.000", "X-RateLimit-Bucket": "fake-" + kind,
                       "X-RateLimit-Scope": "user"} if fault == 429 else {}
            err = {"message": "You are being rate limited.", "retry_after": 1.0, "global": False, "code": 0} \
                if fault == 429 else {"message": "Internal Server Error", "code": 0}
            return self.reply(fault, err, headers)
        LOG.write(json.dumps(record) + "\n")
        if kind == "callback":
            return self.reply(204, None)
        self.reply(200, {"id": snowflake(), "channel_id": channel, "author": BOT, "content": body.get("content", ""),
                         "timestamp": now(), "edited_timestamp": None, "tts": False, "mention_everyone": False,
                         "mentions": [], "mention_roles": [], "attachments": [], "embeds": [], "pinned": False,
                         "type": 19 if "message_reference" in body else 0, "flags": body.get("flags", 0)})

    def websocket(self):
        key = self.headers["Sec-WebSocket-Key"]
        accept = base64.b64encode(hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest())
        self.wfile.write(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")
        self.wfile.flush()
        conn = self.connection
        send_frame(conn, 0x1, json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}).encode())
        buffer = b""
        try:
            while True:
                fin, opcode, data = read_frame(self.rfile)
                if opcode == 0x8:
                    try:
                        send_frame(conn, 0x8, data[:2])
                    except OSError:
                        pass
                    break
                if opcode == 0x9:
                    send_frame(conn, 0xA, data)
                    continue
                if opcode not in (0x0, 0x1):
                    continue
                buffer += data
                if not fin:
                    continue
                msg, buffer = json.loads(buffer), b""
                op = msg.get("op")
                if op == 1:
                    send_frame(conn, 0x1, b'{"op": 11}')
                elif op == 2:
                    GATEWAY.identify(conn)
                elif op == 6:
                    GATEWAY.resume(conn, msg["d"].get("session_id"), msg["d"].get("seq") or 0)
        except (EOFError, OSError, ValueError):
            pass
        finally:
            with GATEWAY.lock:
                if GATEWAY.conn is conn:
                    GATEWAY.conn = None
        self.close_connection = True

    def reply(self, status, obj, headers=None):
        data = b"" if obj is None else json.dumps(obj).encode()
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if obj is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def payload(raw, content_type):
    text = raw.decode("utf-8", "replace")
    if content_type.startswith("multipart/"):
        text = text[text.index("{", text.index('name="payload_json"')):text.rindex("}") + 1]
    try:
        return json.loads(text) if text else {}
    except ValueError:
        return {}


def burst(n, tag, disconnect_every=0, code=4000, kinds=("mention", "dm", "ask"),
          question="What does Stainless make?"):
    """Dispatches n questions; returns their refs: ("message", id) or ("edit", interaction token)."""
    refs = []
    before = dict(STATE)
    start = time.time()
    for i in range(n):
        author = user(str(1400000000000000000 + tag * 100000 + i), f"reader{i}")
        kind = kinds[i % len(kinds)]
        if kind == "mention":
            m = message(CHANNEL, author, f"<@{APP}> {question}", [BOT])
            GATEWAY.dispatch("MESSAGE_CREATE", m)
            refs.append(m["id"])
        elif kind == "dm":
            m = message(str(1500000000000000000 + tag * 100000 + i), author, question, [], guild=False)
            GATEWAY.dispatch("MESSAGE_CREATE", m)
            refs.append(m["id"])
        else:
            it = interaction(author, question)
            GATEWAY.dispatch("INTERACTION_CREATE", it)
            refs.append(it["token"])
        if disconnect_every and (i + 1) % disconnect_every == 0 and i + 1 < n:
            # the events dispatched since the last close may still wait for the resume: they keep their numbers
            deadline = time.time() + 30
            while not GATEWAY.connected() and time.time() < deadline:
                time.sleep(0.01)
            GATEWAY.disconnect(code)
    return {"refs": refs, "dispatch_s": round(time.time() - start, 2),
            "closes": STATE["closes"] - before["closes"], "resumes": STATE["resumes"] - before["resumes"],
            "identifies": STATE["identifies"] - before["identifies"]}


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64


Server(("127.0.0.1", PORT), Handler).serve_forever()
