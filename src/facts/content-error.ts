// The one error the loaders throw for broken content: it names the file and the path inside it,
// so an author can go straight to the mistake.

export interface ContentProblem {
  /** Path inside the file, dotted, e.g. `indicators.2.condition.of.fact`. Empty for the whole file. */
  path: string;
  message: string;
}

export class ContentError extends Error {
  readonly file: string;
  readonly problems: readonly ContentProblem[];

  constructor(file: string, problems: readonly ContentProblem[]) {
    super(`${file}: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`);
    this.name = 'ContentError';
    this.file = file;
    this.problems = problems;
  }
}
