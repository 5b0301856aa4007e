//! The weights file (`weights.bin`): a linear model over hashed n-grams,
//! quantised to one signed byte a weight. Little-endian throughout:
//!
//! ```text
//! b"PCMODEL\0"            magic
//! u32                     FEATURES_VERSION of the features it was trained on
//! u8 u8 u8 u8             bucket bits, shortest and longest n-gram, what else is read (Shape::flags)
//! u64                     FNV-64 of the corpus files it was trained on (see corpus::hash)
//! f32                     scale: a weight is its byte times this
//! f32                     length power: how much higher the bar is in a post of more sentences
//! u8                      number of classes K; then per class: u8 length, UTF-8 id
//! f32 × K                 biases
//! f32 × K                 decision thresholds, one a class (that of `clean` unused)
//! i8 × (buckets × 16)     weights, bucket by bucket: K of them, then zeros
//! ```
//!
//! The first class is `clean`; the others are rule ids. A bucket's row is
//! padded to 16 bytes ([`ROW`]), so that scoring adds one fixed-size row a
//! feature, which the compiler turns into a few vector instructions, instead
//! of a loop over K; it costs 3/16 more bytes raw and almost nothing gzipped.

use std::borrow::Cow;

use super::features::{Shape, FEATURES_VERSION};

const MAGIC: &[u8; 8] = b"PCMODEL\0";

/// The bytes of a bucket's row: the most classes a model may have.
pub const ROW: usize = 16;

/// A parsed weights file; the weights themselves are borrowed from the
/// shipped bytes, not copied.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    pub shape: Shape,
    pub corpus_hash: u64,
    pub scale: f32,
    /// A sentence of a post of `n` judged sentences scores `1 − (1 − p)·n^power`
    /// for its probability `p` of some rule (see `Model::candidates`).
    pub length_power: f32,
    pub classes: Vec<String>,
    pub biases: Vec<f32>,
    /// Per class, the probability of "some rule" at which a sentence whose
    /// likeliest rule is that class is raised (chosen when it was trained).
    pub thresholds: Vec<f32>,
    /// `buckets × ROW` signed bytes, stored as `u8` so the shipped file
    /// can be borrowed as it is.
    pub values: Cow<'static, [u8]>,
}

impl Weights {
    /// Each bucket's row: the weight of each class, as signed bytes, then zeros.
    #[inline]
    pub fn rows(&self) -> &[[u8; ROW]] {
        self.values.as_chunks::<ROW>().0
    }

    pub fn parse(bytes: &'static [u8]) -> Result<Weights, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err("not a postcheck weights file".into());
        }
        let version = r.u32()?;
        if version != FEATURES_VERSION {
            return Err(format!("weights for features version {version}, the engine reads version {FEATURES_VERSION}"));
        }
        let shape = Shape::with_flags(r.u8()?, r.u8()?, r.u8()?, r.u8()?);
        if !shape.is_valid() {
            return Err(format!("unusable n-gram shape {shape:?}"));
        }
        let corpus_hash = r.u64()?;
        let scale = r.f32()?;
        let length_power = r.f32()?;
        let k = usize::from(r.u8()?);
        if k > ROW {
            return Err(format!("{k} classes, more than the {ROW} a row holds"));
        }
        let classes = (0..k)
            .map(|_| {
                let len = usize::from(r.u8()?);
                String::from_utf8(r.take(len)?.to_vec()).map_err(|_| "a class name is not UTF-8".to_owned())
            })
            .collect::<Result<Vec<String>, String>>()?;
        let biases = (0..k).map(|_| r.f32()).collect::<Result<Vec<f32>, String>>()?;
        let thresholds = (0..k).map(|_| r.f32()).collect::<Result<Vec<f32>, String>>()?;
        let values = r.take(shape.buckets() * ROW)?;
        if r.at != bytes.len() {
            return Err(format!("{} bytes after the weights", bytes.len() - r.at));
        }
        Ok(Weights { shape, corpus_hash, scale, length_power, classes, biases, thresholds, values: Cow::Borrowed(values) })
    }

    /// The file's bytes (the trainer writes them).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + self.values.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FEATURES_VERSION.to_le_bytes());
        out.extend_from_slice(&[self.shape.bucket_bits, self.shape.min_order, self.shape.max_order, self.shape.flags()]);
        out.extend_from_slice(&self.corpus_hash.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.length_power.to_le_bytes());
        out.push(u8::try_from(self.classes.len()).expect("fewer than 256 classes"));
        for class in &self.classes {
            out.push(u8::try_from(class.len()).expect("class names are short"));
            out.extend_from_slice(class.as_bytes());
        }
        for value in self.biases.iter().chain(&self.thresholds) {
            out.extend_from_slice(&value.to_le_bytes());
        }
        out.extend_from_slice(&self.values);
        out
    }
}

struct Reader {
    bytes: &'static [u8],
    at: usize,
}

impl Reader {
    fn take(&mut self, n: usize) -> Result<&'static [u8], String> {
        let bytes: &'static [u8] = self.bytes;
        let end = self.at.checked_add(n).filter(|&end| end <= bytes.len()).ok_or("the weights file is truncated")?;
        let taken = &bytes[self.at..end];
        self.at = end;
        Ok(taken)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        Ok(self.take(N)?.try_into().expect("took N bytes"))
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.array::<1>()?[0])
    }

    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_le_bytes(self.array()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Weights {
        let shape = Shape { bucket_bits: 8, min_order: 1, max_order: 3, words: true, lexicon: true, context: false, lemmas: false };
        Weights {
            shape,
            corpus_hash: 0x0123_4567_89ab_cdef,
            scale: 0.01,
            length_power: 0.5,
            classes: vec!["clean".into(), "insult".into()],
            biases: vec![0.5, -0.5],
            thresholds: vec![1.0, 0.75],
            values: Cow::Owned((0..shape.buckets() * ROW).map(|i| i as u8).collect()),
        }
    }

    #[test]
    fn a_file_reads_back_as_written() {
        let bytes: &'static [u8] = Box::leak(sample().to_bytes().into_boxed_slice());
        assert_eq!(Weights::parse(bytes).unwrap(), sample());
        assert_eq!(Weights::parse(bytes).unwrap().rows()[3][..2], [48, 49]);
    }

    #[test]
    fn damaged_files_are_refused_with_a_reason() {
        let bytes = sample().to_bytes();
        let parse = |b: Vec<u8>| Weights::parse(Box::leak(b.into_boxed_slice())).unwrap_err();
        assert!(parse(bytes[..bytes.len() - 1].to_vec()).contains("truncated"));
        assert!(parse([bytes.clone(), vec![0]].concat()).contains("after the weights"));
        let mut other_version = bytes.clone();
        other_version[8] ^= 0xff;
        assert!(parse(other_version).contains("features version"));
        assert!(parse(b"GIF89a..".to_vec()).contains("not a postcheck"));
    }
}
