//! The Parquet files the sharded stages exchange: one function pair per table, over the
//! plain row types of [`super`]. The schemas are documented in the README ("Scaling
//! out"); Spark reads and writes some of them (`keys`, `signatures`, component parts).
//!
//! Invariants: a file appears under its name only when complete (written under a
//! temporary name, synced, renamed); rows are written in the order given, so files are
//! byte-identical for the same rows; a table written in groups gets one or more Parquet
//! row groups per group and the writer returns which, so a reader can take one group
//! without scanning the others.

use super::{DuplicateRow, SignedDocument, StrippedRow};
use crate::atomic::StagedFile;
use crate::codec::Cursor;
use crate::dedup::Signature;
use crate::document::{Document, RankValue};
use arrow_array::builder::{Int64Builder, ListBuilder};
use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type};
use arrow_array::Array;
use arrow_array::{ArrayRef, BinaryArray, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

/// Rows per Arrow batch when writing (bounds the copy made of each group).
const BATCH_ROWS: usize = 4096;

/// A Parquet file being written under a temporary name ([`crate::atomic`]).
struct ParquetOut {
    /// `None` once finished.
    writer: Option<ArrowWriter<StagedFile>>,
    schema: SchemaRef,
    groups_before: usize,
}

impl ParquetOut {
    fn create(path: &Path, fields: Vec<Field>) -> anyhow::Result<ParquetOut> {
        let file = StagedFile::create(path)?;
        let schema = Arc::new(Schema::new(fields));
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(ZstdLevel::try_new(3)?))
            .set_max_row_group_row_count(Some(1 << 20))
            .build();
        let writer = ArrowWriter::try_new(file, schema.clone(), Some(props))?;
        Ok(ParquetOut {
            writer: Some(writer),
            schema,
            groups_before: 0,
        })
    }

    fn write(&mut self, columns: Vec<ArrayRef>) -> anyhow::Result<()> {
        let batch = RecordBatch::try_new(self.schema.clone(), columns)?;
        self.writer.as_mut().expect("not finished").write(&batch)?;
        Ok(())
    }

    /// Ends the current group: the row groups it was written in.
    fn end_group(&mut self) -> anyhow::Result<Vec<usize>> {
        let writer = self.writer.as_mut().expect("not finished");
        writer.flush()?;
        let now = writer.flushed_row_groups().len();
        let groups = (self.groups_before..now).collect();
        self.groups_before = now;
        Ok(groups)
    }

    fn finish(mut self) -> anyhow::Result<()> {
        let file = self.writer.take().expect("not finished").into_inner()?;
        let staged = file.finish()?;
        staged.publish()?;
        crate::atomic::sync_dir(staged.path.parent().unwrap_or(Path::new(".")))
    }
}

/// Writes `groups` of rows to `path`, each group's rows converted in batches by
/// `columns`; returns the row groups of each group.
fn write_table<T>(
    path: &Path,
    fields: Vec<Field>,
    groups: &[&[T]],
    columns: impl Fn(&[T]) -> Vec<ArrayRef>,
) -> anyhow::Result<Vec<Vec<usize>>> {
    let mut out = ParquetOut::create(path, fields)?;
    let mut written = Vec::with_capacity(groups.len());
    for rows in groups {
        for chunk in rows.chunks(BATCH_ROWS) {
            out.write(columns(chunk))?;
        }
        written.push(out.end_group()?);
    }
    out.finish()?;
    Ok(written)
}

/// Calls `each` on every batch of `path` (of the row groups `groups` only, when given).
fn read_table(
    path: &Path,
    groups: Option<&[usize]>,
    mut each: impl FnMut(&RecordBatch) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let context =
        |e: &dyn std::fmt::Display| anyhow::anyhow!("cannot read {}: {e}", path.display());
    let file = File::open(path).map_err(|e| context(&e))?;
    let mut builder = ParquetRecordBatchReaderBuilder::try_new(file).map_err(|e| context(&e))?;
    if let Some(groups) = groups {
        builder = builder.with_row_groups(groups.to_vec());
    }
    for batch in builder
        .with_batch_size(BATCH_ROWS)
        .build()
        .map_err(|e| context(&e))?
    {
        let batch = batch.map_err(|e| context(&e))?;
        each(&batch).map_err(|e| anyhow::anyhow!("{}: {e:#}", path.display()))?;
    }
    Ok(())
}

