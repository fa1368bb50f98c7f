//! Tokenization: a sentence span in, word/punctuation [`Token`] spans out.
//!
//! Input is the document text and the [`Span`] of one sentence; output is the
//! sentence's tokens as document byte offsets (`&text[tok.span.start..tok.span.end]`
//! is the token). The conventions are those of UD English-EWT, the corpus the
//! tagger learns from (Penn Treebank style):
//!
//! * punctuation is split off (`said,` → `said` `,`), `$4.25` becomes `$` `4.25`;
//!   runs such as `...`, `?!`, `--`, `***`, ` `` `, `''` and emoticons (`:-)`) are one token;
//! * hyphenated words become `word - word` (`long-range` → `long` `-` `range`),
//!   except after a prefix (`e-mail`, `non-Microsoft`, `re-elected`);
//! * clitics are split: `Russia's` → `Russia` `'s` (also with `’`), `don't` → `do`
//!   `n't`, `'re 've 'll 'd 'm`; so are fused forms (`cannot` → `can` `not`,
//!   `gonna` → `gon` `na`, `dont` → `do` `nt`);
//! * numbers stay whole (`15,000`, `3.5`, `1986/87`, `10:30`, `1980s`, `713-664-7478`);
//! * abbreviations keep their period (`Mr.`, `U.S.`, `a.m.`, `Sept.`, initials
//!   `J.`), except a plain word's period at the very end of the span;
//! * URLs, e-mail addresses, `@handles`, file and domain names (`report.pdf`,
//!   `paulhastings.com`) are one token; other punctuation marks (curly quotes,
//!   dashes, bullets) are tokens of their own.
//!
//! Measured against the EWT gold tokens (dev, from each sentence's `# text`):
//! token F1 0.992, 1,895 of 2,001 sentences tokenized exactly like the gold.
//!
//! The scanner works on bytes with an ASCII fast path and allocates nothing per
//! token; [`tokenize_into`] reuses the caller's buffer.

use super::abbrev::{Abbreviation, abbreviation};
use super::{Span, Token};

/// Tokenize the part of `text` covered by `span`; token spans are document offsets.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::with_capacity(span.len() / 5 + 1);
    tokenize_into(text, span, &mut out);
    out
}

/// Like [`tokenize`], but clears `out` and fills it, so one buffer serves many sentences.
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    out.clear();
    let s = span.of(text);
    let mut sc = Scanner {
        s,
        b: s.as_bytes(),
        base: span.start,
        out,
    };
    sc.run();
}

/// Prefixes that EWT keeps attached to a hyphenated word (`e-mail`, `non-Microsoft`).
const PREFIXES: &[&str] = &[
    "anti", "arch", "co", "counter", "cross", "e", "ex", "inter", "intra", "micro", "mid", "mis",
    "multi", "neo", "non", "over", "post", "pre", "pro", "psycho", "re", "semi", "socio", "sub",
    "un",
];

/// Where to split a word written as one but tokenized as two (`cannot` →
/// `can` `not`, `gonna` → `gon` `na`, `dont` → `do` `nt`), case-insensitively.
fn split_point(word: &str) -> Option<usize> {
    let w = word.as_bytes();
    if !(2..=8).contains(&w.len()) {
        return None;
    }
    let mut buf = [0u8; 8];
    for (d, c) in buf.iter_mut().zip(w) {
        *d = c.to_ascii_lowercase();
    }
    Some(match &buf[..w.len()] {
        b"alot" | b"im" | b"ive" => 1,
        b"cant" | b"dont" | b"isnt" => 2,
        b"arent" | b"cannot" | b"didnt" | b"gimme" | b"gonna" | b"gotta" | b"hadnt" | b"hasnt"
        | b"wanna" | b"wasnt" | b"youre" => 3,
        b"doesnt" | b"havent" | b"thats" | b"theyre" | b"werent" | b"whats" => 4,
        b"couldnt" | b"wouldnt" => 5,
        b"shouldnt" => 6,
        _ => return None,
    })
}

