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

function d1(sql) {
  execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', remote ? '--remote' : '--local', '--command', sql], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
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
    d1(revokeStatement(name, at));
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