fn column<'a>(batch: &'a RecordBatch, name: &str) -> anyhow::Result<&'a ArrayRef> {
    batch
        .column_by_name(name)
        .ok_or_else(|| anyhow::anyhow!("column {name:?} is missing"))
}

fn int64s(batch: &RecordBatch, name: &str) -> anyhow::Result<Vec<Option<i64>>> {
    let array = column(batch, name)?
        .as_primitive_opt::<Int64Type>()
        .ok_or_else(|| anyhow::anyhow!("column {name:?} is not INT64"))?;
    Ok(array.iter().collect())
}

fn required_u64s(batch: &RecordBatch, name: &str) -> anyhow::Result<Vec<u64>> {
    int64s(batch, name)?
        .into_iter()
        .map(|v| {
            v.map(|v| v as u64)
                .ok_or_else(|| anyhow::anyhow!("column {name:?} has a null"))
        })
        .collect()
}

fn links_field() -> Field {
    field(
        "links",
        DataType::List(Arc::new(Field::new("element", DataType::Int64, true))),
        true,
    )
}

/// A list-of-INT64 column (a null list reads as empty).
fn int64_lists(batch: &RecordBatch, name: &str) -> anyhow::Result<Vec<Vec<u64>>> {
    let array = column(batch, name)?
        .as_list_opt::<i32>()
        .ok_or_else(|| anyhow::anyhow!("column {name:?} is not a LIST"))?;
    (0..array.len())
        .map(|k| {
            if array.is_null(k) {
                return Ok(Vec::new());
            }
            let values = array.value(k);
            let values = values
                .as_primitive_opt::<Int64Type>()
                .ok_or_else(|| anyhow::anyhow!("column {name:?} is not a LIST of INT64"))?;
            values
                .iter()
                .map(|v| {
                    v.map(|v| v as u64)
                        .ok_or_else(|| anyhow::anyhow!("column {name:?} has a null element"))
                })
                .collect()
        })
        .collect()
}

fn float64s(batch: &RecordBatch, name: &str) -> anyhow::Result<Vec<Option<f64>>> {
    let array = column(batch, name)?
        .as_primitive_opt::<Float64Type>()
        .ok_or_else(|| anyhow::anyhow!("column {name:?} is not DOUBLE"))?;
    Ok(array.iter().collect())
}

fn strings(batch: &RecordBatch, name: &str) -> anyhow::Result<Vec<Option<String>>> {
    let array = column(batch, name)?
        .as_string_opt::<i32>()
        .ok_or_else(|| anyhow::anyhow!("column {name:?} is not a STRING"))?;
    Ok(array.iter().map(|v| v.map(str::to_string)).collect())
}

fn required_strings(batch: &RecordBatch, name: &str) -> anyhow::Result<Vec<String>> {
    strings(batch, name)?
        .into_iter()
        .map(|v| v.ok_or_else(|| anyhow::anyhow!("column {name:?} has a null")))
        .collect()
}

fn int64_column(values: impl Iterator<Item = u64>) -> ArrayRef {
    Arc::new(Int64Array::from_iter_values(values.map(|v| v as i64)))
}

fn string_column<'a>(values: impl Iterator<Item = Option<&'a str>>) -> ArrayRef {
    Arc::new(StringArray::from_iter(values))
}

fn field(name: &str, data_type: DataType, nullable: bool) -> Field {
    Field::new(name, data_type, nullable)
}

