//! Baton's bundled sentence encoder: paraphrase-MiniLM-L3-v2 (three BERT
//! layers, 384 dimensions) with 4-bit weights compiled into the binary, run
//! on the CPU with no download, no key and no network.
//!
//! A text becomes WordPiece tokens (at most 128 with `[CLS]` and `[SEP]`,
//! right-truncated), the tokens' rows go through the three layers, and the
//! rows are summed and scaled to unit length (the model's mean pooling, up
//! to that scale). Texts embedded together share each layer's matrix
//! products, which is where the time goes; attention stays within a text.
//!
//! The weights and tokenizer are those of the `pocket-encoder` 0.1.2 crate
//! (`assets/README.md`); the coordinates match what it computed to within
//! float rounding, so [`identity`] keeps its name for the space.

mod linear;

use std::sync::{Arc, OnceLock};

use linear::Linear;
use tokenizers::{Tokenizer, TruncationParams};

/// Coordinates per vector.
pub const DIMENSIONS: usize = 384;
/// Tokens per text, `[CLS]` and `[SEP]` included; the rest is cut.
pub const MAX_TOKENS: usize = 128;
/// Bytes of a text read before tokenizing: far more than 128 tokens ever
/// need, so a long text costs no more than a short one.
pub const MAX_TEXT_BYTES: usize = 8 * 1024;

const HIDDEN: usize = DIMENSIONS;
const HEADS: usize = 12;
const HEAD: usize = HIDDEN / HEADS;
const INTERMEDIATE: usize = 1536;
const LAYERS: usize = 3;
const VOCAB: usize = 30522;
const POSITIONS: usize = 512;
const LAYER_NORM_EPS: f32 = 1e-12;
/// Token rows pushed through the layers at once when several texts are
/// embedded together: enough to share the weights' trips from memory,
/// few enough that the activations stay in cache.
const ROWS_PER_PASS: usize = 512;
/// Quantization group: one float16 scale per 32 weights.
const GROUP: usize = 32;

static MODEL_BYTES: &[u8] = include_bytes!("../assets/model.safetensors");
static TOKENIZER_JSON: &[u8] = include_bytes!("../assets/tokenizer.json");
static PROVENANCE: &str = include_str!("../assets/provenance.json");

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the bundled model could not be loaded: {0}")]
    Load(String),
    #[error("tokenizing failed: {0}")]
    Tokenize(String),
}

/// The coordinate space's name: model, quantization and the checksum of
/// the bundled weights. Vectors are comparable only under equal identity.
pub fn identity() -> String {
    let sha = serde_json::from_str::<serde_json::Value>(PROVENANCE)
        .ok()
        .and_then(|v| v["bundled_sha256"].as_str().map(str::to_string))
        .unwrap_or_default();
    format!("pocket-encoder/minilm-l3-q4-g32-v1@sha256:{sha}")
}

/// The loaded model. Cheap to clone: clones share the weights.
#[derive(Clone)]
pub struct Encoder(Arc<Model>);

impl Encoder {
    /// Loads the bundled weights, once per process.
    pub fn load() -> Result<Encoder, Error> {
        static MODEL: OnceLock<Result<Arc<Model>, String>> = OnceLock::new();
        MODEL
            .get_or_init(|| Model::load().map(Arc::new).map_err(|e| e.to_string()))
            .clone()
            .map(Encoder)
            .map_err(Error::Load)
    }

    /// Unit-length vectors for `texts`, in order. Any text is accepted: a
    /// blank one embeds as `[CLS] [SEP]`, a long one is cut.
    pub fn embed<S: AsRef<str>>(&self, texts: &[S]) -> Result<Vec<Vec<f32>>, Error> {
        let mut tokens = Vec::with_capacity(texts.len());
        for text in texts {
            tokens.push(self.0.tokenize(text.as_ref())?);
        }
        let mut out = Vec::with_capacity(texts.len());
        let mut start = 0;
        while start < tokens.len() {
            let mut end = start + 1;
            let mut rows = tokens[start].len();
            while end < tokens.len() && rows + tokens[end].len() <= ROWS_PER_PASS {
                rows += tokens[end].len();
                end += 1;
            }
            out.extend(self.0.forward(&tokens[start..end]));
            start = end;
        }
        Ok(out)
    }
}

/// A 4-bit matrix kept packed; rows are widened on demand (the word
/// table: 30,522 rows of which a text reads a few dozen).
struct PackedRows {
    width: usize,
    nibbles: Vec<u8>,
    scales: Vec<f32>,
}

