//! Debug view of in-document resolution: each text file in, every mention with
//! the entity (or pronoun chain) it was resolved to out, one line per mention:
//! `sentence  mention  form  → entity`.
//!
//! `cargo run --release --example coref-doc -- ARTICLE.txt...`

use anyhow::Context;
use kg::extract::extract_sentences;
use kg::pipeline::{Segmentation, analyse_document};
use kg::resolve::resolve_mentions;
use kg::text::Document;

fn main() -> anyhow::Result<()> {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
        let analysed = analyse_document(
            Document {
                name: path.clone(),
                text,
            },
            Segmentation::Prose,
        );
        let ex = extract_sentences(&analysed.doc, analysed.sentences);
        let (entities, mentions) = resolve_mentions(&analysed.doc, &ex);
        println!("== {path}");
        for m in &mentions {
            let entity = m.entity.map_or("-".to_string(), |e| {
                format!("{} ({})", entities[e].name, entities[e].kind)
            });
            println!(
                "{:>3}  {:<40} {:<12} → {entity}",
                m.sentence,
                format!("{:?}", m.span.of(&analysed.doc.text)),
                format!("{:?}{}", m.form, if m.role_owner { "/owner" } else { "" }),
            );
        }
    }
    Ok(())
}