/// The rank columns: a number, or a text (at most one of them set).
fn rank_columns<'a>(ranks: impl Iterator<Item = Option<&'a RankValue>> + Clone) -> [ArrayRef; 2] {
    let number = ranks.clone().map(|r| match r {
        Some(RankValue::Number(n)) => Some(*n),
        _ => None,
    });
    let text = ranks.map(|r| match r {
        Some(RankValue::Text(t)) => Some(t.as_str()),
        _ => None,
    });
    [
        Arc::new(Float64Array::from_iter(number)),
        string_column(text),
    ]
}

fn rank_fields() -> [Field; 2] {
    [
        field("rank_number", DataType::Float64, true),
        field("rank_text", DataType::Utf8, true),
    ]
}

fn ranks(batch: &RecordBatch) -> anyhow::Result<Vec<Option<RankValue>>> {
    let numbers = float64s(batch, "rank_number")?;
    let texts = strings(batch, "rank_text")?;
    Ok(numbers
        .into_iter()
        .zip(texts)
        .map(|(n, t)| n.map(RankValue::Number).or(t.map(RankValue::Text)))
        .collect())
}

/// `documents` (read stage, one file per read shard): `local` INT64 (position in the
/// shard), `id`, `site`, `source` STRING, `url`, `title`, `fetched_at` STRING nullable,
/// `text` STRING, `chars_in` INT64, `rank_number` DOUBLE, `rank_text` STRING nullable.
/// One group (one or more row groups) per non-empty site slot.
pub fn write_documents(path: &Path, buckets: &[&[&Document]]) -> anyhow::Result<Vec<Vec<usize>>> {
    let mut fields = vec![
        field("local", DataType::Int64, false),
        field("id", DataType::Utf8, false),
        field("site", DataType::Utf8, false),
        field("source", DataType::Utf8, false),
        field("url", DataType::Utf8, true),
        field("title", DataType::Utf8, true),
        field("fetched_at", DataType::Utf8, true),
        field("text", DataType::Utf8, false),
        field("chars_in", DataType::Int64, false),
    ];
    fields.extend(rank_fields());
    write_table(path, fields, buckets, |docs| {
        let mut columns = vec![
            int64_column(docs.iter().map(|d| d.index as u64)),
            string_column(docs.iter().map(|d| Some(d.id.as_str()))),
            string_column(docs.iter().map(|d| Some(d.site.as_str()))),
            string_column(docs.iter().map(|d| Some(d.source.as_str()))),
            string_column(docs.iter().map(|d| d.url.as_deref())),
            string_column(docs.iter().map(|d| d.title.as_deref())),
            string_column(docs.iter().map(|d| d.fetched_at.as_deref())),
            string_column(docs.iter().map(|d| Some(d.text.as_str()))),
            int64_column(docs.iter().map(|d| d.chars_in as u64)),
        ];
        columns.extend(rank_columns(docs.iter().map(|d| d.rank.as_ref())));
        columns
    })
}

/// Reads the documents of `groups` (see [`write_documents`]); their `index` is the
/// position in the shard.
pub fn read_documents(path: &Path, groups: &[usize]) -> anyhow::Result<Vec<Document>> {
    let mut documents = Vec::new();
    read_table(path, Some(groups), |batch| {
        let local = required_u64s(batch, "local")?;
        let ids = required_strings(batch, "id")?;
        let sites = required_strings(batch, "site")?;
        let sources = required_strings(batch, "source")?;
        let urls = strings(batch, "url")?;
        let titles = strings(batch, "title")?;
        let fetched = strings(batch, "fetched_at")?;
        let texts = required_strings(batch, "text")?;
        let chars_in = required_u64s(batch, "chars_in")?;
        let ranks = ranks(batch)?;
        let columns = ids
            .into_iter()
            .zip(sites)
            .zip(sources)
            .zip(texts)
            .zip(ranks);
        for (k, ((((id, site), source), text), rank)) in columns.enumerate() {
            documents.push(Document {
                index: local[k] as usize,
                id,
                site,
                source,
                title: titles[k].clone(),
                url: urls[k].clone(),
                fetched_at: fetched[k].clone(),
                text,
                chars_in: chars_in[k] as usize,
                rank,
            });
        }
        Ok(())
    })?;
    Ok(documents)
}