impl PackedRows {
    fn row(&self, index: usize, out: &mut [f32]) {
        let start = index * self.width;
        for (j, v) in out.iter_mut().enumerate().take(self.width) {
            *v = dequantize(&self.nibbles, &self.scales, start + j);
        }
    }
}

fn dequantize(nibbles: &[u8], scales: &[f32], i: usize) -> f32 {
    let nibble = (nibbles[i / 2] >> ((i % 2) * 4)) & 15;
    (nibble as i16 - 8) as f32 * scales[i / GROUP]
}

struct Norm {
    scale: Vec<f32>,
    bias: Vec<f32>,
}

impl Norm {
    /// Layer normalization of each row, with the same f32 reduction as
    /// the reference implementation.
    fn apply(&self, values: &mut [f32]) {
        for row in values.chunks_exact_mut(HIDDEN) {
            let mut sum = 0.0f32;
            let mut sum2 = 0.0f32;
            for &v in row.iter() {
                sum += v;
                sum2 += v * v;
            }
            let mean = sum / HIDDEN as f32;
            let inverse = (sum2 / HIDDEN as f32 - mean * mean + LAYER_NORM_EPS)
                .sqrt()
                .recip();
            for ((v, scale), bias) in row.iter_mut().zip(&self.scale).zip(&self.bias) {
                *v = (*v - mean) * inverse * scale + bias;
            }
        }
    }
}

struct Layer {
    /// Query, key and value in one product: 3 × 384 outputs.
    qkv: Linear,
    attention_out: Linear,
    attention_norm: Norm,
    intermediate: Linear,
    output: Linear,
    output_norm: Norm,
}

struct Model {
    tokenizer: Tokenizer,
    words: PackedRows,
    positions: Vec<f32>,
    token_type: Vec<f32>,
    embedding_norm: Norm,
    layers: Vec<Layer>,
}

/// The named tensors of the bundled file.
struct Tensors<'a>(safetensors::SafeTensors<'a>);

impl Tensors<'_> {
    fn vector(&self, name: &str, len: usize) -> Result<Vec<f32>, Error> {
        let t = self.0.tensor(name).map_err(|e| load(name, e))?;
        if t.dtype() != safetensors::Dtype::F32 || t.shape() != [len] {
            return Err(load(name, "expected an f32 vector of the model's size"));
        }
        Ok(t.data()
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect())
    }

    fn packed(&self, name: &str, rows: usize, width: usize) -> Result<PackedRows, Error> {
        let count = rows * width;
        let q4 = self
            .0
            .tensor(&format!("{name}.q4"))
            .map_err(|e| load(name, e))?;
        let scales = self
            .0
            .tensor(&format!("{name}.scales"))
            .map_err(|e| load(name, e))?;
        if q4.dtype() != safetensors::Dtype::U8
            || scales.dtype() != safetensors::Dtype::F16
            || q4.data().len() != count.div_ceil(2)
            || scales.data().len() / 2 != count.div_ceil(GROUP)
        {
            return Err(load(name, "quantized tensor of the wrong size"));
        }
        Ok(PackedRows {
            width,
            nibbles: q4.data().to_vec(),
            scales: scales
                .data()
                .chunks_exact(2)
                .map(|b| half::f16::from_le_bytes([b[0], b[1]]).to_f32())
                .collect(),
        })
    }

    fn matrix(&self, name: &str, rows: usize, width: usize) -> Result<Vec<f32>, Error> {
        let packed = self.packed(name, rows, width)?;
        Ok((0..rows * width)
            .map(|i| dequantize(&packed.nibbles, &packed.scales, i))
            .collect())
    }

    fn linear(&self, names: &[&str], inputs: usize, outputs: usize) -> Result<Linear, Error> {
        let mut weights = Vec::with_capacity(inputs * outputs * names.len());
        let mut bias = Vec::with_capacity(outputs * names.len());
        for name in names {
            weights.extend(self.matrix(&format!("{name}.weight"), outputs, inputs)?);
            bias.extend(self.vector(&format!("{name}.bias"), outputs)?);
        }
        Ok(Linear::new(inputs, outputs * names.len(), &weights, bias))
    }

    fn norm(&self, name: &str) -> Result<Norm, Error> {
        Ok(Norm {
            scale: self.vector(&format!("{name}.weight"), HIDDEN)?,
            bias: self.vector(&format!("{name}.bias"), HIDDEN)?,
        })
    }
}

fn load(what: &str, error: impl std::fmt::Display) -> Error {
    Error::Load(format!("{what}: {error}"))
}

