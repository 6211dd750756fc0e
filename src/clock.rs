//! The service's clock: the system's, moved forward only by tests (through
//! [`Clock::advance`]), so a test walks through a last day without
//! sleeping. Everything that decides by the date (tokens after a last day,
//! the end of a notice, the dashboard's renewals) reads it here.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, Utc};

#[derive(Clone, Debug, Default)]
pub struct Clock {
    /// Seconds added to the system's time.
    offset: Arc<AtomicI64>,
}

impl Clock {
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + Duration::seconds(self.offset.load(Ordering::Relaxed))
    }

    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// Moves this clock (and every clone of it) forward by `by`.
    pub fn advance(&self, by: Duration) {
        self.offset.fetch_add(by.num_seconds(), Ordering::Relaxed);
    }
}
