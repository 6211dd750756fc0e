//! The permission matrix as one table: every operation of the OpenAPI
//! document, for each kind of caller, and the status the service answers.
//!
//! The setting: the standard team, notice given by u-mgr-a for u-rep-a1
//! with u-rep-a2 named successor. The account is acc-ent (u-rep-a1's), the
//! interview its planned one, the departure u-rep-a1's, the token a spare
//! one of u-rep-a1's. The callers:
//!
//! - u-rep-a1: the owner, departing;
//! - u-rep-a2: the designated successor (reads the knowledge, not the record);
//! - u-mgr-a: the owner's manager chain (reviews, approves, gives notice,
//!   transfers; does not write the owner's interview);
//! - u-mgr-b: another line (404: the things are not theirs to see);
//! - u-admin;
//! - u-rep-b1: a rep of another line in the account's team (`support`):
//!   reads the account and its knowledge, changes nothing of it.
//!
//! 403 is for what the caller may see but not do; 404 for what they may not
//! see. A 409 or 422 shows the caller got past the permission check and was
//! refused for the state or the body, which keeps later rows' setting
//! intact. Rows run in order; the departure's completion comes last.

use std::collections::{BTreeMap, BTreeSet};

use reqwest::Method;
use serde_json::Value;

use crate::both_backends;
use crate::support::{in_days, spawn_with, Backend};

const OWNER: &str = "u-rep-a1";
const SUCCESSOR: &str = "u-rep-a2";
const MANAGER: &str = "u-mgr-a";
const OTHER_LINE: &str = "u-mgr-b";
const ADMIN: &str = "u-admin";
const TEAM: &str = "u-rep-b1";
const CALLERS: [&str; 6] = [OWNER, SUCCESSOR, MANAGER, OTHER_LINE, ADMIN, TEAM];

/// No body.
const NONE: &str = "";
/// A receiver that does not exist: refused (422) after the permission check.
const TRANSFER: &str = r#"{"to_user_id": "u-nobody", "reason": "permission matrix"}"#;
/// Notice for u-rep-a1 again: 409 notice_already_given once allowed.
const NOTICE: &str = r#"{"user_id": "u-rep-a1", "last_day": "{last_day}"}"#;
/// Every reassign row is a preview (`?preview=true`): nothing moves.
const REASSIGN: &str = r#"{"to_user_id": "u-rep-a2"}"#;
/// An answer naming a prompt the interview does not have: 422
/// unknown_prompt once allowed, nothing written.
const ANSWER: &str =
    r#"{"question_id": "{question}", "text": "Pat Doe signs.", "prompt_id": "no-such-prompt"}"#;
/// An edit of a question not answered yet: 409 not_answered once allowed.
const EDIT: &str = r#"{"text": "An edit of nothing yet."}"#;
/// A skip of a prompt the interview does not have: 422 unknown_prompt.
const SKIP: &str = r#"{"prompt_id": "no-such-prompt"}"#;
const ASK: &str = r#"{"question": "Who signs the renewal?"}"#;
/// A token for u-rep-a1 that would never expire: 422 invalid_expiry once
/// allowed, nothing minted.
const MINT: &str = r#"{"user_id": "u-rep-a1", "expires_in_days": 0}"#;
/// A token that works for nobody: 401, whoever sends it.
const SIGN_IN: &str =
    r#"{"token": "bt_0000000000000000000000000000000000000000000000000000000000000000"}"#;
/// A one-time sign-in link for u-rep-a1.
const LINK: &str = r#"{"user_id": "u-rep-a1"}"#;
/// Accepting a conflict nobody has: 404 once allowed.
const ACCEPT: &str =
    r#"{"resolution": "accepted", "conflict": "unassigned:no-such-account", "reason": "matrix"}"#;
/// A team seat for a user who does not exist: 422 invalid_user once allowed.
const SEAT: &str = r#"{"user_id": "u-nobody", "role": "support"}"#;
/// Not a bundle: 422 bundle_invalid once allowed, nothing imported.
const IMPORT: &str = "{}";

/// The codes of refusals that come from reading the request, before any
/// permission check: a row expecting 409 or 422 must not get one of them.
const BEFORE_THE_CHECK: [&str; 4] = [
    "validation_failed",
    "invalid_json",
    "bad_request",
    "unsupported_media_type",
];

