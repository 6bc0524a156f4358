// Text modules, bundled as strings by wrangler's Text module rule (see wrangler.toml): source
// texts that citations point into, and the browser scripts the worker serves.
declare module '*.txt' {
  const text: string;
  export default text;
}

declare module '*.browser.js' {
  const source: string;
  export default source;
}
