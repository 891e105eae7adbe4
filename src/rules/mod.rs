//! The rule layer: dates, people, organizations and places found from context.
//!
//! Rules read the tokens and the gazetteer candidates and add more candidates; the resolver
//! then picks one non-overlapping set. Each rule documents, with examples, what it takes.

pub mod date;
mod lexicon;

use crate::entity::{Label, Rule, Source};
use crate::hash::WordMap;
use crate::resolve::Candidate;
use crate::token::{Kind, Shape, Token};
use lexicon::*;

/// Lexicons compiled into one map from a lower-cased word to its flags, so that a rule's
/// question "is this word a title?" costs one hash of a short word.
#[derive(Debug)]
pub(crate) struct Rules {
    pub(crate) dates: date::DateRules,
    lexicon: WordMap,
    /// the word lists alone, without the given names and common words: all a lower-case
    /// word of a cased text is ever asked about (those two lexicons matter only for
    /// capitalised words there), and small enough to stay in cache for every such word
    lists: WordMap,
    titles: u32,
    role_words: u32,
    particles: u32,
    speech_before: u32,
    speech_after: u32,
    not_names: u32,
    org_heads: u32,
    place_heads: u32,
    place_preps: u32,
    function_words: u32,
    bylines: u32,
    org_containers: u32,
    public_heads: u32,
    org_words: u32,
    citing: u32,
    sub_bodies: u32,
    buildings: u32,
    non_person_cues: u32,
    english: u32,
    given: u32,
    common: u32,
}

/// The word lists, each with its flag bit (the order gives the bits).
const LISTS: [&[&str]; 19] = [
    PERSON_TITLES,
    ROLE_WORDS,
    NAME_PARTICLES,
    SPEECH_BEFORE_NAME,
    SPEECH_AFTER_NAME,
    NOT_NAMES,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    FUNCTION_WORDS,
    BYLINES,
    ORG_CONTAINERS,
    PUBLIC_HEADS,
    ORG_WORDS,
    CITING_VERBS,
    SUB_BODIES,
    BUILDINGS,
    NON_PERSON_CUES,
    ENGLISH_WORDS,
];
const GIVEN_BIT: u32 = 1 << LISTS.len();
const COMMON_BIT: u32 = 1 << (LISTS.len() + 1);

/// The longest organization name the head-noun rule builds, in tokens.
const MAX_ORG_WORDS: usize = 12;

/// Lower-cases ASCII into a stack buffer; None for long or non-ASCII words (never in lexicons).
#[inline]
fn lower<'b>(s: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let b = s.as_bytes();
    if b.len() > buf.len() || !s.is_ascii() {
        return None;
    }
    for (d, c) in buf.iter_mut().zip(b) {
        *d = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// What the gazetteer says about each token: the best candidate starting there.
#[derive(Clone, Copy, Debug)]
struct GazAt {
    /// end token index (exclusive) of the longest candidate starting here; 0 for none
    end: u32,
    /// its label
    label: Label,
    /// covered by some gazetteer candidate
    covered: bool,
}

impl GazAt {
    const NONE: GazAt = GazAt {
        end: 0,
        label: Label::Date,
        covered: false,
    };

    /// (label, end token index exclusive) of the longest candidate starting here.
    #[inline]
    fn start(&self) -> Option<(Label, usize)> {
        (self.end > 0).then_some((self.label, self.end as usize))
    }
}

struct Ctx<'t> {
    /// the whole text is lower case (some corpora and feeds are): names have no capitals
    lower_doc: bool,
    /// per token: it lies on a Title Case headline line, where capitals prove nothing
    headline: Vec<bool>,
    text: &'t str,
    toks: &'t [Token],
    gaz: Vec<GazAt>,
    /// per token: its lexicon flags (see `Rules::flags`)
    flags: Vec<u32>,
}

impl<'t> Ctx<'t> {
    /// Does token `i` carry lexicon flag `flag`?
    #[inline]
    fn is(&self, i: usize, flag: u32) -> bool {
        self.flags.get(i).is_some_and(|f| f & flag != 0)
    }
    fn t(&self, i: usize) -> &'t str {
        self.toks[i].text(self.text)
    }
    fn cap(&self, i: usize) -> bool {
        self.toks[i].kind == Kind::Word && self.toks[i].is_capitalized(self.text)
    }
    fn punct(&self, i: usize, c: char) -> bool {
        i < self.toks.len() && self.toks[i].kind == Kind::Punct && self.toks[i].is(self.text, c)
    }
    fn glued(&self, i: usize) -> bool {
        i < self.toks.len() && !self.toks[i].space_before
    }
    fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start, self.toks[b - 1].end)
    }
    fn gaz_label(&self, i: usize) -> Option<(Label, usize)> {
        self.gaz.get(i).and_then(GazAt::start)
    }
}

/// What the rules need to know of each token, gathered in the tagger's one pass over the
/// tokens (see [`Front::push`]): its lexicon flags, and whether it lies on a headline line.
#[derive(Debug, Default)]
pub(crate) struct Front {
    flags: Vec<u32>,
    headline: Vec<bool>,
    line: Line,
    gaz: Vec<GazAt>,
    /// the tokens some rule may start from, in order (most tokens are lower-case words no
    /// rule starts from)
    live: Vec<u32>,
}

impl Front {
    pub(crate) fn with_capacity(n: usize) -> Front {
        Front {
            flags: Vec::with_capacity(n),
            headline: vec![false; n],
            line: Line::default(),
            gaz: vec![GazAt::NONE; n],
            live: Vec::new(),
        }
    }

    /// Records a candidate `start..end` found at token `k` (the gazetteer's, as they are
    /// found, in order): the longest starting at a token wins, between equal spans the first.
    /// A candidate that starts inside a token, or ends inside the token it starts at, is not
    /// recorded.
    #[inline]
    pub(crate) fn span(
        &mut self,
        toks: &[Token],
        k: usize,
        start: usize,
        end: usize,
        label: Label,
    ) {
        if toks[k].start != start {
            return;
        }
        let mut b = k;
        while b < toks.len() && toks[b].end <= end {
            b += 1;
        }
        if b == k {
            return;
        }
        if b > self.gaz[k].end as usize {
            self.gaz[k].end = b as u32;
            self.gaz[k].label = label;
        }
        for g in &mut self.gaz[k..b] {
            g.covered = true;
        }
    }

    /// Records candidates sorted by start (the dates) as [`Front::span`] does.
    pub(crate) fn spans(
        &mut self,
        toks: &[Token],
        sorted: impl Iterator<Item = (usize, usize, Label)>,
    ) {
        let mut k = 0;
        for (start, end, label) in sorted {
            while k < toks.len() && toks[k].start < start {
                k += 1;
            }
            if k == toks.len() {
                break;
            }
            self.span(toks, k, start, end, label);
        }
    }