/// (operation as in the OpenAPI document, caller, body, expected status).
#[rustfmt::skip]
const TABLE: &[(&str, &str, &str, u16)] = &[
    // Meta: open to all (no token needed; one is sent anyway).
    ("GET /healthz", OWNER, NONE, 200),
    ("GET /healthz", SUCCESSOR, NONE, 200),
    ("GET /healthz", MANAGER, NONE, 200),
    ("GET /healthz", OTHER_LINE, NONE, 200),
    ("GET /healthz", TEAM, NONE, 200),
    ("GET /healthz", ADMIN, NONE, 200),
    ("GET /api/v1/openapi.json", OWNER, NONE, 200),
    ("GET /api/v1/openapi.json", SUCCESSOR, NONE, 200),
    ("GET /api/v1/openapi.json", MANAGER, NONE, 200),
    ("GET /api/v1/openapi.json", OTHER_LINE, NONE, 200),
    ("GET /api/v1/openapi.json", TEAM, NONE, 200),
    ("GET /api/v1/openapi.json", ADMIN, NONE, 200),
    ("GET /metrics", OWNER, NONE, 200),
    ("GET /metrics", SUCCESSOR, NONE, 200),
    ("GET /metrics", MANAGER, NONE, 200),
    ("GET /metrics", OTHER_LINE, NONE, 200),
    ("GET /metrics", TEAM, NONE, 200),
    ("GET /metrics", ADMIN, NONE, 200),
    // Lists and views over the caller's own scope: everyone, filtered.
    ("GET /api/v1/accounts", OWNER, NONE, 200),
    ("GET /api/v1/accounts", SUCCESSOR, NONE, 200),
    ("GET /api/v1/accounts", MANAGER, NONE, 200),
    ("GET /api/v1/accounts", OTHER_LINE, NONE, 200),
    ("GET /api/v1/accounts", TEAM, NONE, 200),
    ("GET /api/v1/accounts", ADMIN, NONE, 200),
    // The audit log: admins, and managers over their line; reps never.
    ("GET /api/v1/audit", OWNER, NONE, 403),
    ("GET /api/v1/audit", SUCCESSOR, NONE, 403),
    ("GET /api/v1/audit", MANAGER, NONE, 200),
    ("GET /api/v1/audit", OTHER_LINE, NONE, 200),
    ("GET /api/v1/audit", TEAM, NONE, 403),
    ("GET /api/v1/audit", ADMIN, NONE, 200),
    ("GET /api/v1/dashboard", OWNER, NONE, 200),
    ("GET /api/v1/dashboard", SUCCESSOR, NONE, 200),
    ("GET /api/v1/dashboard", MANAGER, NONE, 200),
    ("GET /api/v1/dashboard", OTHER_LINE, NONE, 200),
    ("GET /api/v1/dashboard", TEAM, NONE, 200),
    ("GET /api/v1/dashboard", ADMIN, NONE, 200),
    ("GET /api/v1/departures", OWNER, NONE, 200),
    ("GET /api/v1/departures", SUCCESSOR, NONE, 200),
    ("GET /api/v1/departures", MANAGER, NONE, 200),
    ("GET /api/v1/departures", OTHER_LINE, NONE, 200),
    ("GET /api/v1/departures", TEAM, NONE, 200),
    ("GET /api/v1/departures", ADMIN, NONE, 200),
    ("GET /api/v1/knowledge/accounts", OWNER, NONE, 200),
    ("GET /api/v1/knowledge/accounts", SUCCESSOR, NONE, 200),
    ("GET /api/v1/knowledge/accounts", MANAGER, NONE, 200),
    ("GET /api/v1/knowledge/accounts", OTHER_LINE, NONE, 200),
    ("GET /api/v1/knowledge/accounts", TEAM, NONE, 200),
    ("GET /api/v1/knowledge/accounts", ADMIN, NONE, 200),
    ("GET /api/v1/me", OWNER, NONE, 200),
    ("GET /api/v1/me", SUCCESSOR, NONE, 200),
    ("GET /api/v1/me", MANAGER, NONE, 200),
    ("GET /api/v1/me", OTHER_LINE, NONE, 200),
    ("GET /api/v1/me", TEAM, NONE, 200),
    ("GET /api/v1/me", ADMIN, NONE, 200),
    ("GET /api/v1/users", OWNER, NONE, 200),
    ("GET /api/v1/users", SUCCESSOR, NONE, 200),
    ("GET /api/v1/users", MANAGER, NONE, 200),
    ("GET /api/v1/users", OTHER_LINE, NONE, 200),
    ("GET /api/v1/users", TEAM, NONE, 200),
    ("GET /api/v1/users", ADMIN, NONE, 200),
    ("GET /api/v1/tokens", OWNER, NONE, 200),
    ("GET /api/v1/tokens", SUCCESSOR, NONE, 200),
    ("GET /api/v1/tokens", MANAGER, NONE, 200),
    ("GET /api/v1/tokens", OTHER_LINE, NONE, 200),
    ("GET /api/v1/tokens", TEAM, NONE, 200),
    ("GET /api/v1/tokens", ADMIN, NONE, 200),
    // The record: owner, manager chain, admin. The successor reads the
    // knowledge, not the record, until the accounts are theirs.
    ("GET /api/v1/accounts/{id}", OWNER, NONE, 200),
    ("GET /api/v1/accounts/{id}", SUCCESSOR, NONE, 404),
    ("GET /api/v1/accounts/{id}", MANAGER, NONE, 200),
    ("GET /api/v1/accounts/{id}", OTHER_LINE, NONE, 404),
    ("GET /api/v1/accounts/{id}", TEAM, NONE, 200),
    ("GET /api/v1/accounts/{id}", ADMIN, NONE, 200),
    ("GET /api/v1/accounts/{id}/gaps", OWNER, NONE, 200),
    ("GET /api/v1/accounts/{id}/gaps", SUCCESSOR, NONE, 404),
    ("GET /api/v1/accounts/{id}/gaps", MANAGER, NONE, 200),
    ("GET /api/v1/accounts/{id}/gaps", OTHER_LINE, NONE, 404),
    ("GET /api/v1/accounts/{id}/gaps", TEAM, NONE, 200),
    ("GET /api/v1/accounts/{id}/gaps", ADMIN, NONE, 200),
    // Transfer: the manager chain and admins (422: past the check, the
    // receiver is unknown); the rep owner sees the account but may not.
    ("POST /api/v1/accounts/{id}/transfer", OWNER, TRANSFER, 403),
    ("POST /api/v1/accounts/{id}/transfer", SUCCESSOR, TRANSFER, 404),
    ("POST /api/v1/accounts/{id}/transfer", MANAGER, TRANSFER, 422),
    ("POST /api/v1/accounts/{id}/transfer", OTHER_LINE, TRANSFER, 404),
    ("POST /api/v1/accounts/{id}/transfer", TEAM, TRANSFER, 403),
    ("POST /api/v1/accounts/{id}/transfer", ADMIN, TRANSFER, 422),
    // Notice: the manager chain and admins (409: past the check, notice
    // was already given); never the departing user themselves.
    ("POST /api/v1/departures", OWNER, NOTICE, 403),
    ("POST /api/v1/departures", SUCCESSOR, NOTICE, 404),
    ("POST /api/v1/departures", MANAGER, NOTICE, 409),
    ("POST /api/v1/departures", OTHER_LINE, NOTICE, 404),
    ("POST /api/v1/departures", TEAM, NOTICE, 404),
    ("POST /api/v1/departures", ADMIN, NOTICE, 409),
    // The departure: seen by whoever sees its user (the successor does not).
    ("GET /api/v1/departures/{id}", OWNER, NONE, 200),
    ("GET /api/v1/departures/{id}", SUCCESSOR, NONE, 404),
    ("GET /api/v1/departures/{id}", MANAGER, NONE, 200),
    ("GET /api/v1/departures/{id}", OTHER_LINE, NONE, 404),
    ("GET /api/v1/departures/{id}", TEAM, NONE, 404),
    ("GET /api/v1/departures/{id}", ADMIN, NONE, 200),
    // Reassign (a preview): the manager chain and admins.
    ("POST /api/v1/departures/{id}/reassign", OWNER, REASSIGN, 403),
    ("POST /api/v1/departures/{id}/reassign", SUCCESSOR, REASSIGN, 404),
    ("POST /api/v1/departures/{id}/reassign", MANAGER, REASSIGN, 200),
    ("POST /api/v1/departures/{id}/reassign", OTHER_LINE, REASSIGN, 404),
    ("POST /api/v1/departures/{id}/reassign", TEAM, REASSIGN, 404),
    ("POST /api/v1/departures/{id}/reassign", ADMIN, REASSIGN, 200),
    // The interview: the owner, the manager chain and admins read it.
    ("GET /api/v1/interviews/{id}", OWNER, NONE, 200),
    ("GET /api/v1/interviews/{id}", SUCCESSOR, NONE, 404),
    ("GET /api/v1/interviews/{id}", MANAGER, NONE, 200),
    ("GET /api/v1/interviews/{id}", OTHER_LINE, NONE, 404),
    ("GET /api/v1/interviews/{id}", TEAM, NONE, 404),
    ("GET /api/v1/interviews/{id}", ADMIN, NONE, 200),
    // The owner (or an admin) writes it; the manager sees it but may not
    // (403). 422/409: past the check, refused for the body or the state.
    ("POST /api/v1/interviews/{id}/answers", OWNER, ANSWER, 422),
    ("POST /api/v1/interviews/{id}/answers", SUCCESSOR, ANSWER, 404),
    ("POST /api/v1/interviews/{id}/answers", MANAGER, ANSWER, 403),
    ("POST /api/v1/interviews/{id}/answers", OTHER_LINE, ANSWER, 404),
    ("POST /api/v1/interviews/{id}/answers", TEAM, ANSWER, 404),
    ("POST /api/v1/interviews/{id}/answers", ADMIN, ANSWER, 422),
    ("PUT /api/v1/interviews/{id}/answers/{question_id}", OWNER, EDIT, 409),
    ("PUT /api/v1/interviews/{id}/answers/{question_id}", SUCCESSOR, EDIT, 404),
    ("PUT /api/v1/interviews/{id}/answers/{question_id}", MANAGER, EDIT, 403),
    ("PUT /api/v1/interviews/{id}/answers/{question_id}", OTHER_LINE, EDIT, 404),
    ("PUT /api/v1/interviews/{id}/answers/{question_id}", TEAM, EDIT, 404),
    ("PUT /api/v1/interviews/{id}/answers/{question_id}", ADMIN, EDIT, 409),
    ("POST /api/v1/interviews/{id}/skip", OWNER, SKIP, 422),
    ("POST /api/v1/interviews/{id}/skip", SUCCESSOR, SKIP, 404),
    ("POST /api/v1/interviews/{id}/skip", MANAGER, SKIP, 403),
    ("POST /api/v1/interviews/{id}/skip", OTHER_LINE, SKIP, 404),
    ("POST /api/v1/interviews/{id}/skip", TEAM, SKIP, 404),
    ("POST /api/v1/interviews/{id}/skip", ADMIN, SKIP, 422),
    // 409 nothing_to_submit: nothing was answered.
    ("POST /api/v1/interviews/{id}/submit", OWNER, NONE, 409),
    ("POST /api/v1/interviews/{id}/submit", SUCCESSOR, NONE, 404),
    ("POST /api/v1/interviews/{id}/submit", MANAGER, NONE, 403),
    ("POST /api/v1/interviews/{id}/submit", OTHER_LINE, NONE, 404),
    ("POST /api/v1/interviews/{id}/submit", TEAM, NONE, 404),
    ("POST /api/v1/interviews/{id}/submit", ADMIN, NONE, 409),
    // Review: the manager chain and admins, never the owner (409
    // not_submitted: past the check, nothing to approve yet).
    ("POST /api/v1/interviews/{id}/approve", OWNER, NONE, 403),
    ("POST /api/v1/interviews/{id}/approve", SUCCESSOR, NONE, 404),
    ("POST /api/v1/interviews/{id}/approve", MANAGER, NONE, 409),
    ("POST /api/v1/interviews/{id}/approve", OTHER_LINE, NONE, 404),
    ("POST /api/v1/interviews/{id}/approve", TEAM, NONE, 404),
    ("POST /api/v1/interviews/{id}/approve", ADMIN, NONE, 409),
    // The knowledge: the owner, the manager chain, admins and the
    // successor from notice on.
    ("POST /api/v1/accounts/{id}/ask", OWNER, ASK, 200),
    ("POST /api/v1/accounts/{id}/ask", SUCCESSOR, ASK, 200),
    ("POST /api/v1/accounts/{id}/ask", MANAGER, ASK, 200),
    ("POST /api/v1/accounts/{id}/ask", OTHER_LINE, ASK, 404),
    ("POST /api/v1/accounts/{id}/ask", TEAM, ASK, 200),
    ("POST /api/v1/accounts/{id}/ask", ADMIN, ASK, 200),
    // How the contacts are reached: the brief's readers.
    ("GET /api/v1/accounts/{id}/contacts/patterns", OWNER, NONE, 200),
    ("GET /api/v1/accounts/{id}/contacts/patterns", SUCCESSOR, NONE, 200),
    ("GET /api/v1/accounts/{id}/contacts/patterns", MANAGER, NONE, 200),
    ("GET /api/v1/accounts/{id}/contacts/patterns", OTHER_LINE, NONE, 404),
    ("GET /api/v1/accounts/{id}/contacts/patterns", TEAM, NONE, 200),
    ("GET /api/v1/accounts/{id}/contacts/patterns", ADMIN, NONE, 200),
    // The handoff plan: the brief's readers.
    ("GET /api/v1/accounts/{id}/handoff-plan", OWNER, NONE, 200),
    ("GET /api/v1/accounts/{id}/handoff-plan", SUCCESSOR, NONE, 200),
    ("GET /api/v1/accounts/{id}/handoff-plan", MANAGER, NONE, 200),
    ("GET /api/v1/accounts/{id}/handoff-plan", OTHER_LINE, NONE, 404),
    ("GET /api/v1/accounts/{id}/handoff-plan", TEAM, NONE, 200),
    ("GET /api/v1/accounts/{id}/handoff-plan", ADMIN, NONE, 200),
    ("GET /api/v1/accounts/{id}/brief", OWNER, NONE, 200),
    ("GET /api/v1/accounts/{id}/brief", SUCCESSOR, NONE, 200),
    ("GET /api/v1/accounts/{id}/brief", MANAGER, NONE, 200),
    ("GET /api/v1/accounts/{id}/brief", OTHER_LINE, NONE, 404),
    ("GET /api/v1/accounts/{id}/brief", TEAM, NONE, 200),
    ("GET /api/v1/accounts/{id}/brief", ADMIN, NONE, 200),
    ("GET /api/v1/accounts/{id}/questions", OWNER, NONE, 200),
    ("GET /api/v1/accounts/{id}/questions", SUCCESSOR, NONE, 200),
    ("GET /api/v1/accounts/{id}/questions", MANAGER, NONE, 200),
    ("GET /api/v1/accounts/{id}/questions", OTHER_LINE, NONE, 404),
    ("GET /api/v1/accounts/{id}/questions", TEAM, NONE, 200),
    ("GET /api/v1/accounts/{id}/questions", ADMIN, NONE, 200),
    // Sending the successor's open question back to the departing owner:
    // the manager chain (200, once) or an admin (then 409
    // already_sent_back); the owner does not send questions to themself;
    // a team member does not see the interview it would go to (404).
    ("POST /api/v1/accounts/{id}/questions/{asked_id}/send-back", OWNER, NONE, 403),
    ("POST /api/v1/accounts/{id}/questions/{asked_id}/send-back", SUCCESSOR, NONE, 404),
    ("POST /api/v1/accounts/{id}/questions/{asked_id}/send-back", OTHER_LINE, NONE, 404),
    ("POST /api/v1/accounts/{id}/questions/{asked_id}/send-back", TEAM, NONE, 404),
    ("POST /api/v1/accounts/{id}/questions/{asked_id}/send-back", MANAGER, NONE, 200),
    ("POST /api/v1/accounts/{id}/questions/{asked_id}/send-back", ADMIN, NONE, 409),
    // The index status: managers and admins; a rep may not (403).
    ("GET /api/v1/index", OWNER, NONE, 403),
    ("GET /api/v1/index", SUCCESSOR, NONE, 403),
    ("GET /api/v1/index", MANAGER, NONE, 200),
    ("GET /api/v1/index", OTHER_LINE, NONE, 200),
    ("GET /api/v1/index", TEAM, NONE, 403),
    ("GET /api/v1/index", ADMIN, NONE, 200),
    // Minting: for oneself, or by an admin for anyone (422: past the
    // check, the expiry is refused). For someone else, 403 whoever they
    // are: the check comes before any lookup, so it tells nothing.
    ("POST /api/v1/tokens", OWNER, MINT, 422),
    ("POST /api/v1/tokens", SUCCESSOR, MINT, 403),
    ("POST /api/v1/tokens", MANAGER, MINT, 403),
    ("POST /api/v1/tokens", OTHER_LINE, MINT, 403),
    ("POST /api/v1/tokens", TEAM, MINT, 403),
    ("POST /api/v1/tokens", ADMIN, MINT, 422),
    // Revoking a spare token of u-rep-a1's: its user or an admin (a
    // second revocation answers the token as it is); to anyone else it
    // does not exist, their manager included.
    ("DELETE /api/v1/tokens/{id}", SUCCESSOR, NONE, 404),
    ("DELETE /api/v1/tokens/{id}", MANAGER, NONE, 404),
    ("DELETE /api/v1/tokens/{id}", OTHER_LINE, NONE, 404),
    ("DELETE /api/v1/tokens/{id}", TEAM, NONE, 404),
    ("DELETE /api/v1/tokens/{id}", OWNER, NONE, 200),
    ("DELETE /api/v1/tokens/{id}", ADMIN, NONE, 200),
    // Import: admins (422: past the check, not a bundle).
    ("POST /api/v1/import", OWNER, IMPORT, 403),
    ("POST /api/v1/import", SUCCESSOR, IMPORT, 403),
    ("POST /api/v1/import", MANAGER, IMPORT, 403),
    ("POST /api/v1/import", OTHER_LINE, IMPORT, 403),
    ("POST /api/v1/import", TEAM, IMPORT, 403),
    ("POST /api/v1/import", ADMIN, IMPORT, 422),
    ("POST /api/v1/import/whatsapp", OWNER, IMPORT, 403),
    ("POST /api/v1/import/whatsapp", SUCCESSOR, IMPORT, 403),
    ("POST /api/v1/import/whatsapp", MANAGER, IMPORT, 403),
    ("POST /api/v1/import/whatsapp", OTHER_LINE, IMPORT, 403),
    ("POST /api/v1/import/whatsapp", TEAM, IMPORT, 403),
    // JSON, not a multipart upload: 400 invalid_upload once allowed.
    ("POST /api/v1/import/whatsapp", ADMIN, IMPORT, 400),
    ("POST /api/v1/import/csv", OWNER, IMPORT, 403),
    ("POST /api/v1/import/csv", SUCCESSOR, IMPORT, 403),
    ("POST /api/v1/import/csv", MANAGER, IMPORT, 403),
    ("POST /api/v1/import/csv", OTHER_LINE, IMPORT, 403),
    ("POST /api/v1/import/csv", TEAM, IMPORT, 403),
    // JSON, not a multipart upload: 400 invalid_upload once allowed.
    ("POST /api/v1/import/csv", ADMIN, IMPORT, 400),
    ("POST /api/v1/import/mail", OWNER, IMPORT, 403),
    ("POST /api/v1/import/mail", SUCCESSOR, IMPORT, 403),
    ("POST /api/v1/import/mail", MANAGER, IMPORT, 403),
    ("POST /api/v1/import/mail", OTHER_LINE, IMPORT, 403),
    ("POST /api/v1/import/mail", TEAM, IMPORT, 403),
    // JSON, not a multipart upload: 400 invalid_upload once allowed.
    ("POST /api/v1/import/mail", ADMIN, IMPORT, 400),
    // Browser sign-in. A dead token signs nobody in, whoever asks; with a
    // bearer token the session endpoint says who, and signing out ends no
    // session; a sign-in link for u-rep-a1: theirs, or an admin's.
    ("POST /api/v1/session", OWNER, SIGN_IN, 401),
    ("POST /api/v1/session", SUCCESSOR, SIGN_IN, 401),
    ("POST /api/v1/session", MANAGER, SIGN_IN, 401),
    ("POST /api/v1/session", OTHER_LINE, SIGN_IN, 401),
    ("POST /api/v1/session", TEAM, SIGN_IN, 401),
    ("POST /api/v1/session", ADMIN, SIGN_IN, 401),
    ("GET /api/v1/session", OWNER, NONE, 200),
    ("GET /api/v1/session", SUCCESSOR, NONE, 200),
    ("GET /api/v1/session", MANAGER, NONE, 200),
    ("GET /api/v1/session", OTHER_LINE, NONE, 200),
    ("GET /api/v1/session", TEAM, NONE, 200),
    ("GET /api/v1/session", ADMIN, NONE, 200),
    ("DELETE /api/v1/session", OWNER, NONE, 204),
    ("DELETE /api/v1/session", SUCCESSOR, NONE, 204),
    ("DELETE /api/v1/session", MANAGER, NONE, 204),
    ("DELETE /api/v1/session", OTHER_LINE, NONE, 204),
    ("DELETE /api/v1/session", TEAM, NONE, 204),
    ("DELETE /api/v1/session", ADMIN, NONE, 204),
    ("POST /api/v1/session/links", OWNER, LINK, 201),
    ("POST /api/v1/session/links", SUCCESSOR, LINK, 403),
    ("POST /api/v1/session/links", MANAGER, LINK, 403),
    ("POST /api/v1/session/links", OTHER_LINE, LINK, 403),
    ("POST /api/v1/session/links", TEAM, LINK, 403),
    ("POST /api/v1/session/links", ADMIN, LINK, 201),
    // Ownership. Assignment by rule (a dry run): admins, and managers
    // over their line; reps 403.
    ("POST /api/v1/assign", OWNER, NONE, 403),
    ("POST /api/v1/assign", SUCCESSOR, NONE, 403),
    ("POST /api/v1/assign", MANAGER, NONE, 200),
    ("POST /api/v1/assign", OTHER_LINE, NONE, 200),
    ("POST /api/v1/assign", TEAM, NONE, 403),
    ("POST /api/v1/assign", ADMIN, NONE, 200),
    // Conflicts: everyone, scoped like the dashboard.
    ("GET /api/v1/conflicts", OWNER, NONE, 200),
    ("GET /api/v1/conflicts", SUCCESSOR, NONE, 200),
    ("GET /api/v1/conflicts", MANAGER, NONE, 200),
    ("GET /api/v1/conflicts", OTHER_LINE, NONE, 200),
    ("GET /api/v1/conflicts", TEAM, NONE, 200),
    ("GET /api/v1/conflicts", ADMIN, NONE, 200),
    // Accepting a conflict: managers and admins (404: past the check, no
    // open conflict has that key); reps 403.
    ("POST /api/v1/conflicts/resolve", OWNER, ACCEPT, 403),
    ("POST /api/v1/conflicts/resolve", SUCCESSOR, ACCEPT, 403),
    ("POST /api/v1/conflicts/resolve", MANAGER, ACCEPT, 404),
    ("POST /api/v1/conflicts/resolve", OTHER_LINE, ACCEPT, 404),
    ("POST /api/v1/conflicts/resolve", TEAM, ACCEPT, 403),
    ("POST /api/v1/conflicts/resolve", ADMIN, ACCEPT, 404),
    // The account team: read by the account's readers; changed by the
    // owner's manager chain and admins (422: past the check, no such
    // user; 409: they are not in the team).
    ("GET /api/v1/accounts/{id}/team", OWNER, NONE, 200),
    ("GET /api/v1/accounts/{id}/team", SUCCESSOR, NONE, 404),
    ("GET /api/v1/accounts/{id}/team", MANAGER, NONE, 200),
    ("GET /api/v1/accounts/{id}/team", OTHER_LINE, NONE, 404),
    ("GET /api/v1/accounts/{id}/team", TEAM, NONE, 200),
    ("GET /api/v1/accounts/{id}/team", ADMIN, NONE, 200),
    ("POST /api/v1/accounts/{id}/team", OWNER, SEAT, 403),
    ("POST /api/v1/accounts/{id}/team", SUCCESSOR, SEAT, 404),
    ("POST /api/v1/accounts/{id}/team", MANAGER, SEAT, 422),
    ("POST /api/v1/accounts/{id}/team", OTHER_LINE, SEAT, 404),
    ("POST /api/v1/accounts/{id}/team", TEAM, SEAT, 403),
    ("POST /api/v1/accounts/{id}/team", ADMIN, SEAT, 422),
    ("DELETE /api/v1/accounts/{id}/team/{user_id}", OWNER, NONE, 403),
    ("DELETE /api/v1/accounts/{id}/team/{user_id}", SUCCESSOR, NONE, 404),
    ("DELETE /api/v1/accounts/{id}/team/{user_id}", MANAGER, NONE, 409),
    ("DELETE /api/v1/accounts/{id}/team/{user_id}", OTHER_LINE, NONE, 404),
    ("DELETE /api/v1/accounts/{id}/team/{user_id}", TEAM, NONE, 403),
    ("DELETE /api/v1/accounts/{id}/team/{user_id}", ADMIN, NONE, 409),
    // Handoff health: the departing user's manager chain and admins.
    ("GET /api/v1/departures/{id}/health", OWNER, NONE, 403),
    ("GET /api/v1/departures/{id}/health", SUCCESSOR, NONE, 404),
    ("GET /api/v1/departures/{id}/health", MANAGER, NONE, 200),
    ("GET /api/v1/departures/{id}/health", OTHER_LINE, NONE, 404),
    ("GET /api/v1/departures/{id}/health", TEAM, NONE, 404),
    ("GET /api/v1/departures/{id}/health", ADMIN, NONE, 200),
    // Last, as it ends the setting: completion by the manager chain; the
    // admin then finds it completed (409, past the check).
    ("POST /api/v1/departures/{id}/complete", OWNER, NONE, 403),
    ("POST /api/v1/departures/{id}/complete", SUCCESSOR, NONE, 404),
    ("POST /api/v1/departures/{id}/complete", OTHER_LINE, NONE, 404),
    ("POST /api/v1/departures/{id}/complete", TEAM, NONE, 404),
    ("POST /api/v1/departures/{id}/complete", MANAGER, NONE, 200),
    ("POST /api/v1/departures/{id}/complete", ADMIN, NONE, 409),
];

