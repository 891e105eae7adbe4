//! Output formats of `tandai tag`: JSONL, a terminal table, CoNLL (BIO), brat standoff and
//! spaCy's Doc JSON.

use std::io::{self, Write};

use clap::ValueEnum;
use serde_json::{Value as Json, json};
use tandai::token::{Kind, tokenize};
use tandai::{Document, Entity, Tagger, Value};

/// How `tandai tag` writes each document.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One `{"id", "entities": [...]}` object per document and line.
    Jsonl,
    /// A readable table (the default on a terminal).
    Table,
    /// A token and its BIO tag per line, a blank line after each sentence, `-DOCSTART-` before
    /// each document.
    Conll,
    /// brat standoff (`.ann`) lines, `T1\tPERSON 10 22\tJoko Widodo`, with character
    /// offsets; documents separated by a blank line.
    Brat,
    /// spaCy's Doc JSON, one per line: `{"id", "text", "ents", "tokens"}` with character
    /// offsets (`Doc(vocab).from_json(obj)`, or `doc.char_span` per entity).
    Spacy,
}

impl Format {
    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Table => "table",
            Format::Conll => "conll",
            Format::Brat => "brat",
            Format::Spacy => "spacy",
        }
    }
}

/// Offsets in the output: UTF-8 bytes or Unicode scalar values (characters).
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offsets {
    /// UTF-8 byte offsets (what the library returns).
    Byte,
    /// Unicode character offsets (Python's `str` indices).
    Char,
}

/// How each document is written: the format and the offsets. Worker threads render
/// documents with it into buffers of their own ([`Style::render`]), which the output stream
/// then writes in input order ([`Out::write_rendered`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub format: Format,
    pub offsets: Offsets,
}

impl Style {
    /// Writes one document's entities to `w`, without the blank line that separates brat
    /// blocks (the output stream adds it, as it alone knows whether a document came before).
    pub fn render<W: Write>(
        self,
        w: &mut W,
        id: &Json,
        text: &str,
        entities: &[Entity],
    ) -> io::Result<()> {
        let conv = CharOffsets::new(text, self.offsets);
        match self.format {
            Format::Jsonl => {
                // streamed entity by entity: a JSON tree of a 50 MB text's 600k entities
                // took 1.9 GB (issue 7); the bytes written are the same
                w.write_all(b"{\"id\":")?;
                serde_json::to_writer(&mut *w, id)?;
                w.write_all(b",\"entities\":[")?;
                for (i, e) in entities.iter().enumerate() {
                    if i > 0 {
                        w.write_all(b",")?;
                    }
                    write_entity(w, e, &conv)?;
                }
                w.write_all(b"]}\n")
            }
            Format::Table => write_table(w, id, entities, &conv),
            Format::Conll => write_conll(w, text, entities),
            Format::Brat => write_brat(w, text, entities, &conv),
            Format::Spacy => {
                serde_json::to_writer(&mut *w, &spacy_json(id, text, entities, &conv))?;
                w.write_all(b"\n")
            }
        }
    }
}

/// The output stream.
pub struct Out<W: Write> {
    w: W,
    style: Style,
    /// documents written so far
    docs: usize,
}

impl<W: Write> Out<W> {
    pub fn new(w: W, format: Format, offsets: Offsets) -> Out<W> {
        Out {
            w,
            style: Style { format, offsets },
            docs: 0,
        }
    }

    /// The format and offsets, for rendering documents elsewhere.
    pub fn style(&self) -> Style {
        self.style
    }