    /// Reads token `k` (the tokens before it have been pushed); `cap`: it is a capitalised
    /// word (the tagger has tested it already).
    #[inline]
    pub(crate) fn push(
        &mut self,
        rules: &Rules,
        text: &str,
        toks: &[Token],
        k: usize,
        cap: bool,
        cased: bool,
    ) {
        let t = &toks[k];
        if t.newline_before && k > self.line.start {
            self.line.mark(text, toks, k, &mut self.headline);
            self.line = Line {
                start: k,
                ..Line::default()
            };
        }
        if t.kind != Kind::Word {
            self.flags.push(0);
            if t.kind == Kind::Punct && text.as_bytes()[t.start] == b'(' {
                self.live.push(k as u32);
            }
            return;
        }
        if t.end - t.start > 3 {
            self.line.words += 1;
            self.line.caps += usize::from(cap);
        }
        let f = if t.plain {
            let map = if cased && t.shape == Shape::Lower {
                &rules.lists
            } else {
                &rules.lexicon
            };
            map.get_plain(&text.as_bytes()[t.start..t.end]).unwrap_or(0)
        } else {
            rules.flags(t.text(text))
        };
        self.flags.push(f);
        // (a gazetteer name starting here is recorded before this token is pushed; a date
        // recorded later makes no rule start from a lower-case word)
        let live = t.shape != Shape::Lower
            || f & rules.starts() != 0
            || self.gaz[k].end > 0
            || (!t.plain && text.as_bytes()[t.start..t.end].contains(&b'.'));
        if live {
            self.live.push(k as u32);
        }
    }

    /// Ends the pass over all of `toks`.
    pub(crate) fn finish(mut self, text: &str, toks: &[Token]) -> Front {
        self.line.mark(text, toks, toks.len(), &mut self.headline);
        self
    }
}

impl Rules {
    pub(crate) fn new(given_names: &str, common_words: &str) -> Rules {
        let mut pairs: Vec<(String, u32)> = Vec::new();
        for (bit, list) in LISTS.iter().enumerate() {
            pairs.extend(list.iter().map(|w| (w.to_string(), 1 << bit)));
        }
        let lists = WordMap::new(pairs.clone());
        for (words, bit) in [(given_names, GIVEN_BIT), (common_words, COMMON_BIT)] {
            for l in words.lines().map(str::trim) {
                if !l.is_empty() && !l.starts_with('#') {
                    pairs.push((l.to_lowercase(), bit));
                }
            }
        }
        let lexicon = WordMap::new(pairs);
        Rules {
            dates: date::DateRules::new(),
            lexicon,
            lists,
            titles: 1 << 0,
            role_words: 1 << 1,
            particles: 1 << 2,
            speech_before: 1 << 3,
            speech_after: 1 << 4,
            not_names: 1 << 5,
            org_heads: 1 << 6,
            place_heads: 1 << 7,
            place_preps: 1 << 8,
            function_words: 1 << 9,
            bylines: 1 << 10,
            org_containers: 1 << 11,
            public_heads: 1 << 12,
            org_words: 1 << 13,
            citing: 1 << 14,
            sub_bodies: 1 << 15,
            buildings: 1 << 16,
            non_person_cues: 1 << 17,
            english: 1 << 18,
            given: GIVEN_BIT,
            common: COMMON_BIT,
        }
    }

    /// The flags of the words rules start from (titles, speech verbs, head nouns, ...): a
    /// lower-case word without any of them starts no rule.
    #[inline]
    fn starts(&self) -> u32 {
        self.titles
            | self.bylines
            | self.speech_before
            | self.speech_after
            | self.citing
            | self.org_heads
            | self.place_heads
            | self.place_preps
            | self.given
    }

    /// The lexicon flags of a word (case-insensitive).
    #[inline]
    fn flags(&self, word: &str) -> u32 {
        if word.is_ascii() {
            self.lexicon.get(word.as_bytes()).unwrap_or(0)
        } else {
            self.lexicon
                .get(word.to_lowercase().as_bytes())
                .unwrap_or(0)
        }
    }

    /// Adds rule candidates for `text` to `out`, which already holds the gazetteer candidates.
    /// `cased`: the text has an ASCII capital somewhere (the tagger has computed it already
    /// for the gazetteer matcher); otherwise it is lower-cased text and names have no capitals.
    pub(crate) fn apply(
        &self,
        text: &str,
        cased: bool,
        toks: &[Token],
        front: Front,
        out: &mut Vec<Candidate>,
    ) {
        let lower_doc = !cased;
        let Front {
            flags,
            headline,
            gaz,
            live,
            ..
        } = front;
        let cx = Ctx {
            lower_doc,
            headline,
            text,
            toks,
            gaz,
            flags,
        };
        for &i in &live {
            let i = i as usize;
            let t = &toks[i];
            // each rule is called only where its own first test can pass (the rules test it
            // again; this only saves the calls)
            let f = cx.flags[i];
            let word = t.kind == Kind::Word;
            if word && !t.plain {
                self.domain(&cx, i, out);
            }
            if t.shape == Shape::Upper {
                self.dateline(&cx, i, out);
            }
            if f & (self.titles | self.bylines) != 0 {
                self.title_person(&cx, i, out);
            }
            if f & (self.speech_before | self.speech_after) != 0 {
                self.speech_person(&cx, i, out);
            }
            if f & self.given != 0 {
                self.given_name_person(&cx, i, out);
            }
            if cx.gaz[i].end > 0 && cx.gaz[i].label == Label::Person {
                self.person_extend(&cx, i, out);
            }
            if f & self.citing != 0 {
                self.cited_source(&cx, i, out);
            }
            if f & self.org_heads != 0 {
                self.org_head(&cx, i, out);
            }
            if f & self.place_heads != 0 {
                self.place_head(&cx, i, out);
            }
            if !word {
                self.acronym(&cx, i, out);
            }
            if f & self.place_preps != 0 {
                self.place_preposition(&cx, i, out);
            }
            if t.shape == Shape::Title {
                self.capitalised_run(&cx, i, out);
            }
        }
        self.bind_acronyms(&cx, out);
    }

