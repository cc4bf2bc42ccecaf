/** A skill found in a text: its UTF-16 span and the graph skill it links to. */
export interface SkillMention {
  /** Start offset (UTF-16, inclusive) in the input text. */
  start: number;
  /** End offset (UTF-16, exclusive). */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** Linked graph skill id, or null for an open-vocabulary mention. */
  skillId: string | null;
  /** Preferred label of the linked skill (the mention text when open-vocabulary). */
  label: string;
  /** Confidence in [0, 1]. */
  score: number;
  /** "dictionary": a graph label matched verbatim; "semantic": linked by similarity. */
  source: "dictionary" | "semantic";
  /** True when the phrase looks like a skill but no graph skill is close enough. */
  openVocabulary?: boolean;
}

/** One entry of a ranked skill list. */
export interface RankedSkill {
  skillId: string;
  label: string;
  score: number;
}

/** One entry of a ranked occupation list. */
export interface RankedOccupation {
  occupationId: string;
  label: string;
  score: number;
}

/** Longest texts the linkers accept (UTF-16 units); longer input is an INPUT_TOO_LARGE error. */
export const MAX_TEXT_LENGTH = 4_000_000;
