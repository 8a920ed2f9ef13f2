"""Drives a running `byline slack` like Slack does and prints one JSON line of figures per probe.

Usage: probe.py BYLINE_PORT FAKE_PORT POST_LOG SIGNING_SECRET PROBE [ARGS]
"""
import concurrent.futures, hashlib, hmac, http.client, json, sys, time, urllib.parse

PORT, FAKE, LOG, SECRET, PROBE = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]


def sign(body, ts):
    return "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()


def post(conn, body, ts=None, signed=True, content_type="application/json", extra=None):
    ts = str(int(time.time())) if ts is None else ts
    headers = {"Content-Type": content_type, **(extra or {})}
    if signed:
        headers.update({"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sign(body, ts)})
    start = time.perf_counter()
    try:
        conn.request("POST", "/slack/events", body=body, headers=headers)
    except OSError:
        pass  # the server may answer 413 and close before reading a large body: read what it said
    resp = conn.getresponse()
    text = resp.read()
    return resp.status, (time.perf_counter() - start) * 1000, resp.getheader("Content-Type") or "", text


def mention(i, tag):
    """Probe {tag} (a number) asks question {i} in its own thread: thread ts {tag}00000.{i}."""
    return json.dumps({"type": "event_callback", "team_id": "T0", "api_app_id": "A0", "event_id": f"Ev{tag}-{i}",
                       "event_time": 1800000000, "event": {"type": "app_mention", "user": "U1", "channel": "C0",
                       "ts": f"{tag}00000.{i:06d}", "text": "<@UBYLINE> What does Stainless make?"}}
                      ).encode()


def control(**state):
    conn = http.client.HTTPConnection("127.0.0.1", FAKE)
    conn.request("POST", "/control", body=json.dumps(state))
    conn.getresponse().read()


def posts(tag):
    found = []
    for line in open(LOG):
        if not line.endswith("\n"):
            break  # the fake is still writing this record: it is read on the next look
        rec = json.loads(line)
        if "body" in rec:
            form = urllib.parse.parse_qs(rec["body"])
            if form.get("thread_ts", [""])[0].startswith(f"{tag}00000."):
                found.append(form)
    return found


def burst(n, connections, tag):
    def worker(k):
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        return [post(conn, mention(i, tag))[:2] for i in range(k, n, connections)]
    with concurrent.futures.ThreadPoolExecutor(connections) as pool:
        results = [r for rs in pool.map(worker, range(connections)) for r in rs]
    acks = sorted(ms for _, ms in results)
    return {"events": n, "acked_200": sum(1 for s, _ in results if s == 200),
            "ack_p50_ms": round(acks[len(acks) // 2]), "ack_p95_ms": round(acks[int(len(acks) * .95) - 1]),
            "ack_max_ms": round(acks[-1])}


def delivered(tag, n, wait):
    deadline = time.time() + wait
    while time.time() < deadline:
        got = posts(tag)
        if len(got) >= n:
            break
        time.sleep(0.2)
    got = posts(tag)
    threads = [p.get("thread_ts", [""])[0] for p in got]
    busy = sum(1 for p in got if "too many questions" in p.get("text", [""])[0])
    sorry = sum(1 for p in got if p.get("text", [""])[0].startswith("Sorry, something"))
    return {"answers": len(got) - busy - sorry, "busy_notices": busy, "apologies": sorry,
            "duplicates": len(threads) - len(set(threads)), "lost": n - len(set(threads))}


if PROBE == "burst":
    n, delay = int(sys.argv[6]), float(sys.argv[7])
    control(delay=delay, faults=[])
    tag = 19001 if delay == 0 else 19002
    figures = burst(n, 16, tag)
    figures.update(delivered(tag, n, 60 + n * delay / 4))
    control(delay=0, faults=[])
elif PROBE == "fault":
    fault = int(sys.argv[6])
    control(delay=0, faults=[fault])
    tag = 19000 + fault
    figures = {"fault": fault, "ack": burst(1, 1, tag)["acked_200"]}
    figures.update(delivered(tag, 1, 10))
elif PROBE == "forged":
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    body = mention(1, 19003)
    old, future = str(int(time.time()) - 600), str(int(time.time()) + 600)
    rows = {"unsigned [1,2,3]": post(conn, b"[1,2,3]", signed=False),
            "bad signature": post(conn, body, signed=False),
            "timestamp 10 min old": post(conn, body, ts=old),
            "timestamp 10 min ahead": post(conn, body, ts=future),
            "signed garbage": post(conn, b"[1,2,3]")}
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    rows["8 MB signed body"] = post(conn, b"{" + b" " * (8 << 20) + b"}")
    ts = str(int(time.time()))
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    replay = mention(2, 19004)
    first, again = post(conn, replay, ts=ts), post(conn, replay, ts=ts)
    figures = {k: {"status": v[0], "type": v[2].split(";")[0], "body": v[3][:40].decode("utf-8", "replace")}
               for k, v in rows.items()}
    figures["identical replay"] = {"statuses": [first[0], again[0]], **delivered(19004, 1, 5)}
elif PROBE == "inflight":
    n = int(sys.argv[6])
    control(delay=3, faults=[])
    figures = burst(n, 4, 19005)
elif PROBE == "stall":
    seconds = float(sys.argv[6])
    control(delay=seconds, faults=[])
    figures = {"stall_s": seconds, "ack": burst(1, 1, 19006)["acked_200"]}
    time.sleep(seconds + 3)  # the SDK gives up after 10 s; an apology, if any, would follow at once
    control(delay=0, faults=[])
    figures.update(delivered(19006, 1, 5))
elif PROBE == "retry":
    others = int(sys.argv[6])
    control(delay=0, faults=[])
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    first = post(conn, mention(1, 19007))
    delivered(19007, 1, 10)
    between = burst(others, 16, 19008)
    between.update(delivered(19008, others, 120 + others / 50))
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)  # the first one has idled out meanwhile
    again = post(conn, mention(1, 19007), extra={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    post(conn, mention(2, 19007))  # a fresh question after the retry: once it is answered, so is the retry if at all
    figures = {"first": first[0], "other_events": {k: between[k] for k in ("events", "acked_200", "answers", "lost",
               "duplicates", "busy_notices")}, "retry_status": again[0]}
    figures.update(delivered(19007, 2, 10))
    time.sleep(1)
    figures.update(delivered(19007, 2, 0))
print(json.dumps(figures))