impl Model {
    fn load() -> Result<Model, Error> {
        let file = Tensors(
            safetensors::SafeTensors::deserialize(MODEL_BYTES)
                .map_err(|e| load("model.safetensors", e))?,
        );
        let mut tokenizer =
            Tokenizer::from_bytes(TOKENIZER_JSON).map_err(|e| load("tokenizer.json", e))?;
        tokenizer.with_padding(None);
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: MAX_TOKENS,
                ..Default::default()
            }))
            .map_err(|e| load("tokenizer.json", e))?;
        let mut layers = Vec::with_capacity(LAYERS);
        for l in 0..LAYERS {
            let p = format!("encoder.layer.{l}");
            layers.push(Layer {
                qkv: file.linear(
                    &[
                        &format!("{p}.attention.self.query"),
                        &format!("{p}.attention.self.key"),
                        &format!("{p}.attention.self.value"),
                    ],
                    HIDDEN,
                    HIDDEN,
                )?,
                attention_out: file.linear(
                    &[&format!("{p}.attention.output.dense")],
                    HIDDEN,
                    HIDDEN,
                )?,
                attention_norm: file.norm(&format!("{p}.attention.output.LayerNorm"))?,
                intermediate: file.linear(
                    &[&format!("{p}.intermediate.dense")],
                    HIDDEN,
                    INTERMEDIATE,
                )?,
                output: file.linear(&[&format!("{p}.output.dense")], INTERMEDIATE, HIDDEN)?,
                output_norm: file.norm(&format!("{p}.output.LayerNorm"))?,
            });
        }
        Ok(Model {
            tokenizer,
            words: file.packed("embeddings.word_embeddings.weight", VOCAB, HIDDEN)?,
            positions: file.matrix("embeddings.position_embeddings.weight", POSITIONS, HIDDEN)?,
            token_type: file.matrix("embeddings.token_type_embeddings.weight", 2, HIDDEN)?,
            embedding_norm: file.norm("embeddings.LayerNorm")?,
            layers,
        })
    }

    fn tokenize(&self, text: &str) -> Result<Vec<u32>, Error> {
        let mut end = text.len().min(MAX_TEXT_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let encoding = self
            .tokenizer
            .encode(&text[..end], true)
            .map_err(|e| Error::Tokenize(e.to_string()))?;
        let ids = encoding.get_ids();
        if ids.is_empty() || ids.len() > MAX_TOKENS || ids.iter().any(|&id| id as usize >= VOCAB) {
            return Err(Error::Tokenize(
                "the tokenizer gave an invalid sequence".into(),
            ));
        }
        Ok(ids.to_vec())
    }

    /// One pass of the layers over several texts' tokens, stacked.
    fn forward(&self, texts: &[Vec<u32>]) -> Vec<Vec<f32>> {
        let rows: usize = texts.iter().map(Vec::len).sum();
        let mut hidden = vec![0.0f32; rows * HIDDEN];
        let mut row = 0;
        for ids in texts {
            for (position, &id) in ids.iter().enumerate() {
                let out = &mut hidden[row * HIDDEN..(row + 1) * HIDDEN];
                self.words.row(id as usize, out);
                let at = &self.positions[position * HIDDEN..(position + 1) * HIDDEN];
                for ((v, t), p) in out.iter_mut().zip(&self.token_type[..HIDDEN]).zip(at) {
                    *v = (*v + t) + p;
                }
                row += 1;
            }
        }
        self.embedding_norm.apply(&mut hidden);
        for layer in &self.layers {
            let qkv = layer.qkv.apply(&hidden, rows);
            let context = attention(&qkv, texts.iter().map(Vec::len), layer.qkv.outputs());
            let mut attended = layer.attention_out.apply(&context, rows);
            for (a, h) in attended.iter_mut().zip(&hidden) {
                *a += h;
            }
            layer.attention_norm.apply(&mut attended);
            let mut inner = layer.intermediate.apply(&attended, rows);
            gelu(&mut inner);
            hidden = layer.output.apply(&inner, rows);
            for (h, a) in hidden.iter_mut().zip(&attended) {
                *h += a;
            }
            layer.output_norm.apply(&mut hidden);
        }
        let mut out = Vec::with_capacity(texts.len());
        let mut rows = hidden.chunks_exact(HIDDEN);
        for ids in texts {
            let mut pooled = [0.0f32; HIDDEN];
            for row in rows.by_ref().take(ids.len()) {
                for (s, v) in pooled.iter_mut().zip(row) {
                    *s += v;
                }
            }
            out.push(unit(&pooled));
        }
        out
    }
}