/// Writes a table of two INT64 columns named `names`.
fn write_int64_pairs(path: &Path, names: [&str; 2], rows: &[(u64, u64)]) -> anyhow::Result<()> {
    let fields = names.map(|n| field(n, DataType::Int64, false)).to_vec();
    write_table(path, fields, &[rows], |rows| {
        vec![
            int64_column(rows.iter().map(|r| r.0)),
            int64_column(rows.iter().map(|r| r.1)),
        ]
    })?;
    Ok(())
}

/// Reads a table of (at least) two INT64 columns named `names`.
fn read_int64_pairs(path: &Path, names: [&str; 2]) -> anyhow::Result<Vec<(u64, u64)>> {
    let mut rows = Vec::new();
    read_table(path, None, |batch| {
        let first = required_u64s(batch, names[0])?;
        let second = required_u64s(batch, names[1])?;
        rows.extend(first.into_iter().zip(second));
        Ok(())
    })?;
    Ok(rows)
}

/// `keys` (sign stage, one file per site bucket): `key` INT64 (a u64 candidate key's bit
/// pattern), `doc` INT64 (the global document index); `(key, doc)` rows are distinct.
pub fn write_keys(path: &Path, keys: &[(u64, u64)]) -> anyhow::Result<()> {
    write_int64_pairs(path, ["key", "doc"], keys)
}

/// Reads a [`write_keys`] table.
pub fn read_keys(path: &Path) -> anyhow::Result<Vec<(u64, u64)>> {
    read_int64_pairs(path, ["key", "doc"])
}

/// `signatures` (sign stage, one file per site bucket, sorted by `doc`): `doc` INT64, `id`
/// STRING, `chars` INT64 (of cleaned text), `fetched_at` STRING nullable, `rank_number`
/// DOUBLE / `rank_text` STRING nullable, `signature` BINARY ([`Signature::encode`]).
/// Component parts written by Spark carry the same columns plus `component` INT64 (then
/// given here as `components`, one per row).
pub fn write_signatures(
    path: &Path,
    rows: &[SignedDocument],
    components: Option<(&[u64], &[Vec<u64>])>,
) -> anyhow::Result<()> {
    let mut fields = vec![
        field("doc", DataType::Int64, false),
        field("id", DataType::Utf8, false),
        field("chars", DataType::Int64, false),
        field("fetched_at", DataType::Utf8, true),
    ];
    fields.extend(rank_fields());
    fields.push(field("signature", DataType::Binary, false));
    if components.is_some() {
        fields.push(field("component", DataType::Int64, false));
        fields.push(links_field());
    }
    let rows: Vec<(usize, &SignedDocument)> = rows.iter().enumerate().collect();
    write_table(path, fields, &[rows.as_slice()], |chunk| {
        let rows: Vec<&SignedDocument> = chunk.iter().map(|(_, r)| *r).collect();
        let mut columns = vec![
            int64_column(rows.iter().map(|r| r.doc)),
            string_column(rows.iter().map(|r| Some(r.id.as_str()))),
            int64_column(rows.iter().map(|r| r.chars as u64)),
            string_column(rows.iter().map(|r| r.fetched_at.as_deref())),
        ];
        columns.extend(rank_columns(rows.iter().map(|r| r.rank.as_ref())));
        let encoded: Vec<Vec<u8>> = rows
            .iter()
            .map(|r| {
                let mut bytes = Vec::new();
                r.signature.encode(&mut bytes);
                bytes
            })
            .collect();
        let binary: BinaryArray = encoded.iter().map(|b| Some(b.as_slice())).collect();
        columns.push(Arc::new(binary));
        if let Some((components, links)) = components {
            columns.push(int64_column(chunk.iter().map(|&(k, _)| components[k])));
            let mut list = ListBuilder::new(Int64Builder::new()).with_field(Field::new(
                "element",
                DataType::Int64,
                true,
            ));
            for &(k, _) in chunk {
                list.values()
                    .append_slice(&links[k].iter().map(|&d| d as i64).collect::<Vec<_>>());
                list.append(true);
            }
            columns.push(Arc::new(list.finish()));
        }
        columns
    })?;
    Ok(())
}

