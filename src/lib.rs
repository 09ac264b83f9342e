//! chaff turns scraped article dumps into a clean, de-duplicated corpus.
//!
//! The pipeline has one module per stage, joined by plain data types
//! ([`document::Document`], [`strip::StrippedDocument`], [`dedup::Signature`], …):
//!
//! - [`source`] walks the inputs and reads `.txt`/`.md`, `.jsonl`, `.json` and `.html`
//!   files (optionally `.gz`/`.zst`) into documents, turning bad input into rejects;
//! - [`strip`] learns each site's template from the corpus and removes the chrome;
//! - [`dedup`] clusters near-duplicate stories with MinHash-LSH and SimHash;
//! - [`sink`] writes the outputs atomically.
//!
//! [`state`] keeps what a run learned (site counts, signatures, inputs seen) for the
//! next, so nightly runs are incremental; [`lock`] keeps two runs apart; [`atomic`] is
//! the one place files are written under temporary names and moved into place.
//!
//! [`pipeline::run`] runs them in order; `main.rs` is a thin CLI over it. With the
//! `parquet` feature, `shard` runs the same stages one shard at a time, exchanging
//! Parquet files, for schedulers that spread a corpus over many machines.

#![warn(missing_docs)]

pub mod atomic;
pub mod codec;
pub mod config;
pub mod dedup;
pub mod document;
pub mod lock;
pub mod pipeline;
#[cfg(feature = "parquet")]
pub mod shard;
pub mod sink;
pub mod source;
pub mod state;
pub mod strip;
pub mod text;
