//! The turn's time budget (`BATON_TURN_BUDGET_SECS`): what is said when
//! the model is late, and when the model is not asked at all.
//!
//! Inside a turn, two things wait on the model: the follow-up decision,
//! and a question's phrasing when its preparation has not ended yet. On
//! an endpoint slower than the budget (a small local server that handles
//! one request at a time, busy with the extraction jobs), every turn would
//! wait the whole budget and then use the rules anyway. So after
//! [`LATE_IN_A_ROW`] waits in a row ran past the budget, the turn does not
//! wait for [`PAUSE`]: the rules decide and the templates phrase at once
//! (phrasings prepared in time are still used); then it waits again.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::Instant;

/// Why a prompt came from the rules or templates although a model is
/// configured and did not fail: it was not done within the turn's budget.
pub(super) const OVER_BUDGET: &str = "the model did not answer within the turn's time budget";
/// Why a phrasing came from the template when its preparation ended in
/// time but kept nothing (the store failed; logged).
pub(super) const NOT_PREPARED: &str = "the model's phrasing could not be prepared";
/// Why the turn did not wait for the model: it has been slower than the
/// budget.
pub(super) const PAUSED: &str =
    "the model has been slower than the turn's time budget; the rules decide for now";

/// Waits past the budget, in a row, before the pause.
pub(super) const LATE_IN_A_ROW: u32 = 3;
/// How long the turn does not wait on the model after that.
pub(super) const PAUSE: Duration = Duration::from_secs(300);

/// Whether a turn waits on the model; shared by every clone of the
/// interviewer.
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

    /// Whether to wait on the model now.
    pub(super) fn open(&self, now: Instant) -> bool {
        self.with(|g| g.paused_until.is_none_or(|until| now >= until))
    }

    /// The model was done within the budget (or failed otherwise): the
    /// count of late waits starts over.
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
                    "the model keeps running past the turn's budget; turns do not wait on it for a while"
                );
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_late_waits_in_a_row_pause_the_waiting() {
        let gate = Patience::default();
        let t0 = Instant::now();
        gate.late(t0);
        gate.late(t0);
        gate.in_time();
        gate.late(t0);
        gate.late(t0);
        assert!(gate.open(t0), "a wait in time started the count over");
        gate.late(t0);
        assert!(!gate.open(t0));
        assert!(!gate.open(t0 + PAUSE - Duration::from_secs(1)));
        assert!(gate.open(t0 + PAUSE), "asked again after the pause");
    }
}
