//! Writes a valid bundle's record in one transaction, in batches: the
//! accounts' side of an import (the bundle module reads and checks the
//! file; the users module writes its people inside this transaction).

use std::collections::HashMap;
use std::time::Instant;

use chrono::Utc;
use serde::Serialize;
use utoipa::ToSchema;

use super::{AccountId, Activity, Origin, TeamSeat};
use crate::bundle::{Bundle, ImportError, ImportSource};
use crate::store::{builder, Db, StoreError};
use crate::users::UserId;
use crate::{with_db, with_tx};

/// Rows per multi-row statement: under SQLite's bound-parameter limit for the
/// widest table.
const BATCH: usize = 500;

/// SQL true, in an account's upsert, when the CRM names an owner other than
/// the one it named at the last import (`crm_owner_id`): the only case in
/// which an import moves an account.
const CRM_MOVED: &str = "(excluded.owner_id IS NOT NULL AND (accounts.crm_owner_id IS NULL \
     OR excluded.owner_id <> accounts.crm_owner_id))";

#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Counts {
    pub created: u64,
    pub updated: u64,
}

#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Removed {
    pub contacts: u64,
    pub opportunities: u64,
    pub activities: u64,
}

/// What an import did.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct ImportSummary {
    pub import_id: i64,
    pub users: Counts,
    pub accounts: Counts,
    pub contacts: u64,
    pub opportunities: u64,
    pub activities: u64,
    /// Records of imported accounts that the bundle no longer lists.
    pub removed: Removed,
    /// Accounts whose owner changed, each recorded in ownership history.
    pub owner_changes: u64,
    /// New accounts imported without an owner: unassigned until `baton
    /// assign` or a transfer gives them one.
    pub unassigned: u64,
    /// Team members the import added (or whose role it changed).
    pub team_changes: u64,
    pub duration_ms: u64,
}

/// Writes activities (`$rows`: account id and activity) of `$origin` for
/// import run `$seq` on either engine's transaction, replacing what their
/// ids held.
macro_rules! upsert_activities {
    ($conn:ident, $rows:expr, $origin:expr, $seq:expr) => {{
        let rows: Vec<(&str, &Activity)> = $rows.collect();
        let origin: Origin = $origin;
        let mut q = builder(
            &*$conn,
            "INSERT INTO activities (id, account_id, kind, at, author_id, subject, body, direction, origin, import_seq) ",
        );
        q.push_values(&rows, |mut b, (account, x)| {
            b.push_bind(x.id.as_str())
                .push_bind(*account)
                .push_bind(x.kind.as_str())
                .push_bind(x.at)
                .push_bind(x.author_id.as_ref().map(|u| u.as_str()))
                .push_bind(&x.subject)
                .push_bind(&x.body)
                .push_bind(x.direction.map(|d| d.as_str()))
                .push_bind(origin.as_str())
                .push_bind($seq);
        });
        q.push(
            " ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id, kind = excluded.kind, \
             at = excluded.at, author_id = excluded.author_id, subject = excluded.subject, \
             body = excluded.body, direction = excluded.direction, origin = excluded.origin, \
             import_seq = excluded.import_seq",
        );
        q.build().execute(&mut **$conn).await?;
    }};
}

/// Replaces the links to contacts of activities `$activities` (an iterator
/// of `&Activity`, at most [`BATCH`]) by those they list, on either
/// engine's transaction.
macro_rules! replace_links {
    ($conn:ident, $activities:expr) => {{
        let activities: Vec<&Activity> = $activities.collect();
        if !activities.is_empty() {
            let mut q = builder(
                &*$conn,
                "DELETE FROM activity_contacts WHERE activity_id IN (",
            );
            let mut list = q.separated(", ");
            for x in &activities {
                list.push_bind(x.id.as_str());
            }
            q.push(")");
            q.build().execute(&mut **$conn).await?;
        }
        let mut links: Vec<(&str, &str)> = activities
            .iter()
            .flat_map(|x| {
                x.contact_ids
                    .iter()
                    .map(move |c| (x.id.as_str(), c.as_str()))
            })
            .collect();
        links.sort_unstable();
        links.dedup();
        for chunk in links.chunks(BATCH) {
            let mut q = builder(
                &*$conn,
                "INSERT INTO activity_contacts (activity_id, contact_id) ",
            );
            q.push_values(chunk, |mut b, (activity, contact)| {
                b.push_bind(*activity).push_bind(*contact);
            });
            q.build().execute(&mut **$conn).await?;
        }
    }};
}

