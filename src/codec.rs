//! Little-endian byte helpers shared by the on-disk records (the incremental state's
//! records, the sharded stages' signature column and evidence files): what is written
//! with the `put_*` functions is read back with a [`Cursor`], or from a stream with the
//! `read_*` functions.

use std::io::{self, Read};

/// Appends `v` as a little-endian u32.
pub fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Appends `v` as a little-endian u64.
pub fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Reads a little-endian u32 from a stream.
pub fn read_u32(input: &mut impl Read) -> io::Result<u32> {
    let mut b = [0u8; 4];
    input.read_exact(&mut b)?;
    Ok(u32::from_le_bytes(b))
}

/// Reads a little-endian u64 from a stream.
pub fn read_u64(input: &mut impl Read) -> io::Result<u64> {
    let mut b = [0u8; 8];
    input.read_exact(&mut b)?;
    Ok(u64::from_le_bytes(b))
}

/// Appends `values`, each as a little-endian u32.
pub fn put_u32s(out: &mut Vec<u8>, values: &[u32]) {
    for &v in values {
        put_u32(out, v);
    }
}

/// Appends the length of `values`, then `values` (read back by [`Cursor::list`]).
pub fn put_list(out: &mut Vec<u8>, values: &[u32]) {
    put_u32(out, values.len() as u32);
    put_u32s(out, values);
}

/// Reads little-endian values from a byte slice, failing on a short one.
pub struct Cursor<'a> {
    /// The bytes not read yet.
    pub bytes: &'a [u8],
}

impl Cursor<'_> {
    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> anyhow::Result<&[u8]> {
        anyhow::ensure!(self.bytes.len() >= n, "record cut short");
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    /// The next little-endian u32.
    pub fn u32(&mut self) -> anyhow::Result<u32> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into()?))
    }

    /// The next little-endian u64.
    pub fn u64(&mut self) -> anyhow::Result<u64> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into()?))
    }

    /// The next `n` little-endian u32s.
    pub fn u32s(&mut self, n: usize) -> anyhow::Result<Vec<u32>> {
        Ok(self
            .take(4 * n)?
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
            .collect())
    }

    /// A list written by [`put_list`].
    pub fn list(&mut self) -> anyhow::Result<Vec<u32>> {
        let n = self.u32()? as usize;
        self.u32s(n)
    }
}