/// Self-attention within each text: `lengths` are the texts' token counts
/// in the stacked rows of `qkv` (each row: 384 queries, keys, values).
fn attention(qkv: &[f32], lengths: impl Iterator<Item = usize>, stride: usize) -> Vec<f32> {
    let rows = qkv.len() / stride;
    let mut context = vec![0.0f32; rows * HIDDEN];
    let scale = 1.0 / (HEAD as f32).sqrt();
    let mut start = 0;
    let mut scores = Vec::new();
    for n in lengths {
        for head in 0..HEADS {
            let (q_at, k_at, v_at) = (head * HEAD, HIDDEN + head * HEAD, 2 * HIDDEN + head * HEAD);
            for i in start..start + n {
                let q = &qkv[i * stride + q_at..i * stride + q_at + HEAD];
                scores.clear();
                let mut max = f32::NEG_INFINITY;
                for j in start..start + n {
                    let k = &qkv[j * stride + k_at..j * stride + k_at + HEAD];
                    let s = q.iter().zip(k).map(|(a, b)| a * b).sum::<f32>() * scale;
                    max = max.max(s);
                    scores.push(s);
                }
                let mut total = 0.0;
                for s in scores.iter_mut() {
                    *s = (*s - max).exp();
                    total += *s;
                }
                let out = &mut context[i * HIDDEN + head * HEAD..i * HIDDEN + (head + 1) * HEAD];
                for (j, s) in (start..start + n).zip(&scores) {
                    let weight = s / total;
                    let v = &qkv[j * stride + v_at..j * stride + v_at + HEAD];
                    for (o, v) in out.iter_mut().zip(v) {
                        *o += weight * v;
                    }
                }
            }
        }
        start += n;
    }
    context
}

/// Scales to unit length, in f64 as the reference does.
fn unit(v: &[f32]) -> Vec<f32> {
    let norm = v.iter().map(|x| (*x as f64).powi(2)).sum::<f64>().sqrt();
    if !norm.is_finite() || norm == 0.0 {
        return vec![0.0; v.len()];
    }
    v.iter().map(|x| (*x as f64 / norm) as f32).collect()
}

/// GELU in place: `x · (1 + erf(x / √2)) / 2`, the model's activation.
fn gelu(values: &mut [f32]) {
    for v in values {
        *v = (erf(*v * std::f32::consts::FRAC_1_SQRT_2) + 1.0) * 0.5 * *v;
    }
}

