//! The state's files other than the manifest: how each is encoded and read back.
//!
//! Invariants: every file is written once under a new name ([`StateFile`]: never over
//! an existing file) and never changed; variable-length records end with the xxh3-64 of
//! their bytes; no length or offset read from disk drives an allocation or a seek
//! before it is checked against the bytes that are there.

use super::{Damaged, FileEntry, KnownDocument, NewDocument};
use crate::atomic::{context, StagedFile};
use crate::codec::{put_list, put_u32, put_u32s, Cursor};
use crate::dedup::{Signature, NUM_HASHES};
use crate::strip::SiteCounts;
use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{BufReader, Read, Seek, SeekFrom, Write};
use std::path::Path;

pub(super) fn hex(hash: u64) -> String {
    format!("{hash:016x}")
}

/// Reads a state file whole, checking its size and checksum against the manifest (the
/// size before reading, so a damaged size allocates nothing).
pub(super) fn read_checked(dir: &Path, entry: &FileEntry) -> anyhow::Result<Vec<u8>> {
    let path = dir.join(&entry.name);
    let damaged = || -> anyhow::Error {
        Damaged(format!(
            "the state file {} is damaged (size or checksum differ from the manifest); run `chaff state verify` and restore the state from a backup",
            path.display()
        ))
        .into()
    };
    let size = fs::metadata(&path)
        .map_err(context(&path, "read the state file"))?
        .len();
    if size != entry.bytes {
        return Err(damaged());
    }
    let bytes = fs::read(&path).map_err(context(&path, "read the state file"))?;
    if bytes.len() as u64 != entry.bytes || hex(xxhash_rust::xxh3::xxh3_64(&bytes)) != entry.xxh3 {
        return Err(damaged());
    }
    Ok(bytes)
}

/// A file being written into the state directory under its final, new name: hashed
/// while written, synced on finish.
pub(super) struct StateFile {
    name: String,
    path: std::path::PathBuf,
    out: StagedFile,
}

impl StateFile {
    pub(super) fn create(dir: &Path, name: String) -> anyhow::Result<StateFile> {
        let path = dir.join(&name);
        let out = StagedFile::create_new(&path)?;
        Ok(StateFile { name, path, out })
    }

    pub(super) fn put(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        self.out
            .write_all(bytes)
            .map_err(context(&self.path, "write the state file"))
    }

    pub(super) fn len(&self) -> u64 {
        self.out.len()
    }

    pub(super) fn finish(self) -> anyhow::Result<FileEntry> {
        let staged = self.out.finish()?;
        Ok(FileEntry {
            name: self.name,
            bytes: staged.bytes,
            xxh3: hex(staged.xxh3),
        })
    }

    /// Writes `bytes` as a whole file.
    pub(super) fn write_whole(dir: &Path, name: String, bytes: &[u8]) -> anyhow::Result<FileEntry> {
        let mut f = StateFile::create(dir, name)?;
        f.put(bytes)?;
        f.finish()
    }
}

pub(super) fn encode_merges(merges: &BTreeMap<u32, (u32, u32)>) -> Vec<u8> {
    let mut out = Vec::with_capacity(12 * merges.len());
    for (&from, &(into, rep)) in merges {
        put_u32s(&mut out, &[from, into, rep]);
    }
    out
}

pub(super) fn decode_merges(bytes: &[u8]) -> anyhow::Result<BTreeMap<u32, (u32, u32)>> {
    anyhow::ensure!(
        bytes.len().is_multiple_of(12),
        "the merges file is cut short"
    );
    let mut c = Cursor { bytes };
    let mut merges = BTreeMap::new();
    while !c.bytes.is_empty() {
        let (from, into, rep) = (c.u32()?, c.u32()?, c.u32()?);
        merges.insert(from, (into, rep));
    }
    Ok(merges)
}

/// Closes the record that starts at `start` with the xxh3-64 of its bytes (checked by
/// [`checked_payload`]).
pub(super) fn seal(out: &mut Vec<u8>, start: usize) {
    let check = xxhash_rust::xxh3::xxh3_64(&out[start..]);
    out.extend_from_slice(&check.to_le_bytes());
}

/// Appends a record of one document to `out`.
pub(super) fn encode_record(out: &mut Vec<u8>, doc: &NewDocument) {
    let start = out.len();
    let sig = doc.signature;
    put_u32(out, doc.id.len() as u32);
    out.extend_from_slice(doc.id.as_bytes());
    put_u32(out, doc.cluster);
    put_u32(out, doc.representative);
    sig.encode(out);
    seal(out, start);
}

