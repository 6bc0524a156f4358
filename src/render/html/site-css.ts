// The stylesheet of the human pages and the embed card, served at /static/site.css (a static
// asset: `npm run contract` writes it, the worker never imports this). Light and dark themes
// (auto by default, forced with data-theme), AA contrast in both, print styles, and no motion for
// those who ask for none.

export const SITE_CSS = `
:root {
  color-scheme: light dark;
  --fg: #1b1f24; --muted: #4d5661; --bg: #ffffff; --panel: #f4f6f8; --line: #c9d1d9; --accent: #0b57a4;
  --met: #1a6e35; --not-met: #8a1c1c; --unknown: #5c4a00;
  --band-0: #e8f1fa; --band-1: #c9def2; --band-2: #9fc3e7; --band-3: #75a7da; --band-4: #4a87c7; --band-5: #2a66a8; --band-6: #144a82;
  --marker: #b3261e;
  --r-cc: #c6e6cf; --r-c: #e5f3e9; --r-i: #f9e3e1; --r-ii: #f0c4c0;
  --radius: 8px;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
:root[data-theme="dark"] {
  color-scheme: dark;
  --fg: #e6edf3; --muted: #a8b3bf; --bg: #0d1117; --panel: #161b22; --line: #3a424c; --accent: #7cb8ff;
  --met: #6fd38f; --not-met: #ff8f8a; --unknown: #e3c65b; --marker: #ff8f8a;
  --band-0: #1b2a3a; --band-1: #1f3956; --band-2: #254a72; --band-3: #2c5d8f; --band-4: #3a74ad; --band-5: #5a91c9; --band-6: #86b3e0;
  --r-cc: #1c4a2b; --r-c: #17311f; --r-i: #3d1d1d; --r-ii: #5a2323;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) {
    color-scheme: dark;
    --fg: #e6edf3; --muted: #a8b3bf; --bg: #0d1117; --panel: #161b22; --line: #3a424c; --accent: #7cb8ff;
    --met: #6fd38f; --not-met: #ff8f8a; --unknown: #e3c65b; --marker: #ff8f8a;
    --band-0: #1b2a3a; --band-1: #1f3956; --band-2: #254a72; --band-3: #2c5d8f; --band-4: #3a74ad; --band-5: #5a91c9; --band-6: #86b3e0;
    --r-cc: #1c4a2b; --r-c: #17311f; --r-i: #3d1d1d; --r-ii: #5a2323;
  }
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px;
}
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem; z-index: 1; }
.skip:focus { left: .5rem; }
.site-header, .site-footer { border-bottom: 1px solid var(--line); padding: .75rem 1rem; }
.site-footer { border-top: 1px solid var(--line); border-bottom: 0; color: var(--muted); font-size: .9rem; }
.site-header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
.site-header .brand { font-weight: 700; text-decoration: none; color: var(--fg); }
main { max-width: 62rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.question { color: var(--muted); font-size: 1.05rem; margin-top: 0; }
.bluf { font-size: 1.15rem; background: var(--panel); border-left: 4px solid var(--accent); padding: .75rem 1rem; border-radius: var(--radius); }
.scale { width: 100%; max-width: 40rem; height: auto; display: block; margin: .5rem 0; }
.scale .band-label, .timeline text { fill: var(--fg); font-size: 11px; }
.scale .band-label.large { font-size: 20px; }
.scale .marker { fill: var(--marker); }
.scale .marker-label { fill: var(--fg); font-size: 13px; font-weight: 700; }
.scale rect { stroke: var(--bg); stroke-width: 1; }
.b0 { fill: var(--band-0); } .b1 { fill: var(--band-1); } .b2 { fill: var(--band-2); } .b3 { fill: var(--band-3); }
.b4 { fill: var(--band-4); } .b5 { fill: var(--band-5); } .b6 { fill: var(--band-6); }
.scale .current { stroke: var(--marker); stroke-width: 2; }
.pair { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
.pair section { background: var(--panel); border-radius: var(--radius); padding: .75rem 1rem; }
.checklist { list-style: none; padding: 0; margin: 0; }
.checklist > li { border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem 1rem; margin: .5rem 0; }
.status { font-weight: 700; }
.status-met { color: var(--met); } .status-not-met { color: var(--not-met); } .status-unknown { color: var(--unknown); }
.meta { color: var(--muted); font-size: .9rem; }
blockquote { margin: .5rem 0; padding: .25rem .75rem; border-left: 3px solid var(--line); color: var(--fg); }
blockquote footer { color: var(--muted); font-size: .85rem; }
details { margin: .25rem 0; }
.timeline { width: 100%; height: auto; max-width: 40rem; display: block; }
.timeline .axis { stroke: var(--muted); stroke-width: 1; }
.timeline circle { fill: var(--accent); }
.history { width: 100%; height: auto; max-width: 40rem; display: block; }
.history .grid { stroke: var(--line); stroke-width: 1; }
.history .line { fill: none; stroke: var(--accent); stroke-width: 2; }
.history circle { fill: var(--accent); }
.history text { fill: var(--fg); font-size: 11px; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: .2rem .6rem .2rem 0; border-bottom: 1px solid var(--line); }
form.authoring label, form.authoring .hint { display: block; margin: .6rem 0 .15rem; }
form.authoring .hint, p.hint { color: var(--muted); font-size: .9em; margin-top: 0; }
form.authoring input, form.authoring select, form.authoring textarea { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; padding: .3rem .4rem; width: 100%; max-width: 40rem; box-sizing: border-box; }
form.authoring fieldset { border: 1px solid var(--line); border-radius: var(--radius); margin: .75rem 0; max-width: 40rem; }
form.authoring button { font: inherit; margin: .75rem .5rem 0 0; padding: .35rem .8rem; }
form.authoring.inline button { margin: 0; }
svg.reliability { width: 100%; max-width: 22rem; height: auto; display: block; margin: .5rem 0; }
svg.reliability text { fill: var(--fg); font-size: 11px; }
svg.reliability .grid { stroke: var(--line); stroke-dasharray: 4 3; }
svg.reliability .axis { stroke: var(--muted); }
svg.reliability .interval { stroke: var(--muted); stroke-width: 2; }
svg.reliability circle { fill: var(--accent); }
svg.score-timeline { width: 100%; max-width: 30rem; height: auto; display: block; margin: .5rem 0; }
svg.score-timeline text { fill: var(--fg); font-size: 11px; }
svg.score-timeline .axis { stroke: var(--muted); }
svg.score-timeline .reference { stroke: var(--line); stroke-dasharray: 4 3; }
svg.score-timeline .running { fill: none; stroke: var(--muted); stroke-width: 2; }
svg.score-timeline circle.observed { fill: var(--accent); }
svg.score-timeline circle.unobserved { fill: var(--bg); stroke: var(--accent); stroke-width: 2; }
.hypothesis-bars { list-style: none; padding: 0; margin: .5rem 0; }
.hypothesis-bars li { margin: .35rem 0; }
.hypothesis-bars .bar { display: block; width: 100%; height: .6rem; }
.hypothesis-bars .track { fill: var(--panel); stroke: var(--line); stroke-width: .5; }
.hypothesis-bars .fill { fill: var(--accent); }
.table-wrap { max-width: 100%; overflow-x: auto; position: relative; }
/* Positioned, so the visually hidden text in its cells is placed, and clipped, inside the box. */
.matrix-wrap { position: relative; max-width: 100%; max-height: 75vh; overflow: auto; border: 1px solid var(--line); border-radius: var(--radius); }
table.matrix { border-collapse: separate; border-spacing: 0; font-size: .92rem; }
table.matrix caption { text-align: left; padding: .5rem; color: var(--muted); }
table.matrix th, table.matrix td { padding: .35rem .5rem; vertical-align: top; background: var(--bg); }
table.matrix thead th { position: sticky; top: 0; z-index: 2; background: var(--panel); }
table.matrix tbody th, table.matrix tfoot th { position: sticky; left: 0; z-index: 1; background: var(--panel); min-width: 11rem; max-width: 16rem; font-weight: 400; }
table.matrix thead th.corner { left: 0; z-index: 3; }
table.matrix td.ach { min-width: 6.5rem; }
table.matrix .sign { font-weight: 700; display: inline-block; min-width: 1.4em; }
table.matrix .cell-note { display: block; font-size: .8rem; }
table.matrix td.r-CC { background: var(--r-cc); } table.matrix td.r-C { background: var(--r-c); }
table.matrix td.r-I { background: var(--r-i); } table.matrix td.r-II { background: var(--r-ii); }
table.matrix tr.non-diagnostic th, table.matrix .flag { color: var(--muted); }
pre.source-text { white-space: pre-wrap; max-height: 24rem; overflow: auto; border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem; background: var(--panel); }
.notice { border: 1px solid var(--line); border-left-width: 4px; border-radius: var(--radius); padding: .25rem 1rem; margin: 1rem 0; }
.notice.problem { border-left-color: var(--not-met); }
.notice.done { border-left-color: var(--met); }
form.whatif fieldset { border: 1px solid var(--line); border-radius: var(--radius); margin: .5rem 0; }
form.whatif label { display: block; margin: .5rem 0 .15rem; }
form.whatif select, form.whatif input { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; padding: .3rem .4rem; max-width: 100%; }
button { font: inherit; color: #ffffff; background: #0b57a4; border: 0; border-radius: 4px; padding: .45rem .9rem; cursor: pointer; }
.scenarios { list-style: none; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); }
.scenarios li { border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem 1rem; }
.band-pill { display: inline-block; border: 1px solid var(--line); border-radius: 999px; padding: 0 .6rem; font-size: .9rem; }
pre { background: var(--panel); padding: .75rem; border-radius: var(--radius); white-space: pre-wrap; overflow-wrap: anywhere; }
.card { padding: .75rem 1rem; border: 1px solid var(--line); border-radius: var(--radius); background: var(--bg); }
.card h1 { font-size: 1.15rem; margin: 0 0 .35rem; }
.card p { margin: .35rem 0; }
.card ul { padding-left: 1.1rem; margin: .35rem 0; }
body.embed { min-width: 0; }
.demo-frame { border: 1px solid var(--line); border-radius: var(--radius); max-width: 100%; display: block; }
body.embed main { padding: 0; max-width: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) { a, button { transition: color .15s, background-color .15s; } }
@media (prefers-reduced-motion: reduce) { *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
@media print {
  /* Paper is light whatever the screen's theme: outrank the dark-theme selectors above. */
  :root, :root[data-theme], :root:not([data-theme="light"]) {
    color-scheme: light;
    --fg: #000000; --bg: #ffffff; --panel: #ffffff; --muted: #333333; --accent: #000000; --line: #999999;
    --met: #1a6e35; --not-met: #8a1c1c; --unknown: #5c4a00; --marker: #b3261e;
    --band-0: #e8f1fa; --band-1: #c9def2; --band-2: #9fc3e7; --band-3: #75a7da; --band-4: #4a87c7; --band-5: #2a66a8; --band-6: #144a82;
    --r-cc: #c6e6cf; --r-c: #e5f3e9; --r-i: #f9e3e1; --r-ii: #f0c4c0;
  }
  .matrix-wrap { max-height: none; overflow: visible; }
  .site-header nav, form.whatif, .skip, .no-print { display: none !important; }
  .checklist > li, blockquote { break-inside: avoid; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; }
}
`;
