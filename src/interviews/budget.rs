//! The turn's time budget (`BATON_TURN_BUDGET_SECS`): what is said when
//! the model is late, and when the model is not asked at all.
//!
//! Inside a turn, only the follow-up decision waits on the model (a
//! question's phrasing was prepared ahead, or the template phrases it).
//! On an endpoint slower than the budget (a small local server that
//! handles one request at a time, busy with the extraction jobs), every
//! turn would wait the whole budget and then let the rules decide anyway.
//! So after [`LATE_IN_A_ROW`] decisions in a row ran past the budget, the
//! turn does not wait for [`PAUSE`]: the rules decide at once; then the
//! model is asked again.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::Instant;

/// Why a prompt came from the rules or templates although a model is
/// configured and did not fail: it was not done within the turn's budget.
pub(super) const OVER_BUDGET: &str = "the model did not answer within the turn's time budget";
/// Why a question came from the template although a model is configured
/// and did not fail: its phrasing, prepared ahead, was not ready when the
/// question was due (the turn does not wait for it).
pub(super) const NOT_READY: &str = "the model's phrasing was not ready in time";
/// Why the model was not asked: it has been slower than the budget.
pub(super) const PAUSED: &str =
    "the model has been slower than the turn's time budget; the rules decide for now";

/// Decisions past the budget, in a row, before the pause.
pub(super) const LATE_IN_A_ROW: u32 = 3;
/// How long the rules decide alone after that.
pub(super) const PAUSE: Duration = Duration::from_secs(300);

/// Whether a turn asks the model for its follow-up decision; shared by
/// every clone of the interviewer.
#[derive(Clone, Default)]
pub(super) struct Patience(Arc<Mutex<Gate>>);

#[derive(Default)]
struct Gate {
    late: u32,
    paused_until: Option<Instant>,
}

impl Patience {
    fn with<T>(&self, f: impl FnOnce(&mut Gate) -> T) -> T {
        f(&mut self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Whether to ask the model now.
    pub(super) fn open(&self, now: Instant) -> bool {
        self.with(|g| g.paused_until.is_none_or(|until| now >= until))
    }

    /// The model decided within the budget (or failed otherwise): the
    /// count of late decisions starts over.
    pub(super) fn in_time(&self) {
        self.with(|g| g.late = 0);
    }

    /// The model ran past the budget; the last of a row pauses it.
    pub(super) fn late(&self, now: Instant) {
        self.with(|g| {
            g.late += 1;
            if g.late >= LATE_IN_A_ROW {
                g.late = 0;
                g.paused_until = Some(now + PAUSE);
                tracing::warn!(
                    pause_secs = PAUSE.as_secs(),
                    "the model's follow-up decisions keep running past the turn's budget; the rules decide alone for a while"
                );
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_late_decisions_in_a_row_pause_the_model() {
        let gate = Patience::default();
        let t0 = Instant::now();
        gate.late(t0);
        gate.late(t0);
        gate.in_time();
        gate.late(t0);
        gate.late(t0);
        assert!(gate.open(t0), "a decision in time started the count over");
        gate.late(t0);
        assert!(!gate.open(t0));
        assert!(!gate.open(t0 + PAUSE - Duration::from_secs(1)));
        assert!(gate.open(t0 + PAUSE), "asked again after the pause");
    }
}