/// The payload of a record or sketch when its trailing xxh3-64 ([`seal`]) matches.
pub(super) fn checked_payload(bytes: &[u8]) -> anyhow::Result<&[u8]> {
    anyhow::ensure!(bytes.len() >= 8, "cut short");
    let (payload, check) = bytes.split_at(bytes.len() - 8);
    let hash = xxhash_rust::xxh3::xxh3_64(payload).to_le_bytes();
    anyhow::ensure!(check == hash, "checksum mismatch");
    Ok(payload)
}

pub(super) fn decode_record(ordinal: u32, bytes: &[u8]) -> anyhow::Result<KnownDocument> {
    let mut c = Cursor {
        bytes: checked_payload(bytes)?,
    };
    let id_len = c.u32()? as usize;
    let id = String::from_utf8(c.take(id_len)?.to_vec())?;
    let cluster = c.u32()?;
    let representative = c.u32()?;
    let signature = Signature::decode(&mut c)?;
    Ok(KnownDocument {
        ordinal,
        id,
        cluster,
        representative,
        signature,
    })
}

/// Encodes every site's counts (then zstd-compresses them).
pub(super) fn encode_sites(sites: &BTreeMap<String, SiteCounts>) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    put_u32(&mut out, sites.len() as u32);
    for s in sites.values() {
        put_u32(&mut out, s.site.len() as u32);
        out.extend_from_slice(s.site.as_bytes());
        put_u32(&mut out, s.pages);
        put_u32(&mut out, s.keys.len() as u32);
        for &(k, pages, kind) in &s.keys {
            out.extend_from_slice(&k.to_le_bytes());
            put_u32(&mut out, pages);
            out.push(kind);
        }
        put_u32(&mut out, s.placement.len() as u32);
        for &(k, share, words, pages) in &s.placement {
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&share.to_le_bytes());
            out.extend_from_slice(&words.to_le_bytes());
            put_u32(&mut out, pages);
        }
        put_u32(&mut out, s.outside_tail.len() as u32);
        for &(k, pages) in &s.outside_tail {
            out.extend_from_slice(&k.to_le_bytes());
            put_u32(&mut out, pages);
        }
    }
    Ok(zstd::bulk::compress(&out, 3)?)
}

pub(super) fn decode_sites(compressed: &[u8]) -> anyhow::Result<BTreeMap<String, SiteCounts>> {
    let bytes = zstd::stream::decode_all(compressed)?;
    let mut c = Cursor { bytes: &bytes };
    let mut sites = BTreeMap::new();
    for _ in 0..c.u32()? {
        let len = c.u32()? as usize;
        let site = String::from_utf8(c.take(len)?.to_vec())?;
        let pages = c.u32()?;
        let mut keys = Vec::new();
        for _ in 0..c.u32()? {
            let (k, p, kind) = (c.u64()?, c.u32()?, c.take(1)?[0]);
            keys.push((k, p, kind));
        }
        let mut placement = Vec::new();
        for _ in 0..c.u32()? {
            let k = c.u64()?;
            let share = f64::from_bits(c.u64()?);
            let words = f64::from_bits(c.u64()?);
            placement.push((k, share, words, c.u32()?));
        }
        let mut outside_tail = Vec::new();
        for _ in 0..c.u32()? {
            outside_tail.push((c.u64()?, c.u32()?));
        }
        sites.insert(
            site.clone(),
            SiteCounts {
                site,
                pages,
                keys,
                placement,
                outside_tail,
            },
        );
    }
    Ok(sites)
}

/// Bytes of one LSH index entry: key u64, ordinal u32.
pub(super) const BAND_ENTRY: usize = 12;
/// An earlier document's shingle count, MinHash and names-and-numbers hashes: enough
/// for [`dedup::estimate_rules_out`] and [`dedup::anchor_sets_agree`].
#[derive(Debug, Clone)]
pub struct Sketch {
    /// Distinct shingles.
    pub shingles: u32,
    /// MinHash slots.
    pub minhash: [u32; NUM_HASHES],
    /// Names and numbers ([`Signature::anchors`]).
    pub anchors: Vec<u32>,
}

pub(super) fn encode_sketch(out: &mut Vec<u8>, sig: &Signature) {
    let start = out.len();
    put_u32(out, sig.shingles);
    put_u32s(out, &sig.minhash);
    put_list(out, &sig.anchors);
    seal(out, start);
}