/// The ids the table's path templates and bodies stand for.
struct Ids {
    account: &'static str,
    departure: String,
    interview: String,
    question: String,
    /// A question the successor asked and the clone could not answer.
    asked: String,
    token: String,
    last_day: String,
}

/// The concrete URL path of `template` in this setting, or why not.
fn concrete(template: &str, ids: &Ids) -> Result<String, String> {
    let id = if template.starts_with("/api/v1/accounts/") {
        ids.account
    } else if template.starts_with("/api/v1/departures/") {
        &ids.departure
    } else if template.starts_with("/api/v1/interviews/") {
        &ids.interview
    } else if template.starts_with("/api/v1/tokens/") {
        &ids.token
    } else {
        // A new kind of `{id}`: the setting must name one first.
        "{id}"
    };
    let mut path = template
        .replace("{id}", id)
        .replace("{question_id}", &ids.question)
        .replace("{asked_id}", &ids.asked)
        .replace("{user_id}", "u-nobody");
    if path.contains('{') {
        return Err(format!("no value for a parameter of {template}"));
    }
    if template.ends_with("/reassign") {
        path.push_str("?preview=true");
    }
    if template == "/api/v1/assign" {
        path.push_str("?dry_run=true");
    }
    Ok(path)
}

/// Every operation of the OpenAPI document, as "METHOD /path".
fn operations(doc: &Value) -> BTreeSet<String> {
    let paths = doc["paths"].as_object().expect("the document has paths");
    let methods = [
        "get", "put", "post", "delete", "patch", "head", "options", "trace",
    ];
    paths
        .iter()
        .flat_map(|(path, item)| {
            methods
                .iter()
                .filter(|m| item.get(**m).is_some())
                .map(move |m| format!("{} {path}", m.to_uppercase()))
        })
        .collect()
}

