//! Graphviz DOT writer: a graph selection in, a `digraph` that `dot -Tsvg`
//! renders without warnings out.
//!
//! Schema of the output:
//!
//! ```text
//! digraph kg {
//!   graph [rankdir=LR, fontname=…, …];          // defaults, then
//!   node [fontname=…, style=filled, …];
//!   edge [fontname=…, …];
//!   "Kim Jong Un" [label="Kim Jong Un", shape=ellipse, fillcolor="#dbe9f6", color="#4a78a8",
//!                  tooltip="person, 9 mentions\naliases: Kim, Mr Kim"];
//!   "Kim Jong Un" -> "Beijing" [label="arrive in", penwidth=2.0,
//!                  tooltip="arrive in (2 sentences)\n<first evidence sentence>"];
//! }
//! ```
//!
//! * Node ids are canonical names. Every id and string is quoted; `\` → `\\`,
//!   `"` → `\"`, line breaks → `\n`, other control characters → U+FFFD. In labels
//!   and tooltips `&` is written `&amp;` so that Graphviz shows names such as
//!   `AT&amp;T` literally instead of decoding them as entities.
//! * Shape and colours by [`EntityKind`]: person ellipse, country box, city
//!   rounded box, place hexagon, organization tab, group octagon, event diamond,
//!   work folder, other note; a fixed pastel palette (see [`style`]).
//! * Edge label = relation; `penwidth` = 1 + log2(weight), at most 5; tooltip =
//!   relation, number of supporting sentences and the first sentence.
//! * [`DotOptions::clusters`] groups nodes in `subgraph "cluster_<kind>"` boxes;
//!   [`DotOptions::focus`] draws the focus node with a thick red border and
//!   names it the graph's `root`, so `twopi` draws the neighbourhood around it.
//! * Order: nodes by name (within clusters: clusters in [`EntityKind::ALL`] order),
//!   then edges by (source, relation, target).

use std::io::{self, Write};

use petgraph::stable_graph::NodeIndex;

use super::{Ordered, endpoints};
use crate::graph::comention::{COMENTION, CoMentionLink};
use crate::graph::{KnowledgeGraph, Subgraph};
use crate::vocab::EntityKind;

/// Options of the DOT writer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DotOptions {
    /// Group nodes into one cluster box per entity kind.
    pub clusters: bool,
    /// Highlight this node (usually the centre of `kg export --focus`).
    pub focus: Option<NodeIndex>,
}

/// How a kind of entity is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeStyle {
    pub shape: &'static str,
    /// Value of the Graphviz `style` attribute.
    pub style: &'static str,
    pub fill: &'static str,
    pub border: &'static str,
}

/// The fixed palette: one shape and colour pair per kind.
pub fn style(kind: EntityKind) -> NodeStyle {
    let (shape, style, fill, border) = match kind {
        EntityKind::Person => ("ellipse", "filled", "#dbe9f6", "#4a78a8"),
        EntityKind::Country => ("box", "filled", "#dff0d8", "#4f8a3a"),
        EntityKind::City => ("box", "filled,rounded", "#eef6e6", "#6d9b4f"),
        EntityKind::Place => ("hexagon", "filled", "#f4f1dc", "#9a8c3a"),
        EntityKind::Organization => ("tab", "filled", "#fbe5d6", "#b85c38"),
        EntityKind::Group => ("octagon", "filled", "#ece2f4", "#7a5a9e"),
        EntityKind::Event => ("diamond", "filled", "#fff2cc", "#b8860b"),
        EntityKind::Work => ("folder", "filled", "#e0f2f1", "#2e7d74"),
        EntityKind::Other => ("note", "filled", "#eeeeee", "#777777"),
    };
    NodeStyle {
        shape,
        style,
        fill,
        border,
    }
}

const FONT: &str = "Helvetica,Arial,sans-serif";
const FOCUS_COLOR: &str = "#c0392b";

/// Write `selection` of `graph` as a DOT digraph.
pub fn write_dot(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    options: &DotOptions,
    w: &mut dyn Write,
) -> io::Result<()> {
    write_dot_with(graph, selection, options, &[], w)
}

