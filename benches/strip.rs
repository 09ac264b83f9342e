//! Strip throughput: template learning plus stripping over a whole corpus (MB/s of
//! document text). Run: `cargo bench --bench strip`.

mod common;

use chaff::config::StripConfig;
use chaff::strip::{self, rules::RuleSet};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench_strip(c: &mut Criterion) {
    let (documents, root) = common::load_corpus();
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    let rules = RuleSet::built_in();
    let config = StripConfig::default();
    let mut group = c.benchmark_group("strip");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(
        format!(
            "strip_corpus {} docs from {}",
            documents.len(),
            root.display()
        ),
        |b| b.iter(|| strip::strip_corpus(&documents, &config, &rules)),
    );
    group.finish();
}

criterion_group!(benches, bench_strip);
criterion_main!(benches);
