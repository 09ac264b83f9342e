//! Sink stage: writes the run's output files.
//!
//! Invariants: every file is written under a temporary name in the output directory and
//! renamed into place only when all of them are complete (`summary.json` last), so a
//! file with its final name is always whole; output bytes depend only on the data given
//! (no timestamps or hash-map order inside the JSONL files).

use rayon::prelude::*;
use serde::Serialize;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Output files being written into one directory, renamed into place by [`Sink::commit`].
pub struct Sink {
    dir: PathBuf,
    pending: Vec<(PathBuf, PathBuf)>,
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

impl Sink {
    /// Creates the output directory if needed.
    pub fn create(dir: &Path) -> anyhow::Result<Sink> {
        fs::create_dir_all(dir).map_err(|e| {
            anyhow::anyhow!("cannot create the output directory {}: {e}", dir.display())
        })?;
        Ok(Sink {
            dir: dir.to_path_buf(),
            pending: Vec::new(),
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

    /// Renames every written file into place, in the order written.
    pub fn commit(self) -> anyhow::Result<()> {
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
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn dropped_sink_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut sink = Sink::create(dir.path()).unwrap();
            sink.jsonl("a.jsonl", |w| w.write(&1)).unwrap();
        }
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
