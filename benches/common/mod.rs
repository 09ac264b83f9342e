//! Loads the benchmark corpus: `CHAFF_BENCH_CORPUS` if set, else the shared dev corpus
//! (`../shared/eval/dev-corpus/dump`) when present, else `corpus-samples/dump`.

use chaff::config::Config;
use chaff::document::Document;
use chaff::source;
use std::path::PathBuf;

/// The documents of the benchmark corpus, in input order, and where they came from.
pub fn load_corpus() -> (Vec<Document>, PathBuf) {
    let root = std::env::var_os("CHAFF_BENCH_CORPUS")
        .map(PathBuf::from)
        .or_else(|| {
            let shared = PathBuf::from("../shared/eval/dev-corpus/dump");
            shared.is_dir().then_some(shared)
        })
        .unwrap_or_else(|| PathBuf::from("corpus-samples/dump"));
    let config = Config::default();
    let files = source::walk(std::slice::from_ref(&root), &config.source).files;
    let mut documents = Vec::new();
    for f in &files {
        for mut d in source::read_file(f, &config.source, &config.fields).documents {
            d.index = documents.len();
            documents.push(d);
        }
    }
    (documents, root)
}