/// More activities for an import, as a reader streams them (see
/// [`apply_streamed`]).
pub(crate) enum Feed {
    Batch(Vec<(AccountId, Activity)>),
    /// The reader is through: what the import no longer lists may leave.
    /// A feed that closes without it was cut short.
    End,
}

/// An import run under way.
struct Run<'a> {
    source: &'a ImportSource<'a>,
    now: chrono::DateTime<Utc>,
    started: Instant,
    s: ImportSummary,
}

impl<'a> Run<'a> {
    fn new(source: &'a ImportSource<'a>) -> Run<'a> {
        Run {
            source,
            now: Utc::now(),
            started: Instant::now(),
            s: ImportSummary::default(),
        }
    }

    fn actor(&self) -> Option<&'a str> {
        self.source.actor.map(|a| a.as_str())
    }
}

/// Writes a bundle as one transaction, in batches of [`BATCH`] rows:
/// accounts and their owners' history, contacts, opportunities, activities
/// and their links; then what the import no longer lists for its accounts
/// leaves.
pub(crate) async fn apply(
    db: &Db,
    bundle: &Bundle,
    source: &ImportSource<'_>,
) -> Result<ImportSummary, ImportError> {
    let mut run = Run::new(source);
    let mut tx = db.begin_write().await?;
    let seq = write_heads(&mut tx, bundle, &mut run).await?;
    let activities: Vec<(&str, &Activity)> = bundle
        .accounts
        .iter()
        .flat_map(|a| a.activities.iter().map(move |x| (a.account.id.as_str(), x)))
        .collect();
    run.s.activities = activities.len() as u64;
    for chunk in activities.chunks(BATCH) {
        write_activities(&mut tx, chunk, seq).await?;
    }
    sweep(&mut tx, bundle, seq, &mut run).await?;
    close_run(&mut tx, seq, seq, &mut run).await?;
    tx.commit().await?;
    Ok(run.s)
}

/// Writes `bundle` (its accounts, their people and deals) and then the
/// activities `feed` brings for them, which a reader streams from files
/// too large to hold: one transaction for the bundle, one per batch fed,
/// and one to end, where what the import no longer lists leaves and the
/// accounts are marked for the indexer. A large import never holds the
/// store's write lock for long, so interviews go on meanwhile. A feed cut
/// short leaves its run unfinished and nothing swept; running the import
/// again finishes it, without duplicates (the CRM's ids are the rows').
pub(crate) async fn apply_streamed(
    db: &Db,
    bundle: &Bundle,
    source: &ImportSource<'_>,
    feed: &mut tokio::sync::mpsc::Receiver<Feed>,
) -> Result<ImportSummary, ImportError> {
    let mut run = Run::new(source);
    let mut tx = db.begin_write().await?;
    let seq = write_heads(&mut tx, bundle, &mut run).await?;
    tx.commit().await?;
    loop {
        match feed.recv().await {
            Some(Feed::Batch(more)) => {
                let items: Vec<(&str, &Activity)> =
                    more.iter().map(|(a, x)| (a.as_str(), x)).collect();
                let mut tx = db.begin_write().await?;
                for chunk in items.chunks(BATCH) {
                    write_activities(&mut tx, chunk, seq).await?;
                }
                tx.commit().await?;
                run.s.activities += items.len() as u64;
            }
            Some(Feed::End) => break,
            None => return Err(ImportError::CutShort),
        }
    }
    let mut tx = db.begin_write().await?;
    numbered_in_turn(&mut tx).await?;
    sweep(&mut tx, bundle, seq, &mut run).await?;
    // The indexer re-draws accounts whose mark moved past what it synced:
    // it may have drawn these while their activities were still arriving.
    let marked = with_tx!(&mut tx, conn => {
        let (marked,): (i64,) = sqlx::query_as(
            "INSERT INTO import_runs (started_at, finished_at, by_user_id, source, summary) \
             VALUES ($1, $1, $2, $3, $4) RETURNING seq",
        )
        .bind(Utc::now())
        .bind(run.actor())
        .bind(format!("{} (end)", run.source.label))
        .bind(serde_json::json!({"ends": seq}).to_string())
        .fetch_one(&mut **conn)
        .await?;
        for chunk in bundle.accounts.chunks(BATCH) {
            let mut q = builder(&*conn, "UPDATE accounts SET import_seq = ");
            q.push_bind(marked).push(" WHERE id IN (");
            let mut list = q.separated(", ");
            for a in chunk {
                list.push_bind(a.account.id.as_str());
            }
            q.push(")");
            q.build().execute(&mut **conn).await?;
        }
        marked
    });
    close_run(&mut tx, seq, marked, &mut run).await?;
    tx.commit().await?;
    Ok(run.s)
}

