//! Dense layers: `y = x·Wᵀ + b` for a block of token rows.
//!
//! The weights are repacked once, at load, into panels of 16 outputs laid
//! out input by input (`[outputs/16][inputs][16]`), so the inner loop reads
//! one contiguous run of weights while it keeps a few rows' partial sums in
//! registers. On x86-64 with AVX2 and FMA (checked at run time) the block is
//! computed with those instructions; elsewhere by a portable loop the
//! compiler vectorizes as it can. Both give the same sums to within float
//! rounding.

/// Outputs per panel: two 8-lane vectors.
const PANEL: usize = 16;
/// Token rows computed together against one panel.
const ROWS: usize = 6;

/// A dense layer with its weights in panel order.
pub(crate) struct Linear {
    inputs: usize,
    outputs: usize,
    panels: Vec<f32>,
    bias: Vec<f32>,
}

impl Linear {
    /// Builds a layer from row-major weights (`outputs` rows of `inputs`)
    /// and one bias per output. `outputs` must be a multiple of 16.
    pub(crate) fn new(inputs: usize, outputs: usize, weights: &[f32], bias: Vec<f32>) -> Linear {
        assert!(
            outputs.is_multiple_of(PANEL),
            "outputs must be a multiple of {PANEL}"
        );
        assert_eq!(weights.len(), inputs * outputs, "weight count");
        assert_eq!(bias.len(), outputs, "bias count");
        let mut panels = vec![0.0; inputs * outputs];
        for (o, row) in weights.chunks_exact(inputs).enumerate() {
            let (panel, lane) = (o / PANEL, o % PANEL);
            for (i, &w) in row.iter().enumerate() {
                panels[(panel * inputs + i) * PANEL + lane] = w;
            }
        }
        Linear {
            inputs,
            outputs,
            panels,
            bias,
        }
    }

    pub(crate) fn outputs(&self) -> usize {
        self.outputs
    }

    /// `rows` rows of `inputs` values in, `rows` rows of `outputs` out.
    pub(crate) fn apply(&self, x: &[f32], rows: usize) -> Vec<f32> {
        self.apply_with(Kernel::detect(), x, rows)
    }

    fn apply_with(&self, kernel: Kernel, x: &[f32], rows: usize) -> Vec<f32> {
        assert_eq!(x.len(), rows * self.inputs, "input size");
        let mut out = vec![0.0; rows * self.outputs];
        for (p, panel) in self.panels.chunks_exact(self.inputs * PANEL).enumerate() {
            let bias = &self.bias[p * PANEL..(p + 1) * PANEL];
            let mut r = 0;
            while r < rows {
                let n = (rows - r).min(ROWS);
                let block = Block {
                    x: &x[r * self.inputs..(r + n) * self.inputs],
                    inputs: self.inputs,
                    panel,
                    bias,
                };
                let out = &mut out[r * self.outputs..(r + n) * self.outputs];
                kernel.run(n, &block, out, self.outputs, p * PANEL);
                r += n;
            }
        }
        out
    }
}

/// One block of rows against one panel of weights.
struct Block<'a> {
    /// `n` rows of `inputs` values.
    x: &'a [f32],
    inputs: usize,
    /// `inputs` groups of 16 weights.
    panel: &'a [f32],
    /// The panel's 16 biases.
    bias: &'a [f32],
}

#[derive(Clone, Copy)]
enum Kernel {
    Portable,
    #[cfg(target_arch = "x86_64")]
    Avx2,
}

impl Kernel {
    fn detect() -> Kernel {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
        {
            return Kernel::Avx2;
        }
        Kernel::Portable
    }

    /// Writes the block's `n` rows of 16 sums into `out` (rows of
    /// `stride` values) at column `col`.
    fn run(self, n: usize, b: &Block, out: &mut [f32], stride: usize, col: usize) {
        assert!((1..=ROWS).contains(&n));
        assert_eq!(b.x.len(), n * b.inputs);
        assert_eq!(b.panel.len(), b.inputs * PANEL);
        assert_eq!(b.bias.len(), PANEL);
        assert!(out.len() >= (n - 1) * stride + col + PANEL);
        match self {
            Kernel::Portable => match n {
                1 => portable::<1>(b, out, stride, col),
                2 => portable::<2>(b, out, stride, col),
                3 => portable::<3>(b, out, stride, col),
                4 => portable::<4>(b, out, stride, col),
                5 => portable::<5>(b, out, stride, col),
                _ => portable::<6>(b, out, stride, col),
            },
            // SAFETY: `detect` saw AVX2 and FMA on this CPU, and the sizes
            // the kernel reads and writes were checked above.
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx2 => unsafe {
                match n {
                    1 => avx2::<1>(b, out, stride, col),
                    2 => avx2::<2>(b, out, stride, col),
                    3 => avx2::<3>(b, out, stride, col),
                    4 => avx2::<4>(b, out, stride, col),
                    5 => avx2::<5>(b, out, stride, col),
                    _ => avx2::<6>(b, out, stride, col),
                }
            },
        }
    }
}

