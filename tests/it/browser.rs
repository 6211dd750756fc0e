//! The pages in headless Chromium, driven from Rust over WebDriver (JSON
//! over HTTP to Debian's `chromedriver`), against the real app on a random
//! port with the demo team: the manager's flow (sign in, give notice, read
//! the dashboard, transfer, reassign with a preview, approve, send a
//! successor's question back, read the handoff health and the audit log),
//! the sign-in links, and no page showing an account the signed-in user
//! may not see. Screenshots of the last page of each step, at laptop and
//! phone width, are kept under `target/browser/`.
//!
//! Needs `chromium` and `chromedriver` (`.ci/run` installs them). Without
//! them the test says so and passes, unless `BATON_BROWSER_TESTS=required`
//! (set by `.ci/run`), when their absence fails it.

use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::support::{in_days, spawn_with, today, Backend, TestApp};

const CHROMIUM: &str = "/usr/bin/chromium";
const DRIVER: &str = "/usr/bin/chromedriver";
/// How long a page may take to show what is awaited.
const WAIT: Duration = Duration::from_secs(15);

/// A Chromium session under chromedriver.
struct Browser {
    driver: Child,
    http: reqwest::Client,
    /// `http://127.0.0.1:PORT/session/ID`.
    session: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Whether Chromium and chromedriver are installed; their absence fails
    /// when they are required.
    fn available() -> bool {
        let present = [CHROMIUM, DRIVER]
            .iter()
            .all(|p| std::path::Path::new(p).exists());
        if !present {
            let required = std::env::var("BATON_BROWSER_TESTS").is_ok_and(|v| v == "required");
            assert!(
                !required,
                "{CHROMIUM} and {DRIVER} are required (apt-get install chromium chromium-driver)"
            );
            eprintln!("browser tests skipped: {CHROMIUM} or {DRIVER} is not installed");
        }
        present
    }

