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