/// Clitics split off the end of a word (after the apostrophe, lower-cased).
const CLITICS: &[&str] = &["s", "re", "ve", "ll", "d", "m"];

struct Scanner<'a, 'o> {
    s: &'a str,
    b: &'a [u8],
    base: usize,
    out: &'o mut Vec<Token>,
}

impl Scanner<'_, '_> {
    fn push(&mut self, start: usize, end: usize) {
        if start < end {
            self.out.push(Token {
                span: Span::new(self.base + start, self.base + end),
            });
        }
    }

    /// The character at byte `i` and its length. Inside a character (a look
    /// one byte past a multi-byte one) or past the end it is `'\0'`, which is
    /// no word character.
    fn char_at(&self, i: usize) -> (char, usize) {
        let c = self
            .s
            .get(i..)
            .and_then(|r| r.chars().next())
            .unwrap_or('\0');
        (c, c.len_utf8())
    }

    /// Whether a word character starts at byte `i` (letter, digit or combining mark).
    fn is_word_at(&self, i: usize) -> bool {
        match self.b.get(i) {
            None => false,
            Some(&c) if c < 0x80 => c.is_ascii_alphanumeric(),
            Some(_) => is_word_char(self.char_at(i).0),
        }
    }

    fn is_digit_at(&self, i: usize) -> bool {
        self.b.get(i).is_some_and(u8::is_ascii_digit)
    }

    /// End of the run of word characters starting at `i`.
    fn word_end(&self, mut i: usize) -> usize {
        while i < self.b.len() {
            let c = self.b[i];
            if c < 0x80 {
                if !c.is_ascii_alphanumeric() {
                    break;
                }
                i += 1;
            } else {
                let (ch, n) = self.char_at(i);
                if !is_word_char(ch) {
                    break;
                }
                i += n;
            }
        }
        i
    }

    /// Length of an apostrophe (`'` or `’`) at byte `i`, or 0.
    fn apostrophe_at(&self, i: usize) -> usize {
        match self.b.get(i) {
            Some(b'\'') => 1,
            Some(0xE2) if self.b[i..].starts_with("’".as_bytes()) => 3,
            _ => 0,
        }
    }

    /// Whether everything after byte `i` is closing punctuation or space: the
    /// period at `i - 1` then ends the sentence.
    fn only_closers_after(&self, i: usize) -> bool {
        self.s[i..].chars().all(|c| {
            c.is_whitespace() || matches!(c, '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»')
        })
    }

    fn run(&mut self) {
        let n = self.b.len();
        let mut i = 0;
        while i < n {
            let c = self.b[i];
            if c < 0x80 {
                if c.is_ascii_whitespace() {
                    i += 1;
                    continue;
                }
                if c.is_ascii_alphanumeric() {
                    i = self.word(i);
                    continue;
                }
                i = self.ascii_punct(i);
                continue;
            }
            let (ch, len) = self.char_at(i);
            if ch.is_whitespace() || matches!(ch, '\u{200B}' | '\u{2060}' | '\u{FEFF}') {
                i += len;
            } else if is_word_char(ch) {
                i = self.word(i);
            } else if ch == '’' && self.clitic_len(i) > 0 {
                let e = i + self.clitic_len(i);
                self.push(i, e);
                i = e;
            } else {
                self.push(i, i + len);
                i += len;
            }
        }
    }

