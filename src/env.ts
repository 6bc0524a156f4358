// The Worker's bindings, as declared in wrangler.toml.
export interface Env {
  /** Digest history and the latest pointer (key layout in src/digest/store.ts). */
  DIGESTS: KVNamespace;
  /** Metadata of the deployed Worker version; its id keys the edge cache to the code revision. */
  CF_VERSION_METADATA?: WorkerVersionMetadata;
}

export interface AppBindings {
  Bindings: Env;
  Variables: {
    /** The content version edge-cache entries are keyed by (see http/content-version.ts). */
    cacheVersion: string;
  };
}