    /// A name: capitalised words with particles and initials inside, from token `i`.
    /// Returns the end (exclusive) or `i` when there is no name.
    ///
    /// `Sergey Ryabkov`, `Ahmad bin Salim`, `M. Nuh`, `Maria Zakharova`.
    fn name_from(&self, cx: &Ctx, i: usize) -> usize {
        let n = cx.toks.len();
        let mut j = i;
        while j < n && j - i < 5 && (j == i || !cx.toks[j].newline_before) {
            let t = cx.t(j);
            let tok = &cx.toks[j];
            if tok.kind == Kind::Word && cx.cap(j) {
                if cx.is(j, self.common) && (j > i || tok.sentence_start)
                    || cx.is(j, self.not_names) && j == i
                    || cx.is(j, self.titles) && j > i
                    || matches!(cx.gaz_label(j), Some((l, _)) if l != Label::Person) && j > i
                    || cx.is(j, self.org_heads)
                {
                    break;
                }
                if tok.shape == Shape::Upper && t.len() > 1 && !t.ends_with('.') && j > i {
                    break; // an acronym after a name is not part of it
                }
                j += 1;
            } else if j > i
                && tok.kind == Kind::Word
                && cx.is(j, self.particles)
                && j + 1 < n
                && cx.cap(j + 1)
            {
                j += 1;
            } else if j > i
                && cx.punct(j, '-')
                && cx.glued(j)
                && j + 1 < n
                && cx.glued(j + 1)
                && cx.toks[j + 1].kind == Kind::Word
                && (cx.cap(j + 1) || !matches!(cx.t(j + 1), "nya" | "an" | "annya"))
            {
                j += 2; // Al-Mansur, Hye-kyo
            } else {
                break;
            }
        }
        // never end on a particle or initial-only (a hyphenated part is fine: `Hye-kyo`)
        while j > i && !cx.cap(j - 1) && !(j >= 2 && cx.punct(j - 2, '-') && cx.glued(j - 1)) {
            j -= 1;
        }
        if j > i && j - i == 1 && cx.is(i, self.not_names) {
            return i;
        }
        j
    }

    /// In lower-case text: one to three words after a speech verb, ended by punctuation or a
    /// function word (`kata akbar dalam ...`, `ujar nelson .`).
    fn lower_name_from(&self, cx: &Ctx, i: usize) -> usize {
        let n = cx.toks.len();
        let mut j = i;
        while j < n && j - i < 3 {
            let t = cx.t(j);
            if cx.toks[j].kind != Kind::Word
                || cx.toks[j].shape != Shape::Lower
                || cx.is(j, self.function_words)
                || cx.is(j, self.speech_after)
                || cx.is(j, self.common)
                || cx.gaz_label(j).is_some_and(|(l, _)| l != Label::Person)
                || t.len() < 2
            {
                break;
            }
            j += 1;
        }
        let ends_well = j == n
            || cx.toks[j].kind == Kind::Punct
            || cx.is(j, self.function_words)
            || cx.is(j, self.speech_after)
            || cx.is(j, self.common);
        if j > i && ends_well { j } else { i }
    }

    /// Skips a role phrase after a title: role words, acronyms, organizations, countries and
    /// places (`Menteri Luar Negeri Rusia`, `Ketua Umum PKB`). Returns the index after it.
    fn skip_role(&self, cx: &Ctx, mut j: usize) -> usize {
        let n = cx.toks.len();
        let mut steps = 0;
        while j < n && steps < 8 && !cx.toks[j].newline_before {
            steps += 1;
            let t = cx.t(j);
            if let Some((l, e)) = cx.gaz_label(j) {
                if l != Label::Person {
                    j = e;
                    continue;
                }
            }
            // role words; and capitalised ordinary words, which in Title Case after a title
            // name the role's field (`Pengamat Pasar Modal`, `Kepala Bagian Humas`)
            if cx.toks[j].kind == Kind::Word
                && (cx.is(j, self.role_words)
                    || cx.is(j, self.titles) && !t.ends_with('.')
                    || cx.is(j, self.common) && cx.cap(j) && !cx.is(j, self.given))
            {
                j += 1;
                continue;
            }
            // `Ketua Bidang Ketenagakerjaan`: the word after a field noun names the field
            if j > 0
                && cx.cap(j)
                && [
                    "bidang",
                    "urusan",
                    "divisi",
                    "bagian",
                    "seksi",
                    "unit",
                    "direktorat",
                ]
                .iter()
                .any(|w| cx.t(j - 1).eq_ignore_ascii_case(w))
            {
                j += 1;
                continue;
            }
            if cx.toks[j].shape == Shape::Upper && t.len() > 1 && !cx.is(j, self.given) {
                j += 1;
                continue;
            }
            break;
        }
        j
    }

    /// `Presiden Joko Widodo`, `Wakil Menteri Luar Negeri Sergey Ryabkov`, `Dr. H. Ahmad`,
    /// `juru bicara Kementerian Luar Negeri Rusia Maria Zakharova`, `Red: Christiyaningsih`:
    /// the name after a title and its role phrase, the title outside the span.
    fn title_person(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        if cx.toks[i].kind != Kind::Word {
            return;
        }
        // bylines: `Red: Christiyaningsih`, `Editor: ...`
        let byline = cx.is(i, self.bylines) && cx.punct(i + 1, ':');
        if !byline && !cx.is(i, self.titles) {
            return;
        }
        // a title preceded by a title belongs to the first one
        if i > 0 && cx.is(i - 1, self.titles) && cx.toks[i - 1].kind == Kind::Word {
            return;
        }
        let mut j = i + 1;
        // `Red:`-style bylines
        if cx.punct(j, ':') {
            j += 1;
        }
        let r = self.skip_role(cx, j);
        // `Direktur Utama Telkom, Arwin Rasyid`: a comma may close the role phrase
        let j = if r > j && cx.punct(r, ',') { r + 1 } else { r };
        if j >= cx.toks.len() || cx.toks[j].newline_before {
            return;
        }
        let mut j = j;
        let mut e = if cx.lower_doc {
            self.lower_name_from(cx, j)
        } else {
            self.name_from(cx, j)
        };
        // `Pengamat Pasar Modal Dandossi Matram`: the run stopped at a capitalised ordinary
        // word, so the role phrase goes on; the name comes after it
        let mut tries = 0;
        while !cx.lower_doc
            && tries < 3
            && e > j
            && e < cx.toks.len()
            && !cx.toks[e].newline_before
            && cx.cap(e)
            && cx.is(e, self.common)
        {
            tries += 1;
            j = self.skip_role(cx, e);
            e = self.name_from(cx, j);
        }
        // `Karo Penmas Polri Brigjen Agus Riyanto`, `Dirjen Perhubungan Darat Kemenhub X`:
        // when another title or an organization follows the run and a name follows that, the
        // run was part of the role
        if !cx.lower_doc && e > j && e < cx.toks.len() && !cx.toks[e].newline_before {
            let org_or_title = cx.is(e, self.titles)
                || matches!(cx.gaz_label(e), Some((l, _)) if l != Label::Person);
            if org_or_title {
                let j2 = self.skip_role(cx, e);
                let e2 = self.name_from(cx, j2);
                if e2 > j2 {
                    j = j2;
                    e = e2;
                }
            }
        }
        // `kata gelandang Inter itu`: a word after a role, then a demonstrative, is the team
        // or institution of the role, not a name
        if e > j && !demonstrative_at(cx, e) {
            let a = self.name_start(cx, j, e);
            self.person(cx, a, e, Rule::PersonTitle, 55, out);
        }
    }