/// Makes the transactions that number an import run (and mark accounts
/// with the number) take turns, held until commit: a run numbered later
/// never commits before one numbered earlier, so the indexer, which draws
/// the accounts marked past the last number it saw, skips none. On
/// PostgreSQL a transaction-scoped advisory lock; SQLite's write
/// transactions take turns already.
async fn numbered_in_turn(tx: &mut crate::store::Tx) -> Result<(), sqlx::Error> {
    if let crate::store::Tx::Postgres(conn) = tx {
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(IMPORT_LOCK)
            .execute(&mut **conn)
            .await?;
    }
    Ok(())
}

/// The advisory lock key of import numbering ("baton-imports").
const IMPORT_LOCK: i64 = 0x6261_746f_6e49_6d70;

/// Opens the run and writes the bundle's users, accounts (with their
/// owners' history), contacts and opportunities; returns the run's number.
async fn write_heads(
    tx: &mut crate::store::Tx,
    bundle: &Bundle,
    run: &mut Run<'_>,
) -> Result<i64, ImportError> {
    let (now, actor, source) = (run.now, run.actor(), run.source);
    let s = &mut run.s;
    numbered_in_turn(tx).await?;
    let (created, updated) = crate::users::import(tx, &bundle.users, now).await?;
    s.users = Counts { created, updated };
    let seq = with_tx!(tx, conn => {
        let (seq,): (i64,) = sqlx::query_as(
            "INSERT INTO import_runs (started_at, by_user_id, source) VALUES ($1, $2, $3) RETURNING seq",
        )
        .bind(now)
        .bind(actor)
        .bind(source.label)
        .fetch_one(&mut **conn)
        .await?;
        s.import_id = seq;

        // Current owners and what the CRM said last, to record what changes.
        let mut owners: HashMap<String, (Option<String>, Option<String>)> = HashMap::new();
        for chunk in bundle.accounts.chunks(BATCH) {
            let mut q = builder(&*conn, "SELECT id, owner_id, crm_owner_id FROM accounts WHERE id IN (");
            let mut ids = q.separated(", ");
            for a in chunk {
                ids.push_bind(a.account.id.as_str());
            }
            q.push(")");
            let rows: Vec<(String, Option<String>, Option<String>)> =
                q.build_query_as().fetch_all(&mut **conn).await?;
            owners.extend(rows.into_iter().map(|(id, owner, crm)| (id, (owner, crm))));
        }

        for chunk in bundle.accounts.chunks(BATCH) {
            let mut q = builder(
                &*conn,
                "INSERT INTO accounts (id, name, owner_id, arr, currency, segment, segment_derived, industry, \
                 territory, renewal_date, contract_notes, import_seq, created_at, updated_at, source, \
                 unassigned_since, crm_owner_id) ",
            );
            q.push_values(chunk, |mut b, a| {
                let a = &a.account;
                b.push_bind(a.id.as_str())
                    .push_bind(&a.name)
                    .push_bind(a.owner_id.as_ref().map(UserId::as_str))
                    .push_bind(a.arr.map(|m| m.value()))
                    .push_bind(&a.currency)
                    .push_bind(a.segment.as_str())
                    .push_bind(a.segment_derived)
                    .push_bind(&a.industry)
                    .push_bind(&a.territory)
                    .push_bind(a.renewal_date)
                    .push_bind(&a.contract_notes)
                    .push_bind(seq)
                    .push_bind(now)
                    .push_bind(now)
                    .push_bind(&a.source)
                    .push_bind(a.owner_id.is_none().then_some(now))
                    .push_bind(a.owner_id.as_ref().map(UserId::as_str));
            });
            // The owner moves only when the CRM's owner changed since the
            // last import: a transfer, a handover or an assignment made in
            // Baton stands against an export that still names the old
            // owner, and an account listed without an owner keeps the one
            // it has. One that gets a new owner is no longer unassigned.
            q.push(format!(
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name, \
                 owner_id = CASE WHEN {CRM_MOVED} THEN excluded.owner_id ELSE accounts.owner_id END, \
                 unassigned_since = CASE WHEN {CRM_MOVED} THEN NULL ELSE accounts.unassigned_since END, \
                 unassigned_from = CASE WHEN {CRM_MOVED} THEN NULL ELSE accounts.unassigned_from END, \
                 crm_owner_id = excluded.crm_owner_id, source = excluded.source, \
                 arr = excluded.arr, currency = excluded.currency, segment = excluded.segment, \
                 segment_derived = excluded.segment_derived, industry = excluded.industry, \
                 territory = excluded.territory, renewal_date = excluded.renewal_date, \
                 contract_notes = excluded.contract_notes, import_seq = excluded.import_seq, \
                 updated_at = excluded.updated_at",
            ));
            q.build().execute(&mut **conn).await?;
        }

        let changes: Vec<(&str, Option<&str>, &str, &str)> = bundle
            .accounts
            .iter()
            .filter_map(|a| {
                let id = a.account.id.as_str();
                let to = a.account.owner_id.as_ref()?.as_str();
                match owners.get(id) {
                    None => Some((id, None, to, "initial import")),
                    Some((from, crm)) if crm.as_deref() != Some(to) && from.as_deref() != Some(to) => {
                        Some((id, from.as_deref(), to, "owner changed in the CRM (re-import)"))
                    }
                    Some(_) => None,
                }
            })
            .collect();
        s.accounts.created = bundle.accounts.iter().filter(|a| !owners.contains_key(a.account.id.as_str())).count() as u64;
        s.accounts.updated = bundle.accounts.len() as u64 - s.accounts.created;
        s.owner_changes = changes.iter().filter(|c| owners.contains_key(c.0)).count() as u64;
        s.unassigned = bundle
            .accounts
            .iter()
            .filter(|a| a.account.owner_id.is_none() && !owners.contains_key(a.account.id.as_str()))
            .count() as u64;
        for chunk in changes.chunks(BATCH) {
            let mut q = builder(
                &*conn,
                "INSERT INTO ownership_changes (account_id, from_user_id, to_user_id, changed_by, changed_at, reason) ",
            );
            q.push_values(chunk, |mut b, (id, from, to, why)| {
                b.push_bind(*id).push_bind(*from).push_bind(*to).push_bind(actor).push_bind(now).push_bind(*why);
            });
            q.build().execute(&mut **conn).await?;
        }

        let contacts: Vec<_> = bundle
            .accounts
            .iter()
            .flat_map(|a| a.contacts.iter().map(move |c| (a.account.id.as_str(), c)))
            .collect();
        s.contacts = contacts.len() as u64;
        for chunk in contacts.chunks(BATCH) {
            let mut q = builder(
                &*conn,
                "INSERT INTO contacts (id, account_id, name, title, email, phone, role, preferred_channel, \
                 relationship_strength, notes, import_seq, first_seen_at) ",
            );
            q.push_values(chunk, |mut b, (account, c)| {
                b.push_bind(c.id.as_str())
                    .push_bind(*account)
                    .push_bind(&c.name)
                    .push_bind(&c.title)
                    .push_bind(&c.email)
                    .push_bind(&c.phone)
                    .push_bind(c.role.as_str())
                    .push_bind(&c.preferred_channel)
                    .push_bind(c.relationship_strength.map(i64::from))
                    .push_bind(&c.notes)
                    .push_bind(seq)
                    .push_bind(now);
            });
            q.push(
                " ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id, name = excluded.name, \
                 title = excluded.title, email = excluded.email, phone = excluded.phone, role = excluded.role, \
                 preferred_channel = excluded.preferred_channel, \
                 relationship_strength = excluded.relationship_strength, notes = excluded.notes, \
                 import_seq = excluded.import_seq",
            );
            q.build().execute(&mut **conn).await?;
        }

        let opportunities: Vec<_> = bundle
            .accounts
            .iter()
            .flat_map(|a| a.opportunities.iter().map(move |o| (a.account.id.as_str(), o)))
            .collect();
        s.opportunities = opportunities.len() as u64;
        for chunk in opportunities.chunks(BATCH) {
            let mut q = builder(
                &*conn,
                "INSERT INTO opportunities (id, account_id, name, stage, amount, close_date, next_step, import_seq) ",
            );
            q.push_values(chunk, |mut b, (account, o)| {
                b.push_bind(o.id.as_str())
                    .push_bind(*account)
                    .push_bind(&o.name)
                    .push_bind(&o.stage)
                    .push_bind(o.amount.map(|m| m.value()))
                    .push_bind(o.close_date)
                    .push_bind(&o.next_step)
                    .push_bind(seq);
            });
            q.push(
                " ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id, name = excluded.name, \
                 stage = excluded.stage, amount = excluded.amount, close_date = excluded.close_date, \
                 next_step = excluded.next_step, import_seq = excluded.import_seq",
            );
            q.build().execute(&mut **conn).await?;
        }

        seq
    });
    let seats: Vec<(&AccountId, &TeamSeat)> = bundle
        .accounts
        .iter()
        .flat_map(|a| a.team.iter().map(move |t| (&a.account.id, t)))
        .collect();
    let by = run.source.actor;
    run.s.team_changes = crate::ownership::team::import_seats(tx, &seats, by, now).await?;
    Ok(seq)
}

