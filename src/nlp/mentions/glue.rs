//! Names freed of what sticks to them: a mention whose name a news wire glued
//! to a date, a possessive or a ticker in (`Friday Reagan`, `Clayton Yeutter
//! Monday`, `'S Baker`, `Ameritech'S`, `Allegheny <Ag`), the mention with its
//! name cut to the part that is a name out, or nothing when no name is left.

use crate::nlp::{Mention, lexicon};
use crate::text::Span;

/// Cut off a name what is glued to it (`Friday Reagan`, `Clayton Yeutter
/// Monday`, `'S Baker`, `Ameritech'S`, `Allegheny <Ag`): the mention's name
/// shrinks to the part that is a name, and its span with it where they were
/// one. False when nothing of a name is left.
pub(super) fn unglued(text: &str, m: &mut Mention) -> bool {
    let old = m.name;
    let Some(name) = glue_free(text, old) else {
        return false;
    };
    if name == old {
        return true;
    }
    m.name = name;
    if m.span == old {
        m.span = name;
    } else if m.span.end == old.end {
        m.span = Span::new(m.span.start.min(name.start), name.end);
    }
    if m.span.start > m.name.start || m.span.end < m.name.end {
        m.span = m.span.join(m.name);
    }
    true
}

/// The part of the name at `span` that is a name: before a ticker's opening
/// bracket, else after its closing one, without a possessive `'s` at either
/// end (a name the lexicon knows keeps it: `Moody's`) or other punctuation
/// before it, without weekdays and months at either end (a month that is a
/// given name only before a place: `Brazil May`; `April Glaspie` and
/// `Theresa May` stay; `Black Monday` keeps its weekday). `None` when nothing
/// of a name is left, or only a common word (`Late` of `Late February`).
fn glue_free(text: &str, span: Span) -> Option<Span> {
    let s = span.of(text);
    let (mut start, mut end) = (0, s.len());
    let mut dated = false;
    // The date cut off the end is a whole one, month and day (`Reg April 14`).
    let mut labels_date = false;
    if let Some(b) = s.find(['<', '>']) {
        // `Allegheny <Ag`: the name before a ticker; `AXP> Shearson Lehman`:
        // after the end of one.
        if s[b..].starts_with('<') && s[..b].chars().any(char::is_alphanumeric) {
            end = b;
        } else {
            start = s.rfind(['<', '>']).map_or(0, |e| e + 1);
        }
    }
    loop {
        // Punctuation and space at the edges (`/Dec`, `Debt,`); a full stop
        // ends abbreviations (`U.S.`, `Corp.`).
        let part = &s[start..end];
        let head = part.trim_start_matches(|c: char| !c.is_alphanumeric() && !is_quote(c));
        start += part.len() - head.len();
        end = start
            + head
                .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '\''))
                .len();
        let words: Vec<&str> = s[start..end].split_whitespace().collect();
        let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
            return None;
        };
        let rest = |n: usize| s[start..end - n].trim_end();
        if first.starts_with(is_quote) {
            // `'S Baker`: a possessive whose owner the name lost.
            start += first.len();
        } else if words.len() > 1 && date_word(first) && !lexicon::weekday_of_paper(&words, 0) {
            start += first.len();
            dated = true;
        } else if words.len() > 1
            && (date_word(last)
                && !(words.len() == 2 && event_modifier(first))
                && !lexicon::weekday_of_paper(&words, words.len() - 1)
                || given_month(last)
                    && (not_a_given_name(rest(last.len()))
                        || day_follows(&text[span.start + end..])))
        {
            labels_date |= day_follows(&text[span.start + end..]);
            end -= last.len();
            dated = true;
        } else if let Some(owner) = last
            .strip_suffix(['s', 'S'])
            .and_then(|w| w.strip_suffix(is_quote))
            && lexicon::known_kind(&s[start..end]).is_none()
        {
            // `Ameritech'S`, `Bank's`: a possessive.
            end -= last.len() - owner.len();
        } else if words.len() == 1 && date_word(first) {
            return None;
        } else {
            break;
        }
        if start >= end {
            return None;
        }
    }
    let name = &s[start..end];
    let common = !name.contains(' ')
        && lexicon::known_kind(name).is_none()
        && (lexicon::common_capitalised(name) || super::is_dictionary_word(name));
    // One word before a whole date is the date's label in a wire table (`Reg
    // April 14`, `Pay May 8`), not a name; a place stays (`Tokyo April 14`).
    let label = labels_date && !name.contains(' ') && lexicon::known_kind(name).is_none();
    (!(dated && (common || label))).then(|| Span::new(span.start + start, span.start + end))
}

