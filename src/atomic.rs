//! Writing files so that a reader sees the old bytes or the new ones, never a mix: the
//! one place where chaff writes under a temporary name, syncs and renames (the outputs,
//! the sharded steps' files and tables, the state's manifest), and where an I/O error
//! becomes a message that names the path and says what to do.
//!
//! Invariants:
//! - a temporary file is named `.chaff-tmp-TAG-NAME` beside its final `NAME`, `TAG`
//!   being 16 hex digits unique to the writing process ([`run_tag`]): a name no user
//!   picks, so cleaning up ([`remove_stale_temps`]) only ever removes chaff's own files;
//! - a file is synced before it is renamed, and the directory after, so a rename that
//!   returned survives a power cut;
//! - every file is hashed (xxh3-64) and counted while written: [`Staged`] says what a
//!   published file must hold, so a later run can tell whether it is in place.

use serde::{Deserialize, Serialize};
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use xxhash_rust::xxh3::Xxh3;

/// The prefix of every temporary file chaff writes.
pub const TEMP_PREFIX: &str = ".chaff-tmp-";

/// This process's tag for temporary names: 16 hex digits from the process id and the
/// start time (unique across runs on one machine, and across machines sharing a
/// directory in practice).
pub fn run_tag() -> &'static str {
    static TAG: OnceLock<String> = OnceLock::new();
    TAG.get_or_init(|| {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let seed = format!("{}:{nanos}", std::process::id());
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(seed.as_bytes()))
    })
}

/// The temporary name of `name` written by the process tagged `tag`.
pub fn temp_name(tag: &str, name: &str) -> String {
    format!("{TEMP_PREFIX}{tag}-{name}")
}

/// True for a name [`temp_name`] makes (any tag).
pub fn is_temp_name(name: &str) -> bool {
    let Some(rest) = name.strip_prefix(TEMP_PREFIX) else {
        return false;
    };
    let (tag, file) = rest.split_at(rest.len().min(16));
    tag.len() == 16
        && tag.bytes().all(|b| b.is_ascii_hexdigit())
        && file.len() > 1
        && file.starts_with('-')
}

/// Removes the temporary files of killed chaff processes from `dir`, except those whose
/// names are in `keep` (files a pending publication still needs).
pub fn remove_stale_temps(dir: &Path, keep: &[PathBuf]) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if is_temp_name(&entry.file_name().to_string_lossy()) && !keep.contains(&path) {
            let _ = fs::remove_file(path);
        }
    }
}

/// An I/O error as a message naming the path, what chaff was doing and what to do.
pub fn io_error(path: &Path, doing: &str, e: &io::Error) -> anyhow::Error {
    let hint = match e.kind() {
        io::ErrorKind::StorageFull => {
            "no space left on the device: free some space or point chaff at another disk"
        }
        io::ErrorKind::QuotaExceeded => "the disk quota is exceeded: free some space",
        io::ErrorKind::PermissionDenied => {
            "permission denied: check the owner and mode of the file and its directory"
        }
        io::ErrorKind::ReadOnlyFilesystem => {
            "the file system is read-only: point chaff at a writable directory"
        }
        io::ErrorKind::NotFound => "it does not exist (was it removed while chaff ran?)",
        io::ErrorKind::AlreadyExists => {
            "it exists already: another process wrote it, or the directory is shared"
        }
        io::ErrorKind::UnexpectedEof => "the file is cut short: it is damaged or still written",
        io::ErrorKind::InvalidInput => "the file system refused the operation",
        _ => "",
    };
    if hint.is_empty() {
        anyhow::anyhow!("cannot {doing} {}: {e}", path.display())
    } else {
        anyhow::anyhow!("cannot {doing} {}: {e}; {hint}", path.display())
    }
}

/// A closure mapping an I/O error to [`io_error`] (for `map_err`).
pub fn context<'a>(path: &'a Path, doing: &'a str) -> impl FnOnce(io::Error) -> anyhow::Error + 'a {
    move |e| io_error(path, doing, &e)
}

/// Syncs a directory, so that the renames and creations in it are durable.
pub fn sync_dir(dir: &Path) -> anyhow::Result<()> {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(context(dir, "sync the directory"))
}

/// A file being written: under its temporary name ([`StagedFile::create`]) or its final
/// one ([`StagedFile::create_new`]), hashed and counted as it goes.
pub struct StagedFile {
    out: BufWriter<File>,
    /// Where the bytes are written.
    written: PathBuf,
    /// Where they go once published.
    path: PathBuf,
    hasher: Xxh3,
    bytes: u64,
    /// Removed on drop unless finished.
    armed: bool,
}

impl StagedFile {
    /// Starts writing `path` under a temporary name beside it (any earlier file of that
    /// temporary name is replaced).
    pub fn create(path: &Path) -> anyhow::Result<StagedFile> {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let temp = path.with_file_name(temp_name(run_tag(), &name));
        let file = File::create(&temp).map_err(context(&temp, "create"))?;
        Ok(StagedFile::new(file, temp, path.to_path_buf()))
    }

