//! The states a translated message can be in: one list for the renderers
//! (which need the reason or the older English) and the report (which
//! counts them).

use serde::Serialize;

/// The state of one segment's translation in one locale, with what the
/// renderers and the report need to say about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// The source locale: the text is the original.
    Source,
    Fresh,
    /// Translated from English that has since changed; `source_fingerprint`
    /// is the fingerprint of that older English.
    Stale {
        source_fingerprint: String,
    },
    Missing,
    /// Present but unusable; the reason names file and line.
    Invalid {
        reason: String,
    },
}

impl State {
    pub fn is_usable(&self) -> bool {
        matches!(self, State::Source | State::Fresh)
    }

    /// How the report counts this state: the source locale's own text
    /// counts as fresh.
    pub fn kind(&self) -> MessageState {
        match self {
            State::Source | State::Fresh => MessageState::Fresh,
            State::Stale { .. } => MessageState::Stale,
            State::Missing => MessageState::Missing,
            State::Invalid { .. } => MessageState::Invalid,
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            State::Source => "source",
            other => other.kind().name(),
        }
    }
}

/// A message's state as the report counts it; `Obsolete` is a message a
/// translation still has but the English no longer does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum MessageState {
    Fresh,
    Stale,
    Missing,
    Invalid,
    Obsolete,
}

impl MessageState {
    pub const ALL: [MessageState; 5] = [
        MessageState::Fresh,
        MessageState::Stale,
        MessageState::Missing,
        MessageState::Invalid,
        MessageState::Obsolete,
    ];

    pub fn name(self) -> &'static str {
        match self {
            MessageState::Fresh => "fresh",
            MessageState::Stale => "stale",
            MessageState::Missing => "missing",
            MessageState::Invalid => "invalid",
            MessageState::Obsolete => "obsolete",
        }
    }

    pub fn parse(s: &str) -> Option<MessageState> {
        MessageState::ALL.into_iter().find(|m| m.name() == s)
    }
}
