//! The built-in chrome rule set: data in `rules.toml`, embedded in the binary and
//! replaceable or extendable with a user file.

use crate::text::word_count;
use regex::{Regex, RegexBuilder};
use serde::Deserialize;
use std::path::Path;

/// The rules file embedded in the binary (`src/strip/rules.toml`).
pub const BUILT_IN_RULES: &str = include_str!("rules.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    #[serde(default)]
    rule: Vec<RuleSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    name: String,
    pattern: String,
    max_words: usize,
    #[serde(default)]
    opens: Opens,
}

/// The block a rule's line opens after the start of the article (see `strip::page`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Opens {
    /// None: the line alone is chrome.
    #[default]
    Nothing,
    /// A list of other stories: the line and the headline-like lines after it.
    List,
    /// A comment thread: the line and everything after it to the end of the page.
    Thread,
}

/// One compiled rule: a line of at most `max_words` words matching `pattern` is chrome.
#[derive(Debug, Clone)]
pub struct Rule {
    /// The rule's name, reported as the removal reason.
    pub name: String,
    /// The block the line opens after the start of the article.
    pub opens: Opens,
    pattern: Regex,
    max_words: usize,
}

/// A compiled rule set.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
}

impl RuleSet {
    /// Parses and compiles a rules file's text; `origin` names it in error messages.
    pub fn parse(text: &str, origin: &str) -> anyhow::Result<RuleSet> {
        let file: RulesFile = toml::from_str(text)
            .map_err(|e| anyhow::anyhow!("rules file {origin} is not valid: {e}"))?;
        let rules = file
            .rule
            .into_iter()
            .map(|spec| {
                let pattern = RegexBuilder::new(&spec.pattern)
                    .case_insensitive(true)
                    .build()
                    .map_err(|e| {
                        anyhow::anyhow!("rule {:?} in {origin} has a bad pattern: {e}", spec.name)
                    })?;
                Ok(Rule {
                    name: spec.name,
                    opens: spec.opens,
                    pattern,
                    max_words: spec.max_words,
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(RuleSet { rules })
    }

    /// The built-in rules.
    pub fn built_in() -> RuleSet {
        RuleSet::parse(BUILT_IN_RULES, "built-in rules.toml").expect("built-in rules compile")
    }

    /// The rule set for a run: the built-in rules, replaced by or extended with a file.
    pub fn load(file: Option<&Path>, extend: bool) -> anyhow::Result<RuleSet> {
        let Some(path) = file else {
            return Ok(RuleSet::built_in());
        };
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("cannot read rules file {}: {e}", path.display()))?;
        let mut user = RuleSet::parse(&text, &path.display().to_string())?;
        if extend {
            let mut all = RuleSet::built_in();
            all.rules.append(&mut user.rules);
            Ok(all)
        } else {
            Ok(user)
        }
    }

    /// The first rule that marks this line as chrome, if any.
    pub fn matching(&self, line: &str) -> Option<&Rule> {
        let line = line.trim();
        let words = word_count(line);
        self.rules
            .iter()
            .find(|r| words <= r.max_words && r.pattern.is_match(line))
    }

    /// How many rules the set holds.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when the set holds no rule.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name<'r>(rules: &'r RuleSet, line: &str) -> Option<&'r str> {
        rules.matching(line).map(|r| r.name.as_str())
    }

    #[test]
    fn built_in_rules_catch_labels_but_not_prose() {
        let rules = RuleSet::built_in();
        assert_eq!(name(&rules, "ADVERTISEMENT"), Some("advert-label"));
        assert_eq!(name(&rules, "- Anzeige -"), Some("advert-label"));
        assert_eq!(
            name(&rules, "© 2026 The Daily Ledger. All rights reserved."),
            Some("copyright-footer")
        );
        assert_eq!(
            name(&rules, "Share this: Facebook Twitter WhatsApp Email"),
            Some("share-prompt")
        );
        assert_eq!(
            name(
                &rules,
                "The advertisement ran for three weeks before the council complained about it."
            ),
            None
        );
    }

    #[test]
    fn user_rules_replace_or_extend() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.toml");
        std::fs::write(
            &path,
            "[[rule]]\nname = \"promo\"\npattern = '^buy now$'\nmax_words = 2\n",
        )
        .unwrap();
        let only = RuleSet::load(Some(&path), false).unwrap();
        assert_eq!(only.len(), 1);
        assert_eq!(name(&only, "Buy now"), Some("promo"));
        assert_eq!(name(&only, "Advertisement"), None);
        let both = RuleSet::load(Some(&path), true).unwrap();
        assert_eq!(name(&both, "Advertisement"), Some("advert-label"));
        assert_eq!(name(&both, "buy NOW"), Some("promo"));
        std::fs::write(
            &path,
            "[[rule]]\nname = \"bad\"\npattern = '(('\nmax_words = 2\n",
        )
        .unwrap();
        assert!(RuleSet::load(Some(&path), false).is_err());
    }
}
