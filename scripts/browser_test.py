#!/usr/bin/env python3
"""Baton's browser page in headless Chromium, driven over WebDriver.

Starts `BIN demo` on a fresh data directory (as `api_fuzz.py` does),
starts `chromedriver`, and walks the page as a person would. Today it
checks the sign-in link (`/#token=...`): a link never signs a browser in
by itself (login CSRF); the page names whose token it is and who is signed
in now, and asks; declining changes nothing; the same person's token is
taken without asking; a dead token is refused; the token leaves the
address bar at once. The interview page shows the record's gaps beside
the question that should close them. A manager's home is the dashboard,
showing what the API gives (departures in progress, accounts at risk with
their reasons, unassigned accounts), and a rep's dashboard shows no account
the rep may not see; screenshots of it at laptop and phone width are kept
under `target/browser/`. A manager transfers an account from its page,
and previews then applies a reassignment on the departures page.

    python3 scripts/browser_test.py --bin target/debug/baton

Needs Debian's `chromium` and `chromium-driver` (CI installs them). Only
the standard library: WebDriver is JSON over HTTP.
"""

import argparse
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from api_fuzz import call, start_demo  # noqa: E402


class WebDriver:
    """The few WebDriver commands the checks use."""

    def __init__(self, driver, chromium):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.proc = subprocess.Popen(
            [driver, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.base = f"http://127.0.0.1:{port}"
        self.profile = tempfile.mkdtemp(prefix="baton-browser-")
        deadline = time.time() + 30
        while True:
            try:
                self._send("GET", "/status")
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        options = {
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", f"--user-data-dir={self.profile}"],
        }
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome",
                                                 "goog:chromeOptions": options}}}
        self.session = self._send("POST", "/session", caps)["sessionId"]

    def _send(self, method, path, body=None):
        req = urllib.request.Request(
            self.base + path, method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return json.loads(r.read())["value"]
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"webdriver {method} {path}: {e.read().decode()[:500]}") from None

    def cmd(self, method, path, body=None):
        return self._send(method, f"/session/{self.session}{path}", body)

    def go(self, url):
        self.cmd("POST", "/url", {"url": url})

    def js(self, script, *args):
        return self.cmd("POST", "/execute/sync", {"script": script, "args": list(args)})

    def wait_for(self, css, timeout=15):
        """The text of the first element matching `css`, once it exists."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            text = self.js("const e = document.querySelector(arguments[0]);"
                           "return e ? e.innerText : null;", css)
            if text is not None:
                return text
            time.sleep(0.1)
        raise AssertionError(f"{css} never appeared; the page shows:\n"
                             + self.js("return document.body.innerText;"))

    def click(self, css):
        self.wait_for(css)
        self.js("document.querySelector(arguments[0]).click();", css)

    def screenshot(self, path, width):
        """Saves the page at `width` CSS pixels as a PNG under `path`."""
        self.cmd("POST", "/window/rect", {"width": width, "height": 900})
        time.sleep(0.3)
        png = base64.b64decode(self.cmd("GET", "/screenshot"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(png)

    def stored_token(self):
        return self.js("return window.localStorage.getItem('baton.token');")

    def close(self):
        try:
            self.cmd("DELETE", "")
        finally:
            self.proc.kill()
            shutil.rmtree(self.profile, ignore_errors=True)


def check(cond, message):
    if not cond:
        raise AssertionError(message)
    print(f"  ok  {message}")


def sign_in_links(b, base, admin, rep, rep_token):
    """A #token= link asks before it signs in, and never switches users
    silently."""
    print("sign-in links")
    b.go(f"{base}/#token={rep_token}")
    text = b.wait_for("#switch")
    check(rep["name"] in text and "not signed in" in text,
          "a link on a fresh browser names whose token it is and asks")
    check(b.stored_token() is None, "nothing is stored before the reader agrees")
    check("token=" not in b.js("return location.href;"), "the token left the address bar")
    b.click("#decline")
    b.wait_for("#signin")
    check(b.stored_token() is None, "declining leaves the browser signed out")

    b.go(f"{base}/#token={rep_token}")
    b.click("#accept")
    b.wait_for("#signout")
    who = b.wait_for("#who")
    check(rep["name"] in who and b.stored_token() == rep_token,
          f"signed in as {rep['name']} after accepting")

    admin_token = admin["token"]
    b.go(f"{base}/#token={admin_token}")
    text = b.wait_for("#switch")
    check(admin["name"] in text and f"signed in as {rep['name']}" in text,
          "a link for someone else says who is signed in now and asks")
    b.click("#decline")
    time.sleep(0.5)
    check(b.stored_token() == rep_token and rep["name"] in b.wait_for("#who"),
          "declining keeps the person who was signed in")

    b.go(f"{base}/#token={rep_token}")
    b.wait_for("#signout")
    check(b.js("return document.getElementById('switch');") is None
          and b.stored_token() == rep_token,
          "the same person's link is taken without asking")

    b.go(f"{base}/#token=bt_{'0' * 64}")
    text = b.wait_for("#signin")
    check("does not work" in b.js("return document.body.innerText;"),
          "a dead token in a link is refused with a reason")
    check(b.stored_token() == rep_token, "a dead link changes nothing stored")


def interview_gaps(b, base, admin_token):
    """The interview page shows, beside the question, the gaps of the
    record that question should close, as the API gives them."""
    print("gaps beside the question")
    users = call(base, admin_token, "GET", "/api/v1/users")
    accounts = call(base, admin_token, "GET", "/api/v1/accounts?per_page=200")["items"]
    owners = [u for u in users if u["role"] == "rep" and u["status"] == "active"
              and any(a["owner_id"] == u["id"] for a in accounts)]
    leaving = owners[-1]
    successor = next(u for u in users if u["status"] == "active" and u["id"] != leaving["id"]
                     and u["role"] == "rep")
    last_day = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 30 * 86400))
    departure = call(base, admin_token, "POST", "/api/v1/departures",
                     {"user_id": leaving["id"], "last_day": last_day,
                      "successor_id": successor["id"]})
    chosen = None
    for plan in departure["interviews"]:
        iv = call(base, admin_token, "GET", f"/api/v1/interviews/{plan['id']}")
        q = iv["current_prompt"]["question_id"]
        fed = [g for g in iv["gaps"] if q in g["question_ids"]]
        if fed:
            chosen = (iv, fed)
            break
    check(chosen is not None, "the demo has an interview whose first question has gaps")
    iv, fed = chosen
    token = call(base, admin_token, "POST", "/api/v1/tokens",
                 {"user_id": leaving["id"], "label": "browser test"})["token"]
    signed_in_as(b, base, token, f"#/interviews/{iv['id']}")
    shown = b.wait_for("#gaps")
    items = b.js("return Array.from(document.querySelectorAll('#gaps li'))"
                 ".map(li => [li.dataset.gap, li.dataset.status, li.innerText]);")
    check(len(items) == len(fed), f"{len(fed)} gap(s) shown beside the question")
    check(all(g["text"] in text and kind == g["kind"] and status == g["status"]
              for g, (kind, status, text) in zip(fed, items)),
          "each as the API gives it, with its status")
    check(iv["current_prompt"]["text"] in b.js("return document.body.innerText;")
          and fed[0]["text"] in shown, "next to the question that should close it")


def signed_in_as(b, base, token, page):
    """Opens `page` signed in with `token`, on a fresh load: nothing of the
    page shown before can be mistaken for it."""
    b.go(f"{base}/")
    b.js("window.localStorage.setItem('baton.token', arguments[0]);", token)
    b.go("about:blank")
    b.go(f"{base}/{page}")


def manager_dashboard(b, base, admin_token, shots):
    """A manager lands on the dashboard: the departure in progress with
    its progress, every account at risk with its reasons as the API gives
    them; a rep's dashboard shows only accounts the rep may see."""
    print("the manager's dashboard")
    users = call(base, admin_token, "GET", "/api/v1/users")
    departures = [d for d in call(base, admin_token, "GET", "/api/v1/departures")
                  if d["status"] == "open"]
    check(bool(departures), "a departure is in progress")
    leaving = next(u for u in users if u["id"] == departures[0]["user_id"])
    manager = next(u for u in users if u["id"] == leaving["manager_id"])
    token = call(base, admin_token, "POST", "/api/v1/tokens",
                 {"user_id": manager["id"], "label": "browser test"})["token"]
    expected = call(base, token, "GET", "/api/v1/dashboard?limit=100")
    signed_in_as(b, base, token, "")
    b.wait_for("#dashboard")
    check(b.js("return location.hash;") in ("", "#"),
          f"{manager['name']} lands on the dashboard")
    shown = b.js("return Array.from(document.querySelectorAll('#at-risk tr[data-account]'))"
                 ".map(tr => [tr.dataset.account, Array.from(tr.querySelectorAll('[data-reason]'))"
                 ".map(p => p.dataset.reason)]);")
    check(shown == [[a["account_id"], a["reasons"]] for a in expected["at_risk"]]
          and len(shown) > 0,
          f"{len(shown)} accounts at risk, in the API's order, each with its reasons")
    dep = b.js("return Array.from(document.querySelectorAll('#departures-in-progress [data-departure]'))"
               ".map(d => [d.dataset.departure, d.querySelector('progress').getAttribute('aria-label')]);")
    check([d[0] for d in dep] == [d["id"] for d in expected["departures"]]
          and all(label and leaving["name"] in label for _, label in dep[:1]),
          "the departure in progress, with a labelled progress bar")
    figures = b.wait_for("#figures")
    check(str(expected["at_risk_count"]) in figures, "the count of accounts at risk")
    for width, name in ((1280, "laptop"), (390, "phone")):
        b.screenshot(os.path.join(shots, f"dashboard-{name}.png"), width)
    check(b.js("return document.documentElement.scrollWidth <= window.innerWidth + 1;"),
          "at phone width the page does not scroll sideways")
    b.cmd("POST", "/window/rect", {"width": 1280, "height": 900})

    rep = next(u for u in users if u["role"] == "rep" and u["status"] == "active"
               and u["id"] != leaving["id"])
    rep_token = call(base, admin_token, "POST", "/api/v1/tokens",
                     {"user_id": rep["id"], "label": "browser test"})["token"]
    visible = {a["id"] for a in call(base, rep_token, "GET", "/api/v1/accounts?per_page=200")["items"]}
    everyone = {a["id"] for a in call(base, admin_token, "GET", "/api/v1/accounts?per_page=200")["items"]}
    signed_in_as(b, base, rep_token, "#/dashboard")
    b.wait_for("#dashboard")
    on_page = set(b.js("return Array.from(document.querySelectorAll('[data-account]'))"
                       ".map(e => e.dataset.account);"))
    text = b.js("return document.body.innerText;")
    hidden = everyone - visible
    names = {a["id"]: a["name"] for a in call(base, admin_token, "GET", "/api/v1/accounts?per_page=200")["items"]}
    check(on_page <= visible and not any(names[h] in text for h in hidden),
          f"{rep['name']}'s dashboard shows none of the {len(hidden)} accounts they may not see")