    /// Starts writing `path` itself, which must not exist: for files that are never
    /// replaced once written (the state's segment files).
    pub fn create_new(path: &Path) -> anyhow::Result<StagedFile> {
        let file = File::options()
            .write(true)
            .create_new(true)
            .open(path)
            .map_err(context(path, "create"))?;
        Ok(StagedFile::new(
            file,
            path.to_path_buf(),
            path.to_path_buf(),
        ))
    }

    fn new(file: File, written: PathBuf, path: PathBuf) -> StagedFile {
        StagedFile {
            out: BufWriter::with_capacity(1 << 20, file),
            written,
            path,
            hasher: Xxh3::new(),
            bytes: 0,
            armed: true,
        }
    }

    /// Bytes written so far.
    pub fn len(&self) -> u64 {
        self.bytes
    }

    /// True when nothing was written yet.
    pub fn is_empty(&self) -> bool {
        self.bytes == 0
    }

    /// Flushes and syncs the file: its bytes are durable under the name they were
    /// written to, and [`Staged`] says what they are.
    pub fn finish(mut self) -> anyhow::Result<Staged> {
        let written = self.written.clone();
        self.out.flush().map_err(context(&written, "write"))?;
        self.out
            .get_ref()
            .sync_all()
            .map_err(context(&written, "sync"))?;
        self.armed = false;
        Ok(Staged {
            temp: self.written.clone(),
            path: self.path.clone(),
            bytes: self.bytes,
            xxh3: self.hasher.digest(),
        })
    }
}

impl Write for StagedFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.out.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl Drop for StagedFile {
    fn drop(&mut self) {
        if self.armed {
            let _ = fs::remove_file(&self.written);
        }
    }
}

/// A file written and synced, waiting to be renamed into place (or in place already,
/// for [`StagedFile::create_new`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staged {
    /// Where its bytes are.
    pub temp: PathBuf,
    /// Where they go.
    pub path: PathBuf,
    /// How many bytes.
    pub bytes: u64,
    /// Their xxh3-64.
    pub xxh3: u64,
}

impl Staged {
    /// Renames the file into place (the caller syncs the directory once all are).
    pub fn publish(&self) -> anyhow::Result<()> {
        if self.temp != self.path {
            fs::rename(&self.temp, &self.path).map_err(context(&self.path, "move into place"))?;
        }
        Ok(())
    }

    /// True when `path` holds exactly these bytes (size, then xxh3).
    pub fn is_in_place(&self) -> bool {
        match fs::metadata(&self.path) {
            Ok(m) if m.len() == self.bytes => hash_file(&self.path).ok() == Some(self.xxh3),
            _ => false,
        }
    }
}

/// The xxh3-64 of a file's bytes, read in 1 MiB blocks.
pub fn hash_file(path: &Path) -> anyhow::Result<u64> {
    let mut file = File::open(path).map_err(context(path, "read"))?;
    let mut hasher = Xxh3::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = io::Read::read(&mut file, &mut buf).map_err(context(path, "read"))?;
        if n == 0 {
            return Ok(hasher.digest());
        }
        hasher.update(&buf[..n]);
    }
}

/// Writes `bytes` to `path` atomically: temporary file, sync, rename, sync of the
/// directory. Returns what was written.
pub fn write_file(path: &Path, bytes: &[u8]) -> anyhow::Result<Staged> {
    let mut file = StagedFile::create(path)?;
    file.write_all(bytes).map_err(context(path, "write"))?;
    let staged = file.finish()?;
    staged.publish()?;
    sync_dir(path.parent().unwrap_or(Path::new(".")))?;
    Ok(staged)
}

/// A path made absolute and, as far as it exists, free of symbolic links and `..`: how
/// chaff names a directory it compares or records (an output directory, a state, an
/// input file).
pub fn resolved(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    // Canonicalise the longest prefix that exists.
    let mut existing = abs.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => return abs,
        }
    }
    let mut out = std::fs::canonicalize(&existing).unwrap_or(existing);
    out.extend(rest.iter().rev());
    out
}

/// A set of staged files to move into one directory together: the outputs of one run.
/// The last file is the set's completion marker: the earlier one is removed before any
/// file moves in and the new one moves in last, so a marker is only ever beside a whole
/// set. Plain data, so that the incremental state can hold it until it is complete.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// The directory (absolute).
    pub dir: PathBuf,
    /// The files, in the order they move into place.
    pub files: Vec<PublishedFile>,
}

/// One file of a [`Publication`].
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PublishedFile {
    /// Its temporary name in the directory.
    pub temp: String,
    /// Its final name.
    pub name: String,
    /// Its size.
    pub bytes: u64,
    /// Its xxh3-64, in hex.
    pub xxh3: String,
}

