// Text modules, bundled as strings by wrangler's Text module rule (see wrangler.toml): source
// texts that citations point into, and the browser scripts (which the build writes into assets/).
declare module '*.txt' {
  const text: string;
  export default text;
}

declare module '*.browser.js' {
  const source: string;
  export default source;
}