/// One row of a signatures table or of a component part.
pub struct SignatureRow {
    /// The component (component parts only).
    pub component: Option<u64>,
    /// The smaller documents this one is verified-linked to (component parts only; an
    /// empty list for a null).
    pub links: Option<Vec<u64>>,
    /// The document and its signature.
    pub signed: SignedDocument,
}

/// Reads a [`write_signatures`] table, or a component part (with `component` and
/// `links`).
pub fn read_signatures(path: &Path) -> anyhow::Result<Vec<SignatureRow>> {
    let mut rows = Vec::new();
    read_table(path, None, |batch| {
        let docs = required_u64s(batch, "doc")?;
        let ids = required_strings(batch, "id")?;
        let chars = required_u64s(batch, "chars")?;
        let fetched = strings(batch, "fetched_at")?;
        let ranks = ranks(batch)?;
        let components = match batch.column_by_name("component") {
            Some(_) => Some(required_u64s(batch, "component")?),
            None => None,
        };
        let links = match batch.column_by_name("links") {
            Some(_) => Some(int64_lists(batch, "links")?),
            None => None,
        };
        let signatures = column(batch, "signature")?
            .as_binary_opt::<i32>()
            .ok_or_else(|| anyhow::anyhow!("column \"signature\" is not BINARY"))?;
        let columns = ids.into_iter().zip(fetched).zip(ranks);
        for (k, ((id, fetched_at), rank)) in columns.enumerate() {
            anyhow::ensure!(signatures.is_valid(k), "column \"signature\" has a null");
            let signature = Signature::decode(&mut Cursor {
                bytes: signatures.value(k),
            })
            .map_err(|e| {
                anyhow::anyhow!("the signature of document {} is damaged: {e}", docs[k])
            })?;
            let row = SignedDocument {
                doc: docs[k],
                id,
                chars: chars[k] as usize,
                fetched_at,
                rank,
                signature,
            };
            rows.push(SignatureRow {
                component: components.as_ref().map(|c| c[k]),
                links: links.as_ref().map(|l| l[k].clone()),
                signed: row,
            });
        }
        Ok(())
    })?;
    Ok(rows)
}

/// `stripped` (sign stage, one file per site bucket, sorted by `doc`): `doc` INT64, `id`,
/// `site`, `source` STRING, `url`, `fetched_at`, `title` STRING nullable, `text` STRING
/// (cleaned), `removed_lines` STRING (JSON, as in `documents.jsonl`), `chars_in`,
/// `chars_out` INT64. One group per read shard.
pub fn write_stripped(path: &Path, shards: &[&[StrippedRow]]) -> anyhow::Result<Vec<Vec<usize>>> {
    let fields = vec![
        field("doc", DataType::Int64, false),
        field("id", DataType::Utf8, false),
        field("site", DataType::Utf8, false),
        field("source", DataType::Utf8, false),
        field("url", DataType::Utf8, true),
        field("fetched_at", DataType::Utf8, true),
        field("title", DataType::Utf8, true),
        field("text", DataType::Utf8, false),
        field("removed_lines", DataType::Utf8, false),
        field("chars_in", DataType::Int64, false),
        field("chars_out", DataType::Int64, false),
    ];
    write_table(path, fields, shards, |rows| {
        vec![
            int64_column(rows.iter().map(|r| r.doc)),
            string_column(rows.iter().map(|r| Some(r.id.as_str()))),
            string_column(rows.iter().map(|r| Some(r.site.as_str()))),
            string_column(rows.iter().map(|r| Some(r.source.as_str()))),
            string_column(rows.iter().map(|r| r.url.as_deref())),
            string_column(rows.iter().map(|r| r.fetched_at.as_deref())),
            string_column(rows.iter().map(|r| r.title.as_deref())),
            string_column(rows.iter().map(|r| Some(r.text.as_str()))),
            string_column(rows.iter().map(|r| Some(r.removed_lines.as_str()))),
            int64_column(rows.iter().map(|r| r.chars_in as u64)),
            int64_column(rows.iter().map(|r| r.chars_out as u64)),
        ]
    })
}