    /// Starts the next document: the blank line between brat blocks.
    fn begin(&mut self) -> io::Result<()> {
        self.docs += 1;
        if self.style.format == Format::Brat && self.docs > 1 {
            self.w.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Writes one document's entities.
    pub fn write(&mut self, id: &Json, text: &str, entities: &[Entity]) -> io::Result<()> {
        self.begin()?;
        self.style.render(&mut self.w, id, text, entities)
    }

    /// Writes one document rendered by [`Style::render`]: the same bytes as [`Out::write`].
    pub fn write_rendered(&mut self, rendered: &[u8]) -> io::Result<()> {
        self.begin()?;
        self.w.write_all(rendered)
    }

    /// Tags `doc` and writes it: JSONL entity batch by entity batch
    /// ([`Out::write_jsonl_batches`]), other formats at once.
    pub fn tag_and_write(&mut self, id: &Json, tagger: &Tagger, doc: &Document) -> io::Result<()> {
        if self.is_jsonl() {
            self.write_jsonl_batches(id, tagger, doc)
        } else {
            let ents = tagger.tag_document(doc);
            self.write(id, doc.text(), &ents)
        }
    }

    /// True when the output is JSONL (which [`Out::write_jsonl_batches`] can stream).
    pub fn is_jsonl(&self) -> bool {
        self.style.format == Format::Jsonl
    }

    /// Tags `doc` and writes it as one JSONL line, entity batch by entity batch
    /// ([`Tagger::tag_document_batches`]): the entities of a 50 MB text on one line are
    /// never all in memory (issue 7: peak RSS at most 3x the input). Same bytes as
    /// [`Out::write`].
    pub fn write_jsonl_batches(
        &mut self,
        id: &Json,
        tagger: &Tagger,
        doc: &Document,
    ) -> io::Result<()> {
        let conv = CharOffsets::new(doc.text(), self.style.offsets);
        self.begin()?;
        self.w.write_all(b"{\"id\":")?;
        serde_json::to_writer(&mut self.w, id)?;
        self.w.write_all(b",\"entities\":[")?;
        let (w, mut first, mut res) = (&mut self.w, true, Ok(()));
        tagger.tag_document_batches(doc, |batch| {
            for e in &batch {
                if res.is_ok() {
                    let sep: &[u8] = if first { b"" } else { b"," };
                    first = false;
                    res = w.write_all(sep).and_then(|()| write_entity(w, e, &conv));
                }
            }
        });
        res?;
        self.w.write_all(b"]}\n")
    }

    /// Flushes what is buffered.
    pub fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }

    /// Flushes at the end of the run.
    pub fn finish(&mut self) -> io::Result<()> {
        self.w.flush()
    }
}

fn write_table<W: Write>(
    w: &mut W,
    id: &Json,
    entities: &[Entity],
    conv: &CharOffsets,
) -> io::Result<()> {
    let id = match id {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    };
    writeln!(w, "# {id}: {} entities", entities.len())?;
    for e in entities {
        let v = e.value.as_ref().map(Value::to_string).unwrap_or_default();
        writeln!(
            w,
            "{:>7} {:>7}  {:<12}  {:<32}  {}",
            conv.get(e.span.start),
            conv.get(e.span.end),
            e.label.as_str(),
            e.text.replace(['\n', '\t'], " "),
            v
        )?;
    }
    Ok(())
}

/// Byte offsets to char offsets.
pub struct CharOffsets<'t> {
    text: &'t str,
    /// chars before each block of `CHAR_BLOCK` bytes (only when converting): 8 bytes per
    /// 256 bytes of text, where one offset per char took 8 per char (400 MB for a 50 MB
    /// text; issue 7)
    blocks: Option<Vec<usize>>,
}

const CHAR_BLOCK: usize = 256;

/// Chars in UTF-8 bytes: the bytes that are not continuation bytes.
fn chars_in(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xC0 != 0x80).count()
}

