//! `baton bench`: measurements, never assertions. `interview` times the
//! wait between an answer and the next prompt; `knowledge` times the
//! knowledge clone: asks at scale, concurrent asks, approval to searchable,
//! indexing throughput, and where an ask's time goes; `walk` holds the
//! record walk to relevance labels; `dashboard` times the manager's
//! dashboard on a team of 10,000 accounts; `handoff` times the handoff plan
//! of an account with a long record and a departure's handoff health.

pub mod crm_export;
pub mod dashboard;
pub mod handoff;
pub mod interview;
pub mod knowledge;
pub mod walk;

use std::time::Duration;

pub use interview::run;

pub type BenchResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// A sentence of `words` of [`WORDS`], picked by `seed`.
pub fn sentence(seed: usize, words: usize) -> String {
    let mut s: Vec<&str> = (0..words)
        .map(|w| {
            WORDS[(seed.wrapping_mul(2654435761) >> (w % 7)).wrapping_add(w * 13) % WORDS.len()]
        })
        .collect();
    s.dedup();
    let mut out = s.join(" ");
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out.push('.');
    out
}

/// Words the synthetic records are made of: the vocabulary of account work.
pub const WORDS: &[&str] = &[
    "renewal",
    "budget",
    "promised",
    "pricing",
    "discount",
    "outage",
    "escalation",
    "champion",
    "procurement",
    "roadmap",
    "integration",
    "usage",
    "competitor",
    "reorg",
    "quarterly",
    "invoice",
    "credit",
    "warehouse",
    "carrier",
    "shipment",
    "dashboard",
    "contract",
    "uplift",
    "onboarding",
    "security",
    "audit",
    "forecast",
    "pilot",
    "expansion",
    "timeline",
    "report",
    "sensor",
    "firmware",
    "migration",
    "training",
    "support",
    "latency",
    "region",
    "freight",
    "volume",
    "penalty",
    "rebate",
    "workshop",
    "sponsor",
    "board",
    "legal",
    "review",
    "deadline",
];

/// A throwaway data directory for a bench named `name`, and a
/// configuration on it with no language model.
pub fn scratch(name: &str) -> (std::path::PathBuf, crate::config::Config) {
    let dir = std::env::temp_dir().join(format!(
        "baton-bench-{name}-{}",
        uuid::Uuid::new_v4().simple()
    ));
    let mut config = crate::config::Config::for_data_dir(&dir);
    config.chat_model = None;
    (dir, config)
}

/// Runs `f` two times to warm up, then `runs` times timed: the timed
/// durations, sorted, and the last run's result.
pub async fn timed<T, E, Fut>(
    runs: usize,
    mut f: impl FnMut() -> Fut,
) -> Result<(Vec<Duration>, T), E>
where
    Fut: std::future::Future<Output = Result<T, E>>,
{
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for run in 0..runs.max(1) + 2 {
        let started = std::time::Instant::now();
        let out = f().await?;
        if run >= 2 {
            times.push(started.elapsed());
        }
        last = Some(out);
    }
    times.sort();
    Ok((times, last.expect("at least one run")))
}

/// The value at fraction `p` of sorted durations.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Milliseconds with two decimals.
pub fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0 * 100.0).round() / 100.0
}