/// Each operation answers each caller as the table says, and the table
/// covers every operation of the document for every caller.
async fn every_operation_answers_each_caller_as_the_matrix_says(backend: Backend) {
    let rules = tempfile::tempdir().expect("a temporary directory");
    let rules_file = rules.path().join("rules.toml");
    std::fs::write(
        &rules_file,
        "[[rule]]\nname = \"all\"\npool = [\"u-rep-a2\", \"u-rep-b1\"]\n",
    )
    .expect("the rules are written");
    let app = spawn_with(backend, |c| c.ownership_rules = Some(rules_file), None)
        .await
        .with_team()
        .await;
    let interviews = app.notice_rep_a1(Some(SUCCESSOR)).await;
    let mut tokens = BTreeMap::new();
    for caller in CALLERS {
        tokens.insert(caller, app.token(caller).await);
    }
    let seat = app
        .post(
            "/api/v1/accounts/acc-ent/team",
            &tokens[ADMIN],
            &serde_json::json!({"user_id": TEAM, "role": "support", "reason": "covers support"}),
        )
        .await;
    assert_eq!(seat.status.as_u16(), 200, "{}", seat.body);

    // The table covers the document: each operation, for each caller.
    let doc = app.get("/api/v1/openapi.json", &tokens[ADMIN]).await;
    let ops = operations(doc.assert_ok());
    let mut uncovered = Vec::new();
    for op in &ops {
        let missing: Vec<&str> = CALLERS
            .iter()
            .filter(|c| !TABLE.iter().any(|(o, who, _, _)| o == op && who == *c))
            .copied()
            .collect();
        if !missing.is_empty() {
            uncovered.push(format!("{op}: no row for {}", missing.join(", ")));
        }
    }
    for (op, _, _, _) in TABLE {
        if !ops.contains(*op) {
            uncovered.push(format!("{op}: in the table, not in the OpenAPI document"));
        }
    }
    assert!(
        uncovered.is_empty(),
        "the permission table and the OpenAPI document differ:\n{}",
        uncovered.join("\n")
    );

    let interview = interviews["acc-ent"].clone();
    let read = app.interview(&tokens[OWNER], &interview).await;
    let question = read["current_prompt"]["question_id"]
        .as_str()
        .expect("the interview has a prompt")
        .to_string();
    let spare = app
        .post(
            "/api/v1/tokens",
            &tokens[ADMIN],
            &serde_json::json!({"user_id": OWNER, "label": "spare"}),
        )
        .await;
    assert_eq!(spare.status.as_u16(), 201, "{}", spare.body);
    let asked = app
        .post(
            "/api/v1/accounts/acc-ent/ask",
            &tokens[SUCCESSOR],
            &serde_json::json!({"question": "Which hotel does their CFO book in Lisbon?"}),
        )
        .await;
    assert_eq!(asked.assert_ok()["abstained"], true, "{}", asked.body);
    let ids = Ids {
        asked: asked.body["question_log_id"]
            .as_str()
            .expect("the ask is recorded")
            .to_string(),
        account: "acc-ent",
        departure: app.departure_id(&tokens[MANAGER]).await,
        interview,
        question,
        token: spare.body["id"].as_str().expect("token id").to_string(),
        last_day: in_days(20),
    };

    let mut mismatches = Vec::new();
    for (op, caller, body, expected) in TABLE {
        let (method, template) = op.split_once(' ').expect("METHOD /path");
        let path = match concrete(template, &ids) {
            Ok(p) => p,
            Err(e) => {
                mismatches.push(format!("{op} as {caller}: {e}"));
                continue;
            }
        };
        let method = Method::from_bytes(method.as_bytes()).expect("an HTTP method");
        let mut req = app
            .client
            .request(method, app.url(&path))
            .bearer_auth(&tokens[caller]);
        if !body.is_empty() {
            let text = body
                .replace("{question}", &ids.question)
                .replace("{last_day}", &ids.last_day);
            let json: Value = serde_json::from_str(&text).expect("a row's body is JSON");
            req = req.json(&json);
        }
        let reply = app.send(req).await;
        let got = reply.status.as_u16();
        let code = reply.body["error"]["code"].as_str().unwrap_or("");
        // A 403 or 404 is the permission check's own answer; a 409 or 422
        // comes from after it, never from reading the body.
        let right_code = match expected {
            403 => code == "forbidden",
            404 => code == "not_found",
            409 | 422 => !BEFORE_THE_CHECK.contains(&code),
            _ => true,
        };
        if got != *expected || !right_code {
            let said: String = reply.text.chars().take(300).collect();
            mismatches.push(format!(
                "{op} as {caller}: expected {expected}, got {got}: {said}"
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} rows differ:\n{}",
        mismatches.len(),
        TABLE.len(),
        mismatches.join("\n")
    );
}

both_backends!(every_operation_answers_each_caller_as_the_matrix_says);

/// ARCHITECTURE.md shows the same matrix: each of its rows is the table's,
/// and each operation of the table has its row there.
#[test]
fn architecture_shows_the_same_matrix() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ARCHITECTURE.md"))
        .expect("ARCHITECTURE.md");
    let mut shown: BTreeMap<String, Vec<u16>> = BTreeMap::new();
    for line in doc.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("| `") else {
            continue;
        };
        let Some((operation, cells)) = rest.split_once("` |") else {
            continue;
        };
        let statuses: Vec<u16> = cells
            .split('|')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .filter_map(|c| c.parse().ok())
            .collect();
        if statuses.len() == CALLERS.len() {
            shown.insert(operation.to_string(), statuses);
        }
    }
    let mut expected: BTreeMap<String, Vec<u16>> = BTreeMap::new();
    for (operation, caller, _, status) in TABLE {
        let row = expected
            .entry(operation.to_string())
            .or_insert_with(|| vec![0; CALLERS.len()]);
        let column = CALLERS.iter().position(|c| c == caller).unwrap();
        row[column] = *status;
    }
    assert_eq!(
        shown, expected,
        "the matrix in ARCHITECTURE.md (columns: owner, successor, manager chain, another line, admin, team member) differs from the test's"
    );
}