    /// `seperti dikutip Daily Star`, `dilansir Sky Sports`, `mengutip laporan Reuters`: the
    /// source after a citing verb is a medium, an organization.
    fn cited_source(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        if !cx.is(i, self.citing) {
            return;
        }
        let n = cx.toks.len();
        let mut j = i + 1;
        while j < n
            && matches!(
                cx.t(j),
                "dari" | "laman" | "situs" | "media" | "harian" | "kantor" | "berita" | "laporan"
            )
        {
            j += 1;
        }
        if j >= n || cx.gaz_label(j).is_some() || cx.toks[j].newline_before {
            return;
        }
        let mut e = j;
        while e < n
            && e - j < 4
            && cx.cap(e)
            && !cx.toks[e].newline_before
            && !cx.is(e, self.not_names)
        {
            e += 1;
        }
        // `dikutip detikcom`, `dilansir Kompas.com`: the lower-case brands of news sites
        if e == j && cx.toks[j].kind == Kind::Word && cx.t(j).contains('.') {
            e = j + 1;
        }
        if e > j {
            emit(cx, j, e, Label::Organization, Rule::CitedSource, 52, out);
        }
    }

    /// Where a name starts inside the capitalised run `a..e` after a title: at a given name or
    /// a known person if there is one (`Pengamat Pasar Modal Dandossi Matram` has none, so the
    /// last two words), else at `a`.
    fn name_start(&self, cx: &Ctx, a: usize, e: usize) -> usize {
        if e - a <= 2 {
            return a;
        }
        for k in a..e {
            if cx.is(k, self.given) || matches!(cx.gaz_label(k), Some((Label::Person, _))) {
                return k;
            }
        }
        // the last two words, a hyphenated word (`Hye-kyo`) counting as one, when there are
        // three or more
        let mut starts = (a..e).rev().filter(|&k| {
            cx.toks[k].kind == Kind::Word && !(k > a && cx.punct(k - 1, '-') && cx.glued(k))
        });
        let (_, last_two, more) = (starts.next(), starts.next(), starts.next());
        match (last_two, more) {
            (Some(k), Some(_)) => k,
            _ => a,
        }
    }

    /// `kata Eva`, `ujar juru bicara Zakharova`, `Menurut Budi`; and `Budi Santoso mengatakan`.
    fn speech_person(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        if cx.toks[i].kind != Kind::Word {
            return;
        }
        if cx.is(i, self.speech_before) {
            let mut j = i + 1;
            if j < cx.toks.len() && cx.is(j, self.titles) {
                j = self.skip_role(cx, j + 1);
            }
            if matches!(cx.gaz_label(j), Some((l, _)) if l != Label::Person) {
                return;
            }
            let e = if cx.lower_doc {
                self.lower_name_from(cx, j)
            } else {
                self.name_from(cx, j)
            };
            if e > j && !demonstrative_at(cx, e) {
                self.person(cx, j, e, Rule::PersonSpeech, 50, out);
            }
        } else if cx.is(i, self.speech_after) && i > 0 {
            // walk back over the name
            let mut a = i;
            let mut j = i;
            while j > 0 && i - j < 4 && !cx.toks[j].newline_before {
                let p = j - 1;
                if cx.cap(p)
                    && !cx.is(p, self.titles)
                    && !cx.is(p, self.common)
                    && !cx.gaz[p].covered
                {
                    a = p;
                    j = p;
                } else if j < i && cx.toks[p].kind == Kind::Word && cx.is(p, self.particles) {
                    j = p;
                } else {
                    break;
                }
            }
            if a < i {
                let e = self.name_from(cx, a);
                if e == i {
                    let a = self.name_start(cx, a, e);
                    self.person(cx, a, e, Rule::PersonSpeech, 50, out);
                }
            }
        }
    }

    /// `Maria Zakharova`, `Wendy Sherman`: a known given name followed by capitalised words;
    /// a given name alone only away from the start of a sentence.
    fn given_name_person(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        if cx.lower_doc {
            // lower-cased text: `vladimir voronin menuduh`, a given name that is no common
            // word and the uncommon words after it
            if cx.is(i, self.given) && !cx.is(i, self.common) && !cx.is(i, self.function_words) {
                let e = self.lower_name_from(cx, i);
                if e > i + 1 {
                    self.person(cx, i, e, Rule::PersonGivenName, 40, out);
                }
            }
            return;
        }
        if !cx.cap(i) || cx.toks[i].shape == Shape::Upper || !cx.is(i, self.given) {
            return;
        }
        if i > 0 && cx.cap(i - 1) && !cx.is(i - 1, self.titles) && !cx.gaz[i - 1].covered {
            return; // inside a longer capitalised sequence; another rule decides
        }
        let e = self.name_from(cx, i);
        if e > i + 1 {
            self.person(cx, i, e, Rule::PersonGivenName, 45, out);
        } else if e == i + 1
            && (!cx.toks[i].sentence_start || self.sentence_subject(cx, i))
            && !cx.headline[i]
            && cx.gaz_label(i).is_none()
        {
            self.person(cx, i, e, Rule::PersonGivenName, 30, out);
        }
    }

    /// `Daniel menambahkan ...`: a given name that opens a sentence and is followed by a
    /// lower-case word that is no function word acts as the subject, a person.
    fn sentence_subject(&self, cx: &Ctx, i: usize) -> bool {
        let n = i + 1;
        n < cx.toks.len()
            && !cx.is(i, self.common)
            && cx.toks[n].kind == Kind::Word
            && cx.toks[n].shape == Shape::Lower
            && !cx.is(n, self.function_words)
    }

