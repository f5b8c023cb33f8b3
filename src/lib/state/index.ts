/**
 * The one store every tool uses: versioned, guarded localStorage, export and import files,
 * and messages for everything that can go wrong. No DOM here beyond the Storage interface.
 */
export { APP_ID, decodeEnvelope, encodeEnvelope, storageKey } from './envelope';
export type { DecodeError, DecodeResult, Envelope, StateSchema, ToolStateDefinition } from './envelope';
export { describeDecodeError, describeStoreProblem } from './messages';
export { defaultJsonLimits, parseSafeJson } from './safe-json';
export type { JsonLimits } from './safe-json';
export { browserStorage, isQuotaError } from './storage';
export { ToolStore } from './store';
export type { LoadResult, SaveResult, StoreOptions, StoreProblem } from './store';