/// Writes activities of run `seq` (each with its account), and their links
/// to contacts.
async fn write_activities(
    tx: &mut crate::store::Tx,
    items: &[(&str, &Activity)],
    seq: i64,
) -> Result<(), ImportError> {
    with_tx!(tx, conn => {
        upsert_activities!(conn, items.iter().map(|(account, x)| (*account, *x)), Origin::Bundle, seq);
        replace_links!(conn, items.iter().map(|(_, x)| *x));
    });
    Ok(())
}

/// Removes what the CRM no longer lists for the bundle's accounts: rows
/// of theirs from runs before `seq`. Activities from elsewhere (a chat
/// export) are not the CRM's to take away.
async fn sweep(
    tx: &mut crate::store::Tx,
    bundle: &Bundle,
    seq: i64,
    run: &mut Run<'_>,
) -> Result<(), ImportError> {
    let removed = &mut run.s.removed;
    with_tx!(tx, conn => {
        for chunk in bundle.accounts.chunks(BATCH) {
            for (table, count) in [
                ("activities", &mut removed.activities),
                ("opportunities", &mut removed.opportunities),
                ("contacts", &mut removed.contacts),
            ] {
                let mut q = builder(&*conn, "DELETE FROM ");
                q.push(table).push(" WHERE import_seq < ").push_bind(seq);
                if table == "activities" {
                    q.push(" AND origin = 'bundle'");
                }
                q.push(" AND account_id IN (");
                let mut list = q.separated(", ");
                for a in chunk {
                    list.push_bind(a.account.id.as_str());
                }
                q.push(")");
                *count += q.build().execute(&mut **conn).await?.rows_affected();
            }
        }
    });
    Ok(())
}