    /// `Soegeng Rahardjo`, `Raul Khajimba`: a listed name (often only a given name or a
    /// surname) grows over the unknown capitalised words right next to it.
    fn person_extend(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let Some((Label::Person, e)) = cx.gaz_label(i) else {
            return;
        };
        let n = cx.toks.len();
        let plain = |k: usize| {
            let w = cx.t(k);
            cx.toks[k].kind == Kind::Word
                && cx.toks[k].shape == Shape::Title
                && !w.bytes().any(|b| b.is_ascii_digit())
                && !cx.gaz[k].covered
                && !cx.is(k, self.not_names)
                && !cx.is(k, self.titles)
                && !cx.is(k, self.org_heads)
                && !cx.is(k, self.place_heads)
                && !cx.is(k, self.role_words)
                && !cx.is(k, self.common)
        };
        let mut b = e;
        while b < n
            && b - e < 3
            && plain(b)
            && cx.toks[b].space_before
            && !cx.toks[b].newline_before
        {
            b += 1;
        }
        let mut a = i;
        while a > 0
            && i - a < 2
            && !cx.toks[a].newline_before
            && plain(a - 1)
            && (!cx.toks[a - 1].sentence_start || cx.is(a - 1, self.given))
        {
            a -= 1;
        }
        if a < i || b > e {
            self.person(cx, a, b, Rule::PersonExtended, 50, out);
        }
    }

    fn person(
        &self,
        cx: &Ctx,
        a: usize,
        b: usize,
        rule: Rule,
        priority: u8,
        out: &mut Vec<Candidate>,
    ) {
        emit(cx, a, b, Label::Person, rule, priority, out);
    }

    /// `Kementerian Luar Negeri Rusia`, `Badan Pusat Statistik`, `PT Pertamina (Persero)`,
    /// `Partai Keadilan Sejahtera`, `Universitas Gadjah Mada`: a head noun and the capitalised
    /// words after it, with `dan`/`untuk` inside, a trailing country or place as the last word.
    fn org_head(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        if !cx.cap(i) || !cx.is(i, self.org_heads) {
            return;
        }
        let n = cx.toks.len();
        // `Kantor Kejaksaan Agung`: a container noun before a known organization is not part of it
        if cx.is(i, self.org_containers)
            && matches!(cx.gaz_label(i + 1), Some((Label::Organization, _)))
        {
            return;
        }
        // public bodies take a trailing country or region into their name
        // (`Kementerian Luar Negeri Rusia`); companies do not (`PT Telkom Yogyakarta`)
        let takes_place = cx.is(i, self.public_heads);
        let mut j = i + 1;
        let mut words = 0;
        while j < n && j - i <= MAX_ORG_WORDS && !cx.toks[j].newline_before {
            let w = cx.t(j);
            if let Some((l, e)) = cx.gaz_label(j) {
                match l {
                    Label::Country | Label::Location => {
                        if takes_place || words == 0 {
                            j = e;
                            words += 1;
                        }
                        break;
                    }
                    Label::Organization => {
                        // `Fraksi PKB`, `Dewan Pimpinan Pusat Partai Demokrat`: an organ of a
                        // known organization; the organization alone is the entity
                        if cx.is(i, self.sub_bodies)
                            || (i + 1..j).any(|k| cx.is(k, self.sub_bodies))
                        {
                            return;
                        }
                        j = e;
                        words += 1;
                        // a complete known name ends the organization
                        if j < n && !matches!(cx.t(j), "Tbk" | "Tbk." | "Group" | "Grup") {
                            break;
                        }
                        continue;
                    }
                    Label::Person | Label::Date => break,
                }
            }
            if cx.cap(j) {
                if cx.is(j, self.given)
                    && cx.toks[j].shape == Shape::Title
                    && j + 1 < n
                    && cx.cap(j + 1)
                    && words > 0
                {
                    break; // a person's name starts
                }
                if cx.is(j, self.titles) && !cx.is(j, self.role_words) && words > 0 {
                    break;
                }
                if cx.is(j, self.not_names) && !cx.is(j, self.role_words) {
                    break;
                }
                j += 1;
                words += 1;
            } else if words > 0
                && matches!(
                    w,
                    "dan" | "untuk" | "urusan" | "&" | "of" | "and" | "bidang" | "for"
                )
                && j + 1 < n
                && cx.toks[j + 1].shape == Shape::Title
                && !cx.is(j + 1, self.org_heads)
                && cx.gaz_label(j + 1).is_none()
            {
                // `Badan Pengawas Obat dan Makanan`, not `Dinas Pendidikan dan BAN PT`
                j += 1;
            } else {
                break;
            }
        }
        if words == 0 {
            return;
        }
        // (Persero), Tbk
        if cx.punct(j, '(')
            && j + 2 < n
            && cx.punct(j + 2, ')')
            && matches!(cx.t(j + 1), "Persero" | "persero")
        {
            j += 3;
        }
        if j < n && matches!(cx.t(j), "Tbk" | "Tbk.") {
            j += 1;
        }
        emit(
            cx,
            i,
            j,
            Label::Organization,
            Rule::OrganizationHead,
            55,
            out,
        );
    }

    /// `Kabupaten Bogor`, `Pulau Komodo`, `Gedung Sate`, `Jalan Sudirman`; `Provinsi Aceh`
    /// gives `Aceh` alone.
    fn place_head(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let t = cx.t(i);
        let n = cx.toks.len();
        if cx.toks[i].kind != Kind::Word || !cx.is(i, self.place_heads) {
            return;
        }
        let head_cap = cx.cap(i);
        // `Pengamat Pasar Modal ...`: after a title the noun belongs to a role phrase
        if i > 0 && cx.toks[i - 1].kind == Kind::Word && cx.is(i - 1, self.titles) {
            return;
        }
        let mut j = i + 1;
        let mut words = 0;
        while j < n && words < 4 && cx.cap(j) && !cx.toks[j].newline_before {
            if let Some((l, e)) = cx.gaz_label(j) {
                // `Gedung DPR`, `Gedung BEI Medan`: a building named after its organization
                let building = l == Label::Organization && cx.is(i, self.buildings);
                if l == Label::Person || l == Label::Organization && !building {
                    break;
                }
                j = e;
                words += 1;
                continue;
            }
            if cx.is(j, self.not_names) || cx.is(j, self.org_heads) {
                break;
            }
            j += 1;
            words += 1;
        }
        if words == 0 {
            return;
        }
        // `Jalan Merdeka Barat No 6`, `Jalan Hayam Wuruk Nomor 30`
        if j + 1 < n
            && matches!(cx.t(j), "No" | "No." | "Nomor" | "no" | "nomor")
            && cx.toks[j + 1].kind == Kind::Number
        {
            j += 2;
        }
        if defines_acronym(cx, j) {
            return; // `Kawasan Konservasi Perairan Nasional (KKPN)`: a defined term
        }
        let mut buf = [0u8; 24];
        let outside =
            lower(t, &mut buf).is_some_and(|w| PLACE_HEADS_OUTSIDE.contains(&w)) || !head_cap;
        let a = if outside { i + 1 } else { i };
        emit(cx, a, j, Label::Location, Rule::PlaceHead, 45, out);
    }

