//! Exclusive locks on the directories a run writes (the output directory and the
//! incremental state), so two runs started by overlapping cron jobs never interleave.
//!
//! Invariant: a lock is an OS advisory lock (`flock`) on a file inside the directory; it
//! is held for as long as the returned [`DirLock`] lives and is released by the OS when
//! the process dies, however it dies (a `kill -9` leaves no stale lock behind).

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// The error of a lock another process holds; `chaff` exits with its own code for it.
#[derive(Debug)]
pub struct LockHeld {
    /// The locked directory.
    pub dir: PathBuf,
    /// What the directory is to chaff ("output directory", "state").
    pub what: &'static str,
}

impl std::fmt::Display for LockHeld {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the {} {} is in use by another chaff run (lock file {}); wait for it to finish, or check that no chaff process is running",
            self.what,
            self.dir.display(),
            self.dir.join(LOCK_FILE).display()
        )
    }
}

impl std::error::Error for LockHeld {}

/// The lock file's name inside a locked directory.
pub const LOCK_FILE: &str = ".chaff.lock";

/// An exclusive lock on a directory, released when dropped.
#[derive(Debug)]
pub struct DirLock {
    _file: File,
}

/// Takes the exclusive lock of `dir` (which must exist) without waiting: fails at once
/// with [`LockHeld`] when another process holds it.
pub fn lock_dir(dir: &Path, what: &'static str) -> anyhow::Result<DirLock> {
    let path = dir.join(LOCK_FILE);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| anyhow::anyhow!("cannot create the lock file {}: {e}", path.display()))?;
    match file.try_lock() {
        Ok(()) => Ok(DirLock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(LockHeld {
            dir: dir.to_path_buf(),
            what,
        }
        .into()),
        Err(TryLockError::Error(e)) => Err(anyhow::anyhow!("cannot lock {}: {e}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_fails_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = lock_dir(dir.path(), "state").unwrap();
        let err = lock_dir(dir.path(), "state").unwrap_err();
        assert!(err.downcast_ref::<LockHeld>().is_some(), "{err}");
        assert!(err.to_string().contains("in use by another chaff run"));
        drop(first);
        lock_dir(dir.path(), "state").unwrap();
    }
}
