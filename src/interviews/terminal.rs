//! `baton interview ID`: the interview in a terminal, for a rep who prefers
//! it. Reads answers from `input` (an empty line ends an answer; `:skip`,
//! `:submit` and `:quit` are commands) and writes prompts to `output`.

use std::io::{BufRead, Write};

use chrono::NaiveDate;

use super::{Interview, InterviewError, Interviewer};
use crate::access::Scope;
use crate::store::Db;

#[derive(Debug, thiserror::Error)]
pub enum TerminalError {
    #[error(transparent)]
    Interview(#[from] InterviewError),
    #[error("terminal: {0}")]
    Io(#[from] std::io::Error),
}

/// What the owner typed for one prompt.
enum Input {
    Answer(String),
    Skip,
    Submit,
    Quit,
}

fn read_input(input: &mut impl BufRead, output: &mut impl Write) -> Result<Input, TerminalError> {
    let mut lines: Vec<String> = Vec::new();
    loop {
        write!(output, "{}", if lines.is_empty() { "> " } else { "  " })?;
        output.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            // End of input: what was typed is the answer, else stop.
            return Ok(if lines.is_empty() {
                Input::Quit
            } else {
                Input::Answer(lines.join("\n"))
            });
        }
        let line = line.trim_end_matches(['\n', '\r']).to_string();
        match (lines.is_empty(), line.trim()) {
            (true, ":skip") => return Ok(Input::Skip),
            (true, ":submit") => return Ok(Input::Submit),
            (true, ":quit") => return Ok(Input::Quit),
            (_, "") if !lines.is_empty() => return Ok(Input::Answer(lines.join("\n"))),
            (true, "") => continue,
            _ => lines.push(line),
        }
    }
}

fn show(iv: &Interview, output: &mut impl Write) -> std::io::Result<()> {
    let p = &iv.progress;
    writeln!(output)?;
    writeln!(
        output,
        "— {} ({} tier) · {} of {} answered, {} skipped —",
        iv.account_name, iv.tier, p.answered, p.planned, p.skipped
    )?;
    if let Some(prompt) = &iv.current_prompt {
        if !prompt.record_context.is_empty() {
            writeln!(output, "The record already says:")?;
            for item in &prompt.record_context.items {
                writeln!(output, "  · [{} {}] {}", item.kind, item.id, item.text)?;
            }
        }
        let label = match prompt.kind {
            super::TurnKind::FollowUp => "Follow-up",
            _ => "Question",
        };
        writeln!(output, "{label} ({}): {}", prompt.question_id, prompt.text)?;
        writeln!(
            output,
            "(answer, then an empty line; or :skip, :submit, :quit)"
        )?;
    }
    Ok(())
}

/// Runs the interview until it is submitted, nothing is left and the owner
/// submits, or the owner quits (answers so far stay saved).
pub async fn run(
    db: &Db,
    interviewer: &Interviewer,
    scope: &Scope,
    id: &str,
    today: NaiveDate,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> Result<Interview, TerminalError> {
    let mut iv = super::get(db, interviewer, scope, id, today).await?;
    loop {
        show(&iv, output)?;
        if iv.current_prompt.is_none() {
            writeln!(
                output,
                "Nothing left to ask. Type :submit to send it for review, or :quit."
            )?;
        }
        let result = match read_input(input, output)? {
            Input::Quit => {
                writeln!(
                    output,
                    "Saved. Run `baton interview {id}` again to continue."
                )?;
                return Ok(iv);
            }
            Input::Submit => super::submit(db, interviewer, scope, id).await,
            // The prompt on screen is the one answered or skipped, even if
            // the same interview moved on in a browser meanwhile.
            Input::Skip => {
                let shown = iv.current_prompt.as_ref().map(|p| p.id.as_str());
                super::skip(db, interviewer, scope, id, shown, today).await
            }
            Input::Answer(text) => match &iv.current_prompt {
                Some(p) => {
                    let given = super::Answer {
                        question_id: p.question_id.as_str(),
                        text: &text,
                        prompt_id: Some(p.id.as_str()),
                    };
                    super::answer(db, interviewer, scope, id, &given, today).await
                }
                None => Err(InterviewError::NothingToAnswer),
            },
        };
        match result {
            Ok(next) if next.status == super::InterviewStatus::Submitted => {
                writeln!(output, "Submitted for review. Thank you.")?;
                return Ok(next);
            }
            Ok(next) => iv = next,
            Err(InterviewError::Store(e)) => return Err(InterviewError::Store(e).into()),
            Err(e) => writeln!(output, "! {e}")?,
        }
    }
}