impl<'t> CharOffsets<'t> {
    pub fn new(text: &'t str, o: Offsets) -> CharOffsets<'t> {
        CharOffsets {
            text,
            blocks: (o == Offsets::Char).then(|| {
                let mut n = 0;
                let mut v = Vec::with_capacity(text.len() / CHAR_BLOCK + 1);
                for block in text.as_bytes().chunks(CHAR_BLOCK) {
                    v.push(n);
                    n += chars_in(block);
                }
                // the end of a text whose length is a multiple of CHAR_BLOCK
                v.push(n);
                v
            }),
        }
    }

    /// The offset of the char boundary at `byte`, in the chosen unit.
    pub fn get(&self, byte: usize) -> usize {
        match &self.blocks {
            None => byte,
            Some(v) => {
                let byte = byte.min(self.text.len());
                let k = byte / CHAR_BLOCK;
                v.get(k).copied().unwrap_or(0)
                    + chars_in(&self.text.as_bytes()[k * CHAR_BLOCK..byte])
            }
        }
    }
}

/// One entity as a JSON object, `{"start", "end", "label", "text", "value"?, "grain"?,
/// "anchored"?, "source"}`, written directly: building a `serde_json` map per entity (a
/// hashed, ordered map, a string per key) was a tenth of `tandai tag`'s time. The bytes are
/// those of `serde_json::to_writer` on that map (`entity_json_is_serde_jsons` checks it).
fn write_entity<W: Write + ?Sized>(w: &mut W, e: &Entity, conv: &CharOffsets) -> io::Result<()> {
    write!(
        w,
        "{{\"start\":{},\"end\":{},\"label\":\"{}\",\"text\":",
        conv.get(e.span.start),
        conv.get(e.span.end),
        e.label.as_str()
    )?;
    serde_json::to_writer(&mut *w, e.text)?;
    if let Some(v) = &e.value {
        w.write_all(b",\"value\":")?;
        serde_json::to_writer(&mut *w, &v.to_string())?;
        if let Value::Date(d) = v {
            write!(
                w,
                ",\"grain\":\"{}\",\"anchored\":{}",
                grain(d.grain),
                d.anchored
            )?;
        }
    }
    w.write_all(b",\"source\":")?;
    serde_json::to_writer(&mut *w, &e.source.to_string())?;
    w.write_all(b"}")
}

/// A grain's name in the output: `day`, `month`, ...
fn grain(g: tandai::Grain) -> String {
    format!("{g:?}").to_lowercase()
}

/// A token of the output: a tokenizer token, cut where an entity starts or ends inside it
/// (`menghadapiNew` before `New York`), so every entity is a whole number of pieces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// Starts a sentence (never inside an entity).
    pub sentence_start: bool,
    /// The entity this piece belongs to (an index into the entities), if any.
    pub entity: Option<usize>,
    /// The first piece of its entity.
    pub begin: bool,
    /// Part of a word or number token (not punctuation or a symbol).
    pub word: bool,
}

/// The tokens of `text`, cut at the boundaries of `entities` (sorted, non-overlapping).
pub fn pieces(text: &str, entities: &[Entity]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut ei = 0; // first entity that does not end before the current position
    for t in tokenize(text) {
        let mut start = t.start;
        let mut sentence_start = t.sentence_start;
        while start < t.end {
            while ei < entities.len() && entities[ei].span.end <= start {
                ei += 1;
            }
            let (end, entity, begin) = match entities.get(ei) {
                // inside an entity: up to its end
                Some(e) if e.span.start <= start => (
                    t.end.min(e.span.end),
                    Some(ei),
                    out.last().is_none_or(|p: &Piece| p.entity != Some(ei)),
                ),
                // before an entity that starts inside this token: up to its start
                Some(e) if e.span.start < t.end => (e.span.start, None, false),
                _ => (t.end, None, false),
            };
            if entity.is_some() && !begin {
                // a sentence break inside an entity would cut it in two
                sentence_start = false;
            }
            out.push(Piece {
                start,
                end,
                sentence_start,
                entity,
                begin,
                word: matches!(t.kind, Kind::Word | Kind::Number),
            });
            start = end;
            sentence_start = false;
        }
    }
    out
}

