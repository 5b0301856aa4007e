//! Byte offsets (the engine's unit) to UTF-16 code units (the DOM's unit).
//! The conversion happens once, at the boundaries: wasm and the CLI's JSON.

/// Maps byte offsets of one text to UTF-16 offsets.
pub struct Utf16Index {
    /// `(byte offset, utf-16 offset)` just after every non-ASCII character:
    /// between two marks there is only ASCII, one unit per byte.
    marks: Vec<(usize, usize)>,
}

impl Utf16Index {
    pub fn new(text: &str) -> Self {
        let mut marks = vec![(0, 0)];
        let mut units = 0;
        for (at, c) in text.char_indices() {
            units += c.len_utf16();
            if !c.is_ascii() {
                marks.push((at + c.len_utf8(), units));
            }
        }
        Utf16Index { marks }
    }

    /// The UTF-16 offset of `byte`, which must lie on a char boundary.
    pub fn to_utf16(&self, byte: usize) -> usize {
        let (b, u) = self.marks[self.marks.partition_point(|&(b, _)| b <= byte) - 1];
        u + (byte - b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_surrogate_pairs_and_multibyte_characters() {
        let text = "aあ😀b";
        let index = Utf16Index::new(text);
        let expected: Vec<usize> = vec![0, 1, 2, 4, 5];
        let got: Vec<usize> = [0, 1, 4, 8, 9].iter().map(|&b| index.to_utf16(b)).collect();
        assert_eq!(got, expected);
    }
}