/// Ends run `seq`: the contact summaries of accounts marked `marked` and of
/// those a contact moved away from, the run's summary, the audit entry.
async fn close_run(
    tx: &mut crate::store::Tx,
    seq: i64,
    marked: i64,
    run: &mut Run<'_>,
) -> Result<(), ImportError> {
    with_tx!(tx, conn => {
        // Nothing else changes another account's contacts than a move.
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE accounts SET {} WHERE import_seq = $1 \
             OR contact_count <> (SELECT COUNT(*) FROM contacts c WHERE c.account_id = accounts.id)",
            super::portfolio::contact_summary()
        )))
        .bind(marked)
        .execute(&mut **conn)
        .await?;
        run.s.duration_ms = run.started.elapsed().as_millis() as u64;
        sqlx::query("UPDATE import_runs SET finished_at = $2, summary = $3 WHERE seq = $1")
            .bind(seq)
            .bind(Utc::now())
            .bind(serde_json::to_string(&run.s).unwrap_or_default())
            .execute(&mut **conn)
            .await?;
    });
    let entry = crate::audit::Entry {
        at: run.now,
        actor: run.source.actor,
        kind: crate::audit::AuditKind::Import,
        account_id: None,
        subject: None,
        detail: serde_json::json!({"source": run.source.label, "summary": &run.s}),
    };
    crate::audit::record(tx, &entry).await?;
    Ok(())
}