    /// `di Jenewa`, `ke Kairo`: unknown capitalised words right after a preposition of place,
    /// when nothing else claims them, are probably a place (a weak candidate).
    fn place_preposition(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let n = cx.toks.len();
        if cx.toks[i].kind != Kind::Word
            || cx.toks[i].shape != Shape::Lower
            || !cx.is(i, self.place_preps)
        {
            return;
        }
        let mut j = i + 1;
        while j < n
            && j - i <= 3
            && cx.cap(j)
            && cx.toks[j].shape == Shape::Title
            && !cx.toks[j].newline_before
        {
            if !self.unknown_word(cx, j) || cx.is(j, self.given) {
                break;
            }
            j += 1;
        }
        if j > i + 1 {
            emit(
                cx,
                i + 1,
                j,
                Label::Location,
                Rule::PlacePreposition,
                20,
                out,
            );
        }
    }

    /// A word no list or rule knows: not claimed by the gazetteer, no digits, not in the
    /// not-a-name, head-noun, title or common-word lexicons. The weak rules
    /// (`place_preposition`, `capitalised_run`) build only on such words.
    fn unknown_word(&self, cx: &Ctx, j: usize) -> bool {
        !(cx.gaz[j].covered
            || cx.t(j).bytes().any(|b| b.is_ascii_digit())
            || cx.is(j, self.not_names)
            || cx.is(j, self.org_heads)
            || cx.is(j, self.place_heads)
            || cx.is(j, self.titles)
            || cx.is(j, self.common))
    }

    /// `... kata dia kepada Budi Santoso di ...`: a run of two to four unknown capitalised words
    /// inside a sentence, claimed by no list or rule, is most often a person's name in news
    /// (a weak candidate; every other rule wins over it).
    fn capitalised_run(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let n = cx.toks.len();
        let tok = &cx.toks[i];
        if tok.sentence_start
            || tok.shape != Shape::Title
            || tok.kind != Kind::Word
            || cx.headline[i]
        {
            return;
        }
        if i > 0
            && (cx.cap(i - 1)
                || cx.punct(i - 1, '-') && cx.glued(i)
                || cx.punct(i - 1, '"')
                || cx.punct(i - 1, '\'')
                || cx.punct(i - 1, '“')
                || cx.punct(i - 1, '&')
                || cx.is(i - 1, self.non_person_cues))
        {
            return;
        }
        let mut j = i;
        while j < n
            && j - i < 5
            && (j == i || !cx.toks[j].newline_before)
            && cx.toks[j].kind == Kind::Word
            && cx.toks[j].shape == Shape::Title
        {
            if !self.unknown_word(cx, j) || cx.is(j, self.role_words) || cx.is(j, self.english) {
                return;
            }
            j += 1;
        }
        if j - i < 2
            || j - i > 4
            || (j < n && cx.cap(j))
            || defines_acronym(cx, j)
            || demonstrative_at(cx, j)
        {
            return;
        }
        emit(cx, i, j, Label::Person, Rule::CapitalisedRun, 10, out);
    }

    /// `Badan Urusan Logistik (Bulog)`, `Badan Pusat Statistik (BPS)`: an organization followed
    /// by its acronym or short name in parentheses makes one span with it.
    fn bind_acronyms(&self, cx: &Ctx, out: &mut Vec<Candidate>) {
        let n = cx.toks.len();
        let mut extra = Vec::new();
        let b = cx.text.as_bytes();
        for c in out.iter().filter(|c| c.label == Label::Organization) {
            // most names are not followed by `(`: look at the text before the tokens
            let next = b[c.end..]
                .iter()
                .position(|&x| !matches!(x, b' ' | b'\t'..=b'\r'));
            if next.is_none_or(|p| b[c.end + p] != b'(' && b[c.end + p] < 0x80) {
                continue;
            }
            let Ok(k) = cx.toks.binary_search_by_key(&c.end, |t| t.end) else {
                continue;
            };
            let (open, acr, close) = (k + 1, k + 2, k + 3);
            if close >= n || !cx.punct(open, '(') || !cx.punct(close, ')') {
                continue;
            }
            let a = cx.t(acr);
            let known_org =
                matches!(cx.gaz_label(acr), Some((Label::Organization, e)) if e == acr + 1);
            let upper = cx.toks[acr].kind == Kind::Word
                && cx.toks[acr].shape == Shape::Upper
                && a.len() >= 2
                && a.len() <= 12;
            if !upper && !known_org {
                continue;
            }
            // an acronym binds when it is known or spells the name's initials (`Badan Pusat
            // Statistik (BPS)`); a stock ticker (`PT Indofood Sukses Makmur Tbk (INDF)`) is a
            // code of its own
            let initials: Vec<char> = cx.text[c.start..c.end]
                .split(|ch: char| !ch.is_alphanumeric())
                .filter_map(|w| w.chars().next())
                .filter(|ch| ch.is_uppercase())
                .collect();
            if known_org || is_subsequence(a, &initials) {
                extra.push(Candidate {
                    start: c.start,
                    end: cx.toks[close].end,
                    label: Label::Organization,
                    value: c.value.clone(),
                    source: c.source.clone(),
                    priority: c.priority.max(55),
                });
            } else {
                emit(
                    cx,
                    acr,
                    acr + 1,
                    Label::Organization,
                    Rule::Acronym,
                    50,
                    &mut extra,
                );
            }
        }
        out.extend(extra);
    }

    /// `Komisi Pemilihan Umum (KPU)`: an acronym in parentheses whose letters are the initials
    /// of the capitalised words before it makes one organization with them.
    fn acronym(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let n = cx.toks.len();
        if !cx.punct(i, '(') || i + 2 >= n || !cx.punct(i + 2, ')') {
            return;
        }
        let acr = cx.t(i + 1);
        if cx.toks[i + 1].shape != Shape::Upper || acr.len() < 2 || acr.len() > 10 {
            return;
        }
        // gather the capitalised words before `(`, allowing lower-case connectives
        let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
        let mut a = i;
        let mut initials: Vec<char> = Vec::new();
        let mut k = i;
        while k > 0 && i - k < 12 {
            let p = k - 1;
            if cx.cap(p) {
                if let Some(c) = cx.t(p).chars().next() {
                    initials.push(c);
                }
                a = p;
            } else if !(cx.toks[p].kind == Kind::Word
                && matches!(
                    cx.t(p),
                    "dan" | "untuk" | "dari" | "dengan" | "urusan" | "bagi"
                ))
            {
                break;
            }
            k = p;
            if initials_match(&initials, &letters) {
                // the whole name, acronym included
                if matches!(cx.gaz_label(a), Some((Label::Country | Label::Person, e)) if e == i) {
                    return;
                }
                // `Sumber Daya Manusia (SDM)` is a concept: the name needs a word that
                // makes it an organization
                if !(a..i).any(|k| cx.is(k, self.org_heads) || cx.is(k, self.org_words)) {
                    return;
                }
                emit(cx, a, i + 3, Label::Organization, Rule::Acronym, 60, out);
                return;
            }
        }
    }

