//! Account vocabularies, kept warm by the indexer.
//!
//! The abstention check and the ranking ask of an account's vocabulary
//! (the words its chunks use, the names of its contacts and of the
//! company's people). Building one reads the account's chunks and counts
//! their words: a few milliseconds, too much to pay inside an ask. So the
//! vocabularies are derived data, like the index: built in the background
//! for every account once the service starts, rebuilt for the accounts an
//! import or an approval changed, and built on demand only for an account
//! asked about before the background pass reached it (or after the budget
//! pushed it out).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use super::store;
use super::terms::{self, Vocab, VocabCache};
use crate::store::{Db, StoreError};

/// The cache of account vocabularies and what they were built from.
pub struct Vocabularies {
    db: Db,
    cache: VocabCache,
    /// The company's people (user id → name) the cached vocabularies were
    /// built with: when it changes, every vocabulary is out of date.
    people: Mutex<Option<Arc<HashMap<String, String>>>>,
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

    /// True when the account's vocabulary is cached: an ask finds it
    /// without reading the store.
    pub fn is_warm(&self, account_id: &str) -> bool {
        self.cache.contains(account_id)
    }

    /// Bytes the cached vocabularies take, by their own estimate.
    pub fn held(&self) -> usize {
        self.cache.held()
    }

    /// The account's vocabulary: cached, or built from the store now.
    pub async fn get(&self, account_id: &str) -> Result<Arc<Vocab>, StoreError> {
        if let Some(v) = self.cache.get(account_id) {
            return Ok(v);
        }
        let _building = self.building.lock().await;
        if let Some(v) = self.cache.get(account_id) {
            return Ok(v);
        }
        self.build(account_id).await
    }

    /// The account's knowledge changed: its vocabulary is built again
    /// when next needed (or by the next warm-up).
    pub fn forget(&self, account_id: &str) {
        self.cache.forget(account_id);
    }

    /// Checks the company's people against those the cached vocabularies
    /// were built with; when someone joined, left or was renamed, every
    /// cached vocabulary is dropped.
    pub async fn check_people(&self) -> Result<(), StoreError> {
        let now = self.load_people().await?;
        let mut held = self.people.lock().unwrap_or_else(|p| p.into_inner());
        if held.as_ref().is_some_and(|p| **p != *now) {
            self.cache.clear();
        }
        *held = Some(now);
        Ok(())
    }

    /// Builds the vocabularies of the given accounts that are not cached,
    /// while the budget has room for them without pushing others out (the
    /// next one is guessed to be as large as the last). Returns how many
    /// were built.
    pub async fn warm(&self, account_ids: &[String]) -> Result<usize, StoreError> {
        let mut n = 0;
        let mut last_size = 0;
        for id in account_ids {
            if self.cache.held() + last_size > self.cache.budget() {
                break;
            }
            let _building = self.building.lock().await;
            if self.cache.contains(id) {
                continue;
            }
            last_size = self.build(id).await?.size();
            n += 1;
            // Warming is background work: let requests go first.
            tokio::task::yield_now().await;
        }
        Ok(n)
    }

    async fn load_people(&self) -> Result<Arc<HashMap<String, String>>, StoreError> {
        let users = crate::users::names(&self.db).await?;
        Ok(Arc::new(users.into_iter().collect()))
    }

    async fn people(&self) -> Result<Arc<HashMap<String, String>>, StoreError> {
        if let Some(p) = self
            .people
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
        {
            return Ok(p);
        }
        let p = self.load_people().await?;
        *self.people.lock().unwrap_or_else(|p| p.into_inner()) = Some(p.clone());
        Ok(p)
    }

    /// The vocabulary of an account's chunks, with the names of its
    /// contacts and of the company's people. Called with `building` held.
    async fn build(&self, account_id: &str) -> Result<Arc<Vocab>, StoreError> {
        let users = self.people().await?;
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
        let vocab = Arc::new(vocab);
        self.cache.put(account_id, vocab.clone());
        self.built.fetch_add(1, Ordering::Relaxed);
        Ok(vocab)
    }
}
