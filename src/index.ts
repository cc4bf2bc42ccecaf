/** skillgraph's public library API. */

export * from "./core/atomic-write.js";
export * from "./core/errors.js";
export * from "./core/paths.js";
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
export * from "./graph/model.js";
export * from "./graph/skill-graph.js";
export { importCrosswalk, onetOccupationId } from "./graph/crosswalk-importer.js";
export { ESCO_SOURCE, importEsco } from "./graph/esco-importer.js";
export type { ImportSummary } from "./graph/import-summary.js";
export { importOnet, ONET_SOURCE, type OnetImportOptions, onetTechnologyId } from "./graph/onet-importer.js";
export { createRandom, type Random } from "./graph/random.js";
export {
  decodeGraphSnapshot,
  encodeGraphSnapshot,
  loadGraphOrEmpty,
  loadGraphSnapshot,
  saveGraphSnapshot,
} from "./graph/snapshot.js";
export * as learn from "./learn/index.js";
export {
  type Model as LearnedModel,
  loadModel as loadLearnedModel,
  saveModel as saveLearnedModel,
  trainLogisticRegression,
  trainMlp,
  trainPairwise,
  trainTwoTower,
} from "./learn/index.js";
export { createServer } from "./server/create-server.js";
export { createDefaultEngine, type DefaultEngineOptions } from "./server/default-engine.js";
export type { ServerEngine } from "./server/engine.js";
export { createFakeEngine } from "./server/fake-engine.js";
export { assertSafeBinding } from "./server/security.js";
export type { RateLimitOptions, ServerOptions } from "./server/server-options.js";
export { type OpenStoreOptions, openStore } from "./store/open-store.js";
export type { CandidateRecord, JobRecord, ScoreRecord, Store } from "./store/store.js";
