/** skillgraph's public library API. */

export * from "./core/atomic-write.js";
export * from "./core/errors.js";
export * from "./core/paths.js";
export { createRandom, mulberry32, type Random } from "./core/random.js";
export * from "./datasets/rjdb-row.js";
export { detectDocumentType } from "./documents/detect-document-type.js";
export {
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  DEFAULT_MAX_DOCUMENT_BYTES,
  DEFAULT_MAX_PDF_PAGES,
  type DocumentText,
  type DocumentType,
  type DocumentWarning,
  type ReadDocumentOptions,
} from "./documents/document-types.js";
export {
  type DocumentByteStream,
  readDocument,
  readDocumentFile,
  readDocumentStream,
} from "./documents/read-document.js";
export {
  type EditGap,
  type EditProposal,
  type ProposedEdit,
  type ProposeEditsOptions,
  proposeEdits,
} from "./edit/propose-edits.js";
export {
  type LanguageModelRewrite,
  type RewriteWithLanguageModelOptions,
  rewriteWithLanguageModel,
} from "./edit/rewrite-with-llm.js";
export { type UnifiedDiffOptions, unifiedDiff } from "./edit/unified-diff.js";
export { type UnsupportedClaim, type VerifyEditResult, verifyEdit } from "./edit/verify-edit.js";
export { evaluateJobViews, type JobViewsEvaluation } from "./evaluate/job-views.js";
export { nameKey, sameSkillName, titleMatches, titleOrHeadMatches } from "./evaluate/name-match.js";
export {
  namesSameSkill,
  rjdbMatchMetrics,
  runRjdbMatch,
  trainMatcherOnRjdb,
} from "./evaluate/rjdb-match.js";
export {
  DecorteRowSchema,
  evaluateSkillLinking,
  type LinkingSentence,
  readDecorteCsv,
  type SkillLinkingReport,
} from "./evaluate/skill-linking.js";
export {
  evaluateTitleNormalization,
  type JobbertRow,
  readJobbertCsv,
  type TitleNormalizationReport,
} from "./evaluate/title-normalization.js";
export { contextFromRjdbRow, readContextsFile } from "./generate/contexts-file.js";
export { createTeacher, type Teacher, type TeacherOptions } from "./generate/create-teacher.js";
export { type DiversityReport, diversityReport } from "./generate/diversity-report.js";
export {
  EXPORT_TASKS,
  type ExportFormat,
  type ExportTask,
  exportRows,
  preferenceExample,
  sftExamples,
} from "./generate/export-dataset.js";
export {
  type GeneratedRow,
  generatedRowSchema,
  type RejectedRow,
  rejectedRowSchema,
} from "./generate/generated-row.js";
export {
  type ContextAt,
  type GenerationContext,
  generationContextSchema,
  toGenerationContext,
} from "./generate/generation-context.js";
export { graphContextStream } from "./generate/graph-context-stream.js";
export { type MergeSummary, mergeRuns } from "./generate/merge-runs.js";
export { createNearDuplicateIndex, type NearDuplicateIndex } from "./generate/near-duplicate-index.js";
export { type ContextReduction, reduceContext } from "./generate/reduce-context.js";
export {
  type GenerationRunOptions,
  type GenerationSummary,
  runGeneration,
} from "./generate/run-generation.js";
export { scriptedTeacherReply } from "./generate/scripted-teacher.js";
export { parseShard, type ShardSpec } from "./generate/shard.js";
export { syntheticContextStream } from "./generate/synthetic-context-stream.js";
export {
  type SampleContextOptions,
  type SampledContext,
  type SampledExperience,
  type SampledSkill,
  sampleContext,
} from "./graph/context-sampler.js";
export { importCrosswalk, onetOccupationId } from "./graph/crosswalk-importer.js";
export { describeNode, type NodeDescription } from "./graph/describe-node.js";
export { ESCO_SOURCE, importEsco } from "./graph/esco-importer.js";
export { type FindNodeOptions, type FoundNode, findNode, nodeOf } from "./graph/find-node.js";
export { attributionFor, type GraphStats, graphStats } from "./graph/graph-stats.js";
export type { ImportSummary } from "./graph/import-summary.js";
export { type InduceOptions, induceFromDataset } from "./graph/induce.js";
export { type LabelIndex, labelIndexOf, normalizeLabel } from "./graph/label-index.js";
export * from "./graph/model.js";
export { occupationSimilarity } from "./graph/occupation-similarity.js";
export {
  type OccupationLink,
  type OccupationSkills,
  occupationsOfSkill,
  type SkillLink,
  skillsOfOccupation,
} from "./graph/occupation-skills.js";
export { importOnet, ONET_SOURCE, type OnetImportOptions, onetTechnologyId } from "./graph/onet-importer.js";
export { type RelatedSkill, relatedSkills } from "./graph/related-skills.js";
export { type SearchHit, type SearchOptions, searchGraph } from "./graph/search-graph.js";
export * from "./graph/skill-graph.js";
export { type Similarity, skillSimilarity } from "./graph/skill-similarity.js";
export {
  decodeGraphSnapshot,
  encodeGraphSnapshot,
  loadGraphOrEmpty,
  loadGraphSnapshot,
  saveGraphSnapshot,
} from "./graph/snapshot.js";
export * as learn from "./learn/index.js";
export {
  loadModel as loadLearnedModel,
  type Model as LearnedModel,
  saveModel as saveLearnedModel,
  trainLogisticRegression,
  trainMlp,
  trainPairwise,
  trainTwoTower,
} from "./learn/index.js";
export {
  type Clock,
  createManualClock,
  seededRandom,
  systemClock,
} from "./llm/clock.js";
export {
  countFakeTokens,
  createFakeLanguageModel,
  type FakeLanguageModel,
  type FakeLanguageModelOptions,
  type FakeReply,
} from "./llm/fake-language-model.js";
export {
  type GenerateObjectOptions,
  type GenerateObjectResult,
  generateObject,
  jsonSchemaFor,
  parseJsonReply,
} from "./llm/generate-object.js";
export type {
  ChatMessage,
  ChatRole,
  EmbeddingModel,
  EmbedResult,
  FinishReason,
  GenerateRequest,
  GenerateResult,
  JsonSchemaResponseFormat,
  LanguageModel,
  TokenUsage,
} from "./llm/language-model.js";
export { createLlamaCpp, type LlamaCppModel, type LlamaCppOptions } from "./llm/llama-cpp.js";
export { isRetryableLlmError, type LlmErrorDetails } from "./llm/llm-error.js";
export {
  createOpenAICompatible,
  type OpenAICompatibleModel,
  type OpenAICompatibleOptions,
} from "./llm/openai-compatible.js";
export {
  type OpenAITestServer,
  startOpenAITestServer,
  type TestServerReply,
} from "./llm/openai-test-server.js";
export { redactPersonalData } from "./llm/redact.js";
export {
  createTransformersEmbedding,
  type TransformersEmbeddingModel,
  type TransformersEmbeddingOptions,
  type TransformersPooling,
} from "./llm/transformers-embedding.js";
export { cacheKeyFor, withCache } from "./llm/with-cache.js";
export { createSemaphore, withConcurrencyLimit } from "./llm/with-concurrency-limit.js";
export { type RateLimitOptions as LlmRateLimitOptions, withRateLimit } from "./llm/with-rate-limit.js";
export { withRedaction } from "./llm/with-redaction.js";
export { type RetryOptions, withRetry } from "./llm/with-retry.js";
export {
  type AccountedLanguageModel,
  costOf,
  type TokenPrice,
  type UsageTotals,
  withUsageAccounting,
} from "./llm/with-usage-accounting.js";
export { blindReport } from "./match/blind-report.js";
export {
  createMatcher,
  type Matcher,
  type MatcherOptions,
  type RankCandidate,
  type RankedResult,
} from "./match/create-matcher.js";
export { type ExplainWithLanguageModelOptions, explainWithLanguageModel } from "./match/explain-with-llm.js";
export { explainMatch } from "./match/explanation.js";
export { MATCH_FEATURE_NAMES, type MatchFeatureName, type MatchFeatures } from "./match/match-features.js";
export {
  type Evidence,
  type ExperienceGap,
  type MatchReport,
  matchReportSchema,
  type RequirementKind,
  type RequirementResult,
  type Verdict,
} from "./match/match-report.js";
export {
  createMatcherModel,
  defaultMatcherModelPath,
  loadDefaultMatcherModel,
  loadMatcherModel,
  type MatcherModel,
} from "./match/matcher-model.js";
export type { DocumentParsers, PreparedJob, PreparedResume } from "./match/prepare-documents.js";
export {
  type MatcherTrainingMetrics,
  type MatcherTrainingPair,
  type TrainMatcherOptions,
  trainMatcherModel,
} from "./match/train-matcher-model.js";
export { detectSections } from "./parse/detect-sections.js";
export { mergedMonths, monthsBetween } from "./parse/durations.js";
export { findDateRanges, findSingleDates, parseDate } from "./parse/find-dates.js";
export { formatJobText, formatResumeText } from "./parse/format-parsed.js";
export { parseJob } from "./parse/parse-job.js";
export { parseResume } from "./parse/parse-resume.js";
export {
  type DateRange,
  type EducationEntry,
  type EducationRequirement,
  type ExperienceClaim,
  type ExperienceRequirement,
  type ExperienceSummary,
  type ParsedJob,
  type ParsedResume,
  type ParseResumeOptions,
  type PersonalField,
  parsedJobSchema,
  parsedResumeSchema,
  type ResumeBasics,
  type Section,
  type SectionName,
  type SkillItem,
  type Span,
  type SpannedText,
  type WorkEntry,
  type YearMonth,
} from "./parse/types.js";
export * as recommend from "./recommend/index.js";
export {
  createGraphJobGenerator,
  createLlmJobGenerator,
  type IdealJob,
  recommendJobs,
  trainRewardModel,
} from "./recommend/index.js";
export { createServer } from "./server/create-server.js";
export { createDefaultEngine, type DefaultEngineOptions } from "./server/default-engine.js";
export type { ServerEngine } from "./server/engine.js";
export { createFakeEngine } from "./server/fake-engine.js";
export { assertSafeBinding } from "./server/security.js";
export type { RateLimitOptions, ServerOptions } from "./server/server-options.js";
export {
  cosineSimilarity,
  type EmbeddingRerankOptions,
  type TextEmbedder,
} from "./skills/embedding-model.js";
export { type LabelPolicy, labelPolicy } from "./skills/label-rules.js";
export type { PhraseLinkOptions } from "./skills/phrase-linker.js";
export { SkillDictionary, type SkillDictionaryOptions } from "./skills/skill-dictionary.js";
export { createSkillLinker, type SkillLinker, type SkillLinkerOptions } from "./skills/skill-linker.js";
export type { RankedOccupation, RankedSkill, SkillMention } from "./skills/skill-mention.js";
export { type CleanedTitle, cleanTitle } from "./skills/title-cleaning.js";
export {
  createTitleNormalizer,
  type TitleNormalizer,
  type TitleNormalizerOptions,
} from "./skills/title-normalizer.js";
export { loadWordVectors, type WordVectorOptions, type WordVectors } from "./skills/word-vectors.js";
export { type OpenStoreOptions, openStore } from "./store/open-store.js";
export type { CandidateRecord, JobRecord, ScoreRecord, Store } from "./store/store.js";
