//! Sink stage: writes the run's output files.
//!
//! Invariants: the output directory is locked for the sink's lifetime ([`crate::lock`]);
//! every file is written under a temporary name and renamed into place only when all of
//! them are complete: the previous run's `summary.json` is removed first and the new one
//! is renamed last, so `summary.json` exists only beside a complete set of outputs of
//! the run it describes (a run killed mid-way leaves no `summary.json`, and rerunning it
//! is enough); output bytes depend only on the data given (no timestamps or hash-map
//! order inside the JSONL files).

pub mod records;

use rayon::prelude::*;
use serde::Serialize;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Output files being written into one directory, renamed into place by [`Sink::commit`].
pub struct Sink {
    dir: PathBuf,
    pending: Vec<(PathBuf, PathBuf)>,
    _lock: crate::lock::DirLock,
}

/// The name of the file that marks a complete set of outputs; it is renamed into place
/// last.
pub const COMPLETION_MARKER: &str = "summary.json";

/// True for the temporary names the sink writes (`.NAME.tmp-PID`).
fn is_temp_name(name: &str) -> bool {
    name.starts_with('.') && name.contains(".tmp-")
}

/// One output file being written.
pub struct JsonlWriter {
    out: BufWriter<File>,
}

/// Records serialised in parallel per batch by [`JsonlWriter::write_all_parallel`].
const PARALLEL_BATCH: usize = 4096;

impl JsonlWriter {
    /// Appends one record as a JSON line.
    pub fn write<T: Serialize>(&mut self, record: &T) -> anyhow::Result<()> {
        serde_json::to_writer(&mut self.out, record)?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    /// Appends the records `record(0..count)` as JSON lines, in that order, serialising
    /// batches of them on all threads (the bytes are the same as with [`Self::write`]).
    pub fn write_all_parallel<T, F>(&mut self, count: usize, record: F) -> anyhow::Result<()>
    where
        T: Serialize,
        F: Fn(usize) -> T + Sync,
    {
        for start in (0..count).step_by(PARALLEL_BATCH) {
            let end = (start + PARALLEL_BATCH).min(count);
            let lines: Vec<Vec<u8>> = (start..end)
                .into_par_iter()
                .map(|i| {
                    let mut line = serde_json::to_vec(&record(i))?;
                    line.push(b'\n');
                    Ok(line)
                })
                .collect::<serde_json::Result<_>>()?;
            for line in &lines {
                self.out.write_all(line)?;
            }
        }
        Ok(())
    }
}

impl JsonlWriter {
    /// Appends lines already serialised (each ending with a newline).
    pub fn write_lines(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        self.out.write_all(bytes)?;
        Ok(())
    }

    /// Appends the whole of a file of lines (a part written by [`write_jsonl_file`]).
    pub fn append_file(&mut self, path: &Path) -> anyhow::Result<()> {
        let mut part =
            File::open(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
        std::io::copy(&mut part, &mut self.out)?;
        Ok(())
    }
}

/// Writes one JSONL file on its own (a part of the sharded stages): under a temporary
/// name, synced, then renamed to `path`. No lock is taken: the caller owns the path.
pub fn write_jsonl_file(
    path: &Path,
    fill: impl FnOnce(&mut JsonlWriter) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let temp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let file =
        File::create(&temp).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", temp.display()))?;
    let mut writer = JsonlWriter {
        out: BufWriter::with_capacity(1 << 20, file),
    };
    let written = fill(&mut writer).and_then(|()| {
        let file = writer.out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(())
    });
    match written.and_then(|()| Ok(fs::rename(&temp, path)?)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = fs::remove_file(&temp);
            Err(e.context(format!("cannot write {}", path.display())))
        }
    }
}

impl Sink {
    /// Creates the output directory if needed, locks it (failing at once with
    /// [`crate::lock::LockHeld`] when another run writes there) and removes temporary
    /// files a killed run left behind.
    pub fn create(dir: &Path) -> anyhow::Result<Sink> {
        fs::create_dir_all(dir).map_err(|e| {
            anyhow::anyhow!("cannot create the output directory {}: {e}", dir.display())
        })?;
        let lock = crate::lock::lock_dir(dir, "output directory")?;
        for entry in fs::read_dir(dir)?.filter_map(Result::ok) {
            if is_temp_name(&entry.file_name().to_string_lossy()) {
                let _ = fs::remove_file(entry.path());
            }
        }
        Ok(Sink {
            dir: dir.to_path_buf(),
            pending: Vec::new(),
            _lock: lock,
        })
    }

