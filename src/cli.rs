//! The `baton` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::access::tokens;
use crate::accounts::AccountId;
use crate::app::{open_store, Application};
use crate::bundle::{self, ImportError, ImportSource};
use crate::config::Config;
use crate::imports::chat::{self, ChatOptions};
use crate::imports::crm;
use crate::imports::mail;
use crate::imports::whatsapp::DateOrder;
use crate::imports::Input;

#[derive(Parser)]
#[command(
    name = "baton",
    version,
    about = "Keeps the meaning of B2B accounts when their owner leaves."
)]
struct Cli {
    /// A TOML configuration file (also BATON_CONFIG); the environment wins over it.
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the HTTP API on BATON_ADDR.
    Serve,
    /// Import a baton-bundle/v1 file; with `whatsapp` a chat export, with
    /// `mail` a mailbox.
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Import {
        #[command(subcommand)]
        what: Option<ImportCommand>,
        /// A baton-bundle/v1 file.
        #[arg(required = true)]
        file: Option<PathBuf>,
        /// Check the file and report every problem without importing.
        #[arg(long)]
        check: bool,
    },
    /// Manage API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Import the demo team, print a token per user, and serve.
    Demo,
    /// Measure: by default how long a rep waits between an answer and the
    /// next prompt (deterministic path, a throwaway SQLite store); with
    /// `knowledge`, the knowledge clone at scale.
    Bench {
        #[command(subcommand)]
        what: Option<BenchCommand>,
        /// How many answers to time.
        #[arg(long, default_value_t = 200)]
        answers: usize,
        /// Activities per account (the record walk reads them).
        #[arg(long, default_value_t = 200)]
        activities: usize,
    },
    /// Give the unassigned accounts (no owner, or whose owner left with no
    /// successor) owners by the ownership rules (BATON_OWNERSHIP_RULES):
    /// first matching rule wins; each move in the ownership history with
    /// its rule.
    Assign {
        /// List what would change and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Rebuild the vector index from the store (stop the server first):
    /// every record item drawn again, every current answer re-chunked.
    Reindex,
    /// Answer an interview in the terminal, as its owner.
    Interview {
        /// The interview id (from the departure's plan).
        id: String,
    },
}

#[derive(Subcommand)]
enum ImportCommand {
    /// A CRM's CSV export (a folder of its files) as the record: accounts,
    /// contacts, opportunities and activities with the CRM's ids, owners
    /// matched to Baton users by email. Prints a JSON report: counts, owners
    /// matched to nobody, every row left out and why.
    Csv {
        /// `salesforce`, `hubspot`, or a mapping file (TOML, column → field).
        #[arg(long)]
        crm: String,
        /// The folder holding the export's CSV files.
        dir: PathBuf,
        /// Report what would be imported without writing anything.
        #[arg(long)]
        check: bool,
    },
    /// Mail (an mbox, an `.eml`, or a folder of `.eml` files) into the
    /// accounts its people belong to: one email activity per thread, placed
    /// by the contacts' addresses or their company's domain. Prints a JSON
    /// report: counts, threads per account, every message left out and why.
    Mail {
        path: PathBuf,
        /// Report what would change without writing anything.
        #[arg(long)]
        check: bool,
    },
    /// A WhatsApp chat export (the `.txt`, or the `.zip` the app writes) into
    /// an account's record: one chat activity per day, senders matched to
    /// contacts by phone number or name. Prints a JSON report: counts, every
    /// skipped line with its reason, senders matched to nobody.
    Whatsapp {
        file: PathBuf,
        /// The account the chat belongs to (default: the account whose
        /// contacts most senders are).
        #[arg(long)]
        account: Option<String>,
        /// The chat's name, in its activities' ids and subjects (default:
        /// from the file name).
        #[arg(long)]
        chat: Option<String>,
        /// The date order, when the export's dates leave it open.
        #[arg(long, value_parser = ["dmy", "mdy", "ymd"])]
        date_order: Option<String>,
        /// The exporting phone's offset from UTC (exports carry local times).
        #[arg(long, default_value = "+00:00", allow_hyphen_values = true)]
        utc_offset: String,
        /// Report what would change without writing anything.
        #[arg(long)]
        check: bool,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Asks at scale (p50, p99), concurrent asks per second, approval to
    /// searchable, indexing throughput, where an ask's time goes.
    Knowledge {
        /// Accounts in the synthetic team.
        #[arg(long, default_value_t = 1000)]
        accounts: usize,
        /// Record chunks per account.
        #[arg(long, default_value_t = 200)]
        chunks: usize,
        /// Asks timed one at a time.
        #[arg(long, default_value_t = 500)]
        asks: usize,
        /// Concurrent clients.
        #[arg(long, default_value_t = 8)]
        clients: usize,
        /// How long the clients ask, in seconds.
        #[arg(long, default_value_t = 15)]
        seconds: u64,
        /// Accounts of the generated Salesforce export imported while the
        /// service runs (0: none).
        #[arg(long, default_value_t = 200)]
        crm_accounts: usize,
        /// Activities per account of that export.
        #[arg(long, default_value_t = 100)]
        crm_activities: usize,
        /// Writes the generated export to this folder and keeps it (to
        /// import it with `baton import csv --crm salesforce` elsewhere).
        #[arg(long)]
        crm_export: Option<std::path::PathBuf>,
    },
    /// The manager's dashboard on a synthetic team: medians for an admin, a
    /// manager and a rep.
    Dashboard {
        /// Reps in the team (under five managers).
        #[arg(long, default_value_t = 50)]
        reps: usize,
        /// Accounts spread over the reps.
        #[arg(long, default_value_t = 10_000)]
        accounts: usize,
        /// Timed runs per caller (after two warm-up runs).
        #[arg(long, default_value_t = 15)]
        runs: usize,
        /// An empty PostgreSQL database to run on instead of SQLite.
        #[arg(long)]
        database_url: Option<String>,
    },
    /// The successor's handoff plan for an enterprise account with a long
    /// record, and a departure's handoff health (a plan per account).
    Handoff {
        /// Activities on the account whose plan is timed.
        #[arg(long, default_value_t = 500)]
        activities: usize,
        /// Accounts of the departing rep (twenty activities each).
        #[arg(long, default_value_t = 50)]
        accounts: usize,
        /// Timed runs of each (after two warm-up runs).
        #[arg(long, default_value_t = 15)]
        runs: usize,
    },
    /// The record walk held to relevance labels: which activities it shows
    /// with each question, picked by keywords and by the bundled encoder.
    Walk {
        /// The folder of label files (`eval/walk` in the repository).
        #[arg(long, default_value = "eval/walk")]
        labels: std::path::PathBuf,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Mint a token for a user; the token is the last line printed.
    Create {
        #[arg(long)]
        user: String,
        #[arg(long)]
        label: Option<String>,
        /// The token stops working after this many days (1 to 3650); never
        /// when not given.
        #[arg(long)]
        expires_in_days: Option<u32>,
    },
    /// Revoke a token by its id.
    Revoke {
        #[arg(long)]
        id: String,
    },
}

/// Runs the command line and maps failure to an exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("baton: {e}");
            return ExitCode::from(2);
        }
    };
    crate::telemetry::init_logs(config.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("baton: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("baton: {}", crate::ErrorChain(e.as_ref()));
            ExitCode::FAILURE
        }
    }
}

type CliResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

async fn run(command: Command, config: Config) -> CliResult {
    match command {
        Command::Serve => {
            let app = Application::build(config).await?;
            app.run_until_stopped().await?;
        }
        Command::Import {
            what:
                Some(ImportCommand::Whatsapp {
                    file,
                    account,
                    chat,
                    date_order,
                    utc_offset,
                    check,
                }),
            ..
        } => {
            let opts = ChatOptions {
                account: account
                    .as_deref()
                    .map(AccountId::parse)
                    .transpose()
                    .map_err(|e| format!("--account {e}"))?,
                chat,
                date_order: date_order.as_deref().and_then(DateOrder::parse),
                utc_offset: chat::parse_offset(&utc_offset)?,
                check,
            };
            let db = open_store(&config).await?;
            let (bar, tick) = progress_bar(chat::size_of(&file).map(|n| n * 2));
            let result = chat::import(&db, Input::Path(file), &opts, None, tick).await;
            let report = report_import(bar, db, result).await?;
            eprintln!(
                "{}{} messages over {} days for {} ({}): {} activities created, {} updated, {} unchanged; {} lines skipped{}",
                if report.checked_only { "check only, nothing written: " } else { "" },
                report.messages,
                report.days,
                report.account_id,
                report.account_name,
                report.activities.created,
                report.activities.updated,
                report.activities.unchanged,
                report.skipped.len(),
                if report.unmatched_senders.is_empty() {
                    String::new()
                } else {
                    format!("; senders matched to nobody: {}", report.unmatched_senders.join(", "))
                }
            );
            if report.date_order_guessed {
                eprintln!(
                    "note: no date settled day/month against month/day; read as {} (pass --date-order if wrong)",
                    report.date_order.as_str()
                );
            }
        }
        Command::Import {
            what: Some(ImportCommand::Mail { path, check }),
            ..
        } => {
            let db = open_store(&config).await?;
            let (bar, tick) = progress_bar(mail::size_of(&path));
            let result = mail::import(&db, Input::Path(path), check, None, tick).await;
            let report = report_import(bar, db, result).await?;
            eprintln!(
                "{}{} messages, {} threads on {} accounts: {} activities created, {} updated, {} unchanged; {} messages left out",
                if report.checked_only { "check only, nothing written: " } else { "" },
                report.messages,
                report.threads,
                report.accounts.len(),
                report.activities.created,
                report.activities.updated,
                report.activities.unchanged,
                report.skipped.len(),
            );
        }
        Command::Import {
            what: Some(ImportCommand::Csv { crm, dir, check }),
            ..
        } => {
            let mapping = match crm.to_ascii_lowercase().as_str() {
                "salesforce" => crm::Mapping::salesforce(),
                "hubspot" => crm::Mapping::hubspot(),
                _ if !std::path::Path::new(&crm).is_file() => {
                    return Err(format!(
                        "--crm {crm}: expected salesforce, hubspot or a mapping file (TOML; README)"
                    )
                    .into())
                }
                _ => crm::Mapping::from_file(std::path::Path::new(&crm))?,
            };
            let db = open_store(&config).await?;
            let export = crm::ExportFiles::Dir(dir);
            let (bar, tick) = progress_bar(export.size_of(&mapping));
            let result = crm::import(&db, export, &crm, mapping, check, None, tick).await;
            let report = report_import(bar, db, result).await?;
            eprintln!(
                "{}{} accounts, {} contacts, {} opportunities, {} activities; {} rows left out{}",
                if report.checked_only {
                    "check only, nothing written: "
                } else {
                    ""
                },
                report.accounts,
                report.contacts,
                report.opportunities,
                report.activities,
                report.skipped.len(),
                if report.unmatched_owners.is_empty() {
                    String::new()
                } else {
                    format!(
                        "; owners who are no Baton user: {}",
                        report
                            .unmatched_owners
                            .iter()
                            .map(|o| o.owner.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                }
            );
            for (file, columns) in &report.missing_columns {
                eprintln!("{file} has no column {}", columns.join(", "));
            }
            if !report.emptied.is_empty() {
                eprintln!(
                    "{} values left empty (unreadable, or an owner who is no Baton user): see `emptied`",
                    report.emptied.len()
                );
            }
            if !report.absent_files.is_empty() {
                eprintln!(
                    "optional files not in the export: {}",
                    report.absent_files.join(", ")
                );
            }
        }
        Command::Import { file: None, .. } => {
            return Err(
                "baton import: name a bundle file, or `whatsapp FILE`, or `mail PATH`".into(),
            );
        }
        Command::Import {
            file: Some(file),
            check,
            ..
        } => {
            let db = open_store(&config).await?;
            let label = file.display().to_string();
            let result = if check {
                match bundle::read_file(&file, config.import_max_bytes).await {
                    Ok(bytes) => bundle::check(&db, &bytes).await.map(|b| {
                        println!(
                            "{}: valid, {} users and {} accounts",
                            label,
                            b.users.len(),
                            b.accounts.len()
                        );
                    }),
                    Err(e) => Err(e),
                }
            } else {
                let source = ImportSource {
                    actor: None,
                    label: &label,
                };
                bundle::import_file(&db, &file, config.import_max_bytes, source)
                    .await
                    .map(|s| println!("{}", serde_json::to_string_pretty(&s).unwrap_or_default()))
            };
            db.close().await;
            if let Err(ImportError::Invalid(problems)) = &result {
                for p in problems {
                    eprintln!("{label}: {p}");
                }
            }
            result?;
        }
        Command::Token { command } => {
            let db = open_store(&config).await?;
            match command {
                TokenCommand::Create {
                    user,
                    label,
                    expires_in_days,
                } => {
                    let minted =
                        tokens::mint(&db, &user, label.as_deref(), expires_in_days, None).await?;
                    println!(
                        "token id {} for user {} (shown once, stored hashed):",
                        minted.info.id, minted.info.user_id
                    );
                    println!("{}", minted.token);
                }
                TokenCommand::Revoke { id } => {
                    let info = tokens::revoke(&db, None, &id).await?;
                    println!("revoked token {} of user {}", info.id, info.user_id);
                }
            }
            db.close().await;
        }
        Command::Demo => crate::demo::run(config).await?,
        Command::Assign { dry_run, json } => {
            let rules = match &config.ownership_rules {
                Some(path) => crate::ownership::rules::Rules::load(path)?,
                None => return Err(crate::ownership::OwnershipError::NoRules.into()),
            };
            let db = open_store(&config).await?;
            let scope = crate::access::Scope::machine();
            let result = crate::ownership::assign::assign(
                &db,
                &scope,
                Some(&rules),
                dry_run,
                chrono::Utc::now(),
            )
            .await;
            db.close().await;
            let report = result?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&report).unwrap_or_default()
                );
            } else {
                print!("{}", crate::ownership::assign::render(&report));
            }
        }
        Command::Reindex => {
            let state = crate::app::AppState::build(config).await?;
            let indexer = &state.knowledge.indexer;
            let started = std::time::Instant::now();
            println!(
                "rebuilding the {} index from the store…",
                indexer.index().engine()
            );
            let pass = indexer.rebuild().await?;
            let secs = started.elapsed().as_secs_f64();
            let status = indexer.status().await?;
            let searchable = pass.searchable_after.map_or(secs, |d| d.as_secs_f64());
            println!(
                "reindexed {} accounts: {} chunks ({} points), searchable in {:.1} s ({:.0} chunks/s); \
                 {} record items searchable by their words first had their dense vectors after {:.1} s \
                 ({:.0} chunks/s overall)",
                pass.accounts_synced,
                pass.indexed,
                status.points,
                searchable,
                pass.indexed as f64 / searchable.max(1e-9),
                pass.embedded,
                secs,
                pass.indexed as f64 / secs.max(1e-9)
            );
            indexer.release_lease().await;
            state.db.close().await;
        }
        Command::Bench {
            what: None,
            answers,
            activities,
        } => crate::bench::run(answers.max(1), activities).await?,
        Command::Bench {
            what:
                Some(BenchCommand::Knowledge {
                    accounts,
                    chunks,
                    asks,
                    clients,
                    seconds,
                    crm_accounts,
                    crm_activities,
                    crm_export,
                }),
            ..
        } => {
            crate::bench::knowledge::run(crate::bench::knowledge::Plan {
                accounts: accounts.max(1),
                chunks: chunks.max(10),
                asks: asks.max(1),
                clients: clients.max(1),
                seconds: seconds.max(1),
                crm_accounts,
                crm_activities: crm_activities.max(1),
                crm_export,
            })
            .await?
        }
        Command::Bench {
            what:
                Some(BenchCommand::Handoff {
                    activities,
                    accounts,
                    runs,
                }),
            ..
        } => {
            crate::bench::handoff::run(crate::bench::handoff::Plan {
                activities,
                accounts: accounts.max(1),
                runs: runs.max(1),
            })
            .await?
        }
        Command::Bench {
            what: Some(BenchCommand::Walk { labels }),
            ..
        } => crate::bench::walk::run(&labels).await?,
        Command::Bench {
            what:
                Some(BenchCommand::Dashboard {
                    reps,
                    accounts,
                    runs,
                    database_url,
                }),
            ..
        } => {
            crate::bench::dashboard::run(crate::bench::dashboard::Plan {
                reps,
                accounts: accounts.max(1),
                runs: runs.max(1),
                database_url,
            })
            .await?
        }
        Command::Interview { id } => {
            let state = crate::app::Core::build(config).await?;
            let scope = crate::interviews::owner_scope(&state.db, &id).await?;
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            let mut output = std::io::stdout();
            // The answers' extraction jobs run here while the rep types;
            // those still pending at the end wait for the next worker, and
            // those in flight are due for it at once.
            let extracting = tokio::spawn(crate::interviews::extraction::run(
                state.db.clone(),
                state.interviewer.clone(),
                state.config.llm_max_in_flight,
                state.config.extraction_retry,
            ));
            let result = crate::interviews::terminal::run(
                &state.db,
                &state.interviewer,
                &scope,
                &id,
                chrono::Utc::now().date_naive(),
                &mut input,
                &mut output,
            )
            .await;
            extracting.abort();
            let _ = extracting.await;
            state.interviewer.extractions.release_held(&state.db).await;
            result?;
            state.db.close().await;
        }
    }
    Ok(())
}

/// A progress bar on the terminal (hidden when stderr is not one) for
/// `total` bytes, and what an importer calls as it reads them.
fn progress_bar(total: Option<u64>) -> (indicatif::ProgressBar, Box<dyn Fn(u64) + Send>) {
    let bar = indicatif::ProgressBar::with_draw_target(
        total,
        indicatif::ProgressDrawTarget::stderr_with_hz(4),
    );
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} {bytes}/{total_bytes} {wide_bar} {eta}")
    {
        bar.set_style(style);
    }
    let tick = bar.clone();
    (bar, Box::new(move |n| tick.inc(n)))
}

/// Ends an import run from the command line: the bar cleared, the store
/// closed, the report printed as JSON.
async fn report_import<R: serde::Serialize>(
    bar: indicatif::ProgressBar,
    db: crate::store::Db,
    result: Result<R, crate::imports::ImportsError>,
) -> Result<R, Box<dyn std::error::Error + Send + Sync>> {
    bar.finish_and_clear();
    db.close().await;
    let report = result?;
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(report)
}