/// The accounts the activities `ids` are on (those that exist).
pub async fn accounts_of_activities(db: &Db, ids: &[String]) -> Result<Vec<AccountId>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(String,)> = with_db!(db, pool => {
        let mut q = builder(pool, "SELECT DISTINCT account_id FROM activities WHERE id IN (");
        let mut list = q.separated(", ");
        for id in ids.iter().take(BATCH) {
            list.push_bind(id.as_str());
        }
        q.push(")");
        q.build_query_as().fetch_all(pool).await?
    });
    rows.into_iter()
        .map(|(a,)| {
            AccountId::parse(&a).map_err(|_| StoreError::Corrupt(format!("activity account {a}")))
        })
        .collect()
}

/// What [`attach`] found and did.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Attached {
    pub created: u64,
    pub updated: u64,
    /// Already in the store exactly as given: left alone.
    pub unchanged: u64,
    /// The import runs written (one per batch that changed something).
    pub import_ids: Vec<i64>,
}

impl Attached {
    /// Something was (or, for a check, would be) created or updated.
    pub fn changed(&self) -> bool {
        self.created + self.updated > 0
    }
}

/// How an outside source's activities are attached.
#[derive(Debug, Clone)]
pub struct Attach<'a> {
    pub origin: Origin,
    pub source: &'a ImportSource<'a>,
    /// `false` counts what would change and writes nothing.
    pub write: bool,
}

/// The stored form of an activity, to tell an unchanged one.
type StoredActivity = (
    String,
    String,
    String,
    chrono::DateTime<Utc>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
);

