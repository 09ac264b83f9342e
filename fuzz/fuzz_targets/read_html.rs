//! Arbitrary bytes as an `.html` page, through both extractors.
#![no_main]

use chaff::config::{FieldNames, HtmlExtractor, SourceConfig};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, bytes)) = data.split_first() else {
        return;
    };
    let source = SourceConfig {
        html_extractor: if mode % 2 == 0 {
            HtmlExtractor::Readability
        } else {
            HtmlExtractor::Trafilatura
        },
        ..SourceConfig::default()
    };
    chaff::source::read_bytes("fuzz.html", bytes, &source, &FieldNames::default());
});