    /// Starts chromedriver and a headless Chromium (after the app: its
    /// start installs the TLS provider every HTTP client needs).
    async fn start() -> Browser {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        // Its own process group, with the Chromium it starts: dropping the
        // browser (a failed check included) kills them all.
        let driver = Command::new(DRIVER)
            .process_group(0)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(60))
            .build()
            .unwrap();
        let base = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while http.get(format!("{base}/status")).send().await.is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "chromedriver never answered"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let profile = tempfile::tempdir().unwrap();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": CHROMIUM, "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                format!("--user-data-dir={}", profile.path().display())]}
        }}});
        let reply: Value = http
            .post(format!("{base}/session"))
            .json(&caps)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let id = reply["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("a WebDriver session: {reply}"));
        Browser {
            driver,
            http,
            session: format!("{base}/session/{id}"),
            _profile: profile,
        }
    }

    async fn cmd(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let mut req = self
            .http
            .request(method.clone(), format!("{}{path}", self.session));
        if let Some(b) = body {
            req = req.json(&b);
        }
        let reply: Value = req.send().await.unwrap().json().await.unwrap();
        if reply["value"]["error"].is_string() {
            panic!("webdriver {method} {path}: {}", reply["value"]);
        }
        reply["value"].clone()
    }

    async fn go(&self, url: &str) {
        self.cmd(reqwest::Method::POST, "/url", Some(json!({"url": url})))
            .await;
    }

    async fn js(&self, script: &str, args: Value) -> Value {
        self.cmd(
            reqwest::Method::POST,
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
        .await
    }

    async fn text(&self) -> String {
        self.js("return document.body.innerText;", json!([]))
            .await
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// The text of the first element matching `css`, once there is one.
    async fn wait_for(&self, css: &str) -> String {
        let started = Instant::now();
        loop {
            let found = self
                .js(
                    "const e = document.querySelector(arguments[0]); return e ? e.innerText : null;",
                    json!([css]),
                )
                .await;
            if let Some(text) = found.as_str() {
                return text.to_string();
            }
            if started.elapsed() > WAIT {
                panic!(
                    "{css} never appeared; the page shows:\n{}",
                    self.text().await
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the page's text contains `needle`.
    async fn wait_for_text(&self, needle: &str) {
        let started = Instant::now();
        while !self.text().await.contains(needle) {
            if started.elapsed() > WAIT {
                panic!(
                    "{needle:?} never appeared; the page shows:\n{}",
                    self.text().await
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn click(&self, css: &str) {
        self.wait_for(css).await;
        self.js(
            "document.querySelector(arguments[0]).click();",
            json!([css]),
        )
        .await;
    }

    /// Types `keys` into the element matching `css`, as a keyboard would.
    async fn keys(&self, css: &str, keys: &str) {
        self.wait_for(css).await;
        let found = self
            .cmd(
                reqwest::Method::POST,
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            )
            .await;
        let id = found
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .expect("an element id")
            .to_string();
        self.cmd(
            reqwest::Method::POST,
            &format!("/element/{id}/value"),
            Some(json!({"text": keys})),
        )
        .await;
    }

    /// Opens `page` (`#/...`) of the app at `base` on a fresh load, so
    /// nothing of the page shown before can be mistaken for it.
    async fn open(&self, base: &str, page: &str) {
        self.go("about:blank").await;
        self.go(&format!("{base}/{page}")).await;
    }

    /// Signs in with `token` as the sign-in form does (the session cookie),
    /// then opens `page` on a fresh load.
    async fn signed_in_as(&self, base: &str, token: &str, page: &str) {
        self.go(&format!("{base}/")).await;
        self.wait_for("main").await;
        let status = self
            .js(
                "const x = new XMLHttpRequest(); x.open('POST', '/api/v1/session', false); \
                 x.setRequestHeader('Content-Type', 'application/json'); \
                 x.send(JSON.stringify({token: arguments[0]})); return x.status;",
                json!([token]),
            )
            .await;
        assert_eq!(status, 200, "sign-in by token");
        self.go("about:blank").await;
        self.go(&format!("{base}/{page}")).await;
    }

    /// The id of the user the session cookie signs in, asked of the server.
    async fn signed_in(&self) -> Option<String> {
        self.js(
            "const x = new XMLHttpRequest(); x.open('GET', '/api/v1/session', false); x.send(); \
             return x.status === 200 ? JSON.parse(x.responseText).user.id : null;",
            json!([]),
        )
        .await
        .as_str()
        .map(str::to_string)
    }

    /// Saves the page at laptop and phone width under `target/browser/`,
    /// and checks that at phone width it does not scroll sideways.
    async fn screenshots(&self, name: &str) {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/browser");
        std::fs::create_dir_all(&dir).unwrap();
        for (width, label) in [(1280, "laptop"), (390, "phone")] {
            self.cmd(
                reqwest::Method::POST,
                "/window/rect",
                Some(json!({"width": width, "height": 900})),
            )
            .await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            let png = self.cmd(reqwest::Method::GET, "/screenshot", None).await;
            use base64::Engine;
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(png.as_str().unwrap())
                .unwrap();
            std::fs::write(dir.join(format!("{name}-{label}.png")), bytes).unwrap();
            if label == "phone" {
                let fits = self
                    .js(
                        "return document.documentElement.scrollWidth <= window.innerWidth + 1;",
                        json!([]),
                    )
                    .await;
                assert_eq!(fits, true, "{name} scrolls sideways at phone width");
            }
        }
        self.cmd(
            reqwest::Method::POST,
            "/window/rect",
            Some(json!({"width": 1280, "height": 900})),
        )
        .await;
    }

    /// Every control of the page has a label a screen reader can say.
    async fn assert_labelled(&self, page: &str) {
        let unlabelled = self
            .js(
                "return Array.from(document.querySelectorAll('input, select, textarea, button'))\
                 .filter(e => e.type !== 'hidden')\
                 .filter(e => !((e.labels && e.labels.length) || e.getAttribute('aria-label') \
                   || (e.tagName === 'BUTTON' && e.innerText.trim())))\
                 .map(e => e.outerHTML.slice(0, 120));",
                json!([]),
            )
            .await;
        assert_eq!(unlabelled, json!([]), "controls without a label on {page}");
    }

    async fn close(self) {
        self.cmd(reqwest::Method::DELETE, "", None).await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver.wait();
    }
}

/// The demo's cast for the manager's flow.
struct Cast {
    admin: String,
    manager: (String, String),
    leaving: (String, String),
    successor: (String, String),
    /// A rep in another line.
    outsider: (String, String),
}

fn cast(seeded: &baton::demo::DemoSeed) -> Cast {
    use baton::users::Role;
    let owns = |id: &str| seeded.accounts.iter().filter(|(_, o)| o == id).count();
    let leaving = seeded
        .users
        .iter()
        .filter(|u| u.role == Role::Rep && u.manager_id.is_some())
        .max_by_key(|u| owns(&u.id))
        .expect("a rep with accounts");
    let manager_id = leaving.manager_id.clone().unwrap();
    let find = |id: &str| seeded.users.iter().find(|u| u.id == id).unwrap();
    let successor = seeded
        .users
        .iter()
        .find(|u| {
            u.role == Role::Rep
                && u.id != leaving.id
                && u.manager_id.as_deref() == Some(&manager_id)
        })
        .expect("a second rep under the same manager");
    let outsider = seeded
        .users
        .iter()
        .find(|u| {
            u.role == Role::Rep && u.manager_id.as_deref() != Some(&manager_id) && owns(&u.id) > 0
        })
        .expect("a rep in another line");
    let admin = seeded.users.iter().find(|u| u.role == Role::Admin).unwrap();
    let pair = |u: &baton::demo::DemoUser| (u.id.clone(), u.token.clone());
    Cast {
        admin: admin.token.clone(),
        manager: pair(find(&manager_id)),
        leaving: pair(leaving),
        successor: pair(successor),
        outsider: pair(outsider),
    }
}

/// The accounts `token` may see, by id.
async fn visible(app: &TestApp, token: &str) -> Vec<(String, String)> {
    app.get("/api/v1/accounts?per_page=200", token)
        .await
        .assert_ok()["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["id"].as_str().unwrap().to_string(),
                a["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

async fn owner_of(app: &TestApp, admin: &str, account: &str) -> String {
    app.get(&format!("/api/v1/accounts/{account}"), admin)
        .await
        .assert_ok()["owner_id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_manager_flow_in_a_real_browser() {
    if !Browser::available() {
        return;
    }
    let started = Instant::now();
    let rules = tempfile::tempdir().unwrap();
    let rules_file = rules.path().join("ownership_rules.toml");
    std::fs::write(&rules_file, baton::demo::DEMO_RULES).unwrap();
    let app = spawn_with(
        Backend::Sqlite,
        |c| c.ownership_rules = Some(rules_file),
        None,
    )
    .await;
    let b = Browser::start().await;
    let seeded = baton::demo::seed(&app.state().db, today())
        .await
        .expect("the demo seeds");
    app.index_now().await;
    let base = app.base.clone();
    let c = cast(&seeded);
    let (manager_id, manager) = &c.manager;
    let (leaving_id, leaving) = &c.leaving;
    let (successor_id, successor) = &c.successor;

    // Sign in by the form, with the keyboard: an HttpOnly, SameSite=Strict
    // cookie that no script reads, nothing in localStorage.
    b.go(&format!("{base}/")).await;
    b.wait_for("#signin").await;
    b.assert_labelled("the sign-in page").await;
    b.keys("#token", &format!("{manager}\u{E007}")).await;
    b.wait_for("#dashboard").await;
    assert_eq!(b.signed_in().await.as_deref(), Some(manager_id.as_str()));
    let cookie = b
        .cmd(reqwest::Method::GET, "/cookie/baton_session", None)
        .await;
    assert_eq!(cookie["httpOnly"], true, "{cookie}");
    assert_eq!(cookie["sameSite"], "Strict", "{cookie}");
    let script_sees = b
        .js(
            "return document.cookie + JSON.stringify(localStorage);",
            json!([]),
        )
        .await;
    assert!(
        !script_sees.as_str().unwrap().contains("bt_"),
        "{script_sees}"
    );
    // A change without the page's CSRF token is refused.
    let forged = b
        .js(
            "const x = new XMLHttpRequest(); x.open('POST', '/api/v1/departures', false); \
             x.setRequestHeader('Content-Type', 'application/json'); \
             x.send(JSON.stringify({user_id: arguments[0], last_day: arguments[1]})); \
             return [x.status, JSON.parse(x.responseText).error.code];",
            json!([leaving_id, in_days(30)]),
        )
        .await;
    assert_eq!(forged, json!([403, "csrf_failed"]));

    ownership_pages(&app, &b, &c).await;
    b.signed_in_as(&base, manager, "#/dashboard").await;

    // Give notice on the departures page.
    b.open(&base, "#/departures").await;
    b.wait_for("#notice").await;
    b.assert_labelled("the departures page").await;
    b.js(
        "const f = document.getElementById('notice'); f.user_id.value = arguments[0]; \
         f.last_day.value = arguments[1]; f.successor_id.value = arguments[2]; f.requestSubmit();",
        json!([leaving_id, in_days(30), successor_id]),
    )
    .await;
    b.wait_for("form.reassign").await;
    let departures = app.get("/api/v1/departures", manager).await;
    let departure = departures.assert_ok()[0].clone();
    assert_eq!(departure["user_id"], leaving_id.as_str());
    let departure_id = departure["id"].as_str().unwrap().to_string();

    // The dashboard shows it in progress and the accounts at risk as the
    // API gives them.
    b.go("about:blank").await;
    b.go(&format!("{base}/")).await;
    b.wait_for("#dashboard").await;
    let expected = app.get("/api/v1/dashboard?limit=100", manager).await;
    let expected = expected.assert_ok();
    let shown = b
        .js(
            "return Array.from(document.querySelectorAll('#at-risk tr[data-account]')).map(tr => \
             [tr.dataset.account, Array.from(tr.querySelectorAll('[data-reason]')).map(p => p.dataset.reason)]);",
            json!([]),
        )
        .await;
    let api_rows: Vec<Value> = expected["at_risk"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| json!([a["account_id"], a["reasons"]]))
        .collect();
    assert_eq!(shown, Value::Array(api_rows));
    let progress = b
        .js(
            "return Array.from(document.querySelectorAll('#departures-in-progress [data-departure]')).map(d => d.dataset.departure);",
            json!([]),
        )
        .await;
    assert_eq!(progress, json!([departure_id]));
    b.assert_labelled("the dashboard").await;
    b.screenshots("dashboard").await;

    // The departing rep answers an interview (through the API); the
    // manager approves it on the review screen.
    let plan = &departure["interviews"][0];
    let interview = plan["id"].as_str().unwrap().to_string();
    let account = plan["account_id"].as_str().unwrap().to_string();
    for text in [
        "Dana Ruiz signs; finance reviews anything over the cap first.",
        "Our champion is the operations lead; she wants fewer surprises in invoices.",
    ] {
        app.answer_current(leaving, &interview, text).await;
    }
    app.post(
        &format!("/api/v1/interviews/{interview}/submit"),
        leaving,
        &json!({}),
    )
    .await
    .assert_ok();
    b.open(&base, &format!("#/interviews/{interview}")).await;
    b.wait_for("#approve").await;
    b.assert_labelled("the review screen").await;
    b.screenshots("review").await;
    b.click("#approve").await;
    b.wait_for_text("Approved: these answers are the account's knowledge")
        .await;
    assert_eq!(
        app.interview(manager, &interview).await["status"],
        "approved"
    );

    // The handoff plan under the brief: notes to send, the joint call, the
    // 90 days, as the API has it.
    b.open(&base, &format!("#/knowledge/{account}")).await;
    b.wait_for("#plan tr[data-touchpoint]").await;
    let api_plan = app
        .get(&format!("/api/v1/accounts/{account}/handoff-plan"), manager)
        .await
        .assert_ok()
        .clone();
    let shown = b
        .js(
            "return [document.querySelectorAll('#plan tr[data-touchpoint]').length, \
             document.querySelectorAll('#plan [data-note] [data-copy]').length, \
             document.querySelectorAll('#plan [data-agenda]').length];",
            json!([]),
        )
        .await;
    let count = |k: &str| api_plan[k].as_array().unwrap().len();
    assert_eq!(
        shown,
        json!([
            count("touchpoints"),
            count("intro_notes"),
            count("joint_call")
        ])
    );
    assert!(count("intro_notes") > 0, "{api_plan}");
    b.assert_labelled("the brief and its plan").await;
    b.js(
        "document.getElementById('plan').scrollIntoView();",
        json!([]),
    )
    .await;
    b.screenshots("plan").await;

    // The successor asks what nobody captured; the manager sends it back
    // to the departing owner from the account's page.
    let asked = app
        .post(
            &format!("/api/v1/accounts/{account}/ask"),
            successor,
            &json!({"question": "Which hotel does their CFO book when visiting Lisbon?"}),
        )
        .await;
    assert_eq!(asked.assert_ok()["abstained"], true, "{}", asked.body);
    b.open(&base, &format!("#/accounts/{account}")).await;
    b.click("[data-send-back]").await;
    b.wait_for_text("It waits in the owner's interview").await;
    assert_eq!(
        app.interview(leaving, &interview).await["current_prompt"]["kind"],
        "volunteered"
    );

    // A transfer from the account page, with its reason in the history.
    let (outsider_id, _) = &c.outsider;
    let moved = seeded
        .accounts
        .iter()
        .map(|(id, _)| id.clone())
        .find(|id| {
            id != &account
                && seeded
                    .accounts
                    .iter()
                    .any(|(a, o)| a == id && o == leaving_id)
        })
        .expect("a second account of the departing rep");
    b.open(&base, &format!("#/accounts/{moved}")).await;
    b.wait_for("#transfer").await;
    b.assert_labelled("an account page").await;
    // Beside each contact, how they are really reached.
    let reached = b.wait_for("[data-reached] .muted").await;
    assert!(reached.contains("in 90 days"), "{reached}");
    b.screenshots("account").await;
    b.js(
        "const f = document.getElementById('transfer'); f.to_user_id.value = arguments[0]; \
         f.reason.value = 'Browser test: covering the north'; f.requestSubmit();",
        json!([successor_id]),
    )
    .await;
    b.wait_for_text("covering the north").await;
    assert_eq!(owner_of(&app, &c.admin, &moved).await, *successor_id);

    // Reassign the rest with a preview first: the preview moves nothing.
    let rest: Vec<String> = seeded
        .accounts
        .iter()
        .filter(|(id, o)| o == leaving_id && id != &moved)
        .map(|(id, _)| id.clone())
        .collect();
    b.open(&base, "#/departures").await;
    let form = format!("form.reassign[data-departure='{departure_id}']");
    b.wait_for(&form).await;
    b.js(
        "document.querySelector(arguments[0]).to_user_id.value = arguments[1];",
        json!([form, successor_id]),
    )
    .await;
    b.click(&format!("{form} [data-preview]")).await;
    b.wait_for(".reassign-result ul").await;
    let mut listed: Vec<String> = serde_json::from_value(
        b.js(
            "return Array.from(document.querySelectorAll('.reassign-result li')).map(li => li.dataset.account);",
            json!([]),
        )
        .await,
    )
    .unwrap();
    listed.sort();
    let mut expected_rest = rest.clone();
    expected_rest.sort();
    assert_eq!(listed, expected_rest);
    for id in &rest {
        assert_eq!(
            owner_of(&app, &c.admin, id).await,
            *leaving_id,
            "the preview moved {id}"
        );
    }
    b.js(
        "document.querySelector(arguments[0]).requestSubmit();",
        json!([form]),
    )
    .await;
    b.wait_for(".reassign-result[data-preview='false']").await;
    for id in &rest {
        assert_eq!(owner_of(&app, &c.admin, id).await, *successor_id);
    }
    b.screenshots("departures").await;

    // The departure completes; the health page shows each account as the
    // API measures it.
    app.complete_departure(manager, &departure_id).await;
    b.open(&base, &format!("#/health/{departure_id}")).await;
    b.wait_for("#health").await;
    let health = app
        .get(
            &format!("/api/v1/departures/{departure_id}/health"),
            manager,
        )
        .await;
    let expected: Vec<Value> = health.assert_ok()["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let t = &a["touchpoints"];
            json!([
                a["account_id"],
                a["status"],
                format!("{}/{}/{}", t["done"], t["planned"], t["overdue"])
            ])
        })
        .collect();
    let shown = b
        .js(
            "return Array.from(document.querySelectorAll('#health [data-account]')).map(c => \
             [c.dataset.account, c.querySelector('[data-health]').dataset.health, \
              c.querySelector('[data-touchpoints]').dataset.touchpoints]);",
            json!([]),
        )
        .await;
    assert_eq!(shown, Value::Array(expected));
    b.assert_labelled("the health page").await;
    b.screenshots("health").await;
    b.open(&base, "#/dashboard").await;
    b.wait_for("#handoffs tr[data-account]").await;

    // The audit log, for an admin: what happened, and a filter by kind.
    b.signed_in_as(&base, &c.admin, "#/audit").await;
    b.wait_for("#audit tr[data-kind]").await;
    let kinds = b
        .js(
            "return Array.from(new Set(Array.from(document.querySelectorAll('#audit tr[data-kind]')).map(r => r.dataset.kind)));",
            json!([]),
        )
        .await;
    for kind in [
        "notice_given",
        "knowledge_approved",
        "question_sent_back",
        "account_transferred",
        "departure_completed",
    ] {
        assert!(
            kinds.as_array().unwrap().contains(&json!(kind)),
            "{kind} in {kinds}"
        );
    }
    b.assert_labelled("the audit log").await;
    b.screenshots("audit").await;
    b.js(
        "const f = document.getElementById('audit-filter'); f.kind.value = 'question_sent_back'; f.requestSubmit();",
        json!([]),
    )
    .await;
    b.wait_for_text("1 entry").await;

    chat_import(&app, &b, &c).await;
    imports_page(&app, &b, &c).await;

    // A rep's pages show nothing of accounts they may not see, even when
    // the address names one.
    let (_, outsider) = &c.outsider;
    let theirs = visible(&app, outsider).await;
    let everyone = visible(&app, &c.admin).await;
    let hidden: Vec<&(String, String)> = everyone.iter().filter(|a| !theirs.contains(a)).collect();
    assert!(!hidden.is_empty());
    for page in ["#/dashboard", "#/accounts", "#/knowledge", "#/departures"] {
        b.signed_in_as(&base, outsider, page).await;
        b.wait_for("main .card").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let text = b.text().await;
        for (id, name) in &hidden {
            assert!(
                !text.contains(name.as_str()),
                "{page} shows {id} ({name}) to {outsider_id}"
            );
        }
    }
    for (id, name) in hidden.iter().take(3) {
        for page in [format!("#/accounts/{id}"), format!("#/knowledge/{id}")] {
            b.open(&base, &page).await;
            b.wait_for_text("not found").await;
            assert!(
                !b.text().await.contains(name.as_str()),
                "{page} names {name}"
            );
        }
    }

    // The accounts list opens an account with the keyboard.
    b.signed_in_as(&base, outsider, "#/accounts").await;
    b.wait_for("tr[data-id]").await;
    let first = b
        .js(
            "return document.querySelector('tr[data-id]').dataset.id;",
            json!([]),
        )
        .await;
    b.keys("tr[data-id]", "\u{E007}").await;
    b.wait_for("#transfer, .card h2").await;
    let hash = b.js("return location.hash;", json!([])).await;
    assert_eq!(
        hash,
        json!(format!("#/accounts/{}", first.as_str().unwrap()))
    );

    sign_in_links(&app, &b, &c).await;
    b.close().await;
    eprintln!(
        "browser: the manager's flow passed in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

/// The keys of the open conflicts the page shows, and those the API gives.
async fn conflict_keys(app: &TestApp, b: &Browser, token: &str) -> (Value, Value) {
    let shown = b
        .js(
            "return Array.from(document.querySelectorAll('[data-conflict]')).map(d => d.dataset.conflict).sort();",
            json!([]),
        )
        .await;
    let listed = app.get("/api/v1/conflicts?limit=500", token).await;
    let mut keys: Vec<String> = listed.assert_ok()["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["key"].as_str().unwrap().to_string())
        .collect();
    keys.sort();
    (shown, json!(keys))
}

/// Waits until the page shows no element matching `css`.
async fn wait_gone(b: &Browser, css: &str) {
    let started = Instant::now();
    loop {
        let there = b
            .js(
                "return document.querySelector(arguments[0]) !== null;",
                json!([css]),
            )
            .await;
        if there == json!(false) {
            return;
        }
        assert!(started.elapsed() < WAIT, "{css} never went away");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The Ownership page as the admin: the demo's conflicts as the API lists
/// them; assignment by rule previewed (nothing changes) then applied; a
/// conflict settled by a team seat, the seat removed on the account page
/// (the conflict is back), then accepted with a reason; a member added on
/// the account page; the dashboard's count.
async fn ownership_pages(app: &TestApp, b: &Browser, c: &Cast) {
    let base = app.base.clone();
    let admin = &c.admin;
    b.signed_in_as(&base, admin, "#/ownership").await;
    b.wait_for("#conflicts").await;
    let (shown, listed) = conflict_keys(app, b, admin).await;
    assert_eq!(shown, listed);
    let outside = "activity_by_non_owner:acc-kestrel:u-priya";
    for key in [outside, "unassigned:acc-ferrule"] {
        assert!(listed.as_array().unwrap().contains(&json!(key)), "{listed}");
    }
    b.assert_labelled("the ownership page").await;
    b.screenshots("ownership").await;

    // The preview lists what the API's dry run does, and changes nothing.
    b.click("#assign-preview").await;
    b.wait_for("#assign-plan tr[data-account]").await;
    let dry = app
        .post("/api/v1/assign?dry_run=true", admin, &json!({}))
        .await;
    let planned: Vec<Value> = dry.assert_ok()["assigned"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| json!([a["account_id"], a["to_user_id"]]))
        .collect();
    let shown = b
        .js(
            "return Array.from(document.querySelectorAll('#assign-plan tr[data-account]')).map(tr => [tr.dataset.account, tr.dataset.to]);",
            json!([]),
        )
        .await;
    assert_eq!(shown, json!(planned));
    let ferrule = app.get("/api/v1/accounts/acc-ferrule", admin).await;
    assert_eq!(ferrule.assert_ok()["owner_id"], Value::Null);
    let to = planned
        .iter()
        .find(|p| p[0] == "acc-ferrule")
        .map(|p| p[1].clone())
        .expect("the demo's ownerless account is planned");
    b.click("#assign-apply").await;
    b.wait_for_text("Assigned").await;
    let ferrule = app.get("/api/v1/accounts/acc-ferrule", admin).await;
    assert_eq!(ferrule.assert_ok()["owner_id"], to);

    // Settled by a team seat: the author joins the account's team.
    b.open(&base, "#/ownership").await;
    b.wait_for(&format!("[data-conflict=\"{outside}\"] form"))
        .await;
    b.js(
        "const f = document.querySelector(`[data-conflict=\"${arguments[0]}\"] form`); \
         const o = Array.from(f.way.options).find(o => o.text.includes('as support')); \
         f.way.value = o.value; f.reason.value = 'covers their document workflows'; f.requestSubmit();",
        json!([outside]),
    )
    .await;
    b.wait_for_text("Settled.").await;
    wait_gone(b, &format!("[data-conflict=\"{outside}\"]")).await;
    let (shown, listed) = conflict_keys(app, b, admin).await;
    assert_eq!(shown, listed);
    let team = app.get("/api/v1/accounts/acc-kestrel/team", admin).await;
    assert_eq!(team.assert_ok()["team"][0]["user_id"], "u-priya");

    // The account page shows the team and its history; removing the seat
    // brings the conflict back.
    b.open(&base, "#/accounts/acc-kestrel").await;
    b.wait_for("#team tr[data-member=\"u-priya\"]").await;
    let history = b.wait_for("#history").await;
    assert!(history.contains("joined as support"), "{history}");
    b.assert_labelled("the account page with its team").await;
    b.screenshots("account-team").await;
    b.click("[data-remove-member=\"u-priya\"]").await;
    wait_gone(b, "#team tr[data-member=\"u-priya\"]").await;
    let team = app.get("/api/v1/accounts/acc-kestrel/team", admin).await;
    assert!(team.assert_ok()["team"].as_array().unwrap().is_empty());
    // A member added with the form.
    b.js(
        "const f = document.getElementById('team-form'); f.user_id.value = 'u-sofia'; \
         f.role.value = 'executive_sponsor'; f.requestSubmit();",
        json!([]),
    )
    .await;
    b.wait_for("#team tr[data-member=\"u-sofia\"]").await;
    let team = app.get("/api/v1/accounts/acc-kestrel/team", admin).await;
    assert_eq!(team.assert_ok()["team"][0]["role"], "executive_sponsor");

    // Accepted with a reason: out of the open list, shown among the accepted.
    b.open(&base, "#/ownership").await;
    b.wait_for(&format!("[data-conflict=\"{outside}\"] form"))
        .await;
    b.js(
        "const f = document.querySelector(`[data-conflict=\"${arguments[0]}\"] form`); \
         const o = Array.from(f.way.options).find(o => o.text.startsWith('Accept')); \
         f.way.value = o.value; f.reason.value = 'an introduction, agreed with Hannah'; f.requestSubmit();",
        json!([outside]),
    )
    .await;
    b.wait_for_text("Settled.").await;
    wait_gone(b, &format!("[data-conflict=\"{outside}\"]")).await;
    b.open(&base, "#/ownership?accepted=1").await;
    let accepted = b.wait_for(&format!("[data-conflict=\"{outside}\"]")).await;
    assert!(
        accepted.contains("an introduction, agreed with Hannah"),
        "{accepted}"
    );

    // The dashboard counts what is open.
    b.open(&base, "#/dashboard").await;
    let count = b.wait_for("#conflict-count strong").await;
    let dash = app.get("/api/v1/dashboard", admin).await;
    assert_eq!(count, dash.assert_ok()["conflicts"]["open"].to_string());
}

/// An admin adds a WhatsApp export on an account's page: checked first
/// (nothing written), then imported (the days appear in the record, with
/// the sender nobody knows named), then again (nothing changes).
async fn chat_import(app: &TestApp, b: &Browser, c: &Cast) {
    let base = app.base.clone();
    let accounts = visible(app, &c.admin).await;
    let (account, _) = accounts.first().expect("an account");
    let detail = app
        .get(&format!("/api/v1/accounts/{account}"), &c.admin)
        .await;
    let detail = detail.assert_ok().clone();
    let contact = detail["contacts"][0]["name"]
        .as_str()
        .expect("a contact")
        .to_string();
    let before = detail["activity_count"].as_i64().unwrap();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("WhatsApp Chat with the team.txt");
    // The last two days, so the record's newest activities are these.
    let day = |n: u64| {
        today()
            .checked_sub_days(chrono::Days::new(n))
            .expect("a date")
    };
    let (first, second) = (day(2), day(1));
    let (d1, d2) = (first.format("%d/%m/%Y"), second.format("%d/%m/%Y"));
    std::fs::write(
        &path,
        format!(
            "{d1}, 09:00 - Messages and calls are end-to-end encrypted.\n\
             {d1}, 09:01 - {contact}: The loading bay moved to gate 7\n\
             {d1}, 09:02 - Someone Unknown: noted\n\
             {d2}, 17:30 - {contact}: See you on the 20th\n"
        ),
    )
    .expect("the export is written");
    let file = path.to_str().expect("a UTF-8 path");

    b.signed_in_as(&base, &c.admin, &format!("#/accounts/{account}"))
        .await;
    b.wait_for("#chat-form").await;
    b.assert_labelled("the account page with the chat import")
        .await;
    b.keys("#chat-form input[type=file]", file).await;
    b.js("const f = document.getElementById('chat-form'); f.utc_offset.value = '+01:00'; f.check.checked = true; f.requestSubmit();", json!([])).await;
    b.wait_for_text("Checked, nothing written").await;
    assert!(b
        .text()
        .await
        .contains("Matched to nobody: Someone Unknown"));
    let count = |d: &Value| d["activity_count"].as_i64().unwrap();
    let after_check = app
        .get(&format!("/api/v1/accounts/{account}"), &c.admin)
        .await;
    assert_eq!(count(after_check.assert_ok()), before);

    b.js("const f = document.getElementById('chat-form'); f.check.checked = false; f.requestSubmit();", json!([])).await;
    b.wait_for_text("2 days added").await;
    b.wait_for_text("WhatsApp: the team").await;
    let after = app
        .get(
            &format!("/api/v1/accounts/{account}?activities=200"),
            &c.admin,
        )
        .await;
    let after = after.assert_ok();
    assert_eq!(count(after), before + 2);
    let day = after["recent_activities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["subject"] == "WhatsApp: the team" && a["at"] == format!("{first}T08:01:00Z"))
        .unwrap_or_else(|| panic!("the first day, at 09:01 in UTC+1: {after}"));
    assert!(day["body"].as_str().unwrap().contains("gate 7"));
    b.screenshots("chat-import").await;

    // The page was drawn again: the same file, picked again at the same
    // offset, changes nothing.
    b.keys("#chat-form input[type=file]", file).await;
    b.js("const f = document.getElementById('chat-form'); f.utc_offset.value = '+01:00'; f.requestSubmit();", json!([])).await;
    b.wait_for_text("0 days added, 0 updated, 2 unchanged")
        .await;
}

/// An admin imports a HubSpot export and a mailbox on the import page:
/// the export checked (nothing written, the owner nobody is named), then
/// imported; the mail lands on the account the export brought; the index
/// card shows the record searchable. Others see no import page.
async fn imports_page(app: &TestApp, b: &Browser, c: &Cast) {
    let base = app.base.clone();
    let (leaving_id, _) = &c.leaving;
    let users = app.get("/api/v1/users", &c.admin).await;
    let owner = users
        .assert_ok()
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["id"] == leaving_id.as_str())
        .and_then(|u| u["name"].as_str())
        .expect("the leaving rep's name")
        .to_string();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let files = [
        (
            "companies.csv",
            format!(
                "Record ID,Company name,Company owner,Industry,Annual Revenue,Country/Region,Description\n\
                 7001,Northwind Mills,{owner},Manufacturing,120000,Portugal,Ceramics works in Aveiro\n\
                 7002,Ghost Company,nobody@elsewhere.test,Retail,5000,Spain,\n"
            ),
        ),
        (
            "contacts.csv",
            "Record ID,First Name,Last Name,Email,Phone Number,Job Title,Associated Company IDs\n\
             8001,Ines,Duarte,ines@northwind-mills.test,+351 234 000 111,Plant Director,7001\n"
                .to_string(),
        ),
        (
            "deals.csv",
            "Record ID,Deal Name,Deal Stage,Amount,Close Date,Associated Company IDs\n\
             9001,Northwind renewal,Contract Sent,120000,31/03/2027,7001\n"
                .to_string(),
        ),
        (
            "engagements.csv",
            format!(
                "Activity ID,Activity type,Activity date,Activity assigned to,Subject,Body,Associated Company IDs,Associated Contact IDs\n\
                 9101,CALL,2026-11-20 10:00,{owner},Call with Ines,Ines wants the kiln sensors fitted before Easter.,7001,8001\n"
            ),
        ),
    ];
    let mut paths = Vec::new();
    for (name, text) in &files {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("a file of the export");
        paths.push(path.to_str().expect("a UTF-8 path").to_string());
    }
    let mbox = dir.path().join("inbox.mbox");
    std::fs::write(
        &mbox,
        "From ines@northwind-mills.test Mon Nov 23 09:00:00 2026\n\
         From: Ines Duarte <ines@northwind-mills.test>\n\
         To: someone@baton.test\n\
         Subject: Kiln sensors\n\
         Date: Mon, 23 Nov 2026 09:00:00 +0000\n\
         Message-ID: <kiln-1@northwind-mills.test>\n\
         \n\
         Could the kiln sensor install move to March? The line stops then anyway.\n",
    )
    .expect("the mailbox is written");

    b.signed_in_as(&base, &c.admin, "#/imports").await;
    b.wait_for("#csv-form").await;
    b.wait_for_text("searchable").await;
    b.assert_labelled("the import page").await;
    b.js(
        "const f = document.getElementById('csv-form'); f.crm.value = 'hubspot'; f.crm.onchange();",
        json!([]),
    )
    .await;
    b.keys("#csv-form input[name=file]", &paths.join("\n"))
        .await;
    b.js(
        "const f = document.getElementById('csv-form'); f.check.checked = true; f.requestSubmit();",
        json!([]),
    )
    .await;
    b.wait_for_text("Checked, nothing written").await;
    let text = b.text().await;
    assert!(text.contains("nobody@elsewhere.test (1)"));
    // A date in the order Baton does not read is named, not dropped unseen.
    assert!(
        text.contains("Values left empty (1): deals.csv:2 close_date “31/03/2027”"),
        "{text}"
    );
    // HubSpot's activities came in one engagements file, not one per type.
    assert!(
        text.contains("Optional files not in the export: *calls*.csv"),
        "{text}"
    );
    assert_eq!(
        app.get("/api/v1/accounts/7001", &c.admin).await.status,
        404,
        "a check writes nothing"
    );
    b.js("const f = document.getElementById('csv-form'); f.check.checked = false; f.requestSubmit();", json!([])).await;
    b.wait_for_text("accounts 1 added").await;
    let account = app.get("/api/v1/accounts/7001", &c.admin).await;
    let account = account.assert_ok().clone();
    assert_eq!(account["owner_id"], leaving_id.as_str());
    assert_eq!(account["contacts"][0]["email"], "ines@northwind-mills.test");

    b.keys("#mail-form input[name=file]", mbox.to_str().unwrap())
        .await;
    b.js(
        "document.getElementById('mail-form').requestSubmit();",
        json!([]),
    )
    .await;
    b.wait_for_text("emails 1 added").await;
    let account = app
        .get("/api/v1/accounts/7001?activities=10", &c.admin)
        .await;
    let subjects: Vec<String> = account.assert_ok()["recent_activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["subject"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        subjects.iter().any(|s| s.contains("Kiln sensors")),
        "{subjects:?}"
    );

    // The index takes both in; the card follows it until nothing waits.
    app.index_now().await;
    let status = app.get("/api/v1/index", &c.admin).await;
    let chunks = status.assert_ok()["chunks"].as_i64().unwrap();
    let shown = || async {
        b.js(
            "const d = document.getElementById('index-counts').dataset; \
             return [Number(d.chunks), Number(d.searchable), Number(d.embedded)];",
            json!([]),
        )
        .await
    };
    let mut seen = shown().await;
    for _ in 0..60 {
        if seen == json!([chunks, chunks, chunks]) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
        seen = shown().await;
    }
    assert_eq!(
        seen,
        json!([chunks, chunks, chunks]),
        "the card follows the index"
    );
    assert!(b.text().await.contains("searchable by meaning too"));
    b.screenshots("imports").await;

    let (_, manager) = &c.manager;
    b.signed_in_as(&base, manager, "#/dashboard").await;
    b.wait_for("#dashboard").await;
    let hidden = b
        .js(
            "return document.querySelector('[data-nav=imports]').hidden;",
            json!([]),
        )
        .await;
    assert_eq!(hidden, json!(true), "only admins import");
}

/// A link never signs a browser in by itself (login CSRF): a `#token=`
/// link names whose token it is and asks; declining changes nothing; the
/// same person's is taken without asking; a dead one is refused. A
/// one-time `#signin=` link asks, works once, and leaves the address bar.
async fn sign_in_links(app: &TestApp, b: &Browser, c: &Cast) {
    let base = &app.base;
    let (rep_id, rep) = &c.successor;
    let (manager_id, manager) = &c.manager;
    b.signed_in_as(base, rep, "#/accounts").await;
    b.click("#signout").await;
    b.wait_for("#signin").await;
    assert_eq!(b.signed_in().await, None, "signed out");

    b.go(&format!("{base}/#token={manager}")).await;
    let asked = b.wait_for("#switch").await;
    assert!(asked.contains("not signed in"), "{asked}");
    assert_eq!(b.signed_in().await, None, "nobody before the reader agrees");
    let href = b.js("return location.href;", json!([])).await;
    assert!(
        !href.as_str().unwrap().contains("token="),
        "the token left the address bar"
    );
    b.click("#decline").await;
    b.wait_for("#signin").await;
    assert_eq!(b.signed_in().await, None);

    b.go(&format!("{base}/#token={rep}")).await;
    b.click("#accept").await;
    b.wait_for("#signout").await;
    assert_eq!(b.signed_in().await.as_deref(), Some(rep_id.as_str()));

    b.go(&format!("{base}/#token={manager}")).await;
    let asked = b.wait_for("#switch").await;
    assert!(asked.contains("You are signed in as"), "{asked}");
    b.click("#decline").await;
    b.wait_for("#signout").await;
    assert_eq!(b.signed_in().await.as_deref(), Some(rep_id.as_str()));

    b.go(&format!("{base}/#token=bt_{}", "0".repeat(64))).await;
    b.wait_for("#signin").await;
    assert!(b.text().await.contains("does not work"));

    // A one-time link for the manager, made by an admin.
    let made = app
        .post(
            "/api/v1/session/links",
            &c.admin,
            &json!({"user_id": manager_id}),
        )
        .await;
    let link = made.assert_ok()["link"].as_str().unwrap().to_string();
    b.go(&format!("{base}{link}")).await;
    b.wait_for("#switch").await;
    assert!(!b
        .js("return location.href;", json!([]))
        .await
        .as_str()
        .unwrap()
        .contains("signin="));
    b.click("#accept").await;
    b.wait_for("#dashboard").await;
    assert_eq!(b.signed_in().await.as_deref(), Some(manager_id.as_str()));
    b.go(&format!("{base}{link}")).await;
    b.click("#accept").await;
    b.wait_for_text("does not work").await;
}