    /// Punctuation starting with an ASCII byte at `i`; returns the next position.
    fn ascii_punct(&mut self, i: usize) -> usize {
        let b = self.b;
        let same_run = |x: u8| b[i..].iter().take_while(|&&c| c == x).count();
        let len = match b[i] {
            b':' | b';' | b'=' if self.emoticon_len(i) > 0 => self.emoticon_len(i),
            b'!' | b'?' | b'.'
                if b.get(i + 1)
                    .is_some_and(|c| matches!(c, b'!' | b'?' | b'.')) =>
            {
                // ?!, ..., .?, !!! — one token
                b[i..]
                    .iter()
                    .take_while(|&&c| matches!(c, b'!' | b'?' | b'.'))
                    .count()
            }
            c @ (b'.' | b'-' | b'*' | b'=' | b'_' | b'~' | b'+' | b'#' | b'<' | b'>' | b'$') => {
                same_run(c)
            }
            b'`' if b.get(i + 1) == Some(&b'`') => 2,
            b'\'' if b.get(i + 1) == Some(&b'\'') => 2,
            b'\'' => self.clitic_len(i).max(1),
            b'@' if self.is_word_at(i + 1) => self.dotted_word_end(i + 1) - i,
            _ => 1,
        };
        self.push(i, i + len);
        i + len
    }

    /// Length of an emoticon (`:)`, `:-(`, `;)`, `:D`) at `i`, or 0. It must
    /// stand apart: no word character right before or after it.
    fn emoticon_len(&self, i: usize) -> usize {
        if i > 0 && self.b[i - 1].is_ascii_alphanumeric() {
            return 0;
        }
        let mut j = i + 1;
        if self.b.get(j) == Some(&b'-') {
            j += 1;
        }
        let mouth = matches!(
            self.b.get(j),
            Some(b')' | b'(' | b'D' | b'P' | b'p' | b'/' | b'|' | b']')
        );
        let apart = !self.is_word_at(j + 1);
        if mouth && apart { j + 1 - i } else { 0 }
    }

    /// End of word characters joined by inner dots or underscores: `paulhastings.com`, `kg_bot`.
    fn dotted_word_end(&self, i: usize) -> usize {
        let mut e = self.word_end(i);
        while matches!(self.b.get(e), Some(b'.' | b'_')) && self.is_word_at(e + 1) {
            e = self.word_end(e + 1);
        }
        e
    }

    /// Length of a stand-alone clitic (`'s`, `'re`, `’ll` …) starting at the
    /// apostrophe `i` and followed by a non-word character, or 0.
    fn clitic_len(&self, i: usize) -> usize {
        let a = self.apostrophe_at(i);
        if a == 0 {
            return 0;
        }
        let e = self.word_end(i + a);
        if e > i + a && is_clitic(&self.s[i + a..e]) {
            e - i
        } else {
            0
        }
    }