    fn temp_path(&mut self, name: &str) -> PathBuf {
        let temp = self.dir.join(format!(".{name}.tmp-{}", std::process::id()));
        self.pending.push((temp.clone(), self.dir.join(name)));
        temp
    }

    /// Writes a JSONL file from a closure that emits its records.
    pub fn jsonl(
        &mut self,
        name: &str,
        fill: impl FnOnce(&mut JsonlWriter) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let path = self.temp_path(name);
        let file = File::create(&path)
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
        let mut writer = JsonlWriter {
            out: BufWriter::with_capacity(1 << 20, file),
        };
        fill(&mut writer)?;
        let file = writer.out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(())
    }

    /// Writes one pretty-printed JSON document.
    pub fn json<T: Serialize>(&mut self, name: &str, value: &T) -> anyhow::Result<()> {
        let path = self.temp_path(name);
        let mut bytes = serde_json::to_vec_pretty(value)?;
        bytes.push(b'\n');
        fs::write(&path, bytes)
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
        Ok(())
    }

    /// Renames every written file into place, in the order written, after removing the
    /// previous [`COMPLETION_MARKER`] (so the marker is only ever beside a whole set).
    pub fn commit(self) -> anyhow::Result<()> {
        match fs::remove_file(self.dir.join(COMPLETION_MARKER)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => anyhow::bail!("cannot replace {COMPLETION_MARKER}: {e}"),
        }
        for (temp, final_path) in &self.pending {
            fs::rename(temp, final_path).map_err(|e| {
                anyhow::anyhow!("cannot move {} into place: {e}", final_path.display())
            })?;
        }
        Ok(())
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        for (temp, _) in &self.pending {
            let _ = fs::remove_file(temp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_appear_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let mut sink = Sink::create(dir.path()).unwrap();
        sink.jsonl("a.jsonl", |w| w.write(&serde_json::json!({"x": 1})))
            .unwrap();
        sink.json("s.json", &serde_json::json!({"ok": true}))
            .unwrap();
        assert!(!dir.path().join("a.jsonl").exists());
        sink.commit().unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("a.jsonl")).unwrap(),
            "{\"x\":1}\n"
        );
        assert!(dir.path().join("s.json").exists());
        // The two files and the lock file.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 3);
    }

    #[test]
    fn the_old_completion_marker_goes_before_new_files_arrive() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(COMPLETION_MARKER), "{}").unwrap();
        fs::write(dir.path().join(".a.jsonl.tmp-99"), "left by a killed run").unwrap();
        let mut sink = Sink::create(dir.path()).unwrap();
        assert!(!dir.path().join(".a.jsonl.tmp-99").exists());
        assert!(Sink::create(dir.path()).is_err(), "the directory is locked");
        sink.jsonl("a.jsonl", |w| w.write(&1)).unwrap();
        // Fail the commit after the marker went: a.jsonl's temp file is removed under it.
        let (temp, _) = sink.pending[0].clone();
        fs::remove_file(&temp).unwrap();
        assert!(sink.commit().is_err());
        assert!(!dir.path().join(COMPLETION_MARKER).exists());
    }

    #[test]
    fn dropped_sink_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut sink = Sink::create(dir.path()).unwrap();
            sink.jsonl("a.jsonl", |w| w.write(&1)).unwrap();
        }
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, [crate::lock::LOCK_FILE]);
    }
}
