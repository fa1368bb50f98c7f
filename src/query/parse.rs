//! Query parser: `.kgq` text in, [`Statement`]s out (or a [`QueryError`] at the
//! line and column where the text stops making sense).
//!
//! A line is split into words, `"quoted names"` (with `\"` and `\\` escapes) and
//! `?` wildcards; `#` outside quotes starts a comment. Keywords compare
//! case-insensitively; an entity name is a quoted string or one bare word, so a
//! name that looks like a keyword only needs quotes where a keyword could stand.

use super::{Name, Query, QueryError, Ranking, Statement};
use crate::graph::algo::Follow;

/// Hop bound of `paths` when no `max` is given.
pub const DEFAULT_MAX_HOPS: usize = 4;
/// Result bound of `paths` when no `limit` is given.
pub const DEFAULT_LIMIT: usize = 100;
/// The largest `max` a `paths` query may ask for.
pub const MAX_HOPS_CEILING: usize = 12;

const STATEMENTS: &str = "neighbours, path, paths, match, entity, components, documents or top";

/// Parse a whole query file (or one inline query).
///
/// ```
/// let statements = kg::query::parse("path \"Kim Jong Un\" to Ukraine # shortest\n").unwrap();
/// assert_eq!(statements.len(), 1);
/// assert_eq!(statements[0].line, 1);
/// ```
pub fn parse(text: &str) -> Result<Vec<Statement>, QueryError> {
    let mut out = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, line) in text.lines().enumerate() {
        let tokens = lex(line, i + 1)?;
        if tokens.is_empty() {
            continue;
        }
        let end = line.chars().count() + 1;
        let mut p = Parser {
            tokens,
            pos: 0,
            line: i + 1,
            end,
        };
        out.push(p.statement()?);
    }
    Ok(out)
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Quoted(String),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    column: usize,
}

impl Token {
    fn describe(&self) -> String {
        match &self.tok {
            Tok::Word(w) => format!("\"{w}\""),
            Tok::Quoted(q) => format!("the quoted name \"{q}\""),
        }
    }
    fn is_keyword(&self, kw: &str) -> bool {
        matches!(&self.tok, Tok::Word(w) if w.eq_ignore_ascii_case(kw))
    }
}