/// [`write_dot`] with co-mentions after the facts: dashed grey lines without
/// arrow heads, `kind="co-mention"`, labelled with their count.
pub fn write_dot_with(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    options: &DotOptions,
    comentions: &[CoMentionLink<'_>],
    w: &mut dyn Write,
) -> io::Result<()> {
    let ordered = Ordered::new(graph, selection);
    writeln!(w, "digraph kg {{")?;
    writeln!(
        w,
        "  graph [rankdir=LR, fontname={font}, fontsize=12, nodesep=0.3, ranksep=0.8];",
        font = id(FONT)
    )?;
    if let Some(center) = options.focus.filter(|n| ordered.nodes.contains(n)) {
        // The centre for radial layouts (`twopi`); `dot` ignores it.
        writeln!(w, "  graph [root={}];", id(&graph.entity(center).name))?;
    }
    writeln!(
        w,
        "  node [fontname={font}, fontsize=11, style=filled, penwidth=1.2, margin=\"0.12,0.06\"];",
        font = id(FONT)
    )?;
    writeln!(
        w,
        "  edge [fontname={font}, fontsize=9, color=\"#666666\", fontcolor=\"#333333\", arrowsize=0.7];",
        font = id(FONT)
    )?;
    if options.clusters {
        for kind in EntityKind::ALL {
            let members: Vec<NodeIndex> = ordered
                .nodes
                .iter()
                .copied()
                .filter(|n| graph.entity(*n).kind == kind)
                .collect();
            if members.is_empty() {
                continue;
            }
            writeln!(w, "  subgraph {} {{", id(&format!("cluster_{kind}")))?;
            writeln!(
                w,
                "    graph [label={}, style=\"rounded,dashed\", color=\"#bbbbbb\", fontcolor=\"#777777\"];",
                id(kind.as_str())
            )?;
            for n in members {
                write_node(graph, n, options, "    ", w)?;
            }
            writeln!(w, "  }}")?;
        }
    } else {
        for &n in &ordered.nodes {
            write_node(graph, n, options, "  ", w)?;
        }
    }
    for &e in &ordered.edges {
        let (s, t) = endpoints(graph, e);
        let rel = graph.relation(e);
        let weight = rel.weight();
        let penwidth = (1.0 + (weight.max(1) as f64).log2()).min(5.0);
        let mut tooltip = format!(
            "{} ({} sentence{})",
            rel.relation,
            weight,
            if weight == 1 { "" } else { "s" }
        );
        if let Some(ev) = rel.evidence.first() {
            tooltip.push('\n');
            tooltip.push_str(&shorten(graph.evidence_text(ev), TOOLTIP_SENTENCE));
        }
        writeln!(
            w,
            "  {} -> {} [label={}, penwidth={penwidth:.1}, tooltip={}];",
            id(&graph.entity(s).name),
            id(&graph.entity(t).name),
            text(&rel.relation),
            text(&tooltip),
        )?;
    }
    for c in comentions {
        let mut tooltip = format!("{COMENTION} ({})", c.count());
        if let Some(ev) = c.evidence.first() {
            tooltip.push('\n');
            tooltip.push_str(&shorten(graph.evidence_text(ev), TOOLTIP_SENTENCE));
        }
        writeln!(
            w,
            "  {} -> {} [kind={COMENTION:?}, label={}, style=dashed, color=gray50, dir=none, tooltip={}];",
            id(&graph.entity(c.a).name),
            id(&graph.entity(c.b).name),
            text(&c.count().to_string()),
            text(&tooltip),
        )?;
    }
    writeln!(w, "}}")
}

fn write_node(
    graph: &KnowledgeGraph,
    n: NodeIndex,
    options: &DotOptions,
    indent: &str,
    w: &mut dyn Write,
) -> io::Result<()> {
    let entity = graph.entity(n);
    let st = style(entity.kind);
    let mut tooltip = format!(
        "{}, {} mention{}",
        entity.kind,
        entity.mentions,
        if entity.mentions == 1 { "" } else { "s" }
    );
    if !entity.aliases.is_empty() {
        let aliases: Vec<&str> = entity.aliases.keys().map(String::as_str).collect();
        tooltip.push_str("\naliases: ");
        tooltip.push_str(&aliases.join(", "));
    }
    let (border, penwidth) = if options.focus == Some(n) {
        (FOCUS_COLOR, ", penwidth=3")
    } else {
        (st.border, "")
    };
    writeln!(
        w,
        "{indent}{} [label={}, shape={}, style={}, fillcolor={}, color={}{penwidth}, tooltip={}];",
        id(&entity.name),
        text(&entity.name),
        st.shape,
        id(st.style),
        id(st.fill),
        id(border),
        text(&tooltip),
    )
}

/// Longest evidence sentence shown whole in an edge tooltip (in characters).
const TOOLTIP_SENTENCE: usize = 300;

/// The first `max` characters of `s`, followed by `…` when `s` is longer.
fn shorten(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => s.into(),
        Some((end, _)) => {
            let cut = s[..end].trim_end();
            format!("{cut}…").into()
        }
    }
}