/// Writes activities that come from outside the CRM's bundle (a chat
/// export) for existing accounts, in batches of [`BATCH`], each in one
/// transaction with its own import run: an activity already stored exactly
/// so is left alone, a changed one replaced (links to contacts included),
/// and the accounts that changed are marked with the run, so the indexer
/// re-draws their record. Nothing changed, nothing is written, not even a
/// run.
pub(crate) async fn attach(
    db: &Db,
    items: &[(AccountId, Activity)],
    how: &Attach<'_>,
) -> Result<Attached, StoreError> {
    let mut out = Attached::default();
    for batch in items.chunks(BATCH) {
        let ids: Vec<&str> = batch.iter().map(|(_, a)| a.id.as_str()).collect();
        let (rows, links): (Vec<StoredActivity>, Vec<(String, String)>) = with_db!(db, pool => {
            let mut q = builder(
                pool,
                "SELECT id, account_id, kind, at, author_id, subject, body, direction, origin \
                 FROM activities WHERE id IN (",
            );
            let mut list = q.separated(", ");
            for id in &ids {
                list.push_bind(*id);
            }
            q.push(")");
            let rows = q.build_query_as().fetch_all(pool).await?;
            let mut q = builder(pool, "SELECT activity_id, contact_id FROM activity_contacts WHERE activity_id IN (");
            let mut list = q.separated(", ");
            for id in &ids {
                list.push_bind(*id);
            }
            q.push(") ORDER BY contact_id");
            let links = q.build_query_as().fetch_all(pool).await?;
            (rows, links)
        });
        let mut stored: HashMap<String, (StoredActivity, Vec<String>)> = rows
            .into_iter()
            .map(|r| (r.0.clone(), (r, Vec::new())))
            .collect();
        for (activity, contact) in links {
            if let Some((_, contacts)) = stored.get_mut(&activity) {
                contacts.push(contact);
            }
        }
        let mut changed = Vec::new();
        for (account, a) in batch {
            match stored.get(a.id.as_str()) {
                None => {
                    out.created += 1;
                    changed.push((account, a));
                }
                Some((row, contacts)) if same(row, contacts, account, a, how.origin) => {
                    out.unchanged += 1;
                }
                Some(_) => {
                    out.updated += 1;
                    changed.push((account, a));
                }
            }
        }
        if how.write && !changed.is_empty() {
            out.import_ids.push(write_batch(db, &changed, how).await?);
        }
    }
    Ok(out)
}

fn same(
    row: &StoredActivity,
    contacts: &[String],
    account: &AccountId,
    a: &Activity,
    origin: Origin,
) -> bool {
    let mut given: Vec<&str> = a.contact_ids.iter().map(|c| c.as_str()).collect();
    given.sort_unstable();
    given.dedup();
    row.1 == account.as_str()
        && row.2 == a.kind.as_str()
        && row.3 == a.at
        && row.4.as_deref() == a.author_id.as_ref().map(|u| u.as_str())
        && row.5 == a.subject
        && row.6 == a.body
        && row.7.as_deref() == a.direction.map(|d| d.as_str())
        && row.8 == origin.as_str()
        && contacts
            .iter()
            .map(String::as_str)
            .eq(given.iter().copied())
}

