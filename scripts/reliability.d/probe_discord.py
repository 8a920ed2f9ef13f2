"""Drives a running `byline discord` through the fake Discord and prints one JSON line of figures per probe.

Usage: probe_discord.py FAKE_PORT DELIVERY_LOG PROBE [ARGS]
  burst N [DISCONNECT_EVERY]   N questions (mentions, DMs, /ask in turn) as fast as the gateway sends them,
                               the connection closed with 4000 (resumable) after every DISCONNECT_EVERY events
  fault STATUS                 the next delivery call fails once with STATUS (429 with Retry-After: 1, or 5xx)
  inflight N                   REST takes 3 s per delivery; N questions; returns their refs once 4 deliveries
                               have begun
  count REFS                   answer figures for the questions REFS (a JSON list), at once
  status                       the fake's counters (sessions identified, resumed, connection closes)
"""
import http.client, json, sys, time

FAKE, LOG, PROBE = int(sys.argv[1]), sys.argv[2], sys.argv[3]
BUSY = "I'm answering a lot of questions"
SORRY = "Sorry, something went wrong"
SLOW = "You're asking faster"


def call(method, path, body=None, timeout=120):
    conn = http.client.HTTPConnection("127.0.0.1", FAKE, timeout=timeout)
    conn.request(method, path, body=None if body is None else json.dumps(body))
    return json.loads(conn.getresponse().read())


def records():
    with open(LOG) as f:
        # a last line without its newline is still being written: read it on the next look
        return [json.loads(line) for line in f if line.endswith("\n")]


def delivered(refs, wait):
    """Answer figures for the questions {refs}, waiting up to {wait} s for one delivery each."""
    wanted = set(refs)
    deadline = time.time() + wait
    while True:
        got = [r for r in records() if r.get("ref") in wanted and "phase" not in r and "fault" not in r
               and r["kind"] in ("message", "edit")]
        if len({r["ref"] for r in got}) >= len(wanted) or time.time() > deadline:
            break
        time.sleep(0.2)
    time.sleep(1)  # late duplicates, if any, have a moment to show up
    got = [r for r in records() if r.get("ref") in wanted and "phase" not in r and "fault" not in r
           and r["kind"] in ("message", "edit")]
    busy = sum(1 for r in got if r["content"].startswith(BUSY))
    sorry = sum(1 for r in got if r["content"].startswith(SORRY))
    slow = sum(1 for r in got if r["content"].startswith(SLOW))
    refs_seen = [r["ref"] for r in got]
    return {"answers": len(got) - busy - sorry - slow, "busy_notices": busy, "apologies": sorry,
            "slow_down_notices": slow, "duplicates": len(refs_seen) - len(set(refs_seen)),
            "lost": len(wanted) - len(set(refs_seen))}


def deliveries_started(refs):
    wanted = set(refs)
    return sum(1 for r in records() if r.get("phase") == "start" and r.get("ref") in wanted)


if PROBE == "burst":
    n = int(sys.argv[4])
    every = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    call("POST", "/control", {"delay": 0, "faults": []})
    before = call("GET", "/status")
    start = time.time()
    sent = call("POST", "/control", {"burst": {"n": n, "tag": 21 if every == 0 else 22, "disconnect_every": every}})
    figures = {"events": n, "dispatch_s": sent["dispatch_s"]}
    figures.update(delivered(sent["refs"], 120))
    wanted = set(sent["refs"])
    figures["last_answer_s"] = round(max([r["t"] for r in records() if r.get("ref") in wanted], default=start)
                                     - start, 1)
    if every:
        after = call("GET", "/status")
        figures.update({k: after[k] - before[k] for k in ("closes", "resumes", "identifies")})
elif PROBE == "fault":
    fault = int(sys.argv[4])
    figures = {"fault": fault}
    for i, kind in enumerate(("mention", "dm", "ask")):
        call("POST", "/control", {"delay": 0, "faults": [fault]})
        sent = call("POST", "/control", {"burst": {"n": 1, "tag": 30 + fault * 10 + i, "kinds": [kind]}})
        figures[kind] = delivered(sent["refs"], 15)
        call("POST", "/control", {"delay": 0, "faults": []})
elif PROBE == "inflight":
    n = int(sys.argv[4])
    call("POST", "/control", {"delay": 3, "faults": []})
    sent = call("POST", "/control", {"burst": {"n": n, "tag": 23}})
    deadline = time.time() + 60
    while deliveries_started(sent["refs"]) < 4 and time.time() < deadline:
        time.sleep(0.05)
    figures = {"refs": sent["refs"]}
elif PROBE == "count":
    refs = json.loads(sys.argv[4])
    figures = delivered(refs, 0)
elif PROBE == "status":
    figures = call("GET", "/status")
print(json.dumps(figures))
