// Every exported function in src/ (TypeScript and the build scripts' .mjs) says what it returns or
// does: a `/** */` comment ending on the line directly above it. Checked on the source text, for
// the forms this codebase exports functions in: `export function`, `export async function`,
// `export default function name`, and `export const x =` an arrow or function expression
// (components and middleware included). Not checked: re-exports (`export { x }`, documented where
// declared), a function returned by a call (`export const x = memo(...)`), and class methods.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(tsx?|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f))
    .sort();
}

const OPENING = '([{<';
const CLOSING = ')]}>';

/** The text after a declaration's `=`, past any type annotation (which may span lines); undefined if none. */
function initializer(rest: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest.charAt(i);
    if (ch === '=' && rest.charAt(i + 1) === '>') i++;
    else if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch)) depth--;
    else if (depth === 0 && ch === '=') return rest.slice(i + 1).trimStart();
    else if (depth === 0 && ch === ';') return undefined;
  }
  return undefined;
}

/** Whether an initializer is a function: `function`, `x =>`, or a parameter list then `=>` (with any return type). */
function isFunction(init: string): boolean {
  const text = init.replace(/^async\s+/, '');
  if (/^function\b/.test(text) || /^[A-Za-z_$][\w$]*\s*=>/.test(text)) return true;
  if (!text.startsWith('(') && !text.startsWith('<')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '=' && text.charAt(i + 1) === '>') {
      if (depth === 0) return true;
      i++;
    } else if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch)) {
      depth--;
      // After the parameter list: an arrow, or a return type and then the arrow.
      if (depth === 0 && ch === ')' && !/^\s*(=>|:)/.test(text.slice(i + 1))) return false;
    } else if (depth === 0 && ch === ';') return false;
  }
  return false;
}

/** Whether a doc comment (one opened by slash, star, star) with some text in it ends on the line above line `i`. */
function documented(lines: readonly string[], i: number): boolean {
  if (!(lines[i - 1] ?? '').trimEnd().endsWith('*/')) return false;
  for (let j = i - 1; j >= 0; j--) {
    const line = lines[j] ?? '';
    const start = line.lastIndexOf('/*');
    if (start < 0) continue;
    if (!line.startsWith('/**', start)) return false;
    const body = lines
      .slice(j, i)
      .join('\n')
      .slice(start + 3)
      .replace(/\*\/\s*$/, '');
    return /[A-Za-z0-9]/.test(body);
  }
  return false;
}

/** `file:line name` for each exported function in the text without a doc comment directly above. */
function undocumented(file: string, text: string): string[] {
  const lines = text.split(/\r?\n/);
  return lines.flatMap((line, i) => {
    const declared = /^export\s+(?:default\s+)?(?:async\s+)?function\s*\*?\s*([\w$]+)/.exec(line);
    const constant = declared ? null : /^export\s+const\s+([\w$]+)/.exec(line);
    const name = declared?.[1] ?? constant?.[1];
    if (!name) return [];
    if (constant) {
      const init = initializer(lines.slice(i).join('\n').slice(constant[0].length));
      if (init === undefined || !isFunction(init)) return [];
    }
    return documented(lines, i) ? [] : [`${file}:${i + 1} ${name}`];
  });
}

describe('doc comments', () => {
  it('documents every exported function declared in src/ with a /** */ comment on the line above it', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(100);
    const missing = files.flatMap((file) => undocumented(file, readFileSync(join(root, file), 'utf8')));
    expect(missing).toEqual([]);
  });

  it('finds an undocumented export (the check can fail)', () => {
    const text = [
      '/** Documented. */',
      'export function a(): void {}',
      'export async function b(): Promise<void> {}',
      '// A line comment is not a doc comment.',
      'export const c = (x: number) => x;',
      '/* Nor is a block comment. */',
      'export const d = async <T,>(x: T): Promise<T> => x;',
      '/** */',
      'export const e = (x: number) => x;',
      '/**',
      ' * Documented over lines.',
      ' */',
      'export const f: FC<{',
      '  title: string;',
      '}> = ({ title }) => title;',
      'export const g: MiddlewareHandler = async (c, next) => next();',
      '',
      '/** Documented, but a blank line apart. */',
      '',
      'export const h = function () {};',
      'export const i = y => y;',
      'export const NOT_A_FUNCTION = (1 + 2) * 3;',
      'export const ALSO_NOT = v.object({ a: v.string() });',
      'export const TABLE = { day: (date: string) => date } as const;',
    ].join('\n');
    expect(undocumented('x.ts', text)).toEqual([
      'x.ts:3 b',
      'x.ts:5 c',
      'x.ts:7 d',
      'x.ts:9 e',
      'x.ts:16 g',
      'x.ts:20 h',
      'x.ts:21 i',
    ]);
  });
});
