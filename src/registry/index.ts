export { lookupImages, locatorOf, DEFAULT_PLATFORM, DEFAULT_MAX_LAYER_BYTES } from './lookup.js'
export type {
  AccountsWanted,
  LookupOutcome,
  LookupReport,
  LookupRequest,
  LookupSettings,
  LookupStats,
} from './lookup.js'
export type { Credential } from './credentials.js'
export { defaultCacheDir } from './cache.js'
export type * from './types.js'