    /// A word starting at `i` (a word character); returns the next position.
    fn word(&mut self, start: usize) -> usize {
        let mut e = self.word_end(start);
        // Only a word followed by URL/e-mail punctuation can start one.
        if matches!(self.b.get(e), Some(b'.' | b'@' | b':' | b'_' | b'-' | b'+'))
            && self.at_chunk_start(start)
            && let Some(end) = self.url_or_email(start)
        {
            self.push(start, end);
            return end;
        }
        // Numbers: digits with inner `,` `.` `/` `:` between digits, then a letter
        // suffix; phone numbers (`713-664-7478`, `853-3242`) stay whole.
        if self.b[start].is_ascii_digit() {
            let mut group = start;
            while e + 1 < self.b.len() && self.is_digit_at(e - 1) && self.is_digit_at(e + 1) {
                let sep = self.b[e];
                let phone = sep == b'-' && e - group <= 3 && self.phone_group(e + 1);
                if !(matches!(sep, b',' | b'.' | b'/' | b':') || phone) {
                    break;
                }
                group = e + 1;
                e = self.word_end(e + 1);
            }
        }
        loop {
            let a = self.apostrophe_at(e);
            if a > 0 && self.is_word_at(e + a) {
                let ce = self.word_end(e + a);
                let rest = &self.s[e + a..ce];
                if rest.eq_ignore_ascii_case("t")
                    && e > start
                    && matches!(self.b[e - 1], b'n' | b'N')
                {
                    // don't → do n't; a lone n't stays whole.
                    self.push(start, e - 1);
                    self.push(e - 1, ce);
                    return ce;
                }
                if is_clitic(rest) && !self.is_apostrophe_word_at(ce) {
                    self.push(start, e);
                    self.push(e, ce);
                    return ce;
                }
                // O'Brien, rock'n'roll: the apostrophe is part of the word.
                e = ce;
                continue;
            }
            match self.b.get(e) {
                Some(b'&')
                    if self.s[start..e].bytes().all(|c| c.is_ascii_uppercase())
                        && self.b.get(e + 1).is_some_and(u8::is_ascii_uppercase) =>
                {
                    // AT&T, S&P
                    e = self.word_end(e + 1);
                    continue;
                }
                Some(b'_') if self.is_word_at(e + 1) => {
                    // Lisa_resume
                    e = self.word_end(e + 1);
                    continue;
                }
                Some(b'@') if self.is_word_at(e + 1) => {
                    // Mail addresses without a domain: Warner@ENRON
                    e = self.dotted_word_end(e + 1);
                    break;
                }
                Some(b'-')
                    if self.is_letter_at(e + 1)
                        && PREFIXES
                            .iter()
                            .any(|p| p.eq_ignore_ascii_case(&self.s[start..e])) =>
                {
                    // e-mail, non-Microsoft, re-elected: prefixes stay attached.
                    e = self.word_end(e + 1);
                    continue;
                }
                Some(b'.')
                    if self.dotted_acronym_end(start, e).is_none()
                        && self.b.get(e + 1).is_some_and(u8::is_ascii_lowercase)
                        && self.b[start..e]
                            .iter()
                            .all(|c| c.is_ascii_alphanumeric() || *c == b'_') =>
                {
                    // File and domain names: report.pdf, alt.animals.cat
                    while self.b.get(e) == Some(&b'.') && self.is_word_at(e + 1) {
                        e = self.word_end(e + 1);
                    }
                    break;
                }
                Some(b'/') if e - start == 1 && self.b[start].is_ascii_alphabetic() => {
                    // w/, b/c, w/o
                    let (next, n) = self.char_at(e + 1);
                    let next_single = next.is_alphabetic() && !self.is_word_at(e + 1 + n);
                    if next_single {
                        e += 1 + n;
                    } else if self.b[start].eq_ignore_ascii_case(&b'w') {
                        e += 1;
                    }
                    break;
                }
                _ => break,
            }
        }
        if let Some(cut) = split_point(&self.s[start..e]) {
            // cannot → can not, gonna → gon na, dont → do nt
            self.push(start, start + cut);
            self.push(start + cut, e);
            return e;
        }
        if self.b.get(e) == Some(&b'.') {
            e = self.period(start, e);
        }
        self.push(start, e);
        e
    }

    /// Whether a phone-number group starts at `i`: four digits, or three and
    /// `-` and four more, then no further digit.
    fn phone_group(&self, i: usize) -> bool {
        let digits = |at: usize| {
            self.b
                .get(at..)
                .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
        };
        let n = digits(i);
        let after = i + n;
        let ends = |at: usize| !self.is_word_at(at);
        (n == 4 && ends(after))
            || (n == 3 && self.b.get(after) == Some(&b'-') && digits(after + 1) == 4)
    }

    fn is_letter_at(&self, i: usize) -> bool {
        match self.b.get(i) {
            None => false,
            Some(&c) if c < 0x80 => c.is_ascii_alphabetic(),
            Some(_) => self.char_at(i).0.is_alphabetic(),
        }
    }

    /// If the word `start..e` (one or two letters, before a period at `e`)
    /// begins a dotted abbreviation such as `U.S.`, `a.m.` or `Ph.D.`, its end.
    fn dotted_acronym_end(&self, start: usize, e: usize) -> Option<usize> {
        let short = |a: usize, z: usize| {
            z > a && z - a <= 2 && self.b[a..z].iter().all(u8::is_ascii_alphabetic)
        };
        if !short(start, e) || self.b.get(e) != Some(&b'.') {
            return None;
        }
        let mut p = e + 1;
        let mut segments = 1;
        loop {
            let we = self.word_end(p);
            if short(p, we) && self.b.get(we) == Some(&b'.') {
                segments += 1;
                p = we + 1;
            } else {
                break;
            }
        }
        (segments >= 2).then_some(p)
    }

