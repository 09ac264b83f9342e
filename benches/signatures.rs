//! Dedup throughput: shingling + MinHash/SimHash signatures (MB/s of cleaned text), and
//! LSH candidate search + verification + union-find (documents/s).
//! Run: `cargo bench --bench signatures`.

mod common;

use chaff::config::DedupConfig;
use chaff::dedup::{self, DedupInput, Signature};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench_signatures(c: &mut Criterion) {
    let (documents, _) = common::load_corpus();
    let config = DedupConfig::default().for_corpus(documents.len());
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("dedup");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("shingles+minhash+simhash (one thread)", |b| {
        b.iter(|| {
            documents
                .iter()
                .map(|d| dedup::signature(&d.text, &config))
                .collect::<Vec<Signature>>()
        })
    });
    let signatures: Vec<Signature> = documents
        .iter()
        .map(|d| dedup::signature(&d.text, &config))
        .collect();
    let items: Vec<DedupInput> = documents
        .iter()
        .zip(&signatures)
        .map(|(d, s)| DedupInput {
            id: &d.id,
            chars: d.text.len(),
            signature: s,
            fetched_at: None,
            rank: None,
            known: None,
        })
        .collect();
    group.throughput(Throughput::Elements(items.len() as u64));
    group.bench_function("lsh+verify+union-find", |b| {
        b.iter(|| dedup::cluster(&items, &config))
    });
    group.finish();

    // The story level (issue #14): term counts, then each text's features, one thread.
    let texts: Vec<&str> = documents.iter().map(|d| d.text.as_str()).collect();
    let mut group = c.benchmark_group("story");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("term counts", |b| {
        b.iter(|| dedup::story::TermCounts::of(&texts))
    });
    let counts = dedup::story::TermCounts::of(&texts);
    group.bench_function("features (one thread)", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| dedup::story::StoryFeatures::of(t, &counts))
                .collect::<Vec<_>>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_signatures);
criterion_main!(benches);
