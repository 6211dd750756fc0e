//! Start-up: open the store, run migrations, load the question bank, bind.

use std::sync::Arc;

use axum::Router;
use chrono::NaiveDate;
use tokio::net::TcpListener;

use crate::bank::{Bank, BankError};
use crate::config::{Config, DatabaseConfig};
use crate::embed::{self, EmbedError, Embedder};
use crate::index::edge::EdgeIndex;
use crate::index::server::ServerIndex;
use crate::index::{Bm25, IndexError, VectorIndex};
use crate::interviews::Interviewer;
use crate::knowledge::abstain::Classifier;
use crate::knowledge::{Indexer, Knowledge, KnowledgeError};
use crate::llm::{ChatModel, LlmError};
use crate::ownership::rules::{Rules, RulesError};
use crate::store::lease::Lease;
use crate::store::{Db, StoreError};
use crate::telemetry::Metrics;
use crate::AbortOnDrop;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub bank: Arc<Bank>,
    pub interviewer: Interviewer,
    pub knowledge: Knowledge,
    pub config: Arc<Config>,
    /// The ownership rules, when configured (checked at start).
    pub rules: Option<Arc<Rules>>,
    /// What the ownership conflicts are computed from, kept while the
    /// store's stamp holds.
    pub conflicts: Arc<crate::ownership::conflicts::ConflictCache>,
    pub metrics: Metrics,
    /// The date and time every decision by the calendar reads.
    pub clock: crate::clock::Clock,
}

/// The store, the bank and the interviewer: what the commands that do not
/// touch the vector index need.
pub struct Core {
    pub db: Db,
    pub bank: Arc<Bank>,
    pub interviewer: Interviewer,
    pub model: Option<Arc<ChatModel>>,
    pub rules: Option<Arc<Rules>>,
    pub config: Config,
}

impl Core {
    pub async fn build(config: Config) -> Result<Core, StartError> {
        crate::init_tls();
        let bank = Arc::new(load_bank(&config)?);
        let rules = match &config.ownership_rules {
            Some(path) => Some(Arc::new(Rules::load(path)?)),
            None => None,
        };
        let model = ChatModel::from_config(&config)?;
        if let Some(m) = &model {
            tracing::info!(model = m.model(), "language model configured");
        }
        let interviewer = Interviewer::new(bank.clone(), model.clone(), config.turn_budget)
            .map_err(StartError::Interviewer)?;
        let db = open_store(&config).await?;
        if let Some(rules) = &rules {
            // Checked again at each assignment; said here so that a typo
            // shows before the first dry run. A store with nobody in it yet
            // (the demo's first start, before its import) has nothing to
            // check against.
            let known = crate::ownership::assign::standing(&db, rules).await?;
            for user in rules
                .users()
                .into_iter()
                .filter(|_| !known.people.is_empty())
            {
                if !known.people.contains_key(user) {
                    tracing::warn!(
                        %user,
                        rules = %rules.path.display(),
                        "the ownership rules name a user Baton does not have (yet): their rules give nobody accounts"
                    );
                }
            }
        }
        Ok(Core {
            db,
            bank,
            interviewer,
            model: model.map(Arc::new),
            rules,
            config,
        })
    }
}

impl AppState {
    /// Everything but the listener: bank, store (migrated), interviewer,
    /// the knowledge clone with its embedder and index (opened, checked
    /// against the store, not yet caught up).
    pub async fn build(config: Config) -> Result<AppState, StartError> {
        AppState::build_on(config, None).await
    }

    /// As [`AppState::build`], on an index already open (`None`: the
    /// configured one). Tests run several instances over one index object,
    /// standing in for a shared Qdrant server.
    pub async fn build_on(
        config: Config,
        index: Option<Arc<dyn VectorIndex>>,
    ) -> Result<AppState, StartError> {
        let core = Core::build(config).await?;
        let knowledge = open_knowledge(&core, index).await?;
        let metrics = Metrics::new();
        if let Some(model) = &core.model {
            metrics.register(model.metrics().collectors());
        }
        Ok(AppState {
            db: core.db,
            bank: core.bank,
            interviewer: core.interviewer,
            knowledge,
            config: Arc::new(core.config),
            rules: core.rules,
            conflicts: Arc::default(),
            metrics,
            clock: crate::clock::Clock::default(),
        })
    }

