// The Worker's bindings, as declared in wrangler.toml.
export interface Env {
  /** Digest history and the latest pointer (key layout in src/digest/store.ts). */
  DIGESTS: KVNamespace;
  /** Observations (schema in migrations/; store in src/observations/store.ts). */
  DB: D1Database;
  /** The bearer token that authorizes writes; with none set, writes are refused. */
  ADMIN_TOKEN?: string;
  /** How long an isolate may serve briefs before re-reading observations, in seconds (default 30). */
  OBSERVATIONS_TTL_SECONDS?: string;
  /** How long an isolate keeps the latest digest pointer it read, in seconds (default 10). */
  DIGEST_POINTER_TTL_SECONDS?: string;
  /** The files generated at build time (`npm run contract`, assets/), read by src/http/static-assets.ts. */
  ASSETS: Fetcher;
  /** Metadata of the deployed Worker version; its id keys the edge cache to the code revision. */
  CF_VERSION_METADATA?: WorkerVersionMetadata;
}