    /// `REPUBLIKA.CO.ID`, `KOMPAS.com`: a news site's domain is an organization.
    fn domain(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let t = cx.t(i);
        if cx.toks[i].kind != Kind::Word || !t.contains('.') || t.ends_with('.') {
            return;
        }
        if t.split('.').count() >= 2 && t.chars().next().is_some_and(char::is_alphabetic) {
            emit(cx, i, i + 1, Label::Organization, Rule::Domain, 50, out);
        }
    }

    /// `JAKARTA, KOMPAS.com -` and `REPUBLIKA.CO.ID, MOSKOW -`: the ALL-CAPS place of a
    /// dateline at the start of a line.
    fn dateline(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let n = cx.toks.len();
        if cx.toks[i].shape != Shape::Upper || cx.toks[i].kind != Kind::Word || cx.t(i).len() < 3 {
            return;
        }
        let line_start = cx.toks[i].newline_before || i == 0;
        let after_domain = i >= 2
            && cx.punct(i - 1, ',')
            && cx.t(i - 2).contains('.')
            && (cx.toks[i - 2].newline_before || i == 2);
        if !line_start && !after_domain {
            return;
        }
        let mut j = i;
        while j < n
            && j - i < 3
            && cx.toks[j].shape == Shape::Upper
            && cx.toks[j].kind == Kind::Word
            && !cx.t(j).contains('.')
        {
            j += 1;
        }
        let dash = |k: usize| cx.punct(k, '-') || cx.punct(k, '–') || cx.punct(k, '—');
        let ok = (after_domain && dash(j))
            || (line_start && cx.punct(j, ',') && j + 1 < n && cx.t(j + 1).contains('.'));
        if ok && j > i {
            emit(cx, i, j, Label::Location, Rule::Dateline, 45, out);
        }
    }
}

/// A line of tokens being read for [`Line::mark`]: where it starts, its words of more than
/// three bytes, and how many of them are capitalised.
#[derive(Debug, Default)]
struct Line {
    start: usize,
    words: usize,
    caps: usize,
}

impl Line {
    /// Marks the tokens of the line (ending before token `end`) if it is a headline: at least
    /// three words, most of them capitalised (short function words aside), with no
    /// sentence-final period — `Negosiasi Keamanan Rusia-AS akan Digelar 10 Januari di
    /// Jenewa`. There a capital is no evidence.
    fn mark(&self, text: &str, toks: &[Token], end: usize, out: &mut [bool]) {
        if end == self.start || self.words < 3 || self.caps * 4 < self.words * 3 {
            return;
        }
        let ends_sentence = toks[end - 1].kind == Kind::Punct
            && matches!(toks[end - 1].text(text), "." | "!" | "?" | "\"" | "”");
        if !ends_sentence {
            out[self.start..end].fill(true);
        }
    }
}

/// `gelandang Inter itu`: a demonstrative right after a would-be name shows a role's
/// complement (team, institution), not a name.
fn demonstrative_at(cx: &Ctx, e: usize) -> bool {
    e < cx.toks.len() && matches!(cx.t(e), "itu" | "tersebut" | "ini")
}

/// Adds a rule candidate over tokens `a..b`.
fn emit(
    cx: &Ctx,
    a: usize,
    b: usize,
    label: Label,
    rule: Rule,
    priority: u8,
    out: &mut Vec<Candidate>,
) {
    let (start, end) = cx.span(a, b);
    out.push(Candidate {
        start,
        end,
        label,
        value: None,
        source: Source::Rule(rule),
        priority,
    });
}

/// Is token `j` the start of a parenthesised acronym, `( KKPN )`?
fn defines_acronym(cx: &Ctx, j: usize) -> bool {
    cx.punct(j, '(')
        && cx.punct(j + 2, ')')
        && cx.toks[j + 1].shape == Shape::Upper
        && cx.toks[j + 1].kind == Kind::Word
}

/// Are the letters of `acronym` (ignoring case) a subsequence of `initials`?
fn is_subsequence(acronym: &str, initials: &[char]) -> bool {
    let mut it = initials.iter();
    acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|a| it.any(|i| i.to_uppercase().eq(a.to_uppercase())))
}

/// Do the initials (collected right to left) spell the acronym's letters?
fn initials_match(rev_initials: &[char], letters: &[char]) -> bool {
    if rev_initials.len() != letters.len() {
        return false;
    }
    rev_initials
        .iter()
        .rev()
        .zip(letters)
        .all(|(a, b)| a.to_uppercase().eq(b.to_uppercase()))
}

/// Every rule's examples, run through the whole tagger: `(text, [(entity text, label)])`
/// lists exactly the entities expected (all of them, in order).
#[cfg(test)]
mod examples {
    use crate::{Label, Tagger};
    use std::sync::OnceLock;

