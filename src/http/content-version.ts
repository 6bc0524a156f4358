// The version an edge-cache entry is keyed by: the content hashes of rules and facts, and the
// deployed code revision (the Worker version id), so new code or content never meets old entries.
import type { Catalog } from '../catalog/catalog';
import type { Env } from '../env';

/** The Worker version id of the deployed code ('unversioned' locally and in tests). */
function codeRevision(env: Env | undefined): string {
  return env?.CF_VERSION_METADATA?.id ?? 'unversioned';
}

/** The deployed code revision alone: what a code-only route's entries are keyed by. */
export function codeVersion(env: Env | undefined): string {
  return `code.${codeRevision(env)}`;
}

/** `<rules>.<facts>.<code>`: changes whenever the content or the deployed code does. */
export function cacheVersion(catalog: Catalog, env: Env | undefined): string {
  return `${catalog.version.rules}.${catalog.version.facts}.${codeRevision(env)}`;
}
