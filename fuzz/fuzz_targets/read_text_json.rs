//! Arbitrary bytes as a `.txt` file and as a `.json` file (one record or an array).
#![no_main]

use chaff::config::{FieldNames, SourceConfig};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = SourceConfig {
        max_file_bytes: 1 << 16,
        ..SourceConfig::default()
    };
    let fields = FieldNames::default();
    chaff::source::read_bytes("fuzz.txt", data, &source, &fields);
    chaff::source::read_bytes("fuzz.json", data, &source, &fields);
});
