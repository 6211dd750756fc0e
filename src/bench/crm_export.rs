//! A generated Salesforce data export (Setup → Data Export), as the CSV
//! importer reads it: `accounts` accounts of `activities` tasks and events
//! each, with five contacts and an opportunity apiece, owned by the two
//! bench reps, whose Salesforce users carry their Baton emails.
//!
//! The activities read like a rep's log: a call or an email about a topic,
//! with a sentence or two of detail; one in ten is a bare "left a
//! voicemail", as real logs have many.

use std::path::Path;

use super::{sentence, WORDS};

/// The Salesforce users of the export and the Baton emails they match.
pub const OWNERS: [(&str, &str); 2] = [
    ("005Bn00000Rep01AAA", "rep@bench.test"),
    ("005Bn00000Rep02AAA", "rep2@bench.test"),
];

/// The export's account ids, in order: what a chat or mail import names.
pub fn account_id(a: usize) -> String {
    format!("001Bn{a:010}AAA")
}

fn write_csv(
    dir: &Path,
    file: &str,
    header: &[&str],
    rows: Vec<Vec<String>>,
) -> std::io::Result<()> {
    let mut w = csv::Writer::from_path(dir.join(file))?;
    w.write_record(header)?;
    for row in rows {
        w.write_record(&row)?;
    }
    w.flush()
}

/// Writes the export's six files into `dir`; returns the activities written.
pub fn write(dir: &Path, accounts: usize, activities: usize) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let s = |v: &str| v.to_string();
    write_csv(
        dir,
        "User.csv",
        &[
            "Id",
            "Username",
            "LastName",
            "FirstName",
            "Name",
            "Email",
            "IsActive",
        ],
        OWNERS
            .iter()
            .enumerate()
            .map(|(i, (id, email))| {
                vec![
                    s(id),
                    format!("{email}.prod"),
                    format!("Rep{i}"),
                    s("Bench"),
                    format!("Bench Rep{i}"),
                    s(email),
                    s("true"),
                ]
            })
            .collect(),
    )?;
    write_csv(
        dir,
        "Account.csv",
        &[
            "Id",
            "IsDeleted",
            "Name",
            "Industry",
            "AnnualRevenue",
            "BillingCountry",
            "OwnerId",
            "Description",
        ],
        (0..accounts)
            .map(|a| {
                vec![
                    account_id(a),
                    s("false"),
                    format!("Generated Customer {a}"),
                    s(["Manufacturing", "Retail", "Logistics", "Healthcare"][a % 4]),
                    format!("{}.0", 50_000 + (a * 7_919) % 900_000),
                    s(["United Kingdom", "Germany", "United States"][a % 3]),
                    s(OWNERS[a % 2].0),
                    sentence(a * 13 + 5, 10),
                ]
            })
            .collect(),
    )?;
    let contact_id = |a: usize, c: usize| format!("003Bn{a:08}{c:02}AAA");
    write_csv(
        dir,
        "Contact.csv",
        &[
            "Id",
            "IsDeleted",
            "AccountId",
            "LastName",
            "FirstName",
            "Name",
            "Title",
            "Email",
            "Phone",
            "Description",
        ],
        (0..accounts)
            .flat_map(|a| {
                (0..5).map(move |c| {
                    let (first, last) = (format!("Pat{c}"), format!("Person{a}"));
                    vec![
                        contact_id(a, c),
                        s("false"),
                        account_id(a),
                        last.clone(),
                        first.clone(),
                        format!("{first} {last}"),
                        s([
                            "CFO",
                            "Head of Operations",
                            "IT Director",
                            "Buyer",
                            "Site Manager",
                        ][c]),
                        format!("pat{c}.person{a}@customer{a}.test"),
                        format!("+44 20 7946 {a:04}"),
                        String::new(),
                    ]
                })
            })
            .collect(),
    )?;
    write_csv(
        dir,
        "Opportunity.csv",
        &[
            "Id",
            "IsDeleted",
            "AccountId",
            "Name",
            "StageName",
            "Amount",
            "CloseDate",
            "NextStep",
        ],
        (0..accounts)
            .map(|a| {
                vec![
                    format!("006Bn{a:010}AAA"),
                    s("false"),
                    account_id(a),
                    format!("Generated Customer {a} - Renewal"),
                    s("Negotiation/Review"),
                    format!("{}.0", 60_000 + (a * 104_729) % 800_000),
                    s("2027-06-30"),
                    sentence(a * 17 + 3, 6),
                ]
            })
            .collect(),
    )?;
    let mut tasks = Vec::new();
    let mut events = Vec::new();
    for a in 0..accounts {
        for x in 0..activities {
            let seed = a * 1000 + x;
            let topic = WORDS[seed.wrapping_mul(2_654_435_761) % WORDS.len()];
            let day = format!("2026-{:02}-{:02}", 1 + x % 11, 1 + (x * 7 + a) % 28);
            let contact = contact_id(a, x % 5);
            let owner = s(OWNERS[a % 2].0);
            if x % 5 == 4 {
                events.push(vec![
                    format!("00UBn{a:06}{x:04}AAA"),
                    s("false"),
                    contact,
                    account_id(a),
                    format!("Meeting: {topic} review"),
                    format!("{day}T14:00:00.000Z"),
                    format!("{day}T14:00:00.000Z"),
                    owner,
                    format!("{} {}", sentence(seed, 14), sentence(seed * 3 + 1, 12)),
                ]);
                continue;
            }
            let (subtype, subject, body) = if x % 10 == 3 {
                (
                    "Call",
                    s("Call: no answer"),
                    s("Left a voicemail, no answer."),
                )
            } else if x % 2 == 0 {
                (
                    "Call",
                    format!("Call: {topic}"),
                    format!("{} {}", sentence(seed, 14), sentence(seed * 7 + 2, 10)),
                )
            } else {
                (
                    "Email",
                    format!("Email: {topic} follow-up"),
                    sentence(seed * 11 + 4, 16),
                )
            };
            tasks.push(vec![
                format!("00TBn{a:06}{x:04}AAA"),
                s("false"),
                contact,
                account_id(a),
                subject,
                day.clone(),
                s("Completed"),
                owner,
                body,
                s(subtype),
                format!("{day}T09:30:00.000Z"),
            ]);
        }
    }
    let written = tasks.len() + events.len();
    write_csv(
        dir,
        "Task.csv",
        &[
            "Id",
            "IsDeleted",
            "WhoId",
            "WhatId",
            "Subject",
            "ActivityDate",
            "Status",
            "OwnerId",
            "Description",
            "TaskSubtype",
            "CreatedDate",
        ],
        tasks,
    )?;
    write_csv(
        dir,
        "Event.csv",
        &[
            "Id",
            "IsDeleted",
            "WhoId",
            "WhatId",
            "Subject",
            "StartDateTime",
            "ActivityDateTime",
            "OwnerId",
            "Description",
        ],
        events,
    )?;
    Ok(written)
}
