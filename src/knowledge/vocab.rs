//! Account vocabularies, kept warm by the indexer, following the store.
//!
//! The abstention check and the ranking ask of an account's vocabulary
//! (the words its chunks use, the names of its contacts and of the
//! company's people). Building one reads the account's chunks and counts
//! their words: a few milliseconds, too much to pay inside every ask. So
//! the vocabularies are derived data, like the index: built in the
//! background for every account once the service starts, and built again
//! when what they were built from changed.
//!
//! Several instances may serve one store, and any of them may change an
//! account's knowledge (an approval, an edit, an import's record drawn
//! again). So each vocabulary keeps the store's stamp of what it was built
//! from (`store::Stamp`: the account's knowledge sequence, moved in the
//! transaction of every change to its chunks, and the roster's), an ask
//! reads the stamp first (one short statement) and builds the vocabulary
//! again when it moved; the background pass compares every account's
//! stamp in one read and rebuilds the ones that moved.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use super::store::{self, Stamp};
use super::terms::{self, Vocab, VocabCache};
use crate::store::{Db, StoreError};

/// The company's people: user id → name.
type People = Arc<HashMap<String, String>>;

/// The cache of account vocabularies.
pub struct Vocabularies {
    db: Db,
    cache: VocabCache,
    /// The company's people (user id → name), with the roster stamp they
    /// were read at.
    people: Mutex<Option<(i64, People)>>,
    /// Vocabularies built since the service started.
    built: AtomicU64,
    /// Held while building, so that an ask and the warm-up never build
    /// the same vocabulary twice.
    building: tokio::sync::Mutex<()>,
}

impl Vocabularies {
    pub fn new(db: Db, budget: usize) -> Vocabularies {
        Vocabularies {
            db,
            cache: terms::vocab_cache(budget),
            people: Mutex::new(None),
            built: AtomicU64::new(0),
            building: tokio::sync::Mutex::new(()),
        }
    }

    /// How many vocabularies were built since the service started.
    pub fn built(&self) -> u64 {
        self.built.load(Ordering::Relaxed)
    }

    /// True when the account's vocabulary is cached (it may be out of
    /// date: an ask checks its stamp).
    pub fn is_warm(&self, account_id: &str) -> bool {
        self.cache.contains(account_id)
    }

    /// Bytes the cached vocabularies take, by their own estimate.
    pub fn held(&self) -> usize {
        self.cache.held()
    }

    /// The account's vocabulary as the store stands now: the cached one
    /// while its stamp holds, else built again.
    pub async fn get(&self, account_id: &str) -> Result<Arc<Vocab>, StoreError> {
        let stamp = store::stamp(&self.db, account_id).await?;
        if let Some(v) = self.current(account_id, &stamp) {
            return Ok(v);
        }
        let _building = self.building.lock().await;
        if let Some(v) = self.current(account_id, &stamp) {
            return Ok(v);
        }
        self.build(account_id, stamp).await
    }

    fn current(&self, account_id: &str, stamp: &Stamp) -> Option<Arc<Vocab>> {
        self.cache.get(account_id).filter(|v| v.stamp == *stamp)
    }

    /// This instance changed the account's knowledge: its vocabulary is
    /// built again when next needed (the stamp would say so too; this
    /// spares the read).
    pub fn forget(&self, account_id: &str) {
        self.cache.forget(account_id);
    }

    /// Builds the vocabularies of the given accounts that are not cached
    /// or whose stamp moved (all stamps read at once), while the budget
    /// has room for them without pushing others out (the next one is
    /// guessed to be as large as the last). Returns how many were built.
    pub async fn warm(&self, account_ids: &[String]) -> Result<usize, StoreError> {
        let (roster, seqs) = store::stamps(&self.db).await?;
        let mut n = 0;
        let mut last_size = 0;
        for id in account_ids {
            // One held already is rebuilt in its place; a new one needs room.
            if !self.cache.contains(id) && self.cache.held() + last_size > self.cache.budget() {
                break;
            }
            let _building = self.building.lock().await;
            let stamp = Stamp {
                knowledge: seqs.get(id).copied().unwrap_or(0),
                ..roster
            };
            // Current, or built by an ask since the stamps were read.
            let fresh = self.cache.get(id).is_some_and(|v| {
                v.stamp.knowledge >= stamp.knowledge && v.stamp.people >= stamp.people
            });
            if fresh {
                continue;
            }
            last_size = self.build(id, stamp).await?.size();
            n += 1;
            // Warming is background work: let requests go first.
            tokio::task::yield_now().await;
        }
        Ok(n)
    }

    /// The company's people as of the roster stamp `at`.
    async fn people(&self, at: &Stamp) -> Result<People, StoreError> {
        if let Some((held, p)) = &*self.people.lock().unwrap_or_else(|p| p.into_inner()) {
            if *held == at.people {
                return Ok(p.clone());
            }
        }
        let users = crate::users::names(&self.db).await?;
        let p = Arc::new(users.into_iter().collect::<HashMap<_, _>>());
        *self.people.lock().unwrap_or_else(|p| p.into_inner()) = Some((at.people, p.clone()));
        Ok(p)
    }

    /// The vocabulary of an account's chunks, with the names of its
    /// contacts and of the company's people, stamped with `stamp` (read
    /// before any of them, so a change meanwhile moves the stamp past it).
    /// Called with `building` held.
    async fn build(&self, account_id: &str, stamp: Stamp) -> Result<Arc<Vocab>, StoreError> {
        let users = self.people(&stamp).await?;
        let chunks = store::account_texts(&self.db, account_id).await?;
        let (name, contacts) = crate::accounts::names(&self.db, account_id)
            .await?
            .unwrap_or_default();
        let mut people = contacts;
        people.extend(users.values().cloned());
        if !name.is_empty() {
            people.push(name.clone());
        }
        let texts = chunks.iter().map(|(h, t)| format!("{h} {t}"));
        let mut vocab = Vocab::build(texts, &people);
        vocab.implicit = terms::words(&name);
        vocab.authors = users
            .iter()
            .map(|(id, n)| (id.clone(), terms::words(n)))
            .collect();
        vocab.stamp = stamp;
        let vocab = Arc::new(vocab);
        self.cache.put(account_id, vocab.clone());
        self.built.fetch_add(1, Ordering::Relaxed);
        Ok(vocab)
    }
}
