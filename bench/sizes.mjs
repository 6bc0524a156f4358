// Sizes as deployed: the worker upload wrangler reports for `deploy --dry-run` (raw and gzip), the
// main module alone, and the widget script gzipped as a browser receives it (a static asset, not
// part of the worker upload: assets/widget.js, written by `npm run contract`).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KiB = (bytes) => bytes / 1024;

export function measureSizes({ outdir }) {
  rmSync(outdir, { recursive: true, force: true });
  const log = execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
  });
  const upload = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(log);
  if (!upload) throw new Error(`wrangler did not report the upload size:\n${log}`);
  const files = readdirSync(outdir);
  const read = (pattern) => {
    const name = files.find((f) => pattern.test(f));
    if (!name) throw new Error(`no ${pattern} in ${outdir}`);
    return readFileSync(`${outdir}/${name}`);
  };
  const main = read(/^index\.js$/);
  const widget = readFileSync(new URL('../assets/widget.js', import.meta.url));
  return {
    uploadKiB: Number(upload[1]),
    uploadGzipKiB: Number(upload[2]),
    mainModuleKiB: KiB(main.length),
    mainModuleGzipKiB: KiB(gzipSync(main).length),
    widgetKiB: KiB(widget.length),
    widgetGzipKiB: KiB(gzipSync(widget, { level: 9 }).length),
  };
}
