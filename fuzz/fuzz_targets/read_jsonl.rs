//! Arbitrary bytes as a `.jsonl` file: as they are (which also covers gzip and zstd
//! streams found by their magic bytes), or gzip-compressed first, so that the JSONL
//! reader sees fuzzed content behind a valid gzip stream. Small limits reach the
//! over-long-line path.
#![no_main]

use chaff::config::{FieldNames, SourceConfig};
use libfuzzer_sys::fuzz_target;
use std::io::Write;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, bytes)) = data.split_first() else {
        return;
    };
    let source = SourceConfig {
        max_record_bytes: 256,
        max_file_bytes: 1 << 16,
        ..SourceConfig::default()
    };
    let fields = FieldNames::default();
    if mode % 2 == 0 {
        chaff::source::read_bytes("fuzz.jsonl", bytes, &source, &fields);
    } else {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(bytes).unwrap();
        let compressed = gz.finish().unwrap();
        chaff::source::read_bytes("fuzz.jsonl.gz", &compressed, &source, &fields);
    }
});
