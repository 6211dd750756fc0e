use serde_json::json;

use super::validate::{parse_raw, validate};
use super::*;

fn check(doc: serde_json::Value) -> Result<Bundle, Vec<Problem>> {
    let bytes = serde_json::to_vec(&doc).unwrap();
    let raw = parse_raw(&bytes).map_err(|p| vec![p])?;
    validate(raw, &Known::default())
}

fn good() -> serde_json::Value {
    json!({
        "format": "baton-bundle/v1",
        "users": [
            {"id": "u-ana", "name": "Ana", "role": "rep", "manager_id": "u-mia"},
            {"id": "u-mia", "name": "Mia", "role": "manager"}
        ],
        "accounts": [{
            "id": "acc-1", "name": "One", "owner_id": "u-ana", "arr": 120000,
            "renewal_date": "2027-02-28",
            "contacts": [{"id": "c-1", "name": "Helga", "role": "economic_buyer", "relationship_strength": 2}],
            "opportunities": [{"id": "o-1", "name": "Renewal", "amount": 1000, "close_date": "2027-02-28"}],
            "activities": [{"id": "a-1", "kind": "email", "at": "2026-09-14T10:00:00Z", "author_id": "u-ana",
                            "contact_ids": ["c-1"], "body": "hello", "unknown_extra": 1}],
            "extra_field": {"ignored": true}
        }]
    })
}

fn paths(problems: &[Problem]) -> Vec<&str> {
    problems.iter().map(|p| p.path.as_str()).collect()
}

#[test]
fn valid_bundle_derives_segment_and_ignores_extra_fields() {
    let b = check(good()).unwrap();
    assert_eq!(b.users.len(), 2);
    let a = &b.accounts[0].account;
    assert_eq!(a.segment, crate::accounts::Segment::MidMarket);
    assert!(a.segment_derived);
    assert_eq!(b.accounts[0].activities[0].contact_ids.len(), 1);
}

#[test]
fn missing_optional_fields_do_not_break() {
    let doc = json!({
        "format": "baton-bundle/v1",
        "users": [{"id": "u-a", "name": "A"}],
        "accounts": [{"id": "acc", "name": "Acc", "owner_id": "u-a"}]
    });
    let b = check(doc).unwrap();
    assert_eq!(b.accounts[0].account.segment, crate::accounts::Segment::Smb);
    assert_eq!(b.users[0].role, crate::users::Role::Rep);
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let mut doc = good();
    doc["accounts"][0]["owner_id"] = json!("u-ghost");
    doc["accounts"][0]["contacts"][0]["relationship_strength"] = json!(7);
    doc["accounts"][0]["renewal_date"] = json!("28/02/2027");
    doc["accounts"][0]["activities"][0]["at"] = json!("yesterday");
    doc["users"][1]["role"] = json!("boss");
    let problems = check(doc).unwrap_err();
    let p = paths(&problems);
    for expected in [
        "$.accounts[0].owner_id",
        "$.accounts[0].contacts[0].relationship_strength",
        "$.accounts[0].renewal_date",
        "$.accounts[0].activities[0].at",
        "$.users[1].role",
    ] {
        assert!(p.contains(&expected), "{expected} missing from {p:?}");
    }
    assert_eq!(problems.len(), 5, "{problems:?}");
}

#[test]
fn duplicate_ids_are_reported_at_the_second_one() {
    let mut doc = good();
    let account = doc["accounts"][0].clone();
    doc["accounts"].as_array_mut().unwrap().push(account);
    let problems = check(doc).unwrap_err();
    let p = paths(&problems);
    assert!(p.contains(&"$.accounts[1].id"), "{p:?}");
    assert!(p.contains(&"$.accounts[1].contacts[0].id"), "{p:?}");
    assert!(p.contains(&"$.accounts[1].activities[0].id"), "{p:?}");
    assert!(
        problems[0].message.contains("first at $.accounts[0]"),
        "{problems:?}"
    );
}

#[test]
fn contact_of_another_account_is_named() {
    let mut doc = good();
    doc["accounts"].as_array_mut().unwrap().push(json!({
        "id": "acc-2", "name": "Two", "owner_id": "u-ana",
        "activities": [{"id": "a-2", "kind": "call", "at": "2026-01-01T00:00:00Z", "contact_ids": ["c-1", "c-nobody"]}]
    }));
    let problems = check(doc).unwrap_err();
    assert_eq!(
        paths(&problems),
        [
            "$.accounts[1].activities[0].contact_ids[0]",
            "$.accounts[1].activities[0].contact_ids[1]"
        ]
    );
    assert!(
        problems[0].message.contains("belongs to account \"acc-1\""),
        "{problems:?}"
    );
    assert!(
        problems[1].message.contains("unknown contact"),
        "{problems:?}"
    );
}

#[test]
fn wrong_format_and_types_are_problems_not_crashes() {
    let mut doc = good();
    doc["format"] = json!("baton-bundle/v2");
    doc["accounts"][0]["arr"] = json!("a lot");
    doc["accounts"][0]["contacts"][0]["relationship_strength"] = json!(2.5);
    doc["accounts"][0]["activities"][0]["kind"] = json!("fax");
    doc["accounts"][0]["opportunities"][0]["amount"] = json!(-5);
    let p: Vec<String> = check(doc)
        .unwrap_err()
        .iter()
        .map(|p| p.path.clone())
        .collect();
    assert_eq!(
        p,
        [
            "$.format",
            "$.accounts[0].arr",
            "$.accounts[0].contacts[0].relationship_strength",
            "$.accounts[0].opportunities[0].amount",
            "$.accounts[0].activities[0].kind",
        ]
    );
}

#[test]
fn reporting_loops_and_unknown_managers_are_rejected() {
    let mut doc = good();
    doc["users"][1]["manager_id"] = json!("u-ana");
    doc["users"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "u-x", "name": "X", "manager_id": "u-nobody"}));
    let problems = check(doc).unwrap_err();
    let p = paths(&problems);
    assert!(
        p.contains(&"$.users[0].manager_id") && p.contains(&"$.users[1].manager_id"),
        "{problems:?}"
    );
    assert!(p.contains(&"$.users[2].manager_id"), "{problems:?}");
}

#[test]
fn structural_errors_carry_a_path() {
    let mut doc = good();
    doc["accounts"][0]["contacts"] = json!({"not": "an array"});
    let problems = check(doc).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].path.starts_with("$.accounts[0].contacts"),
        "{problems:?}"
    );
}

#[test]
fn not_json_at_all_is_one_problem() {
    let problem = parse_raw(b"this is not json").map(|_| ()).unwrap_err();
    assert_eq!(problem.path, "$");
    let truncated = parse_raw(b"{\"format\": ").map(|_| ()).unwrap_err();
    assert_eq!(truncated.path, "$.format");
    assert!(truncated.message.contains("EOF"), "{}", truncated.message);
}