/// The error function, as a rational function of `x` clamped to [-4, 4]
/// (beyond which erf is ±1 in single precision): the coefficients of
/// Eigen's `generic_fast_erf_float`, within 1e-7 of erf. Without a branch
/// or a call, so the loop in [`gelu`] is vectorized: `libm::erff`, one
/// call per value, took about a tenth of the encoder's time in a profile
/// of `baton bench knowledge`.
#[inline(always)]
fn erf(x: f32) -> f32 {
    const ALPHA: [f32; 7] = [
        -1.609_603_3e-2,
        -2.954_6e-3,
        -7.349_906_3e-4,
        -5.692_506_4e-5,
        -2.101_024e-6,
        2.770_681_4e-8,
        -2.726_142_3e-10,
    ];
    const BETA: [f32; 5] = [
        -1.426_473_9e-2,
        -7.373_329e-3,
        -1.682_827e-3,
        -2.133_740_6e-4,
        -1.456_607_2e-5,
    ];
    let x = x.clamp(-4.0, 4.0);
    let x2 = x * x;
    let mut p = ALPHA[6];
    for a in ALPHA[..6].iter().rev() {
        p = p * x2 + a;
    }
    let mut q = BETA[4];
    for b in BETA[..4].iter().rev() {
        q = q * x2 + b;
    }
    x * p / q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erf_is_within_a_millionth_of_libm() {
        let mut worst = (0.0f32, 0.0f32);
        for i in -200_000..=200_000 {
            let x = i as f32 / 20_000.0;
            let error = (erf(x) - libm::erff(x)).abs();
            if error > worst.1 {
                worst = (x, error);
            }
        }
        assert!(worst.1 < 1e-6, "erf({}) is off by {}", worst.0, worst.1);
        assert!((erf(f32::INFINITY) - 1.0).abs() < 1e-6);
        assert!((erf(-50.0) + 1.0).abs() < 1e-6);
        assert_eq!(erf(0.0), 0.0);
        let mut v = [-3.0f32, -0.5, 0.0, 1.0, 6.0];
        gelu(&mut v);
        for (g, x) in v.iter().zip([-3.0f32, -0.5, 0.0, 1.0, 6.0]) {
            let exact = (libm::erff(x * std::f32::consts::FRAC_1_SQRT_2) + 1.0) * 0.5 * x;
            assert!((g - exact).abs() < 1e-6, "gelu({x}) = {g}, not {exact}");
        }
    }

    fn cosine(a: &[f32], b: &[f32]) -> f32 {
        a.iter().zip(b).map(|(a, b)| a * b).sum()
    }

    #[test]
    fn the_constants_are_the_bundled_configuration() {
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../assets/config.json")).unwrap();
        assert_eq!(config["hidden_size"], HIDDEN);
        assert_eq!(config["num_attention_heads"], HEADS);
        assert_eq!(config["num_hidden_layers"], LAYERS);
        assert_eq!(config["intermediate_size"], INTERMEDIATE);
        assert_eq!(config["vocab_size"], VOCAB);
        assert_eq!(config["max_position_embeddings"], POSITIONS);
        assert_eq!(config["hidden_act"], "gelu");
        assert_eq!(config["layer_norm_eps"], 1e-12);
        assert_eq!(config["type_vocab_size"], 2);
    }

    #[test]
    fn the_identity_names_the_bundled_weights() {
        assert_eq!(
            identity(),
            "pocket-encoder/minilm-l3-q4-g32-v1@sha256:\
             dabb40d5d98a22372c8921acf048cb54bb8bf6d781b1233b2a360d5125789c7e"
        );
    }

    #[test]
    fn vectors_are_unit_length_contextual_and_do_not_depend_on_their_batch() {
        let encoder = Encoder::load().unwrap();
        let texts = [
            "Send a document",
            "Transfer a file",
            "A volcano erupts",
            "The dog chased the cat",
            "The cat chased the dog",
            "",
        ];
        let together = encoder.embed(&texts).unwrap();
        for (text, v) in texts.iter().zip(&together) {
            assert_eq!(v.len(), DIMENSIONS);
            assert!((cosine(v, v) - 1.0).abs() < 1e-4, "{text}");
            let alone = encoder.embed(&[text]).unwrap().remove(0);
            let drift = v
                .iter()
                .zip(&alone)
                .map(|(a, b)| (a - b).abs())
                .fold(0.0, f32::max);
            assert!(drift < 1e-6, "{text}: batch changed the vector by {drift}");
        }
        assert!(cosine(&together[0], &together[1]) > cosine(&together[0], &together[2]) + 0.2);
        // Word order reaches the attention layers.
        assert!(cosine(&together[3], &together[4]) < 0.999);
    }

    #[test]
    fn a_long_text_is_cut_not_refused() {
        let encoder = Encoder::load().unwrap();
        let long = "renewal ".repeat(100_000);
        let v = encoder
            .embed(&[long.as_str(), "é".repeat(9000).as_str()])
            .unwrap();
        assert!(v.iter().all(|v| (cosine(v, v) - 1.0).abs() < 1e-4));
    }

    /// Vectors `pocket-encoder` 0.1.2 computed for these texts (through
    /// candle), kept so that this implementation stays in the same space.
    #[test]
    fn the_coordinates_are_those_of_the_reference_encoder() {
        let reference: serde_json::Value =
            serde_json::from_str(include_str!("../assets/reference-vectors.json")).unwrap();
        let texts: Vec<&str> = reference["texts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        let expected: Vec<Vec<f32>> = reference["vectors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| {
                v.as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_f64().unwrap() as f32)
                    .collect()
            })
            .collect();
        assert!(texts.len() >= 8 && texts.len() == expected.len());
        let got = Encoder::load().unwrap().embed(&texts).unwrap();
        let mut worst = 0.0f32;
        for ((text, g), e) in texts.iter().zip(&got).zip(&expected) {
            let drift = g
                .iter()
                .zip(e)
                .map(|(a, b)| (a - b).abs())
                .fold(0.0, f32::max);
            assert!(drift < 1e-4, "{text}: {drift}");
            worst = worst.max(drift);
        }
        // The same neighbours, in the same order, for every text.
        let order = |rows: &[Vec<f32>], i: usize| {
            let mut o: Vec<usize> = (0..rows.len()).filter(|&j| j != i).collect();
            o.sort_by(|&a, &b| cosine(&rows[i], &rows[b]).total_cmp(&cosine(&rows[i], &rows[a])));
            o
        };
        for (i, text) in texts.iter().enumerate() {
            assert_eq!(order(&got, i), order(&expected, i), "{text}");
        }
        println!("largest coordinate difference from the reference: {worst}");
    }
}