    /// Whether an apostrophe followed by a word character starts at `i`
    /// (so a clitic-like tail such as `rock'n'roll`'s `n` is not a clitic).
    fn is_apostrophe_word_at(&self, i: usize) -> bool {
        let a = self.apostrophe_at(i);
        a > 0 && self.is_word_at(i + a)
    }

    /// The word `start..e` is followed by a period at `e`: return the token end,
    /// `e + 1` (or further for `U.S.`) when the period belongs to the word.
    fn period(&self, start: usize, e: usize) -> usize {
        let word = &self.s[start..e];
        if let Some(end) = self.dotted_acronym_end(start, e) {
            return end;
        }
        if self.b.get(e + 1) == Some(&b'.') {
            return e; // etc... — the dots go together
        }
        let kind = abbreviation(word);
        if self.only_closers_after(e + 1) {
            // At the end of the sentence only a company's or a place's period stays.
            let keeps = kind == Some(Abbreviation::MaybeFinal) && word != "etc";
            return if keeps { e + 1 } else { e };
        }
        // Initials: J. K. Rowling, George W. Bush.
        let mut chars = word.chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && c.is_uppercase()
        {
            return e + 1;
        }
        if kind.is_some() {
            if word.eq_ignore_ascii_case("no") {
                // "No. 5" but not "said no. Then".
                let next = self.s[e + 1..].trim_start();
                if !next.starts_with(|c: char| c.is_ascii_digit()) {
                    return e;
                }
            }
            return e + 1;
        }
        e
    }

    /// Whether `i` starts a whitespace-delimited chunk (or follows an opening bracket).
    fn at_chunk_start(&self, i: usize) -> bool {
        i == 0
            || matches!(
                self.b[i - 1],
                b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'<' | b'[' | b'"'
            )
    }

    /// If the chunk at `start` is a URL or an e-mail address, its end (trailing
    /// sentence punctuation excluded).
    fn url_or_email(&self, start: usize) -> Option<usize> {
        let rest = &self.b[start..];
        let mut end = rest.len();
        let mut at = None;
        let mut colon_slashes = false;
        for (k, &c) in rest.iter().enumerate() {
            match c {
                b'<' | b'>' | b'"' => {
                    end = k;
                    break;
                }
                c if c.is_ascii_whitespace() => {
                    end = k;
                    break;
                }
                0x80..
                    if self.s.is_char_boundary(start + k)
                        && self.char_at(start + k).0.is_whitespace() =>
                {
                    end = k; // no-break and other Unicode spaces
                    break;
                }
                b'@' if at.is_none() => at = Some(k),
                b':' if rest[k..].starts_with(b"://") => colon_slashes = true,
                _ => {}
            }
        }
        let chunk = &rest[..end];
        let www = chunk.len() > 4 && chunk[..4].eq_ignore_ascii_case(b"www.");
        let email = at.is_some_and(|k| {
            k > 0 && k < end && chunk[k + 1..].contains(&b'.') && self.is_word_at(start + k + 1)
        });
        if !(colon_slashes || www || email) {
            return None;
        }
        let mut e = start + end;
        let has_open_paren = chunk.contains(&b'(');
        while e > start {
            let (c, len) = match self.s[start..e].chars().next_back() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            };
            let trim = matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | ']' | '}' | '”' | '’' | '»'
            ) || (c == ')' && !has_open_paren);
            if !trim {
                break;
            }
            e -= len;
        }
        // Must still contain a dot or `://` after trimming, e.g. not just "www".
        (e > start + 4).then_some(e)
    }
}

fn is_clitic(s: &str) -> bool {
    CLITICS.iter().any(|c| c.eq_ignore_ascii_case(s))
}

