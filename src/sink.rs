//! Sink stage: writes the run's output files.
//!
//! Invariants: the output directory is locked for the sink's lifetime ([`crate::lock`]);
//! every file is written under a temporary name ([`crate::atomic`]) and moved into place
//! only when all of them are complete, as one [`Publication`]: the previous run's
//! `summary.json` is removed first and the new one is moved in last, so `summary.json`
//! exists only beside a complete set of outputs of the run it describes (a run killed
//! mid-way leaves no `summary.json`); output bytes depend only on the data given (no
//! timestamps or hash-map order inside the JSONL files). With a state, the publication
//! is recorded in the state before it is carried out, so that the next run finishes it
//! if this one is killed (see [`crate::state::State::commit`]).

pub mod records;

use crate::atomic::{self, Publication, Staged, StagedFile};
use rayon::prelude::*;
use serde::Serialize;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Output files being written into one directory, moved into place by [`Sink::publish`].
pub struct Sink {
    dir: PathBuf,
    staged: Vec<Staged>,
    _lock: crate::lock::DirLock,
}

/// The name of the file that marks a complete set of outputs; it is moved into place
/// last.
pub const COMPLETION_MARKER: &str = "summary.json";

/// One output file being written.
pub struct JsonlWriter {
    out: StagedFile,
    path: PathBuf,
}

/// Records serialised in parallel per batch by [`JsonlWriter::write_all_parallel`].
const PARALLEL_BATCH: usize = 4096;

impl JsonlWriter {
    fn io(&self, e: std::io::Error) -> anyhow::Error {
        atomic::io_error(&self.path, "write", &e)
    }

    /// Appends one record as a JSON line.
    pub fn write<T: Serialize>(&mut self, record: &T) -> anyhow::Result<()> {
        serde_json::to_writer(&mut self.out, record)?;
        self.out.write_all(b"\n").map_err(|e| self.io(e))?;
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
                self.out.write_all(line).map_err(|e| self.io(e))?;
            }
        }
        Ok(())
    }

    /// Appends lines already serialised (each ending with a newline).
    pub fn write_lines(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        self.out.write_all(bytes).map_err(|e| self.io(e))
    }

    /// Appends the whole of a file of lines (a part written by [`write_jsonl_file`]).
    pub fn append_file(&mut self, path: &Path) -> anyhow::Result<()> {
        let mut part = fs::File::open(path).map_err(atomic::context(path, "read"))?;
        std::io::copy(&mut part, &mut self.out).map_err(atomic::context(path, "copy"))?;
        Ok(())
    }
}

/// Writes one JSONL file on its own (a part of the sharded stages), atomically. No lock
/// is taken: the caller owns the path.
pub fn write_jsonl_file(
    path: &Path,
    fill: impl FnOnce(&mut JsonlWriter) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut writer = JsonlWriter {
        out: StagedFile::create(path)?,
        path: path.to_path_buf(),
    };
    fill(&mut writer).map_err(|e| e.context(format!("cannot write {}", path.display())))?;
    let staged = writer.out.finish()?;
    staged.publish()?;
    atomic::sync_dir(path.parent().unwrap_or(Path::new(".")))
}

impl Sink {
    /// Creates the output directory if needed, locks it (failing at once with
    /// [`crate::lock::LockHeld`] when another run writes there) and removes the temporary
    /// files killed runs left behind (chaff's own only: [`atomic::is_temp_name`]).
    pub fn create(dir: &Path) -> anyhow::Result<Sink> {
        fs::create_dir_all(dir).map_err(atomic::context(dir, "create the output directory"))?;
        let lock = crate::lock::lock_dir(dir, "output directory")?;
        atomic::remove_stale_temps(dir, &[]);
        Ok(Sink {
            dir: dir.to_path_buf(),
            staged: Vec::new(),
            _lock: lock,
        })
    }

    /// Writes a JSONL file from a closure that emits its records.
    pub fn jsonl(
        &mut self,
        name: &str,
        fill: impl FnOnce(&mut JsonlWriter) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let path = self.dir.join(name);
        let mut writer = JsonlWriter {
            out: StagedFile::create(&path)?,
            path: path.clone(),
        };
        fill(&mut writer).map_err(|e| e.context(format!("cannot write {}", path.display())))?;
        self.staged.push(writer.out.finish()?);
        Ok(())
    }

    /// Writes one pretty-printed JSON document.
    pub fn json<T: Serialize>(&mut self, name: &str, value: &T) -> anyhow::Result<()> {
        let path = self.dir.join(name);
        let mut file = StagedFile::create(&path)?;
        let mut bytes = serde_json::to_vec_pretty(value)?;
        bytes.push(b'\n');
        file.write_all(&bytes)
            .map_err(atomic::context(&path, "write"))?;
        self.staged.push(file.finish()?);
        Ok(())
    }

    /// The files written so far, as the set to move into place (in the order written).
    pub fn publication(&self) -> Publication {
        Publication::new(&self.dir, &self.staged)
    }

    /// Moves every written file into place, in the order written, after removing the
    /// previous [`COMPLETION_MARKER`] (so the marker is only ever beside a whole set).
    ///
    /// Files it could not move stay under their temporary names: with a state, the
    /// state holds this publication and the next run finishes it; without one, the next
    /// run into this directory removes them.
    pub fn publish(mut self) -> anyhow::Result<()> {
        let published = self.publication().complete();
        self.staged.clear();
        published
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        for staged in &self.staged {
            if staged.temp != staged.path {
                let _ = fs::remove_file(&staged.temp);
            }
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
        sink.publish().unwrap();
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
        let stale = dir.path().join(".chaff-tmp-0123456789abcdef-a.jsonl");
        fs::write(&stale, "left by a killed run").unwrap();
        // A user's file that merely looks temporary stays.
        fs::write(dir.path().join(".notes.tmp-1"), "mine").unwrap();
        let mut sink = Sink::create(dir.path()).unwrap();
        assert!(!stale.exists());
        assert!(dir.path().join(".notes.tmp-1").exists());
        assert!(Sink::create(dir.path()).is_err(), "the directory is locked");
        sink.jsonl("a.jsonl", |w| w.write(&1)).unwrap();
        sink.json(COMPLETION_MARKER, &2).unwrap();
        // Fail the publication after the marker went: a.jsonl's temp file is removed.
        fs::remove_file(&sink.staged[0].temp).unwrap();
        let marker_temp = sink.staged[1].temp.clone();
        assert!(sink.publish().is_err());
        assert!(!dir.path().join(COMPLETION_MARKER).exists());
        // What did not move stays for the state's pending publication to finish.
        assert!(marker_temp.exists());
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