/// Whether the text after a month is a day of it (` 14.`, ` 8,`): one or two
/// digits after spaces, then no further digit.
fn day_follows(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\t', '\n']);
    if rest.len() == after.len() {
        return false;
    }
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    (1..=2).contains(&digits)
}

fn is_quote(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// A weekday, or a month that is no given name (`February`, `Oct`; not
/// `April`, `May`, `Jan`), any case, a full stop allowed.
fn date_word(word: &str) -> bool {
    const ABBREVIATED: &[&str] = &["feb", "apr", "jul", "sept", "oct", "nov", "dec"];
    let word = word.trim_end_matches('.');
    (lexicon::weekday_or_month(word) && !given_month(word))
        || ABBREVIATED.contains(&word.to_lowercase().as_str())
}

/// A month that is also a given name (`April`, `May`, `June`, `August`,
/// `Jan`), a full stop allowed.
fn given_month(word: &str) -> bool {
    const MONTHS: &[&str] = &["april", "may", "june", "august", "jan", "mar"];
    MONTHS.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// Whether the words before a month that is also a given name cannot be a
/// given name the month ends (`Theresa May`, `Bill May` stay): a place the
/// lexicon knows (`Brazil May`), or one word that is a common word, a time
/// zone or an abbreviation in capitals (`Soybean May`, `Gmt April`, `PB May`).
fn not_a_given_name(before: &str) -> bool {
    if lexicon::known_kind(before).is_some() {
        return true;
    }
    const TIME_ZONES: &[&str] = &[
        "bst", "cdt", "cet", "cst", "edt", "est", "gmt", "jst", "mdt", "mst", "pdt", "pst", "utc",
    ];
    !before.contains(' ')
        && !lexicon::given_name(before)
        && (TIME_ZONES.contains(&before.to_lowercase().as_str())
            || lexicon::common_capitalised(before)
            || super::is_dictionary_word(before)
            || before
                .chars()
                .all(|c| c.is_uppercase() || c == '/' || c == '.'))
}

/// Words that make a day an event (`Black Monday`, `Good Friday`).
fn event_modifier(word: &str) -> bool {
    const EVENTS: &[&str] = &[
        "ash", "black", "blue", "bloody", "cyber", "easter", "good", "holy", "maundy", "palm",
        "super",
    ];
    EVENTS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glue_comes_off_names() {
        // (name as found, the name left; None: no name left)
        let rows: &[(&str, Option<&str>)] = &[
            ("Friday Reagan", Some("Reagan")),
            ("Clayton Yeutter Monday", Some("Clayton Yeutter")),
            ("February Traffic", None),
            ("February Hecla Mining", Some("Hecla Mining")),
            ("'S Baker", Some("Baker")),
            ("Ameritech'S", Some("Ameritech")),
            ("Drexel's", Some("Drexel")),
            ("Allegheny <Ag", Some("Allegheny")),
            (
                "Ag> Shearson Lehman Brothers Inc.",
                Some("Shearson Lehman Brothers Inc."),
            ),
            ("/Dec", None),
            ("Late February", None),
            ("Soybean May", None),
            ("Brazil May", Some("Brazil")),
            ("EST April", Some("EST")),
            ("Gmt April", Some("Gmt")),
            ("Theresa May", Some("Theresa May")),
            ("Bill May", Some("Bill May")),
            // A day after the month makes it a date.
            ("Reg April 14", None),
            ("Reg July 17", None),
            ("Tokyo April 14", Some("Tokyo")),
            ("Clayton Yeutter May 5", Some("Clayton Yeutter")),
            ("Theresa May 1987", Some("Theresa May")),
            ("April Glaspie", Some("April Glaspie")),
            ("Black Monday", Some("Black Monday")),
            ("U.S.", Some("U.S.")),
            (
                "Moody's Investors Service",
                Some("Moody's Investors Service"),
            ),
        ];
        for (name, want) in rows {
            // A number ending the row follows the name in the text.
            let len = name
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .trim_end()
                .len();
            let text = format!("x {name} y");
            let got = glue_free(&text, Span::new(2, 2 + len)).map(|s| s.of(&text));
            assert_eq!(got, *want, "{name}");
        }
    }
}