/// Letters, digits and combining marks (Unicode); everything else that is not
/// whitespace is punctuation or a symbol.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05BD}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0900}'..='\u{0963}'
            | '\u{0966}'..='\u{0DFF}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{200C}'..='\u{200D}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn looks_past_a_multibyte_character_do_not_panic() {
        // Found by the fuzzer: a look one byte past a character after an
        // emoticon's nose or `w/` landed inside the character.
        let cases: &[(&str, &[&str])] = &[
            (
                "said :-\u{e9} today",
                &["said", ":", "-", "\u{e9}", "today"],
            ),
            ("went w/\u{e9} to", &["went", "w/\u{e9}", "to"]),
            (";\u{fffd}x", &[";", "\u{fffd}", "x"]),
        ];
        for (text, want) in cases {
            assert_eq!(&toks(text), want, "{text:?}");
        }
    }

    #[test]
    fn ptb_conventions() {
        let cases: &[(&str, &[&str])] = &[
            ("Kim met Putin.", &["Kim", "met", "Putin", "."]),
            ("Russia's army", &["Russia", "'s", "army"]),
            ("Russia’s army", &["Russia", "’s", "army"]),
            ("I don't know", &["I", "do", "n't", "know"]),
            ("they can’t go", &["they", "ca", "n’t", "go"]),
            (
                "we're, you've, he'll, she'd, I'm",
                &[
                    "we", "'re", ",", "you", "'ve", ",", "he", "'ll", ",", "she", "'d", ",", "I",
                    "'m",
                ],
            ),
            ("the parents' house", &["the", "parents", "'", "house"]),
            ("O'Brien said", &["O'Brien", "said"]),
            ("rock'n'roll", &["rock'n'roll"]),
            ("15,000 troops", &["15,000", "troops"]),
            ("3.5 per cent", &["3.5", "per", "cent"]),
            ("in 1986/87 and 1980s", &["in", "1986/87", "and", "1980s"]),
            ("at 10:30 a.m. today", &["at", "10:30", "a.m.", "today"]),
            ("$4.25 an hour", &["$", "4.25", "an", "hour"]),
            ("up 5%.", &["up", "5", "%", "."]),
            ("Mr. Kim", &["Mr.", "Kim"]),
            ("the U.S. and U.K.", &["the", "U.S.", "and", "U.K."]),
            ("on Sept. 3", &["on", "Sept.", "3"]),
            ("J. K. Rowling", &["J.", "K.", "Rowling"]),
            ("George W. Bush", &["George", "W.", "Bush"]),
            (
                "e.g. this, i.e. that",
                &["e.g.", "this", ",", "i.e.", "that"],
            ),
            ("a Ph.D. student", &["a", "Ph.D.", "student"]),
            ("Acme Inc.", &["Acme", "Inc."]),
            ("plan B.", &["plan", "B", "."]),
            ("Dr. No said no.", &["Dr.", "No", "said", "no", "."]),
            ("No. 5", &["No.", "5"]),
            ("long-range missiles", &["long", "-", "range", "missiles"]),
            ("U.S.-based", &["U.S.", "-", "based"]),
            (
                "see https://example.com/a?b=1.",
                &["see", "https://example.com/a?b=1", "."],
            ),
            ("(www.bbc.co.uk)", &["(", "www.bbc.co.uk", ")"]),
            (
                "mail john.smith@example.org, now",
                &["mail", "john.smith@example.org", ",", "now"],
            ),
            (
                "“Really?” she asked",
                &["“", "Really", "?", "”", "she", "asked"],
            ),
            (
                "war — and peace – now",
                &["war", "—", "and", "peace", "–", "now"],
            ),
            ("• Vladimir Putin", &["•", "Vladimir", "Putin"]),
            ("wait... what --", &["wait", "...", "what", "--"]),
            ("`` quoted '' text", &["``", "quoted", "''", "text"]),
            ("Russia 's do n't", &["Russia", "'s", "do", "n't"]),
            ("AT&T and S&P", &["AT&T", "and", "S&P"]),
            ("and/or", &["and", "/", "or"]),
            ("Zürich café naïve", &["Zürich", "café", "naïve"]),
            ("said: \"Yes.\"", &["said", ":", "\"", "Yes", ".", "\""]),
            ("in the U.S.", &["in", "the", "U.S."]),
            ("Sept. 3, 2025", &["Sept.", "3", ",", "2025"]),
            (
                "send an e-mail to non-members",
                &["send", "an", "e-mail", "to", "non-members"],
            ),
            (
                "a counter-attack, a follow-up",
                &["a", "counter-attack", ",", "a", "follow", "-", "up"],
            ),
            (
                "call 713-664-7478 or 853-3242",
                &["call", "713-664-7478", "or", "853-3242"],
            ),
            (
                "in 1990-91 and 2000-2004",
                &["in", "1990", "-", "91", "and", "2000", "-", "2004"],
            ),
            (
                "I cannot, we dont, gonna",
                &["I", "can", "not", ",", "we", "do", "nt", ",", "gon", "na"],
            ),
            (
                "Really?!! Yes... fine.?",
                &["Really", "?!!", "Yes", "...", "fine", ".?"],
            ),
            (
                "apples, pears etc...",
                &["apples", ",", "pears", "etc", "..."],
            ),
            ("pears etc.", &["pears", "etc", "."]),
            ("great :-) thanks :)", &["great", ":-)", "thanks", ":)"]),
            ("Note:Please", &["Note", ":", "Please"]),
            (
                "open report_v2.pdf at paulhastings.com",
                &["open", "report_v2.pdf", "at", "paulhastings.com"],
            ),
            (
                "Warner@ENRON and @kg_bot",
                &["Warner@ENRON", "and", "@kg_bot"],
            ),
            ("w/ sugar b/c w/o", &["w/", "sugar", "b/c", "w/o"]),
            ("$$$ ***** ====", &["$$$", "*****", "===="]),
            (
                "visit http://x.org/a\u{3000}now",
                &["visit", "http://x.org/a", "now"],
            ),
            ("no\u{a0}break", &["no", "break"]),
            // The segmenter's abbreviations keep their periods here too.
            (
                "of Houston, Tex. for cash",
                &["of", "Houston", ",", "Tex.", "for", "cash"],
            ),
            ("MR. KIM left", &["MR.", "KIM", "left"]),
            ("on Fifth Ave.", &["on", "Fifth", "Ave."]),
        ];
        for (text, want) in cases {
            assert_eq!(&toks(text), want, "tokenizing {text:?}");
        }
    }

    #[test]
    fn spans_are_document_offsets() {
        let doc = "First. Then Mr. Kim's visit.";
        let span = Span::new(7, doc.len());
        let got: Vec<(usize, &str)> = tokenize(doc, span)
            .iter()
            .map(|t| (t.span.start, t.text(doc)))
            .collect();
        assert_eq!(
            got,
            [
                (7, "Then"),
                (12, "Mr."),
                (16, "Kim"),
                (19, "'s"),
                (22, "visit"),
                (27, ".")
            ]
        );
    }

    #[test]
    fn tokenize_into_reuses_the_buffer() {
        let doc = "a b c. d e";
        let mut buf = Vec::new();
        tokenize_into(doc, Span::new(0, 6), &mut buf);
        assert_eq!(buf.len(), 4);
        tokenize_into(doc, Span::new(7, doc.len()), &mut buf);
        let texts: Vec<&str> = buf.iter().map(|t| t.text(doc)).collect();
        assert_eq!(texts, ["d", "e"]);
    }

    #[test]
    fn odd_input_never_panics_and_covers_no_space() {
        for text in [
            "",
            " ",
            "'",
            "’",
            "n't",
            "a'",
            "..",
            "-",
            "1.",
            "1,",
            "x@",
            "www.",
            "\u{FEFF}a",
            "é.",
            "http://",
        ] {
            let t = tokenize(text, Span::new(0, text.len()));
            for tok in &t {
                assert!(
                    !tok.text(text).trim().is_empty(),
                    "{text:?} gave an empty token"
                );
            }
        }
        assert_eq!(toks("n't"), ["n't"]);
    }
}
