// npm run analyst -- <add|rotate|revoke|list> [name] [--remote]
//
// Adds, rotates and revokes named analysts' tokens in the D1 database (the local one that
// `npm run dev` uses, or with --remote the deployed one). A new token is printed once and stored
// only as its SHA-256: keep it, since the service cannot show it again. Writes then record the
// analyst's name (observations, sources, scenario versions, retractions, retirements).
import { execFileSync } from 'node:child_process';
import {
  addStatement,
  checkName,
  LIST_STATEMENT,
  newToken,
  revokeStatement,
  rotateStatements,
} from './analyst-sql.mjs';

const USAGE = 'usage: npm run analyst -- <add|rotate|revoke|list> [name] [--remote]';
const args = process.argv.slice(2);
const remote = args.includes('--remote');
const [command, name] = args.filter((a) => a !== '--remote');

/** Runs statements; with `json`, answers the rows of the last one (wrangler's --json output). */
function d1(sql, json = false) {
  const args = ['wrangler', 'd1', 'execute', 'DB', remote ? '--remote' : '--local', '--command', sql];
  if (!json) {
    execFileSync('npx', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    return [];
  }
  const out = execFileSync('npx', [...args, '--json'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  return JSON.parse(out).at(-1)?.results ?? [];
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

const at = new Date().toISOString();
if (command === 'list') {
  d1(LIST_STATEMENT);
} else if (command === 'add' || command === 'rotate' || command === 'revoke') {
  const problem = checkName(name);
  if (problem) fail(`${problem}\n${USAGE}`);
  if (command === 'revoke') {
    // Say so when nothing was revoked (a mistyped name): a leaked token must not seem dealt with.
    if (d1(revokeStatement(name, at), true).length === 0) fail(`${name} has no live token: nothing was revoked.`);
    console.log(`Revoked ${name}'s token: it writes nothing from now on.`);
  } else {
    const token = newToken();
    d1(command === 'add' ? addStatement(name, token, at) : rotateStatements(name, token, at));
    console.log(`\n${name}'s token (shown once; the service keeps only its SHA-256):\n\n  ${token}\n`);
    console.log('Write with it as: Authorization: Bearer <token>');
  }
} else {
  fail(USAGE);
}
