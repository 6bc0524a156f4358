// Text modules, read as strings by wrangler's Text module rule (see wrangler.toml) and by the
// build scripts' esbuild loader: source texts that citations point into (copied into the checked
// content) and the browser scripts (written into assets/). The worker imports neither.
declare module '*.txt' {
  const text: string;
  export default text;
}

declare module '*.browser.js' {
  const source: string;
  export default source;
}