/// Reads the rows of `groups` of a [`write_stripped`] table.
pub fn read_stripped(path: &Path, groups: &[usize]) -> anyhow::Result<Vec<StrippedRow>> {
    let mut rows = Vec::new();
    read_table(path, Some(groups), |batch| {
        let docs = required_u64s(batch, "doc")?;
        let ids = required_strings(batch, "id")?;
        let sites = required_strings(batch, "site")?;
        let sources = required_strings(batch, "source")?;
        let urls = strings(batch, "url")?;
        let fetched = strings(batch, "fetched_at")?;
        let titles = strings(batch, "title")?;
        let texts = required_strings(batch, "text")?;
        let removed = required_strings(batch, "removed_lines")?;
        let chars_in = required_u64s(batch, "chars_in")?;
        let chars_out = required_u64s(batch, "chars_out")?;
        let columns = ids
            .into_iter()
            .zip(sites)
            .zip(sources)
            .zip(texts)
            .zip(removed);
        for (k, ((((id, site), source), text), removed_lines)) in columns.enumerate() {
            rows.push(StrippedRow {
                doc: docs[k],
                id,
                site,
                source,
                url: urls[k].clone(),
                fetched_at: fetched[k].clone(),
                title: titles[k].clone(),
                text,
                removed_lines,
                chars_in: chars_in[k] as usize,
                chars_out: chars_out[k] as usize,
            });
        }
        Ok(())
    })?;
    Ok(rows)
}

/// `duplicates` (cluster stage; one or more files): one row per document of a cluster
/// with more than one member: `doc` INT64, `id` STRING, `first` INT64 (the cluster's
/// first member in input order), `representative` INT64, `representative_id` STRING,
/// `similarity`, `containment` DOUBLE (with the representative, unrounded).
pub fn write_duplicates(path: &Path, rows: &[DuplicateRow]) -> anyhow::Result<()> {
    let fields = vec![
        field("doc", DataType::Int64, false),
        field("id", DataType::Utf8, false),
        field("first", DataType::Int64, false),
        field("representative", DataType::Int64, false),
        field("representative_id", DataType::Utf8, false),
        field("similarity", DataType::Float64, false),
        field("containment", DataType::Float64, false),
    ];
    write_table(path, fields, &[rows], |rows| {
        vec![
            int64_column(rows.iter().map(|r| r.doc)),
            string_column(rows.iter().map(|r| Some(r.id.as_str()))),
            int64_column(rows.iter().map(|r| r.first)),
            int64_column(rows.iter().map(|r| r.representative)),
            string_column(rows.iter().map(|r| Some(r.representative_id.as_str()))),
            Arc::new(Float64Array::from_iter_values(
                rows.iter().map(|r| r.similarity),
            )),
            Arc::new(Float64Array::from_iter_values(
                rows.iter().map(|r| r.containment),
            )),
        ]
    })?;
    Ok(())
}