async fn write_batch(
    db: &Db,
    changed: &[(&AccountId, &Activity)],
    how: &Attach<'_>,
) -> Result<i64, StoreError> {
    let now = Utc::now();
    let actor = how.source.actor.map(|a| a.as_str());
    let mut tx = db.begin_write().await?;
    numbered_in_turn(&mut tx).await?;
    let seq = with_tx!(&mut tx, conn => {
        let (seq,): (i64,) = sqlx::query_as(
            "INSERT INTO import_runs (started_at, by_user_id, source) VALUES ($1, $2, $3) RETURNING seq",
        )
        .bind(now)
        .bind(actor)
        .bind(how.source.label)
        .fetch_one(&mut **conn)
        .await?;
        upsert_activities!(conn, changed.iter().map(|(account, x)| (account.as_str(), *x)), how.origin, seq);

        replace_links!(conn, changed.iter().map(|(_, x)| *x));

        // The accounts whose record changed, for the indexer.
        let mut q = builder(&*conn, "UPDATE accounts SET import_seq = ");
        q.push_bind(seq).push(", updated_at = ").push_bind(now).push(" WHERE id IN (");
        let mut list = q.separated(", ");
        let mut accounts: Vec<&str> = changed.iter().map(|(a, _)| a.as_str()).collect();
        accounts.sort_unstable();
        accounts.dedup();
        for a in &accounts {
            list.push_bind(*a);
        }
        q.push(")");
        q.build().execute(&mut **conn).await?;

        let summary = serde_json::json!({"origin": how.origin.as_str(), "activities": changed.len()});
        sqlx::query("UPDATE import_runs SET finished_at = $2, summary = $3 WHERE seq = $1")
            .bind(seq)
            .bind(Utc::now())
            .bind(summary.to_string())
            .execute(&mut **conn)
            .await?;
        seq
    });
    let entry = crate::audit::Entry {
        at: now,
        actor: how.source.actor,
        kind: crate::audit::AuditKind::Import,
        account_id: None,
        subject: None,
        detail: serde_json::json!({"source": how.source.label, "origin": how.origin.as_str(),
            "import_id": seq, "activities": changed.len()}),
    };
    crate::audit::record(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(seq)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{ActivityId, ActivityKind, ContactId};

    fn activity(n: usize) -> (AccountId, Activity) {
        (
            AccountId::parse("acc-north").unwrap(),
            Activity {
                id: ActivityId::parse(&format!("a-{n}")).unwrap(),
                kind: ActivityKind::Call,
                at: "2026-10-01T09:00:00Z".parse().unwrap(),
                author_id: None,
                contact_ids: vec![ContactId::parse("c-helga").unwrap()],
                subject: Some(format!("Call {n}")),
                body: None,
                direction: None,
            },
        )
    }

    async fn counts(db: &Db) -> (i64, i64, i64, i64) {
        with_db!(db, pool => {
            let one = |sql: &'static str| sqlx::query_as::<_, (i64,)>(sql);
            (
                one("SELECT COUNT(*) FROM accounts").fetch_one(pool).await.unwrap().0,
                one("SELECT COUNT(*) FROM activities").fetch_one(pool).await.unwrap().0,
                one("SELECT COUNT(*) FROM activity_contacts").fetch_one(pool).await.unwrap().0,
                one("SELECT COUNT(*) FROM import_runs WHERE finished_at IS NULL").fetch_one(pool).await.unwrap().0,
            )
        })
    }

    /// Feeds `batches` batches of 700 activities, then the end or not.
    fn feeding(
        batches: usize,
        end: bool,
    ) -> (
        tokio::sync::mpsc::Receiver<Feed>,
        tokio::task::JoinHandle<()>,
    ) {
        let (tx, rx) = tokio::sync::mpsc::channel(2);
        let task = tokio::spawn(async move {
            for b in 0..batches {
                let batch = (b * 700..(b + 1) * 700).map(activity).collect();
                tx.send(Feed::Batch(batch)).await.unwrap();
            }
            if end {
                tx.send(Feed::End).await.unwrap();
            }
        });
        (rx, task)
    }

    /// A streamed import writes its bundle, then each batch fed in its own
    /// transaction, links included. One whose feed closes without its end
    /// (a reader that failed half-way) keeps what it wrote, its run left
    /// unfinished and nothing swept; the next import finishes the job:
    /// nothing twice, and what the export no longer lists removed.
    #[tokio::test]
    async fn a_feed_cut_short_is_finished_by_the_next_import() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open_sqlite(&dir.path().join("baton.db")).await.unwrap();
        db.migrate().await.unwrap();
        let bundle = crate::bundle::check(
            &db,
            br#"{"format": "baton-bundle/v1",
                 "users": [{"id": "u-ana", "name": "Ana", "email": "ana@x.test", "role": "rep"}],
                 "accounts": [{"id": "acc-north", "name": "Northwind", "owner_id": "u-ana",
                   "contacts": [{"id": "c-helga", "name": "Helga Brandt"}]}]}"#,
        )
        .await
        .unwrap();
        let source = ImportSource {
            actor: None,
            label: "test",
        };

        let (mut rx, task) = feeding(3, false);
        let cut = apply_streamed(&db, &bundle, &source, &mut rx).await;
        task.await.unwrap();
        assert!(matches!(cut, Err(ImportError::CutShort)), "{cut:?}");
        assert_eq!(counts(&db).await, (1, 2_100, 2_100, 1));

        // The export again, two batches now: the third's activities leave.
        let (mut rx, task) = feeding(2, true);
        let done = apply_streamed(&db, &bundle, &source, &mut rx)
            .await
            .unwrap();
        task.await.unwrap();
        assert_eq!(done.activities, 1_400);
        assert_eq!(done.removed.activities, 700);
        assert_eq!(counts(&db).await, (1, 1_400, 1_400, 1));
    }
}
