// Source texts are bundled as strings by wrangler's Text module rule (see wrangler.toml).
declare module '*.txt' {
  const text: string;
  export default text;
}
