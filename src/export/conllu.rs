//! CoNLL-U output for `kg extract --format conllu`: an analysed document in,
//! the analysis as the Universal Dependencies format out.
//!
//! One block per sentence: `# newdoc id = NAME` before a document's first
//! sentence, `# sent_id = NAME#INDEX` and `# text = …` (newlines in the sentence
//! shown as spaces), then one line per token with the ten CoNLL-U columns: ID,
//! FORM (exactly as in the text), LEMMA, UPOS, XPOS (Penn Treebank), FEATS (`_`),
//! HEAD and DEPREL (from the dependency parser), DEPS (`_`) and MISC.
//! MISC holds, `|`-separated in this order: `Entity=B-KIND` or `Entity=I-KIND`
//! for the words of an entity mention (BIO over kg's kinds: person, country,
//! city, place, organization, group, event, work, other), `SpaceAfter=No` when the next
//! token follows without a space, and `TokenRange=START:END`, the token's byte
//! range in the document. A blank line ends each sentence. Sentences with no
//! token are left out.

use std::io::{self, Write};

use crate::nlp::{AnalysedSentence, MentionForm};
use crate::pipeline::Analysed;

/// Write a document's analysis as CoNLL-U.
pub fn write_conllu(a: &Analysed, w: &mut dyn Write) -> io::Result<()> {
    let text = a.doc.text.as_str();
    let name = one_line(&a.doc.name);
    let mut first = true;
    for s in a.sentences.iter().filter(|s| !s.is_empty()) {
        if first {
            writeln!(w, "# newdoc id = {name}")?;
            first = false;
        }
        writeln!(w, "# sent_id = {name}#{}", s.sentence.index)?;
        writeln!(w, "# text = {}", one_line(s.sentence.text(text)))?;
        write_sentence(text, s, w)?;
        writeln!(w)?;
    }
    Ok(())
}

fn write_sentence(text: &str, s: &AnalysedSentence, w: &mut dyn Write) -> io::Result<()> {
    let entities = entity_tags(s);
    for (i, t) in s.tokens.iter().enumerate() {
        let tag = s.tags[i];
        write!(
            w,
            "{}\t{}\t{}\t{}\t{}\t_\t",
            i + 1,
            t.text(text),
            s.lemma(i),
            tag.upos.as_str(),
            tag.tag.as_str(),
        )?;
        if s.tree.len() == s.tokens.len() {
            let head = s.tree.head(i).map_or(0, |h| h + 1);
            write!(w, "{head}\t{}\t_\t", s.tree.rel(i))?;
        } else {
            w.write_all(b"_\t_\t_\t")?;
        }
        let mut misc = Vec::with_capacity(3);
        if let Some((begin, kind)) = entities[i] {
            misc.push(format!("Entity={}-{kind}", if begin { 'B' } else { 'I' }));
        }
        let next = s.tokens.get(i + 1).map_or(t.span.end, |n| n.span.start);
        if next == t.span.end && i + 1 < s.tokens.len() {
            misc.push("SpaceAfter=No".to_string());
        }
        misc.push(format!("TokenRange={}:{}", t.span.start, t.span.end));
        writeln!(w, "{}", misc.join("|"))?;
    }
    Ok(())
}

/// For each token, whether it begins or continues an entity mention, and the
/// mention's kind. Names and acronyms count, by their name proper (the title of
/// `BA chairman Martin Broughton` is not part of the person's name).
fn entity_tags(s: &AnalysedSentence) -> Vec<Option<(bool, &'static str)>> {
    let mut out = vec![None; s.tokens.len()];
    for m in &s.mentions {
        if !matches!(m.form, MentionForm::Name | MentionForm::Acronym) {
            continue;
        }
        let mut begin = true;
        for (i, t) in s.tokens.iter().enumerate() {
            if t.span.start >= m.name.start && t.span.end <= m.name.end {
                out[i] = Some((begin, m.kind.as_str()));
                begin = false;
            }
        }
    }
    out
}

/// A name or sentence on one line: line breaks and tabs become spaces.
fn one_line(s: &str) -> String {
    s.replace(['\r', '\n', '\t'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Segmentation, analyse_document};
    use crate::text::Document;

    fn conllu(text: &str, seg: Segmentation) -> String {
        let doc = Document {
            name: "t.txt".into(),
            text: text.into(),
        };
        let mut out = Vec::new();
        write_conllu(&analyse_document(doc, seg), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_token_line_has_ten_columns_and_its_byte_range() {
        let text = "Kim Jong Un met Vladimir Putin in Beijing.\nThe talks ended.";
        let out = conllu(text, Segmentation::Prose);
        assert!(
            out.starts_with("# newdoc id = t.txt\n# sent_id = t.txt#0\n"),
            "{out}"
        );
        let mut tokens = 0;
        for line in out.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 10, "{line}");
            let range = cols[9].rsplit("TokenRange=").next().unwrap();
            let (a, b) = range.split_once(':').unwrap();
            assert_eq!(
                &text[a.parse::<usize>().unwrap()..b.parse().unwrap()],
                cols[1]
            );
            tokens += 1;
        }
        assert_eq!(tokens, 13);
        assert_eq!(
            out.matches("\n\n").count(),
            2,
            "one blank line after each sentence"
        );
    }

    #[test]
    fn entities_are_bio_over_kinds_and_space_after_is_marked() {
        let out = conllu("Kim Jong Un met Vladimir Putin.", Segmentation::Prose);
        let misc: Vec<(&str, &str)> = out
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                (c[1], c[9])
            })
            .collect();
        assert!(misc[0].1.starts_with("Entity=B-person|"), "{misc:?}");
        assert!(misc[1].1.starts_with("Entity=I-person|"), "{misc:?}");
        assert!(misc[4].1.starts_with("Entity=B-person|"), "{misc:?}");
        assert!(misc[5].1.contains("SpaceAfter=No"), "{misc:?}");
        assert!(!misc[6].1.contains("SpaceAfter=No"), "{misc:?}");
        assert!(misc[3].1.starts_with("TokenRange="), "{misc:?}");
    }

    #[test]
    fn pre_tokenized_lines_keep_their_tokens() {
        let out = conllu("Mr. Kim did n't go .\n", Segmentation::Tokens);
        let forms: Vec<&str> = out
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split('\t').nth(1).unwrap())
            .collect();
        assert_eq!(forms, ["Mr.", "Kim", "did", "n't", "go", "."]);
    }
}
