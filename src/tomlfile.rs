//! Reading a TOML file of ours so that every error names its line: the
//! question bank's files and the ownership rules share it.

/// The line (1-based) of byte `offset` of `text`.
pub(crate) fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// `text` as `T`; a syntax or shape error as its line and message.
pub(crate) fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, (usize, String)> {
    toml::from_str(text).map_err(|e| {
        let offset = e.span().map(|s| s.start).unwrap_or(0);
        (line_at(text, offset), e.message().to_string())
    })
}

/// A table of weights by name (`[weights]` of the abstention classifier
/// and of the ranking) as an array in the order of `names`: a name outside
/// `names` is an error, as is a missing one unless it is in `optional`
/// (read as 0: a feature added after a team fitted its file, which weighs
/// nothing until they fit it again), as is a weight that is not finite.
pub(crate) fn named_weights<const N: usize>(
    raw: &std::collections::BTreeMap<String, f32>,
    names: &[&str; N],
    optional: &[&str],
    what: &str,
) -> Result<[f32; N], String> {
    if let Some(extra) = raw.keys().find(|k| !names.contains(&k.as_str())) {
        return Err(format!(
            "unknown {what} {extra:?}; the {what}s are {}",
            names.join(", ")
        ));
    }
    let mut weights = [0.0; N];
    for (i, name) in names.iter().enumerate() {
        let w = match raw.get(*name) {
            Some(w) => *w,
            None if optional.contains(name) => 0.0,
            None => return Err(format!("no weight for {what} {name:?}")),
        };
        if !w.is_finite() {
            return Err(format!("the weight of {name:?} is not finite"));
        }
        weights[i] = w;
    }
    Ok(weights)
}