    fn tagger() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(Tagger::new)
    }

    use Label::{Country as C, Date as D, Location as L, Organization as O, Person as P};

    const EXAMPLES: &[(&str, &[(&str, Label)])] = &[
        // no name runs across a line break
        (
            "Red: Christiyaningsih\nPerundingan Rusia digelar.",
            &[("Christiyaningsih", P), ("Rusia", C)],
        ),
        // title_person: the title and its role phrase stay outside
        (
            "Wakil Menteri Luar Negeri Sergey Ryabkov tiba.",
            &[("Sergey Ryabkov", P)],
        ),
        (
            "Presiden AS Joe Biden berbicara.",
            &[("AS", C), ("Joe Biden", P)],
        ),
        (
            "Direktur Utama Telkom, Arwin Rasyid, hadir.",
            &[("Telkom", O), ("Arwin Rasyid", P)],
        ),
        ("Red: Christiyaningsih", &[("Christiyaningsih", P)]),
        (
            "Pengamat Pasar Modal Dandossi Matram menilai pasar lesu.",
            &[("Dandossi Matram", P)],
        ),
        (
            "Ketua Umum PKB Muhaimin Iskandar hadir.",
            &[("PKB", O), ("Muhaimin Iskandar", P)],
        ),
        // speech_person
        ("\"Kami siap,\" kata Eva.", &[("Eva", P)]),
        ("\"Itu benar,\" ujar jubir Zakharova.", &[("Zakharova", P)]),
        (
            "Budi Santoso mengatakan harga naik.",
            &[("Budi Santoso", P)],
        ),
        (
            "\"itu benar , \" kata yesmil , saat dihubungi .",
            &[("yesmil", P)],
        ),
        // given_name_person
        (
            "Pertemuan itu dihadiri Wendy Sherman dan pejabat lain.",
            &[("Wendy Sherman", P)],
        ),
        ("Daniel menambahkan bahwa harga naik.", &[("Daniel", P)]),
        (
            "Kepala Biro Penmas Polri Brigjen Agus Riyanto menjelaskan.",
            &[("Biro Penmas Polri", O), ("Agus Riyanto", P)],
        ),
        ("Ia adalah Ketua Bidang Ketenagakerjaan partai itu.", &[]),
        (
            "Aktris Song Hye-kyo tiba. Jokowi-nya hadir.",
            &[("Song Hye-kyo", P), ("Jokowi", P)],
        ),
        // person_extend
        (
            "Sejak itu Soegeng Rahardjo bertekad maju.",
            &[("Soegeng Rahardjo", P)],
        ),
        // capitalised_run: unknown names inside a sentence; defined terms are not names
        (
            "Ia bertemu dengan Dandi Wirawan di kantor.",
            &[("Dandi Wirawan", P)],
        ),
        ("Harga Bahan Bakar Minyak (BBM) naik.", &[]),
        ("Penjualan produk Flexi Combo dan Galaxy Tab naik.", &[]),
        (
            "Ia hadir di ajang Mobile World Congress kemarin.",
            &[("kemarin", D)],
        ),
        // org_head
        (
            "Kementerian Luar Negeri Rusia menerbitkan teks.",
            &[("Kementerian Luar Negeri Rusia", O)],
        ),
        (
            "Badan Pengawas Obat dan Makanan menarik produk itu.",
            &[("Badan Pengawas Obat dan Makanan", O)],
        ),
        (
            "Saham PT Sinar Jaya Abadi Tbk naik.",
            &[("PT Sinar Jaya Abadi Tbk", O)],
        ),
        (
            "Manajer PT Telkom Yogyakarta datang.",
            &[("PT Telkom", O), ("Yogyakarta", L)],
        ),
        (
            "Ia ke Kantor Kejaksaan Agung kemarin.",
            &[("Kejaksaan Agung", O), ("kemarin", D)],
        ),
        // acronym and bind_acronyms
        (
            "Komisi Pemilihan Umum (KPU) menetapkan hasil. KPU lalu rapat.",
            &[("Komisi Pemilihan Umum (KPU)", O), ("KPU", O)],
        ),
        (
            "Survei Lingkaran Survei Nusantara (LSN) dirilis.",
            &[("Lingkaran Survei Nusantara (LSN)", O)],
        ),
        ("Program Sumber Daya Manusia (SDM) berjalan.", &[]),
        // domain and dateline
        (
            "REPUBLIKA.CO.ID, MOSKOW - Rusia menolak.",
            &[("REPUBLIKA.CO.ID", O), ("MOSKOW", L), ("Rusia", C)],
        ),
        (
            "JAKARTA, KOMPAS.com - Hujan turun.",
            &[("JAKARTA", L), ("KOMPAS.com", O)],
        ),
        // place_head and place_preposition
        (
            "Banjir melanda Kabupaten Bogor dan Pulau Komodo.",
            &[("Kabupaten Bogor", L), ("Pulau Komodo", L)],
        ),
        (
            "Kantornya di Jalan Merdeka Barat No 6 itu baru.",
            &[("Jalan Merdeka Barat No 6", L)],
        ),
        ("Gempa terasa di Provinsi Aceh.", &[("Aceh", L)]),
        (
            "Mereka tiba di Tanjungwangi kemarin.",
            &[("Tanjungwangi", L), ("kemarin", D)],
        ),
        // gazetteer guards: lower case, hyphen compounds, clitics, exact acronyms
        ("rusia dan jepang", &[("rusia", C), ("jepang", C)]),
        // lower-cased text: given names and titles still announce names
        (
            "kantor berita itu mengatakan presiden moldova , vladimir voronin menuduh penguasa .",
            &[("moldova", C), ("vladimir voronin", P)],
        ),
        (
            "menurut menteri pertanian suswono , harga stabil .",
            &[("suswono", P)],
        ),
        ("Negosiasi Rusia-AS digelar.", &[("Rusia", C), ("AS", C)]),
        ("Kami ke pasar atas.", &[]),
        // headlines: capitals alone prove nothing
        ("Harga Cabai Rawit Melonjak Tajam\nHarga cabai naik.", &[]),
        // organs of a known party are the party; buildings take their organization
        (
            "Fraksi PKB dan Dewan Pimpinan Pusat Partai Demokrat menolak.",
            &[("PKB", O), ("Partai Demokrat", O)],
        ),
        (
            "Rapat digelar di Gedung DPR hari ini.",
            &[("Gedung DPR", L), ("hari ini", D)],
        ),
        ("Ia pinjam dari 11 bank Indonesia.", &[("Indonesia", C)]),
        // a stock ticker after a company is an organization code of its own
        (
            "Saham PT Sinar Jaya Abadi Tbk (SJAB) naik.",
            &[("PT Sinar Jaya Abadi Tbk", O), ("SJAB", O)],
        ),
        // cited_source
        (
            "Hal itu disampaikan Naldo seperti dikutip Harian Pagi Nusantara.",
            &[("Naldo", P), ("Harian Pagi Nusantara", O)],
        ),
        // a word after a role and before a demonstrative is no name
        ("\"Kami kalah,\" kata gelandang Kijang Emas itu.", &[]),
        // English roles in company news
        (
            "kata Tri Djatmiko, Vice President Sales, kepada wartawan.",
            &[("Tri Djatmiko", P)],
        ),
        // discourse: later short mentions
        (
            "Maria Zakharova bicara. Zakharova menolak.",
            &[("Maria Zakharova", P), ("Zakharova", P)],
        ),
    ];

    #[test]
    fn rule_examples() {
        let mut failed = Vec::new();
        for (text, want) in EXAMPLES {
            let got: Vec<(&str, Label)> = tagger()
                .tag(text)
                .iter()
                .map(|e| (e.text, e.label))
                .collect();
            if got != *want {
                failed.push(format!("{text:?}\n   want {want:?}\n    got {got:?}"));
            }
        }
        assert!(
            failed.is_empty(),
            "{} rule examples failed:\n{}",
            failed.len(),
            failed.join("\n")
        );
    }
}