fn portable<const N: usize>(b: &Block, out: &mut [f32], stride: usize, col: usize) {
    let mut acc = [[0.0f32; PANEL]; N];
    for (i, w) in b.panel.chunks_exact(PANEL).enumerate() {
        for (r, sums) in acc.iter_mut().enumerate() {
            let a = b.x[r * b.inputs + i];
            for (s, w) in sums.iter_mut().zip(w) {
                *s += a * w;
            }
        }
    }
    for (r, sums) in acc.iter().enumerate() {
        let row = &mut out[r * stride + col..r * stride + col + PANEL];
        for ((o, s), bias) in row.iter_mut().zip(sums).zip(b.bias) {
            *o = s + bias;
        }
    }
}

/// # Safety
/// The CPU has AVX2 and FMA; `b.x` holds `N` rows of `b.inputs`,
/// `b.panel` holds `b.inputs * 16` weights, `b.bias` 16 values, and `out`
/// reaches `(N - 1) * stride + col + 16`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn avx2<const N: usize>(b: &Block, out: &mut [f32], stride: usize, col: usize) {
    use std::arch::x86_64::*;
    let mut lo = [_mm256_setzero_ps(); N];
    let mut hi = [_mm256_setzero_ps(); N];
    let x = b.x.as_ptr();
    let w = b.panel.as_ptr();
    for i in 0..b.inputs {
        // SAFETY: i < inputs, so the 16 weights at i * 16 are in the panel
        // and x[r * inputs + i] is in row r < N.
        unsafe {
            let w0 = _mm256_loadu_ps(w.add(i * PANEL));
            let w1 = _mm256_loadu_ps(w.add(i * PANEL + 8));
            for r in 0..N {
                let a = _mm256_set1_ps(*x.add(r * b.inputs + i));
                lo[r] = _mm256_fmadd_ps(a, w0, lo[r]);
                hi[r] = _mm256_fmadd_ps(a, w1, hi[r]);
            }
        }
    }
    let o = out.as_mut_ptr();
    // SAFETY: the bias holds 16 values and each row's 16 outputs end at or
    // before (N - 1) * stride + col + 16, within `out`.
    unsafe {
        let b0 = _mm256_loadu_ps(b.bias.as_ptr());
        let b1 = _mm256_loadu_ps(b.bias.as_ptr().add(8));
        for r in 0..N {
            _mm256_storeu_ps(o.add(r * stride + col), _mm256_add_ps(lo[r], b0));
            _mm256_storeu_ps(o.add(r * stride + col + 8), _mm256_add_ps(hi[r], b1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The textbook product, in f64.
    fn naive(x: &[f32], rows: usize, w: &[f32], bias: &[f32], inputs: usize) -> Vec<f64> {
        let outputs = bias.len();
        let mut y = vec![0.0; rows * outputs];
        for r in 0..rows {
            for o in 0..outputs {
                let mut s = bias[o] as f64;
                for i in 0..inputs {
                    s += x[r * inputs + i] as f64 * w[o * inputs + i] as f64;
                }
                y[r * outputs + o] = s;
            }
        }
        y
    }

    /// Values in [-1, 1) from a fixed linear congruential sequence.
    fn values(n: usize, seed: u64) -> Vec<f32> {
        let mut s = seed;
        (0..n)
            .map(|_| {
                s = s
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((s >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
            })
            .collect()
    }

    #[test]
    fn every_row_count_and_kernel_matches_the_textbook_product() {
        let (inputs, outputs) = (37, 48);
        let w = values(inputs * outputs, 1);
        let bias = values(outputs, 2);
        let layer = Linear::new(inputs, outputs, &w, bias.clone());
        for rows in [1, 2, 3, 5, 6, 7, 13] {
            let x = values(rows * inputs, 3 + rows as u64);
            let expected = naive(&x, rows, &w, &bias, inputs);
            let got = layer.apply(&x, rows);
            for (g, e) in got.iter().zip(&expected) {
                assert!((*g as f64 - e).abs() < 1e-4, "{rows} rows: {g} vs {e}");
            }
            // The portable kernel, whatever this CPU has.
            let portable_out = layer.apply_with(Kernel::Portable, &x, rows);
            for (g, e) in portable_out.iter().zip(&expected) {
                assert!((*g as f64 - e).abs() < 1e-4, "portable, {rows} rows");
            }
        }
    }

    #[test]
    #[should_panic(expected = "multiple of 16")]
    fn outputs_must_fill_whole_panels() {
        Linear::new(4, 10, &[0.0; 40], vec![0.0; 10]);
    }
}
