//! Leases: work that one instance at a time may do over a shared store.
//!
//! A lease is a row of `leases` naming its holder and when it runs out.
//! Taking it is one conditional upsert, so of two instances asking at once
//! exactly one gets it; the holder renews it while it works, and another
//! instance takes it over once it has run out (the holder stopped, died,
//! or lost the store). Expiry is judged by the instances' clocks, which
//! must agree to well within the lease's length (NTP does).
//!
//! A SQLite store is one process's (several instances share PostgreSQL;
//! the embedded index's lock file keeps a second process out), so there a
//! lease always goes to the one asking: a process restarted after a crash
//! does not wait for its predecessor's lease to run out.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use super::{Db, Engine, StoreError};
use crate::with_db;

/// One instance's side of a named lease.
pub struct Lease {
    name: &'static str,
    holder: String,
    length: Duration,
    /// When this instance last took or renewed it (its own clock), while
    /// it believes it holds it.
    renewed: Mutex<Option<Instant>>,
}

impl Lease {
    /// The lease `name` as this instance would hold it: a new holder id,
    /// `length` from each renewal.
    pub fn new(name: &'static str, length: Duration) -> Lease {
        Lease {
            name,
            holder: uuid::Uuid::new_v4().to_string(),
            length,
            renewed: Mutex::new(None),
        }
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    /// This instance's holder id.
    pub fn holder(&self) -> &str {
        &self.holder
    }

    pub fn length(&self) -> Duration {
        self.length
    }

    /// Takes the lease, or renews it when this instance holds it; false
    /// when another holder's has not run out (on PostgreSQL).
    pub async fn acquire(&self, db: &Db) -> Result<bool, StoreError> {
        let asked = Instant::now();
        let now = Utc::now();
        let until = now
            + chrono::Duration::from_std(self.length).unwrap_or_else(|_| chrono::Duration::days(1));
        let when = match db.engine() {
            Engine::Postgres => "leases.holder = excluded.holder OR leases.expires_at < $4",
            // Whoever asks takes it: see the module's note.
            Engine::Sqlite => "$4 IS NOT NULL",
        };
        let sql = format!(
            "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, \
             expires_at = excluded.expires_at WHERE {when}"
        );
        let won = with_db!(db, pool => {
            sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(self.name)
            .bind(&self.holder)
            .bind(until)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()
        }) == 1;
        let mut renewed = self.renewed.lock().unwrap_or_else(|p| p.into_inner());
        *renewed = won.then_some(asked);
        Ok(won)
    }

    /// Renews the lease when a third of its length has passed since the
    /// last renewal; true while this instance holds it.
    pub async fn keep(&self, db: &Db) -> Result<bool, StoreError> {
        let due = match *self.renewed.lock().unwrap_or_else(|p| p.into_inner()) {
            None => return Ok(false),
            Some(at) => at.elapsed() >= self.length / 3,
        };
        if due {
            self.acquire(db).await
        } else {
            Ok(true)
        }
    }

    /// Whether this instance holds the lease by its own clock: taken or
    /// renewed less than its length ago.
    pub fn held(&self) -> bool {
        self.renewed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_some_and(|at| at.elapsed() < self.length)
    }

    /// Lets the lease go (at a stop), so another instance takes it over at
    /// once instead of when it runs out.
    pub async fn release(&self, db: &Db) -> Result<(), StoreError> {
        *self.renewed.lock().unwrap_or_else(|p| p.into_inner()) = None;
        with_db!(db, pool => {
            sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
                .bind(self.name)
                .bind(&self.holder)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// Who the store says holds the lease, and whether their time has run
    /// out (a holder that died, when another takes it over).
    pub async fn recorded(&self, db: &Db) -> Result<Option<(String, bool)>, StoreError> {
        let row: Option<(String, DateTime<Utc>)> = with_db!(db, pool => {
            sqlx::query_as("SELECT holder, expires_at FROM leases WHERE name = $1")
                .bind(self.name)
                .fetch_optional(pool)
                .await?
        });
        let now = Utc::now();
        Ok(row.map(|(holder, until)| (holder, until < now)))
    }

    /// Who holds the lease now, if its holder's time has not run out.
    pub async fn current_holder(&self, db: &Db) -> Result<Option<String>, StoreError> {
        Ok(self
            .recorded(db)
            .await?
            .and_then(|(holder, ran_out)| (!ran_out).then_some(holder)))
    }
}