impl Publication {
    /// The publication of `staged` files (all in `dir`), in that order.
    pub fn new(dir: &Path, staged: &[Staged]) -> Publication {
        let name = |p: &Path| {
            p.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        };
        Publication {
            dir: resolved(dir),
            files: staged
                .iter()
                .map(|s| PublishedFile {
                    temp: name(&s.temp),
                    name: name(&s.path),
                    bytes: s.bytes,
                    xxh3: format!("{:016x}", s.xxh3),
                })
                .collect(),
        }
    }

    /// Moves every file that is not in place yet into place (the marker last) and syncs
    /// the directory. Safe to repeat after a crash at any point: a file whose temporary
    /// name is gone must be in place with its bytes, else the set is lost and this says
    /// so.
    pub fn complete(&self) -> anyhow::Result<()> {
        let Some(marker) = self.files.last() else {
            return Ok(());
        };
        if self.dir.join(&marker.temp).exists() {
            match fs::remove_file(self.dir.join(&marker.name)) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(io_error(&self.dir.join(&marker.name), "replace", &e)),
            }
        }
        for f in &self.files {
            let temp = self.dir.join(&f.temp);
            let path = self.dir.join(&f.name);
            match fs::rename(&temp, &path) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    let staged = Staged {
                        temp: temp.clone(),
                        path: path.clone(),
                        bytes: f.bytes,
                        xxh3: u64::from_str_radix(&f.xxh3, 16).unwrap_or_default(),
                    };
                    if !staged.is_in_place() {
                        anyhow::bail!(
                            "{} is gone and {} does not hold its bytes: this set of outputs cannot be completed",
                            temp.display(),
                            path.display()
                        );
                    }
                }
                Err(e) => return Err(io_error(&path, "move into place", &e)),
            }
        }
        sync_dir(&self.dir)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_are_chaffs_own() {
        let name = temp_name(run_tag(), "documents.jsonl");
        assert!(is_temp_name(&name), "{name}");
        assert!(name.starts_with(".chaff-tmp-"));
        for user in [
            ".notes.tmp-1",
            ".a.jsonl.tmp-99",
            ".chaff-tmp-",
            ".chaff-tmp-xyz-a",
            ".chaff-tmp-0123456789abcdef",
            "chaff-tmp-0123456789abcdef-a",
        ] {
            assert!(!is_temp_name(user), "{user}");
        }
    }

    #[test]
    fn stale_temps_go_and_user_files_stay() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".chaff-tmp-00000000deadbeef-corpus.jsonl");
        let kept = dir.path().join(".chaff-tmp-00000000feedbeef-corpus.jsonl");
        let user = dir.path().join(".backup.tmp-2026");
        for p in [&stale, &kept, &user] {
            fs::write(p, "x").unwrap();
        }
        remove_stale_temps(dir.path(), std::slice::from_ref(&kept));
        assert!(!stale.exists());
        assert!(kept.exists() && user.exists());
    }

    #[test]
    fn a_file_appears_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, "old").unwrap();
        {
            let mut f = StagedFile::create(&path).unwrap();
            f.write_all(b"new but dropped").unwrap();
        }
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "temp removed");
        let staged = write_file(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(staged.bytes, 3);
        assert_eq!(staged.xxh3, xxhash_rust::xxh3::xxh3_64(b"new"));
        assert!(staged.is_in_place());
        fs::write(&path, "other").unwrap();
        assert!(!staged.is_in_place());
        assert!(StagedFile::create_new(&path).is_err(), "never replaced");
    }

    #[test]
    fn a_publication_completes_once_whatever_was_moved_already() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("summary.json"), "old night").unwrap();
        let stage = |name: &str, bytes: &[u8]| {
            let mut f = StagedFile::create(&dir.path().join(name)).unwrap();
            f.write_all(bytes).unwrap();
            f.finish().unwrap()
        };
        let staged = [stage("a.jsonl", b"a"), stage("summary.json", b"{}")];
        let publication = Publication::new(dir.path(), &staged);
        // Killed after the first rename: the second attempt finishes the set.
        staged[0].publish().unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("summary.json")).unwrap(),
            "old night"
        );
        publication.complete().unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("summary.json")).unwrap(),
            "{}"
        );
        publication.complete().unwrap();
        fs::write(dir.path().join("a.jsonl"), "changed").unwrap();
        let err = publication.complete().unwrap_err().to_string();
        assert!(err.contains("cannot be completed"), "{err}");
    }

    #[test]
    fn errors_name_the_path_and_what_to_do() {
        let e = io_error(
            Path::new("/data/out/corpus.jsonl"),
            "write",
            &io::Error::from(io::ErrorKind::StorageFull),
        );
        let text = e.to_string();
        assert!(text.contains("/data/out/corpus.jsonl"), "{text}");
        assert!(text.contains("free some space"), "{text}");
        let missing = write_file(Path::new("/nonexistent-chaff-dir/a.json"), b"x").unwrap_err();
        assert!(
            missing.to_string().contains("/nonexistent-chaff-dir/"),
            "{missing}"
        );
    }
}
