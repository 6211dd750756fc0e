//! A bounded in-memory cache shared by the parts that keep derived data
//! close at hand (query embeddings, account vocabularies). Bounded by a
//! budget of weight (an entry's size in whatever unit its owner counts);
//! when over budget, the least recently used entries leave one by one.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

pub struct Lru<V: Clone> {
    inner: Mutex<Inner<V>>,
    budget: usize,
    weigh: fn(&V) -> usize,
}

struct Inner<V> {
    map: HashMap<String, (V, u64)>,
    held: usize,
    clock: u64,
}

impl<V: Clone> Lru<V> {
    /// A cache holding at most `budget` of weight, as `weigh` counts it.
    pub fn new(budget: usize, weigh: fn(&V) -> usize) -> Lru<V> {
        Lru {
            inner: Mutex::new(Inner {
                map: HashMap::new(),
                held: 0,
                clock: 0,
            }),
            budget,
            weigh,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner<V>> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn get(&self, key: &str) -> Option<V> {
        let mut inner = self.lock();
        inner.clock += 1;
        let now = inner.clock;
        inner.map.get_mut(key).map(|(v, used)| {
            *used = now;
            v.clone()
        })
    }

    /// Keeps `value`; older entries leave until the budget holds (the new
    /// entry itself always stays).
    pub fn put(&self, key: &str, value: V) {
        let weigh = self.weigh;
        let mut inner = self.lock();
        inner.clock += 1;
        let now = inner.clock;
        inner.held += weigh(&value);
        if let Some((old, _)) = inner.map.insert(key.to_string(), (value, now)) {
            inner.held -= weigh(&old);
        }
        while inner.held > self.budget {
            let Some(oldest) = inner
                .map
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .min_by_key(|(_, (_, used))| *used)
                .map(|(k, _)| k.clone())
            else {
                break;
            };
            if let Some((v, _)) = inner.map.remove(&oldest) {
                inner.held -= weigh(&v);
            }
        }
    }

    pub fn forget(&self, key: &str) {
        let weigh = self.weigh;
        let mut inner = self.lock();
        if let Some((v, _)) = inner.map.remove(key) {
            inner.held -= weigh(&v);
        }
    }

    pub fn contains(&self, key: &str) -> bool {
        self.lock().map.contains_key(key)
    }

    /// The weight held now.
    pub fn held(&self) -> usize {
        self.lock().held
    }

    pub fn budget(&self) -> usize {
        self.budget
    }

    pub fn clear(&self) {
        let mut inner = self.lock();
        inner.map.clear();
        inner.held = 0;
    }

    /// Entries held now.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.lock().map.len()
    }

    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
