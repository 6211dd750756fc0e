//! The facts drawn from answers: one typed shape, whether the rules or the
//! model found them, stored as `kind` and `data` and matched by the brief
//! by variant, never by string keys.

use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;

use crate::accounts::{ContactId, ContactRole, RelationshipStrength};
use crate::string_enum;

string_enum!(
    /// The kinds of structured fact drawn from answers.
    FactKind {
        Commitment => "commitment",
        SensitiveTopic => "sensitive_topic",
        Stakeholder => "stakeholder",
        WarningSign => "warning_sign",
        Amount => "amount",
        Date => "date",
    }
);

/// A fact: its kind and what it holds. On the wire and in the store,
/// `{"kind": "stakeholder", "data": {...}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", content = "data", rename_all = "snake_case")]
pub enum FactData {
    /// Something promised: what, to whom, by when, and whether the
    /// contract says so (`false`: a verbal or off-the-record promise).
    Commitment {
        what: String,
        #[serde(default, deserialize_with = "one_or_many")]
        to_whom: Vec<String>,
        #[serde(default)]
        by_when: Option<String>,
        #[serde(default)]
        in_contract: Option<bool>,
    },
    /// A person who matters, with what the answer or the record says of
    /// them. `contact_id` when the person is a contact of the account.
    Stakeholder {
        name: String,
        #[serde(default)]
        #[schema(value_type = Option<String>)]
        contact_id: Option<ContactId>,
        #[serde(default, deserialize_with = "known_role")]
        role: Option<ContactRole>,
        #[serde(default)]
        strength: Option<RelationshipStrength>,
        #[serde(default)]
        channel: Option<String>,
        #[serde(default)]
        never_surprise: bool,
    },
    /// A topic to handle with care.
    SensitiveTopic { topic: String },
    /// A sign the account is at risk, and what came before it.
    WarningSign {
        sign: String,
        #[serde(default)]
        preceded: Option<String>,
    },
    /// An amount named in the answer, as written.
    Amount { text: String },
    /// A date or period named in the answer, as written.
    Date { text: String },
}

impl FactData {
    pub fn kind(&self) -> FactKind {
        match self {
            FactData::Commitment { .. } => FactKind::Commitment,
            FactData::Stakeholder { .. } => FactKind::Stakeholder,
            FactData::SensitiveTopic { .. } => FactKind::SensitiveTopic,
            FactData::WarningSign { .. } => FactKind::WarningSign,
            FactData::Amount { .. } => FactKind::Amount,
            FactData::Date { .. } => FactKind::Date,
        }
    }

    /// The `data` half, as the store keeps it beside `kind`.
    pub fn data_json(&self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|mut v| v.get_mut("data").map(serde_json::Value::take))
            .unwrap_or(serde_json::Value::Null)
            .to_string()
    }

    /// Reads the store's `kind` and `data` columns back.
    pub fn from_columns(kind: &str, data: &str) -> Result<FactData, serde_json::Error> {
        let data: serde_json::Value = serde_json::from_str(data)?;
        serde_json::from_value(serde_json::json!({ "kind": kind, "data": data }))
    }

    /// The line the brief shows for it: what was promised, the topic, the
    /// sign; `None` for the kinds the brief lists otherwise.
    pub fn headline(&self) -> Option<&str> {
        match self {
            FactData::Commitment { what, .. } => Some(what),
            FactData::SensitiveTopic { topic } => Some(topic),
            FactData::WarningSign { sign, .. } => Some(sign),
            _ => None,
        }
    }
}

/// A fact and the answer text it came from.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct DraftFact {
    #[serde(flatten)]
    pub fact: FactData,
    /// The sentence of the answer the fact was drawn from.
    pub source_text: String,
}

impl DraftFact {
    pub fn kind(&self) -> FactKind {
        self.fact.kind()
    }
}

/// A model writes one name where the rules list several: both read as a
/// list.
fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match Option::<OneOrMany>::deserialize(d)? {
        None => Vec::new(),
        Some(OneOrMany::One(s)) if s.trim().is_empty() => Vec::new(),
        Some(OneOrMany::One(s)) => vec![s],
        Some(OneOrMany::Many(v)) => v,
    })
}

/// A buying role the record knows, however written (`economic_buyer`,
/// "Economic buyer"); anything else ("CFO") is a title, not a role.
pub fn role_named(raw: &str) -> Option<ContactRole> {
    ContactRole::parse(&raw.trim().to_lowercase().replace([' ', '-'], "_"))
}

/// A stored role as [`role_named`] reads it: what a model once wrote that is
/// not a role reads as none.
fn known_role<'de, D: Deserializer<'de>>(d: D) -> Result<Option<ContactRole>, D::Error> {
    Ok(Option::<String>::deserialize(d)?
        .as_deref()
        .and_then(role_named))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_is_kind_and_data_and_reads_back_from_its_columns() {
        let fact = FactData::Stakeholder {
            name: "Pat Doe".into(),
            contact_id: Some(ContactId::parse("c-1").unwrap()),
            role: Some(ContactRole::EconomicBuyer),
            strength: Some(RelationshipStrength::try_from(3i64).unwrap()),
            channel: Some("email".into()),
            never_surprise: true,
        };
        let wire = serde_json::to_value(&fact).unwrap();
        assert_eq!(wire["kind"], "stakeholder");
        assert_eq!(wire["data"]["role"], "economic_buyer");
        assert_eq!(wire["data"]["strength"], 3);
        let back = FactData::from_columns("stakeholder", &fact.data_json()).unwrap();
        assert_eq!(back, fact);
    }

    #[test]
    fn what_a_model_wrote_reads_as_the_same_shape() {
        // As the model path stored them: one name, a free-text role, the
        // quoted source beside the fields.
        let c = FactData::from_columns(
            "commitment",
            r#"{"what": "pilot", "to_whom": "Lee", "by_when": "May", "in_contract": false, "source": "x"}"#,
        )
        .unwrap();
        assert_eq!(
            c,
            FactData::Commitment {
                what: "pilot".into(),
                to_whom: vec!["Lee".into()],
                by_when: Some("May".into()),
                in_contract: Some(false),
            }
        );
        let s = FactData::from_columns(
            "stakeholder",
            r#"{"name": "Kim", "role": "CFO", "strength": 4, "channel": null, "never_surprise": false, "source": "x"}"#,
        )
        .unwrap();
        let FactData::Stakeholder { role, strength, .. } = s else {
            panic!("{s:?}")
        };
        assert_eq!(role, None, "CFO is a title, not a buying role");
        assert_eq!(strength.map(|s| s.get()), Some(4));
        let r = FactData::from_columns(
            "stakeholder",
            r#"{"name": "Kim", "role": "Economic buyer"}"#,
        )
        .unwrap();
        assert!(matches!(
            r,
            FactData::Stakeholder {
                role: Some(ContactRole::EconomicBuyer),
                ..
            }
        ));
        // Out of range or of another kind: refused, not defaulted.
        assert!(
            FactData::from_columns("stakeholder", r#"{"name": "Kim", "strength": 9}"#).is_err()
        );
        assert!(FactData::from_columns("rumour", r#"{"text": "x"}"#).is_err());
    }
}