/// A quoted DOT id: `\` → `\\`, `"` → `\"`, line breaks → `\n`, other control
/// characters → U+FFFD.
pub fn id(s: &str) -> String {
    quote(s, false)
}

/// A quoted DOT label or tooltip: as [`id`], and `&` → `&amp;`.
pub fn text(s: &str) -> String {
    quote(s, true)
}

/// Graphviz rejects a quoted string longer than 16384 bytes; longer ones are
/// written as `"…" + "…"` concatenations of pieces of about this size.
const CHUNK: usize = 8000;

fn quote(s: &str, entities: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut chunk_start = out.len();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if out.len() - chunk_start >= CHUNK {
            out.push_str("\" + \"");
            chunk_start = out.len();
        }
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '&' if entities => out.push_str("&amp;"),
            '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    #[test]
    fn quoting_escapes_everything_dot_would_misread() {
        let cases = [
            ("plain", "\"plain\"", "\"plain\""),
            ("a:b", "\"a:b\"", "\"a:b\""),
            ("say \"hi\"", "\"say \\\"hi\\\"\"", "\"say \\\"hi\\\"\""),
            ("c:\\dir\\", "\"c:\\\\dir\\\\\"", "\"c:\\\\dir\\\\\""),
            (
                "one\ntwo\r\nthree\rfour",
                "\"one\\ntwo\\nthree\\nfour\"",
                "\"one\\ntwo\\nthree\\nfour\"",
            ),
            ("AT&T <x>", "\"AT&T <x>\"", "\"AT&amp;T <x>\""),
            (
                "tab\there\u{1}",
                "\"tab here\u{FFFD}\"",
                "\"tab here\u{FFFD}\"",
            ),
            ("Zürich", "\"Zürich\"", "\"Zürich\""),
            ("", "\"\"", "\"\""),
        ];
        for (input, as_id, as_text) in cases {
            assert_eq!(id(input), as_id, "id({input:?})");
            assert_eq!(text(input), as_text, "text({input:?})");
        }
    }

    #[test]
    fn long_strings_are_split_into_concatenated_pieces() {
        let long = "\\\"ab".repeat(5000);
        let quoted = id(&long);
        let pieces: Vec<&str> = quoted.split("\" + \"").collect();
        assert_eq!(pieces.len(), 4);
        assert!(pieces.iter().all(|p| p.len() <= CHUNK + 2));
        // No escape sequence is cut in two: every piece ends an escape it starts.
        for p in &pieces[..pieces.len() - 1] {
            assert!(
                p.ends_with("ab") || p.ends_with("\\\\") || p.ends_with("\\\""),
                "{}",
                &p[p.len() - 4..]
            );
        }
        assert_eq!(
            pieces.concat(),
            format!("\"{}\"", "\\\\\\\"ab".repeat(5000))
        );
        assert!(!id(&"x".repeat(CHUNK)).contains('+'));
    }

    #[test]
    fn shorten_cuts_on_character_boundaries() {
        let cases = [
            ("short", 10, "short"),
            ("exactly 10", 10, "exactly 10"),
            ("Zürich Zürich", 7, "Zürich…"),
            ("Zürich Zürich", 8, "Zürich Z…"),
            ("", 0, ""),
        ];
        for (input, max, expected) in cases {
            assert_eq!(shorten(input, max), expected, "{input:?}");
        }
    }

    #[test]
    fn every_kind_has_a_distinct_look() {
        let looks: std::collections::BTreeSet<(&str, &str)> = EntityKind::ALL
            .into_iter()
            .map(|k| (style(k).shape, style(k).style))
            .collect();
        assert_eq!(looks.len(), EntityKind::ALL.len());
        let fills: std::collections::BTreeSet<&str> =
            EntityKind::ALL.into_iter().map(|k| style(k).fill).collect();
        assert_eq!(fills.len(), EntityKind::ALL.len());
    }

    fn render(g: &KnowledgeGraph, options: &DotOptions) -> String {
        let mut out = Vec::new();
        write_dot(g, &g.full(), options, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn nodes_and_edges_come_out_sorted_and_escaped() {
        let g = testgraph::nasty();
        let dot = render(&g, &DotOptions::default());
        assert!(dot.starts_with("digraph kg {\n"));
        assert!(dot.ends_with("}\n"));
        let statements: Vec<&str> = dot
            .lines()
            .filter(|l| l.starts_with("  \""))
            .map(|l| l.split(" [").next().unwrap().trim())
            .collect();
        assert_eq!(
            statements,
            [
                "\"Aleksandar Vučić\"",
                "\"Zürich\"",
                "\"a:b \\\"quoted\\\" \\\\ <x> & y\"",
                "\"Aleksandar Vučić\" -> \"Zürich\"",
                "\"Aleksandar Vučić\" -> \"a:b \\\"quoted\\\" \\\\ <x> & y\"",
                "\"a:b \\\"quoted\\\" \\\\ <x> & y\" -> \"Aleksandar Vučić\"",
            ]
        );
        assert!(dot.contains("label=\"say \\\"hi\\\" to\""));
        assert!(dot.contains("label=\"a:b \\\"quoted\\\" \\\\ <x> &amp; y\""));
        // weight 2 → penwidth 2.0; the tooltip carries the first sentence.
        assert!(dot.contains(
            "[label=\"meet\", penwidth=2.0, tooltip=\"meet (2 sentences)\\nVučić met \\\"the group\\\" in Zürich.\"]"
        ));
        assert!(dot.contains("tooltip=\"person, 3 mentions\\naliases: Mr Vučić, Vučić\""));
        assert!(!dot.contains("subgraph"));
    }

    #[test]
    fn clusters_group_nodes_by_kind_and_focus_is_highlighted() {
        let g = testgraph::nasty();
        let focus = g.node_by_name("Zürich");
        let dot = render(
            &g,
            &DotOptions {
                clusters: true,
                focus,
            },
        );
        let clusters: Vec<&str> = dot
            .lines()
            .filter(|l| l.trim_start().starts_with("subgraph"))
            .map(str::trim)
            .collect();
        assert_eq!(
            clusters,
            [
                "subgraph \"cluster_person\" {",
                "subgraph \"cluster_city\" {",
                "subgraph \"cluster_organization\" {",
            ]
        );
        assert!(dot.contains("\n  graph [root=\"Zürich\"];\n"));
        let zurich = dot
            .lines()
            .find(|l| l.starts_with("    \"Zürich\""))
            .unwrap();
        assert!(zurich.contains("color=\"#c0392b\", penwidth=3"), "{zurich}");
        assert_eq!(dot.matches("penwidth=3").count(), 1);
    }

    #[test]
    fn empty_selection_is_an_empty_digraph() {
        let g = testgraph::nasty();
        let mut out = Vec::new();
        write_dot(&g, &Subgraph::default(), &DotOptions::default(), &mut out).unwrap();
        let dot = String::from_utf8(out).unwrap();
        assert_eq!(dot.lines().count(), 5, "{dot}");
    }
}
