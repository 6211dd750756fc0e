//! Start-up: open the store, run migrations, load the question bank, bind.

use std::sync::Arc;

use axum::Router;
use chrono::NaiveDate;
use tokio::net::TcpListener;

use crate::bank::{Bank, BankError};
use crate::config::{Config, DatabaseConfig};
use crate::interviews::Interviewer;
use crate::llm::ChatModel;
use crate::store::{Db, StoreError};
use crate::telemetry::Metrics;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub bank: Arc<Bank>,
    pub interviewer: Interviewer,
    pub config: Arc<Config>,
    pub metrics: Metrics,
}

impl AppState {
    /// Everything but the listener: bank, store (migrated), interviewer.
    /// The CLI commands that work on the store use this directly.
    pub async fn build(config: Config) -> Result<AppState, StartError> {
        crate::init_tls();
        let bank = Arc::new(load_bank(&config)?);
        let model =
            ChatModel::from_config(&config).map_err(|e| StartError::Model(e.to_string()))?;
        if let Some(m) = &model {
            tracing::info!(model = m.model(), "language model configured");
        }
        let interviewer = Interviewer::new(bank.clone(), model).map_err(StartError::Interviewer)?;
        let db = open_store(&config).await?;
        Ok(AppState {
            db,
            bank,
            interviewer,
            config: Arc::new(config),
            metrics: Metrics::new(),
        })
    }

    /// Today's date (UTC), against which last days and tiers are judged.
    pub fn today(&self) -> NaiveDate {
        chrono::Utc::now().date_naive()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("question bank: {0}")]
    Bank(#[from] BankError),
    #[error("interviewer: {0}")]
    Interviewer(String),
    #[error("language model: {0}")]
    Model(String),
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
        let addr = config.addr;
        let state = AppState::build(config).await?;
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
        let result = axum::serve(self.listener, self.router)
            .with_graceful_shutdown(shutdown)
            .await;
        self.state.db.close().await;
        result
    }

    /// Serves until Ctrl-C or SIGTERM.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }
}

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