    /// Today's date (UTC), against which last days and tiers are judged.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }
}

/// The embedder, the index (`index`, or the configured one) and the
/// knowledge services over them.
async fn open_knowledge(
    core: &Core,
    index: Option<Arc<dyn VectorIndex>>,
) -> Result<Knowledge, StartError> {
    let config = &core.config;
    // Checked first: a bad file stops start-up before anything opens.
    let classifier = match &config.abstention_file {
        None => Classifier::builtin().map_err(|message| StartError::Classifier {
            path: "the built-in abstention.toml".into(),
            message,
        })?,
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| Classifier::parse(&text))
            .map_err(|message| StartError::Classifier {
                path: path.display().to_string(),
                message,
            })?,
    };
    let trace =
        match &config.ask_trace {
            None => None,
            Some(path) => Some(crate::knowledge::rank::Trace::open(path).map_err(|source| {
                StartError::Trace {
                    path: path.display().to_string(),
                    source,
                }
            })?),
        };
    let embedder: Arc<dyn Embedder> = match &config.embed_model {
        Some(model) => Arc::new(embed::Remote::connect(config, model).await?),
        None => Arc::new(embed::Bundled::load()?),
    };
    let dims = embedder.dimensions();
    let own_index = index.is_none() && config.qdrant_url.is_none();
    let index: Arc<dyn VectorIndex> = match (index, &config.qdrant_url) {
        (Some(index), _) => index,
        (None, Some(url)) => Arc::new(
            ServerIndex::connect(
                url,
                config.qdrant_api_key.as_ref().map(|k| k.expose()),
                &config.qdrant_collection,
                dims,
            )
            .await?,
        ),
        (None, None) => Arc::new(EdgeIndex::open(&config.data_dir.join("index"), dims)?),
    };
    tracing::info!(
        engine = index.engine(),
        version = %index.version(),
        embedder = %embedder.identity(),
        "vector index open"
    );
    let bm25 = Arc::new(Bm25::new()?);
    let indexer = Arc::new(Indexer::new(
        core.db.clone(),
        index,
        embedder,
        bm25,
        core.bank.clone(),
        core.interviewer.tokens.clone(),
        Arc::new(Lease::new(
            crate::knowledge::indexer::LEASE,
            config.indexer_lease,
        )),
    ));
    // The instance that gets the indexer lease checks the index against
    // the store; with several instances, the others leave it to that one.
    if !indexer.take_lease().await? {
        if own_index {
            tracing::warn!(
                "another instance runs the indexer on this store, but this one keeps an embedded \
                 index of its own, which nobody fills: several instances need a Qdrant server \
                 (QDRANT_URL); see docs/several-instances.md"
            );
        } else {
            tracing::info!("another instance runs the indexer on this store");
        }
    }
    Ok(Knowledge::new(
        core.db.clone(),
        indexer,
        core.model.clone(),
        classifier,
        trace,
    )?)
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("question bank")]
    Bank(#[from] BankError),
    #[error(transparent)]
    Rules(#[from] RulesError),
    #[error("the interviewer could not be built")]
    Interviewer(#[source] crate::BoxError),
    #[error("language model")]
    Model(#[from] LlmError),
    #[error("abstention classifier {path}: {message}")]
    Classifier { path: String, message: String },
    #[error("ask trace {path}")]
    Trace {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("embedding model")]
    Embed(#[from] EmbedError),
    #[error("knowledge index")]
    Index(#[from] IndexError),
    #[error("knowledge index")]
    Knowledge(#[from] KnowledgeError),
    #[error("cannot listen on {addr}")]
    Bind {
        addr: String,
        #[source]
        source: std::io::Error,
    },
}

/// Opens the configured store and brings its schema up to date.
pub async fn open_store(config: &Config) -> Result<Db, StoreError> {
    let db = match &config.database {
        DatabaseConfig::Sqlite(path) => Db::open_sqlite(path).await?,
        DatabaseConfig::Postgres(url) => Db::open_postgres(url).await?,
    };
    db.migrate().await?;
    Ok(db)
}

/// The configured question bank, or the one built into the binary.
pub fn load_bank(config: &Config) -> Result<Bank, BankError> {
    match &config.question_bank_dir {
        Some(dir) => Bank::load_dir(dir),
        None => Bank::builtin(),
    }
}

/// The largest indexing backlog (in chunks) done before serving.
const INDEX_BEFORE_SERVING: u64 = 3_000;

/// How often notices past their last day are looked for.
const NOTICE_SWEEP: std::time::Duration = std::time::Duration::from_secs(60);

/// A bound, ready-to-serve Baton.
pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
}

impl Application {
    pub async fn build(config: Config) -> Result<Application, StartError> {
        Application::build_with(config, None).await
    }

    /// As [`Application::build`], with extra routes mounted (tests use this).
    pub async fn build_with(
        config: Config,
        extra: Option<Router<AppState>>,
    ) -> Result<Application, StartError> {
        Application::build_full(config, extra, None).await
    }

    /// As [`Application::build`], on an index already open: several
    /// instances in one process share it as they would a Qdrant server.
    pub async fn build_sharing(
        config: Config,
        index: Arc<dyn VectorIndex>,
    ) -> Result<Application, StartError> {
        Application::build_full(config, None, Some(index)).await
    }

    async fn build_full(
        config: Config,
        extra: Option<Router<AppState>>,
        index: Option<Arc<dyn VectorIndex>>,
    ) -> Result<Application, StartError> {
        let addr = config.addr;
        let state = AppState::build_on(config, index).await?;
        // A small backlog (a fresh import of a team) is indexed before the
        // service says it is ready, so the first questions see the record;
        // a large one is left to the background indexer, which reports its
        // progress at /api/v1/index.
        // Only by the instance that runs the indexer.
        let indexer = &state.knowledge.indexer;
        let backlog = if indexer.lease().held() {
            indexer.backlog().await?
        } else {
            0
        };
        if backlog > 0 && backlog <= INDEX_BEFORE_SERVING {
            let pass = indexer.catch_up().await?;
            tracing::info!(indexed = pass.indexed, "index caught up before serving");
        } else if backlog > INDEX_BEFORE_SERVING {
            tracing::info!(backlog, "indexing in the background");
        }
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| StartError::Bind {
                addr: addr.to_string(),
                source,
            })?;
        let router = crate::http::router(state.clone(), extra);
        Ok(Application {
            listener,
            router,
            state,
        })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` resolves, then finishes in-flight requests.
    pub async fn run_until(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let addr = self.listener.local_addr()?;
        tracing::info!(%addr, "serving");
        // Aborted however this future ends (finished, or dropped).
        let indexing = AbortOnDrop::new(self.state.knowledge.indexer.spawn());
        // Answers' extraction jobs, those a stop left pending included.
        let extracting = AbortOnDrop::new(tokio::spawn(crate::interviews::extraction::run(
            self.state.db.clone(),
            self.state.interviewer.clone(),
            self.state.config.llm_max_in_flight,
            self.state.config.extraction_retry,
        )));
        // Notices whose last day has passed end: at start, then each minute.
        let ending = AbortOnDrop::new(tokio::spawn({
            let db = self.state.db.clone();
            let clock = self.state.clock.clone();
            async move {
                let mut tick = tokio::time::interval(NOTICE_SWEEP);
                loop {
                    tick.tick().await;
                    if let Err(e) = crate::departures::end_notices(&db, clock.now()).await {
                        tracing::warn!(error = %crate::ErrorChain(&e), "ending notices failed");
                    }
                }
            }
        }));
        let result = axum::serve(self.listener, self.router)
            .with_graceful_shutdown(shutdown)
            .await;
        indexing.stop().await;
        extracting.stop().await;
        // Answers whose extraction the stop interrupted are due now, not
        // when their leases run out.
        self.state
            .interviewer
            .extractions
            .release_held(&self.state.db)
            .await;
        ending.stop().await;
        // Another instance takes the indexing over now, not when the
        // lease runs out.
        self.state.knowledge.indexer.release_lease().await;
        // A write the stopped indexer had begun runs on to its flush.
        self.state
            .knowledge
            .indexer
            .index()
            .settle(INDEX_SETTLE)
            .await;
        self.state.db.close().await;
        result
    }

    /// Serves until Ctrl-C or SIGTERM.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }
}

/// How long a stop waits for index writes already running to finish.
const INDEX_SETTLE: std::time::Duration = std::time::Duration::from_secs(60);

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