/// CoNLL: `-DOCSTART-\tO` and a blank line, then per sentence a `token\tTAG` line per token
/// (`B-PERSON`, `I-PERSON`, `O`) and a blank line.
fn write_conll<W: Write>(w: &mut W, text: &str, entities: &[Entity]) -> io::Result<()> {
    w.write_all(b"-DOCSTART-\tO\n\n")?;
    let mut open = false; // a sentence has lines not yet closed by a blank line
    let mut words = false; // ... and some of them are words or numbers
    for p in pieces(text, entities) {
        // a sentence of punctuation alone (an opening quote) joins the next one
        if p.sentence_start && words {
            w.write_all(b"\n")?;
            words = false;
        }
        words |= p.word;
        let tok = &text[p.start..p.end];
        // tokens never hold whitespace; keep the two-column format safe anyway
        if tok.contains(char::is_whitespace) {
            w.write_all(tok.replace(char::is_whitespace, "_").as_bytes())?;
        } else {
            w.write_all(tok.as_bytes())?;
        }
        match p.entity {
            Some(i) => {
                let bio = if p.begin { "B" } else { "I" };
                writeln!(w, "\t{bio}-{}", entities[i].label.as_str())?;
            }
            None => w.write_all(b"\tO\n")?,
        }
        open = true;
    }
    if open {
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// brat standoff: `T{n}\tLABEL START END\tTEXT` with character offsets. An entity that spans
/// a line break is written as fragments (`START END;START END`), its text the fragments
/// joined by a space, as brat itself does.
fn write_brat<W: Write>(
    w: &mut W,
    text: &str,
    entities: &[Entity],
    conv: &CharOffsets,
) -> io::Result<()> {
    for (n, e) in entities.iter().enumerate() {
        let mut offsets = Vec::new();
        let mut texts = Vec::new();
        let mut at = e.span.start;
        for part in e.text.split(['\n', '\r']) {
            let lead = part.len() - part.trim_start().len();
            let frag = part.trim();
            if !frag.is_empty() {
                let s = at + lead;
                offsets.push(format!("{} {}", conv.get(s), conv.get(s + frag.len())));
                texts.push(frag);
            }
            at += part.len() + 1;
        }
        debug_assert!(at == e.span.end + 1 && &text[e.span.clone()] == e.text);
        writeln!(
            w,
            "T{}\t{} {}\t{}",
            n + 1,
            e.label.as_str(),
            offsets.join(";"),
            texts.join(" ")
        )?;
    }
    Ok(())
}

/// spaCy's Doc JSON (as `Doc.to_json` writes it, so `Doc(vocab).from_json` reads it): the
/// text, the entities and the tokens (cut at entity boundaries), character offsets.
fn spacy_json(id: &Json, text: &str, entities: &[Entity], conv: &CharOffsets) -> Json {
    let ents: Vec<Json> = entities
        .iter()
        .map(|e| {
            json!({
                "start": conv.get(e.span.start),
                "end": conv.get(e.span.end),
                "label": e.label.as_str(),
            })
        })
        .collect();
    let tokens: Vec<Json> = spacy_tokens(text, &pieces(text, entities))
        .iter()
        .enumerate()
        .map(|(i, t)| json!({"id": i, "start": conv.get(t.start), "end": conv.get(t.end)}))
        .collect();
    json!({"id": id, "text": text, "ents": ents, "tokens": tokens})
}

/// Whitespace as Python's `str.isspace` sees it (Rust's, plus U+001C..U+001F).
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The tokens spaCy builds from the pieces' words (`spacy.util.get_words_and_spaces`, which
/// `Doc.from_json` checks the tokens against): one space after a word is that word's
/// trailing space, any other whitespace between words (a line break, a second space) is a
/// token of its own.
fn spacy_tokens(text: &str, pieces: &[Piece]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::with_capacity(pieces.len() + 8);
    let mut pos = 0;
    for p in pieces {
        if text[p.start..p.end].chars().all(py_space) {
            continue; // spaCy drops whitespace words and finds them again in the gaps
        }
        if p.start > pos {
            out.push(pos..p.start);
        }
        out.push(p.start..p.end);
        pos = p.end;
        if text[pos..].starts_with(' ') {
            pos += 1;
        }
    }
    if pos < text.len() {
        out.push(pos..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use tandai::Tagger;

    fn conll(text: &str) -> String {
        let tagger = Tagger::new();
        let mut v = Vec::new();
        write_conll(&mut v, text, &tagger.tag(text)).unwrap();
        String::from_utf8(v).unwrap()
    }

    /// The entity object as it was built before `write_entity`: a serde_json map.
    fn entity_json(e: &Entity, conv: &CharOffsets) -> Json {
        let mut m = serde_json::Map::new();
        m.insert("start".into(), json!(conv.get(e.span.start)));
        m.insert("end".into(), json!(conv.get(e.span.end)));
        m.insert("label".into(), json!(e.label.as_str()));
        m.insert("text".into(), json!(e.text));
        if let Some(v) = &e.value {
            m.insert("value".into(), json!(v.to_string()));
            if let Value::Date(d) = v {
                m.insert(
                    "grain".into(),
                    json!(format!("{:?}", d.grain).to_lowercase()),
                );
                m.insert("anchored".into(), json!(d.anchored));
            }
        }
        m.insert("source".into(), json!(e.source.to_string()));
        Json::Object(m)
    }

    #[test]
    fn entity_json_is_serde_jsons() {
        let article = include_str!("../../../examples/berita.txt");
        let odd =
            "Ia \"Jokowi\"\tdi\\Jenewa\u{1}, Rabu (4/2/2015), lalu ke Rusia-AS dekade 1990-an.";
        let tagger = Tagger::new();
        for text in [article, odd] {
            let ents = tagger.tag(text);
            assert!(ents.len() > 3);
            for o in [Offsets::Byte, Offsets::Char] {
                let conv = CharOffsets::new(text, o);
                for e in &ents {
                    let mut got = Vec::new();
                    write_entity(&mut got, e, &conv).unwrap();
                    let want = serde_json::to_vec(&entity_json(e, &conv)).unwrap();
                    assert_eq!(
                        String::from_utf8(got).unwrap(),
                        String::from_utf8(want).unwrap()
                    );
                }
            }
        }
    }

    #[test]
    fn spacy_tokens_keep_extra_whitespace_as_tokens() {
        let text = "  Ia\n\n pulang  ke Jenewa. \n";
        let tagger = Tagger::new();
        let toks: Vec<&str> = spacy_tokens(text, &pieces(text, &tagger.tag(text)))
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            toks,
            [
                "  ", "Ia", "\n\n ", "pulang", " ", "ke", "Jenewa", ".", "\n"
            ]
        );
    }

    #[test]
    fn char_offsets_at_every_boundary() {
        for text in [
            "",
            "a",
            &"x".repeat(256),
            &"é".repeat(128),
            &"aé“”".repeat(300),
        ] {
            let conv = CharOffsets::new(text, Offsets::Char);
            for (n, (i, _)) in text.char_indices().enumerate() {
                assert_eq!(conv.get(i), n, "byte {i}");
            }
            let end = text.chars().count();
            assert_eq!(
                conv.get(text.len()),
                end,
                "the end of a {}-byte text",
                text.len()
            );
            assert_eq!(
                CharOffsets::new(text, Offsets::Byte).get(text.len()),
                text.len()
            );
        }
    }

    #[test]
    fn pieces_cover_every_entity_exactly() {
        let text = "Ia menghadapiNew York Knicksdi Jenewa. Rusia-AS bertemu Kamis (30/12/2021).";
        let tagger = Tagger::new();
        let ents = tagger.tag(text);
        let ps = pieces(text, &ents);
        for (i, e) in ents.iter().enumerate() {
            let mine: Vec<&Piece> = ps.iter().filter(|p| p.entity == Some(i)).collect();
            assert!(!mine.is_empty(), "{e:?}");
            assert_eq!(mine[0].start, e.span.start);
            assert!(mine[0].begin);
            assert_eq!(mine.last().unwrap().end, e.span.end);
            assert!(mine[1..].iter().all(|p| !p.begin && !p.sentence_start));
        }
        // pieces are in order and do not overlap
        assert!(ps.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn conll_sentences_and_bio() {
        let got = conll("Presiden Joko Widodo tiba di Jenewa. Ia pulang.");
        assert_eq!(
            got,
            "-DOCSTART-\tO\n\nPresiden\tO\nJoko\tB-PERSON\nWidodo\tI-PERSON\ntiba\tO\ndi\tO\n\
             Jenewa\tB-LOCATION\n.\tO\n\nIa\tO\npulang\tO\n.\tO\n\n"
        );
        assert_eq!(conll(""), "-DOCSTART-\tO\n\n");
    }

    #[test]
    fn brat_splits_entities_at_line_breaks() {
        let text = "Ké Kementerian Luar\r\n  Negeri Rusia";
        let ents = vec![Entity {
            span: 4..text.len(),
            text: &text[4..],
            label: tandai::Label::Organization,
            value: None,
            source: tandai::Source::Discourse,
        }];
        let mut v = Vec::new();
        write_brat(&mut v, text, &ents, &CharOffsets::new(text, Offsets::Char)).unwrap();
        assert_eq!(
            String::from_utf8(v).unwrap(),
            "T1\tORGANIZATION 3 19;23 35\tKementerian Luar Negeri Rusia\n"
        );
    }
}