pub(super) fn decode_sketch(bytes: &[u8]) -> anyhow::Result<Sketch> {
    let mut c = Cursor {
        bytes: checked_payload(bytes)?,
    };
    let shingles = c.u32()?;
    let minhash = c.u32s(NUM_HASHES)?.try_into().expect("NUM_HASHES slots");
    let anchors = c.list()?;
    Ok(Sketch {
        shingles,
        minhash,
        anchors,
    })
}

/// Writes a file of variable-length records: the records, then `count + 1` u64 offsets
/// (the last is where the table starts).
pub(super) fn write_records(
    dir: &Path,
    name: String,
    count: usize,
    mut record: impl FnMut(usize, &mut Vec<u8>),
) -> anyhow::Result<FileEntry> {
    let mut file = StateFile::create(dir, name)?;
    let mut offsets = Vec::with_capacity(count + 1);
    let mut bytes = Vec::new();
    for i in 0..count {
        offsets.push(file.len());
        bytes.clear();
        record(i, &mut bytes);
        file.put(&bytes)?;
    }
    offsets.push(file.len());
    for o in &offsets {
        file.put(&o.to_le_bytes())?;
    }
    file.finish()
}

/// Reads the records `locals` (sorted) of a file written by [`write_records`] with
/// `count` records, decoding each with `decode`. Every offset is checked against the
/// file's size before it is used, so a damaged table is an error naming the file, never
/// a huge allocation.
pub(super) fn read_records<T>(
    path: &Path,
    count: u32,
    locals: impl Iterator<Item = u32>,
    mut decode: impl FnMut(u32, &[u8]) -> anyhow::Result<T>,
) -> anyhow::Result<Vec<T>> {
    let mut file = File::open(path).map_err(context(path, "open the state file"))?;
    let offsets = record_offsets(&mut file, count).map_err(|e| damaged_file(path, &e))?;
    let mut reader = BufReader::new(file);
    let mut out = Vec::new();
    let mut bytes = Vec::new();
    for local in locals {
        let local = local as usize;
        let (from, to) = (offsets[local], offsets[local + 1]);
        reader
            .seek(SeekFrom::Start(from))
            .map_err(context(path, "read the state file"))?;
        bytes.resize((to - from) as usize, 0);
        reader
            .read_exact(&mut bytes)
            .map_err(context(path, "read the state file"))?;
        out.push(
            decode(local as u32, &bytes)
                .map_err(|e| damaged_file(path, &e.context("a damaged record")))?,
        );
    }
    Ok(out)
}

/// The error of a state file whose bytes are not what they must be.
fn damaged_file(path: &Path, e: &anyhow::Error) -> anyhow::Error {
    Damaged(format!(
        "the state file {} is damaged ({e:#}); run `chaff state verify` and restore the state from a backup",
        path.display()
    ))
    .into()
}

/// The `(cluster, ordinal)` pairs of a `.clusters` file.
pub(super) fn membership_entries(bytes: &[u8]) -> impl Iterator<Item = (u32, u32)> + '_ {
    bytes.chunks_exact(8).map(|e| {
        (
            u32::from_le_bytes(e[..4].try_into().expect("4 bytes")),
            u32::from_le_bytes(e[4..].try_into().expect("4 bytes")),
        )
    })
}

pub(super) fn band_entries(bytes: &[u8]) -> impl Iterator<Item = (u64, u32)> + '_ {
    bytes.chunks_exact(BAND_ENTRY).map(|e| {
        (
            u64::from_le_bytes(e[..8].try_into().expect("8 bytes")),
            u32::from_le_bytes(e[8..].try_into().expect("4 bytes")),
        )
    })
}

/// The offsets table at the end of a file written by [`write_records`]: `documents + 1`
/// u64 offsets (the last is where the table starts), checked against the file's size:
/// they start at 0, never decrease and end where the table starts.
fn record_offsets(file: &mut File, documents: u32) -> anyhow::Result<Vec<u64>> {
    let len = file.metadata()?.len();
    let table = 8 * (u64::from(documents) + 1);
    anyhow::ensure!(
        len >= table,
        "{len} bytes cannot hold the offsets of {documents} records"
    );
    file.seek(SeekFrom::Start(len - table))?;
    let mut bytes = vec![0u8; table as usize];
    file.read_exact(&mut bytes)?;
    let offsets: Vec<u64> = bytes
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes")))
        .collect();
    anyhow::ensure!(
        offsets.first() == Some(&0)
            && offsets.last() == Some(&(len - table))
            && offsets.windows(2).all(|w| w[0] <= w[1]),
        "the record offsets table is damaged"
    );
    Ok(offsets)
}