/// Reads a [`write_duplicates`] table.
pub fn read_duplicates(path: &Path) -> anyhow::Result<Vec<DuplicateRow>> {
    let mut rows = Vec::new();
    read_table(path, None, |batch| {
        let docs = required_u64s(batch, "doc")?;
        let ids = required_strings(batch, "id")?;
        let firsts = required_u64s(batch, "first")?;
        let reps = required_u64s(batch, "representative")?;
        let rep_ids = required_strings(batch, "representative_id")?;
        let sims = float64s(batch, "similarity")?;
        let conts = float64s(batch, "containment")?;
        for (k, (id, representative_id)) in ids.into_iter().zip(rep_ids).enumerate() {
            rows.push(DuplicateRow {
                doc: docs[k],
                id,
                first: firsts[k],
                representative: reps[k],
                representative_id,
                similarity: sims[k].unwrap_or(1.0),
                containment: conts[k].unwrap_or(1.0),
            });
        }
        Ok(())
    })?;
    Ok(rows)
}

/// A verify part (written by the Spark adapter): candidate pairs with both signatures:
/// `a`, `b` INT64, `a_signature`, `b_signature` BINARY.
pub fn write_pair_part(
    path: &Path,
    rows: &[(u64, u64, &Signature, &Signature)],
) -> anyhow::Result<()> {
    let fields = vec![
        field("a", DataType::Int64, false),
        field("b", DataType::Int64, false),
        field("a_signature", DataType::Binary, false),
        field("b_signature", DataType::Binary, false),
    ];
    let encode = |s: &Signature| {
        let mut bytes = Vec::new();
        s.encode(&mut bytes);
        bytes
    };
    write_table(path, fields, &[rows], |rows| {
        let a: Vec<Vec<u8>> = rows.iter().map(|r| encode(r.2)).collect();
        let b: Vec<Vec<u8>> = rows.iter().map(|r| encode(r.3)).collect();
        vec![
            int64_column(rows.iter().map(|r| r.0)),
            int64_column(rows.iter().map(|r| r.1)),
            Arc::new(
                a.iter()
                    .map(|x| Some(x.as_slice()))
                    .collect::<BinaryArray>(),
            ),
            Arc::new(
                b.iter()
                    .map(|x| Some(x.as_slice()))
                    .collect::<BinaryArray>(),
            ),
        ]
    })?;
    Ok(())
}

/// Calls `each` on every pair of a [`write_pair_part`] file, batch by batch.
pub fn for_each_pair_part_batch(
    path: &Path,
    mut each: impl FnMut(Vec<(u64, u64, Signature, Signature)>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    read_table(path, None, |batch| {
        let a = required_u64s(batch, "a")?;
        let b = required_u64s(batch, "b")?;
        let mut signatures = Vec::with_capacity(2);
        for name in ["a_signature", "b_signature"] {
            let array = column(batch, name)?
                .as_binary_opt::<i32>()
                .ok_or_else(|| anyhow::anyhow!("column {name:?} is not BINARY"))?;
            let decoded: Vec<Signature> = (0..array.len())
                .map(|k| {
                    anyhow::ensure!(array.is_valid(k), "column {name:?} has a null");
                    Signature::decode(&mut Cursor {
                        bytes: array.value(k),
                    })
                })
                .collect::<anyhow::Result<_>>()?;
            signatures.push(decoded);
        }
        let b_sigs = signatures.pop().expect("two columns");
        let a_sigs = signatures.pop().expect("two columns");
        let pairs = a
            .into_iter()
            .zip(b)
            .zip(a_sigs.into_iter().zip(b_sigs))
            .map(|((a, b), (sa, sb))| (a, b, sa, sb))
            .collect();
        each(pairs)
    })
}

/// `verified` (written by `chaff cluster --verify-part`): `a`, `b` INT64, the candidate
/// pairs that are near-duplicates.
pub fn write_pairs(path: &Path, pairs: &[(u64, u64)]) -> anyhow::Result<()> {
    write_int64_pairs(path, ["a", "b"], pairs)
}

/// Reads a [`write_pairs`] table.
pub fn read_pairs(path: &Path) -> anyhow::Result<Vec<(u64, u64)>> {
    read_int64_pairs(path, ["a", "b"])
}