fn lex(line: &str, line_no: usize) -> Result<Vec<Token>, QueryError> {
    let mut tokens = Vec::new();
    let mut chars = line.chars().enumerate().peekable();
    while let Some(&(i, c)) = chars.peek() {
        let column = i + 1;
        if c.is_whitespace() {
            chars.next();
        } else if c == '#' {
            break;
        } else if c == '"' {
            chars.next();
            let mut s = String::new();
            loop {
                match chars.next() {
                    None => {
                        return Err(QueryError::syntax(
                            line_no,
                            column,
                            "unterminated quoted name",
                        ));
                    }
                    Some((_, '"')) => break,
                    Some((j, '\\')) => match chars.next() {
                        Some((_, e @ ('"' | '\\'))) => s.push(e),
                        Some((_, e)) => {
                            let msg = format!("unknown escape \"\\{e}\" (only \\\" and \\\\)");
                            return Err(QueryError::syntax(line_no, j + 1, msg));
                        }
                        None => {
                            return Err(QueryError::syntax(
                                line_no,
                                column,
                                "unterminated quoted name",
                            ));
                        }
                    },
                    Some((_, ch)) => s.push(ch),
                }
            }
            if let Some(&(j, ch)) = chars.peek()
                && !ch.is_whitespace()
                && ch != '#'
            {
                let msg = "expected a space after the closing quote";
                return Err(QueryError::syntax(line_no, j + 1, msg));
            }
            tokens.push(Token {
                tok: Tok::Quoted(s),
                column,
            });
        } else {
            let mut w = String::new();
            while let Some(&(_, ch)) = chars.peek() {
                if ch.is_whitespace() || ch == '#' {
                    break;
                }
                if ch == '"' {
                    let msg = "a quote inside a bare word; quote the whole name";
                    return Err(QueryError::syntax(
                        line_no,
                        chars.peek().unwrap().0 + 1,
                        msg,
                    ));
                }
                w.push(ch);
                chars.next();
            }
            tokens.push(Token {
                tok: Tok::Word(w),
                column,
            });
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    line: usize,
    /// Column just past the end of the line (for "expected … at the end").
    end: usize,
}

impl Parser {
    fn error(&self, column: usize, msg: impl Into<String>) -> QueryError {
        QueryError::syntax(self.line, column, msg)
    }

    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += usize::from(t.is_some());
        t
    }

    fn statement(&mut self) -> Result<Statement, QueryError> {
        let first = self.next().expect("a non-empty line");
        let column = first.column;
        let Tok::Word(word) = &first.tok else {
            return Err(self.error(
                column,
                format!(
                    "expected a statement ({STATEMENTS}), found {}",
                    first.describe()
                ),
            ));
        };
        let query = match word.to_ascii_lowercase().as_str() {
            "neighbours" | "neighbors" => self.neighbours(word)?,
            "path" => {
                let (from, to) = self.endpoints(word)?;
                if self.peek().is_some_and(|t| t.is_keyword("via")) {
                    self.pos += 1;
                    self.keyword("co-mentions", "after \"via\" in a path")?;
                    Query::CoPath { from, to }
                } else {
                    let directed = self.flags(&["directed"])?[0];
                    Query::Path { from, to, directed }
                }
            }
            "paths" => self.paths(word)?,
            "match" => {
                let subject = self
                    .term("a subject name or ?")?
                    .map(|(t, c)| Name::new(t, c));
                let relation = self.term("a relation or ?")?.map(|(t, _)| t.to_lowercase());
                let object = self
                    .term("an object name or ?")?
                    .map(|(t, c)| Name::new(t, c));
                let asserted = self.flags(&["asserted"])?[0];
                Query::Match {
                    subject,
                    relation,
                    object,
                    asserted,
                }
            }
            "entity" => Query::Entity {
                name: self.name(word)?,
            },
            "components" => self.with_comentions(Query::Components)?,
            "documents" => Query::Documents,
            "top" => {
                let n = self.number("top")?;
                self.keyword("by", "after the count")?;
                let by = match self.next() {
                    Some(t) if t.is_keyword("degree") => Ranking::Degree,
                    Some(t) if t.is_keyword("pagerank") => Ranking::Pagerank,
                    Some(t) => {
                        let msg = format!("expected degree or pagerank, found {}", t.describe());
                        return Err(self.error(t.column, msg));
                    }
                    None => return Err(self.error(self.end, "expected degree or pagerank")),
                };
                if by == Ranking::Pagerank && self.peek().is_some_and(|t| t.is_keyword("with")) {
                    let column = self.peek().map_or(self.end, |t| t.column);
                    return Err(self.error(column, "co-mentions rank by degree only"));
                }
                self.with_comentions(Query::Top { n, by })?
            }
            _ => {
                return Err(self.error(
                    column,
                    format!("unknown statement \"{word}\"; expected {STATEMENTS}"),
                ));
            }
        };
        if let Some(t) = self.peek() {
            let msg = format!("unexpected {} after the statement", t.describe());
            return Err(self.error(t.column, msg));
        }
        Ok(Statement {
            line: self.line,
            column,
            query,
        })
    }

    /// An entity name: a quoted string or one bare word.
    fn name(&mut self, after: &str) -> Result<Name, QueryError> {
        match self.next() {
            Some(Token {
                tok: Tok::Word(w) | Tok::Quoted(w),
                column,
            }) => Ok(Name::new(w, column)),
            None => Err(self.error(
                self.end,
                format!("expected an entity name after \"{after}\""),
            )),
        }
    }

    /// A name, or `None` for the `?` wildcard.
    fn term(&mut self, what: &str) -> Result<Option<(String, usize)>, QueryError> {
        match self.next() {
            Some(Token {
                tok: Tok::Word(w), ..
            }) if w == "?" => Ok(None),
            Some(Token {
                tok: Tok::Word(w) | Tok::Quoted(w),
                column,
            }) => Ok(Some((w, column))),
            None => Err(self.error(self.end, format!("expected {what}"))),
        }
    }

    fn keyword(&mut self, kw: &str, context: &str) -> Result<(), QueryError> {
        match self.next() {
            Some(t) if t.is_keyword(kw) => Ok(()),
            Some(t) => {
                let msg = format!("expected \"{kw}\" {context}, found {}", t.describe());
                Err(self.error(t.column, msg))
            }
            None => Err(self.error(self.end, format!("expected \"{kw}\" {context}"))),
        }
    }

    fn number(&mut self, after: &str) -> Result<usize, QueryError> {
        match self.next() {
            Some(t) => match &t.tok {
                Tok::Word(w) => match w.parse::<usize>() {
                    Ok(0) => Err(self.error(t.column, format!("\"{after}\" must be at least 1"))),
                    Ok(n) => Ok(n),
                    Err(e) if *e.kind() == std::num::IntErrorKind::PosOverflow => Err(self.error(
                        t.column,
                        format!("{w} is too large a number for \"{after}\""),
                    )),
                    Err(_) => Err(self.error(
                        t.column,
                        format!(
                            "expected a number after \"{after}\", found {}",
                            t.describe()
                        ),
                    )),
                },
                Tok::Quoted(_) => Err(self.error(
                    t.column,
                    format!(
                        "expected a number after \"{after}\", found {}",
                        t.describe()
                    ),
                )),
            },
            None => Err(self.error(self.end, format!("expected a number after \"{after}\""))),
        }
    }

    fn endpoints(&mut self, statement: &str) -> Result<(Name, Name), QueryError> {
        let from = self.name(statement)?;
        self.keyword("to", "after the first entity")?;
        let to = self.name("to")?;
        Ok((from, to))
    }

    /// Optional bare flags (each at most once), in any order, up to the end of the line.
    fn flags(&mut self, names: &[&str]) -> Result<Vec<bool>, QueryError> {
        let mut seen = vec![false; names.len()];
        while let Some(t) = self.peek().cloned() {
            let Some(i) = names.iter().position(|n| t.is_keyword(n)) else {
                break;
            };
            if seen[i] {
                return Err(self.error(t.column, format!("\"{}\" given twice", names[i])));
            }
            seen[i] = true;
            self.pos += 1;
        }
        Ok(seen)
    }

    /// `q`, or `q with co-mentions` when the line goes on with those words.
    fn with_comentions(&mut self, q: Query) -> Result<Query, QueryError> {
        if self.peek().is_some_and(|t| t.is_keyword("with")) {
            self.pos += 1;
            self.keyword("co-mentions", "after \"with\"")?;
            return Ok(Query::WithCoMentions(Box::new(q)));
        }
        Ok(q)
    }

    fn neighbours(&mut self, word: &str) -> Result<Query, QueryError> {
        let entity = self.name(word)?;
        let (mut depth, mut follow, mut via) = (None, None, None);
        let mut comentions = false;
        while let Some(t) = self.next() {
            let twice = |kw: &str| self.error(t.column, format!("\"{kw}\" given twice"));
            if t.is_keyword("with") {
                if comentions {
                    return Err(twice("with co-mentions"));
                }
                self.keyword("co-mentions", "after \"with\"")?;
                comentions = true;
            } else if t.is_keyword("depth") {
                if depth.is_some() {
                    return Err(twice("depth"));
                }
                depth = Some(self.number("depth")?);
            } else if t.is_keyword("via") {
                if via.is_some() {
                    return Err(twice("via"));
                }
                let rel = self.term("a relation after \"via\"")?;
                via = Some(rel.map(|(r, _)| r.to_lowercase()));
            } else if let Some(f) = [Follow::Out, Follow::In, Follow::Both]
                .into_iter()
                .find(|f| t.is_keyword(f.as_str()))
            {
                if follow.is_some() {
                    return Err(self.error(t.column, "the direction is given twice"));
                }
                follow = Some(f);
            } else {
                let msg = format!(
                    "unexpected {}; expected depth N, out, in, both, via RELATION or with co-mentions",
                    t.describe()
                );
                return Err(self.error(t.column, msg));
            }
        }
        let q = Query::Neighbours {
            entity,
            depth: depth.unwrap_or(1),
            follow: follow.unwrap_or_default(),
            via: via.flatten(),
        };
        Ok(if comentions {
            Query::WithCoMentions(Box::new(q))
        } else {
            q
        })
    }

    fn paths(&mut self, word: &str) -> Result<Query, QueryError> {
        let (from, to) = self.endpoints(word)?;
        let (mut max, mut limit, mut directed) = (None, None, false);
        while let Some(t) = self.next() {
            let twice = |kw: &str| self.error(t.column, format!("\"{kw}\" given twice"));
            if t.is_keyword("max") {
                if max.is_some() {
                    return Err(twice("max"));
                }
                let n = self.number("max")?;
                if n > MAX_HOPS_CEILING {
                    let msg = format!("\"max\" is at most {MAX_HOPS_CEILING} hops");
                    return Err(self.error(self.tokens[self.pos - 1].column, msg));
                }
                max = Some(n);
            } else if t.is_keyword("limit") {
                if limit.is_some() {
                    return Err(twice("limit"));
                }
                limit = Some(self.number("limit")?);
            } else if t.is_keyword("directed") {
                if directed {
                    return Err(twice("directed"));
                }
                directed = true;
            } else {
                let msg = format!(
                    "unexpected {}; expected max N, limit N or directed",
                    t.describe()
                );
                return Err(self.error(t.column, msg));
            }
        }
        Ok(Query::Paths {
            from,
            to,
            max: max.unwrap_or(DEFAULT_MAX_HOPS),
            limit: limit.unwrap_or(DEFAULT_LIMIT),
            directed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(text: &str, column: usize) -> Name {
        Name::new(text, column)
    }

    #[test]
    fn statements_parse_to_their_ast() {
        let cases: Vec<(&str, Query)> = vec![
            (
                r#"neighbours "Kim Jong Un""#,
                Query::Neighbours {
                    entity: n("Kim Jong Un", 12),
                    depth: 1,
                    follow: Follow::Both,
                    via: None,
                },
            ),
            (
                r#"neighbours "North Korea" depth 2 out via send # comment"#,
                Query::Neighbours {
                    entity: n("North Korea", 12),
                    depth: 2,
                    follow: Follow::Out,
                    via: Some("send".into()),
                },
            ),
            (
                r#"  NEIGHBORS Putin via "Send Troops To" in depth 3"#,
                Query::Neighbours {
                    entity: n("Putin", 13),
                    depth: 3,
                    follow: Follow::In,
                    via: Some("send troops to".into()),
                },
            ),
            (
                r#"path "Kim Jong Un" to "Ukraine""#,
                Query::Path {
                    from: n("Kim Jong Un", 6),
                    to: n("Ukraine", 23),
                    directed: false,
                },
            ),
            (
                "path Kim TO Ukraine directed",
                Query::Path {
                    from: n("Kim", 6),
                    to: n("Ukraine", 13),
                    directed: true,
                },
            ),
            (
                r#"path "to" to to"#,
                Query::Path {
                    from: n("to", 6),
                    to: n("to", 14),
                    directed: false,
                },
            ),
            (
                r#"paths "Kim Jong Un" to "Ukraine" max 4"#,
                Query::Paths {
                    from: n("Kim Jong Un", 7),
                    to: n("Ukraine", 24),
                    max: 4,
                    limit: DEFAULT_LIMIT,
                    directed: false,
                },
            ),
            (
                "paths A to B directed limit 5 max 3",
                Query::Paths {
                    from: n("A", 7),
                    to: n("B", 12),
                    max: 3,
                    limit: 5,
                    directed: true,
                },
            ),
            (
                r#"match ? "send" "Russia""#,
                Query::Match {
                    subject: None,
                    relation: Some("send".into()),
                    object: Some(n("Russia", 16)),
                    asserted: false,
                },
            ),
            (
                r#"match ? buy ? ASSERTED"#,
                Query::Match {
                    subject: None,
                    relation: Some("buy".into()),
                    object: None,
                    asserted: true,
                },
            ),
            (
                r#"match "?" ? ?"#,
                Query::Match {
                    subject: Some(n("?", 7)),
                    relation: None,
                    object: None,
                    asserted: false,
                },
            ),
            (
                r#"entity "Mr \"Rocket\" Kim \\ 2""#,
                Query::Entity {
                    name: n(r#"Mr "Rocket" Kim \ 2"#, 8),
                },
            ),
            (
                "entity Пу́тин",
                Query::Entity {
                    name: n("Пу́тин", 8),
                },
            ),
            ("components", Query::Components),
            ("documents", Query::Documents),
            (
                "top 10 by degree",
                Query::Top {
                    n: 10,
                    by: Ranking::Degree,
                },
            ),
            (
                "top 3 BY PageRank#x",
                Query::Top {
                    n: 3,
                    by: Ranking::Pagerank,
                },
            ),
        ];
        for (text, want) in cases {
            let got = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(got[0].query, want, "{text}");
        }
    }

    #[test]
    fn files_skip_blank_lines_and_comments_and_keep_line_numbers() {
        let text = "\u{feff}# example queries\r\n\ncomponents\r\n   # indented comment\n  top 1 by degree  # trailing\n";
        let got: Vec<(usize, usize)> = parse(text)
            .unwrap()
            .iter()
            .map(|s| (s.line, s.column))
            .collect();
        assert_eq!(got, [(3, 1), (5, 3)]);
    }

    #[test]
    fn bad_statements_report_line_and_column() {
        let cases = [
            (
                "frobnicate X",
                "1:1: unknown statement \"frobnicate\"; expected neighbours, path, paths, match, entity, components, documents or top",
            ),
            (
                "\"Kim\"",
                "1:1: expected a statement (neighbours, path, paths, match, entity, components, documents or top), found the quoted name \"Kim\"",
            ),
            (
                "components\npath Kim",
                "2:9: expected \"to\" after the first entity",
            ),
            (
                "path Kim from Putin",
                "1:10: expected \"to\" after the first entity, found \"from\"",
            ),
            ("path", "1:5: expected an entity name after \"path\""),
            ("path Kim to", "1:12: expected an entity name after \"to\""),
            (
                "path Kim Jong Un to Ukraine",
                "1:10: expected \"to\" after the first entity, found \"Jong\"",
            ),
            (
                "path A to B directed directed",
                "1:22: \"directed\" given twice",
            ),
            ("entity \"Kim", "1:8: unterminated quoted name"),
            (
                "entity \"Kim\\n\"",
                "1:12: unknown escape \"\\n\" (only \\\" and \\\\)",
            ),
            (
                "entity \"Kim\"Jong",
                "1:13: expected a space after the closing quote",
            ),
            (
                "entity Kim\"Jong\"",
                "1:11: a quote inside a bare word; quote the whole name",
            ),
            (
                "entity Kim Jong",
                "1:12: unexpected \"Jong\" after the statement",
            ),
            (
                "neighbours Kim depth x",
                "1:22: expected a number after \"depth\", found \"x\"",
            ),
            (
                "neighbours Kim depth 99999999999999999999999",
                "1:22: 99999999999999999999999 is too large a number for \"depth\"",
            ),
            (
                "neighbours Kim depth 0",
                "1:22: \"depth\" must be at least 1",
            ),
            (
                "neighbours Kim depth",
                "1:21: expected a number after \"depth\"",
            ),
            (
                "neighbours Kim out in",
                "1:20: the direction is given twice",
            ),
            (
                "neighbours Kim sideways",
                "1:16: unexpected \"sideways\"; expected depth N, out, in, both, via RELATION or with co-mentions",
            ),
            (
                "path A to B via friends",
                "1:17: expected \"co-mentions\" after \"via\" in a path, found \"friends\"",
            ),
            (
                "top 3 by pagerank with co-mentions",
                "1:19: co-mentions rank by degree only",
            ),
            ("paths A to B max 99", "1:18: \"max\" is at most 12 hops"),
            (
                "paths A to B limit -1",
                "1:20: expected a number after \"limit\", found \"-1\"",
            ),
            (
                "paths A to B sideways",
                "1:14: unexpected \"sideways\"; expected max N, limit N or directed",
            ),
            ("match ? meet", "1:13: expected an object name or ?"),
            (
                "top ten by degree",
                "1:5: expected a number after \"top\", found \"ten\"",
            ),
            (
                "top 5 degree",
                "1:7: expected \"by\" after the count, found \"degree\"",
            ),
            (
                "top 5 by fame",
                "1:10: expected degree or pagerank, found \"fame\"",
            ),
            (
                "components all",
                "1:12: unexpected \"all\" after the statement",
            ),
        ];
        for (text, want) in cases {
            let err = parse(text).expect_err(text);
            assert_eq!(err.to_string(), want, "{text}");
        }
        let err = parse("\n  path").unwrap_err().with_file("queries/q.kgq");
        assert_eq!(
            err.to_string(),
            "queries/q.kgq:2:7: expected an entity name after \"path\""
        );
    }

    #[test]
    fn printed_statements_parse_back_to_themselves() {
        let texts = [
            r#"neighbours "North Korea" depth 2 out via "send troops""#,
            r#"path "to" to "Mr \"X\" \\ Y" directed"#,
            "paths A to B max 3 limit 7",
            r##"match ? "?" "#x""##,
            "entity Пу́тин",
            "components",
            "top 5 by pagerank",
            r#"neighbours "Carl Icahn" depth 2 with co-mentions"#,
            r#"path "Carl Icahn" to Texaco via co-mentions"#,
            "components with co-mentions",
            "top 3 by degree with co-mentions",
        ];
        for text in texts {
            let first = parse(text).unwrap().remove(0);
            let printed = first.to_string();
            let again = parse(&printed)
                .unwrap_or_else(|e| panic!("{printed}: {e}"))
                .remove(0);
            let strip = |q: &Query| format!("{q}");
            assert_eq!(strip(&again.query), printed, "{text}");
            assert_eq!(again.to_string(), first.to_string(), "{text}");
        }
    }
}
