// Deploying to a fresh account is one command: the configuration names its storage without
// account-specific ids (wrangler >= 4.45 creates and links them on the first deploy), and the
// deploy script migrates the database around the deploy. What the deploy itself does on an account
// cannot run here (no network); this keeps the configuration from drifting back to placeholders.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const toml = readFileSync('wrangler.toml', 'utf8');
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('one-command deploy', () => {
  it('binds the digest store and the database with no ids to fill in', () => {
    expect(toml).toMatch(/\[\[kv_namespaces\]\]\s*\nbinding = "DIGESTS"/);
    expect(toml).toMatch(/\[\[d1_databases\]\]\s*\nbinding = "DB"/);
    // No id of any kind, placeholder or real: an account's ids do not belong in the repository.
    expect(toml).not.toMatch(/^\s*(id|database_id|preview_id)\s*=/m);
  });

  it('applies the remote migrations before and after `wrangler deploy`', () => {
    const steps = scripts.deploy?.split(/\s*(?:&&|;|\|\|)\s*/) ?? [];
    const deploy = steps.indexOf('wrangler deploy');
    expect(deploy).toBeGreaterThan(0);
    expect(steps.slice(0, deploy)).toContain('wrangler d1 migrations apply DB --remote');
    expect(steps.slice(deploy + 1)).toContain('wrangler d1 migrations apply DB --remote');
    // And the last step's failure is the command's failure: nothing after it swallows it.
    expect(scripts.deploy?.trim().endsWith('wrangler d1 migrations apply DB --remote')).toBe(true);
  });
});
