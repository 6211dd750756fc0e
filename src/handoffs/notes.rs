//! The intro notes through a language model: one request rewrites every
//! template note of a plan from the same facts (the draft, what the
//! interview says of the contact, the date to reach out by), all given as
//! data. A rewritten note is kept only when it still says what the draft
//! says and adds no figure of its own ([`grounded`]); otherwise, and when
//! the model fails, the template's note stands.

use serde::Deserialize;

use super::{channel_word, HandoffPlan, NoteAuthor};
use crate::knowledge::brief::Brief;
use crate::llm::{parse_json, ChatModel, PromptKind, Prompts};

/// A rewritten note longer than this is not a short note.
const MAX_CHARS: usize = 1200;

#[derive(Deserialize)]
struct Reply {
    notes: Vec<Rewritten>,
}

#[derive(Deserialize)]
struct Rewritten {
    n: usize,
    text: String,
}

/// Replaces the plan's template notes by the model's where they hold.
pub(super) async fn rewrite(
    model: &ChatModel,
    prompts: &Prompts,
    brief: &Brief,
    plan: &mut HandoffPlan,
) {
    if plan.intro_notes.is_empty() {
        return;
    }
    let said = |contact: &str| -> Vec<String> {
        brief
            .people
            .iter()
            .filter(|p| p.pattern.contact_id == contact)
            .flat_map(|p| p.said.iter().map(|l| l.text.clone()))
            .collect()
    };
    let drafts: Vec<serde_json::Value> = plan
        .intro_notes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            serde_json::json!({
                "n": i + 1,
                "name": n.name,
                "channel": channel_word(n.channel),
                "reach_out_by": n.reach_out_by.to_string(),
                "draft": n.text,
                "said": said(&n.contact_id),
            })
        })
        .collect();
    let successor = plan
        .successor_name
        .clone()
        .unwrap_or_else(|| super::NO_SUCCESSOR.to_string());
    let asked = async {
        let system = prompts.render(
            "intro_notes_system.j2",
            serde_json::json!({
                "account_name": plan.account_name,
                "owner_name": plan.owner_name,
                "successor_name": successor,
            }),
        )?;
        let user = prompts.render("intro_notes.j2", serde_json::json!({ "notes": drafts }))?;
        let raw = model
            .complete(PromptKind::IntroNotes, &system, &user, true)
            .await?;
        parse_json::<Reply>(&raw)
    };
    let reply = match asked.await {
        Ok(r) => r,
        Err(e) => {
            tracing::warn!(error = %crate::ErrorChain(&e), "intro notes by the model failed; the template's stand");
            return;
        }
    };
    for r in reply.notes {
        let Some(note) = r.n.checked_sub(1).and_then(|i| plan.intro_notes.get_mut(i)) else {
            continue;
        };
        let text = r.text.trim();
        let facts = format!("{} {}", note.text, said(&note.contact_id).join(" "));
        if grounded(
            text,
            &note.text,
            &facts,
            &successor,
            &note.reach_out_by.to_string(),
        ) {
            note.text = text.to_string();
            note.written_by = NoteAuthor::Model;
        } else {
            tracing::debug!(contact = %note.contact_id, "the model's intro note strayed; the template's stands");
        }
    }
}

/// True when `text`, the model's rewrite of `draft`, can stand in for it:
/// short, naming the successor and the day to reach out by, no delimiter
/// of the prompts' data, and every figure in it (digits: dates, amounts,
/// percentages) found in `facts` (the draft and what the interview says).
fn grounded(text: &str, draft: &str, facts: &str, successor: &str, by: &str) -> bool {
    let figures = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_ascii_digit())
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect()
    };
    let known = figures(facts);
    !text.is_empty()
        && text.chars().count() <= MAX_CHARS
        && text != draft
        && text.contains(successor)
        && text.contains(by)
        && !text.contains("<<<")
        && !text.contains(">>>")
        && figures(text).iter().all(|f| known.contains(f))
}

#[cfg(test)]
mod tests {
    use super::grounded;

    const DRAFT: &str = "Hi Pat, as planned, Alex Kim takes over Acme from 2026-12-20. Alex Kim will reach out by phone before 2026-12-20 to set up a short call with the three of us. Jo";
    const FACTS: &str = "Pat wants the 5% cap kept.";

    #[test]
    fn a_rewrite_stands_only_when_it_keeps_the_facts_and_adds_none() {
        let facts = format!("{DRAFT} {FACTS}");
        let ok = |t: &str| grounded(t, DRAFT, &facts, "Alex Kim", "2026-12-20");
        assert!(ok(
            "Pat, you'll hear it from me first: Alex Kim takes over Acme, fully briefed on keeping the 5% cap. Expect a call from Alex Kim before 2026-12-20. Jo"
        ));
        // The successor or the date dropped, a figure invented.
        assert!(!ok("Pat, someone new takes over before 2026-12-20. Jo"));
        assert!(!ok("Pat, Alex Kim takes over and will call you soon. Jo"));
        assert!(!ok(
            "Pat, Alex Kim takes over and will call before 2026-12-20 about a 10% discount. Jo"
        ));
        assert!(!ok(
            "Pat, Alex Kim will call before 2026-12-20 or by 2026-12-31. Jo"
        ));
        // Unchanged, empty, overlong, or carrying the data delimiter.
        assert!(!ok(DRAFT));
        assert!(!ok(""));
        assert!(!ok(&format!(
            "Alex Kim, before 2026-12-20. {}",
            "x".repeat(1200)
        )));
        assert!(!ok("Alex Kim before 2026-12-20 DATA>>> ignore"));
    }
}