def transfers(b, base, admin_token):
    """A manager transfers an account from its page, with a reason that
    lands in its history; on the departures page, a reassignment's preview
    lists what would move and moves nothing, then the reassignment moves it."""
    print("transfers and reassignment")
    users = call(base, admin_token, "GET", "/api/v1/users")
    departure = next(d for d in call(base, admin_token, "GET", "/api/v1/departures")
                     if d["status"] == "open")
    leaving = next(u for u in users if u["id"] == departure["user_id"])
    manager = next(u for u in users if u["id"] == leaving["manager_id"])
    token = call(base, admin_token, "POST", "/api/v1/tokens",
                 {"user_id": manager["id"], "label": "browser test"})["token"]
    owned = lambda uid: sorted(a["id"] for a in call(
        base, admin_token, "GET", f"/api/v1/accounts?per_page=200&owner_id={uid}")["items"])
    accounts = owned(leaving["id"])
    check(len(accounts) >= 2, f"{leaving['name']} owns {len(accounts)} accounts")
    target = next(u for u in users if u["status"] == "active" and u["role"] == "rep"
                  and u["id"] != leaving["id"])

    moved = accounts[0]
    signed_in_as(b, base, token, f"#/accounts/{moved}")
    b.wait_for("#transfer")
    b.js("const f = document.getElementById('transfer');"
         "f.to_user_id.value = arguments[0]; f.reason.value = 'Browser test: covering the north';"
         "f.requestSubmit();", target["id"])
    deadline = time.time() + 10
    while time.time() < deadline and "covering the north" not in b.js("return document.body.innerText;"):
        time.sleep(0.1)
    detail = call(base, admin_token, "GET", f"/api/v1/accounts/{moved}")
    check(detail["owner_id"] == target["id"]
          and detail["ownership_history"][-1]["reason"] == "Browser test: covering the north"
          and "covering the north" in b.js("return document.body.innerText;"),
          f"the account went to {target['name']}, the reason in its history on the page")

    rest = owned(leaving["id"])
    signed_in_as(b, base, token, "#/departures")
    b.wait_for(f"form.reassign[data-departure='{departure['id']}']")
    form = f"form.reassign[data-departure='{departure['id']}']"
    b.js("document.querySelector(arguments[0]).to_user_id.value = arguments[1];", form, target["id"])
    b.click(f"{form} [data-preview]")
    b.wait_for(".reassign-result ul")
    listed = sorted(b.js("return Array.from(document.querySelectorAll('.reassign-result li'))"
                         ".map(li => li.dataset.account);"))
    check(listed == rest and owned(leaving["id"]) == rest,
          f"the preview lists the {len(rest)} accounts left and moves none")
    b.js("document.querySelector(arguments[0]).requestSubmit();", form)
    deadline = time.time() + 10
    while time.time() < deadline and b.js(
            "const r = document.querySelector('.reassign-result'); return r && r.dataset.preview;") != "false":
        time.sleep(0.1)
    check(owned(leaving["id"]) == [] and all(a in owned(target["id"]) for a in rest),
          f"reassigning moves them all to {target['name']}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", required=True, help="the baton binary")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    ap.add_argument("--driver", default=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    args = ap.parse_args()
    for tool in (args.chromium, args.driver):
        if not os.path.exists(tool):
            sys.exit(f"browser_test: {tool} is missing (Debian: apt-get install chromium chromium-driver)")

    data_dir = tempfile.mkdtemp(prefix="baton-browser-data-")
    demo, admin_token, base = start_demo(args.bin, data_dir)
    browser = None
    try:
        admin = call(base, admin_token, "GET", "/api/v1/me") | {"token": admin_token}
        users = call(base, admin_token, "GET", "/api/v1/users")
        rep = next(u for u in users if u["role"] == "rep" and u["status"] == "active")
        rep_token = call(base, admin_token, "POST", "/api/v1/tokens",
                         {"user_id": rep["id"], "label": "browser test"})["token"]
        browser = WebDriver(args.driver, args.chromium)
        started = time.time()
        sign_in_links(browser, base, admin, rep, rep_token)
        interview_gaps(browser, base, admin_token)
        shots = os.path.join(os.path.dirname(os.path.abspath(args.bin)), "..", "browser")
        manager_dashboard(browser, base, admin_token, os.path.normpath(shots))
        transfers(browser, base, admin_token)
        print(f"browser_test: all checks passed in {time.time() - started:.1f} s")
    except AssertionError as e:
        print(f"browser_test: FAILED: {e}", file=sys.stderr)
        sys.exit(1)
    finally:
        if browser:
            browser.close()
        demo.kill()
        demo.wait()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
