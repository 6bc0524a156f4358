// @ts-check
// <scenario-brief>: the embeddable brief card as a web component. Served as /widget.js, runs on
// pages we do not control: no dependencies, no eval, everything in a shadow root. It frames the
// service's /embed/<id> card at once (so a host page needs only frame-src, not connect-src, for
// us), keeps a plain link to the brief showing in the height it reserves until the card reports
// its height, resizes only on `setHeight` messages from its own iframe, and leaves the link in
// place if the card never reports (the service cannot be reached).
(() => {
  const TAG = 'scenario-brief';
  if (customElements.get(TAG)) return;
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  const origin = new URL(script?.src || '/', location.href).origin;
  /** How long the card may take to report before the link is all the reader gets. */
  const TIMEOUT_MS = 8000;
  const STYLE = `
:host { display: block; position: relative; max-width: var(--scenario-brief-max-width, 40rem); margin: var(--scenario-brief-margin, 1rem 0);
  font: var(--scenario-brief-font, inherit); color: var(--scenario-brief-color, inherit); }
.frame { display: block; width: 100%; height: var(--h); border: var(--scenario-brief-border, 1px solid #c9d1d9);
  border-radius: var(--scenario-brief-radius, 8px); background: var(--scenario-brief-background, transparent); }
.frame.pending { position: absolute; top: 0; left: 0; visibility: hidden; }
.fallback { box-sizing: border-box; margin: 0; min-height: var(--h); padding: 1rem; border: var(--scenario-brief-border, 1px solid #c9d1d9);
  border-radius: var(--scenario-brief-radius, 8px); }
a { color: var(--scenario-brief-link, LinkText); }`;

  // A constructed stylesheet is not an inline style, so host pages whose CSP forbids inline
  // styles still style the widget; browsers without them get a <style> element instead.
  /** @type {CSSStyleSheet | null} */
  let sheet = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  } catch {
    sheet = null;
  }

  /**
   * The height to reserve before the card reports: the card's typical height at this width. The
   * card wraps like a + b / width; a and b are fitted to the mean measured height of every
   * scenario's card from 280 to 640 px wide (compact: 1,252 px at 280, 649 px at 640). The full
   * card also draws the history chart, whose height is a fifth of its width (full, measured:
   * 1,678 px at 280, 949 at 640). Refit when the card's content grows (tests/browser/widget.test.ts).
   * @param {'compact' | 'full'} view @param {number} width
   */
  const reserve = (view, width) => {
    const w = Math.max(280, Math.min(640, width || 480));
    return Math.round(view === 'full' ? 198 + 398720 / w + w / 5 : 180 + 300160 / w);
  };

  class ScenarioBrief extends HTMLElement {
    static get observedAttributes() {
      return ['scenario', 'as-of', 'theme', 'view'];
    }

    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      if (sheet) this.root.adoptedStyleSheets = [sheet];
      /** @type {HTMLIFrameElement | null} */
      this.frame = null;
      /** The embed URL rendered last, so repeated attribute callbacks do not reload it. */
      this.shown = '';
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      this.timer = undefined;
      this.onMessage = this.onMessage.bind(this);
    }

    connectedCallback() {
      window.addEventListener('message', this.onMessage);
      this.render();
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.onMessage);
      clearTimeout(this.timer);
      this.shown = '';
    }

    attributeChangedCallback() {
      // Attributes change in bursts (each one on upgrade): render once, after the burst.
      if (this.isConnected) queueMicrotask(() => this.render());
    }

    render() {
      const id = (this.getAttribute('scenario') || '').trim();
      const view = this.getAttribute('view') === 'full' ? 'full' : 'compact';
      const theme = ['light', 'dark'].includes(this.getAttribute('theme') || '') ? this.getAttribute('theme') : 'auto';
      const asOf = this.getAttribute('as-of') || '';
      const valid = /^[a-z][a-z0-9-]{0,80}$/.test(id);
      const page = new URL(valid ? `/briefs/${id}` : '/', origin);
      const embed = new URL(`/embed/${id}`, origin);
      embed.searchParams.set('view', view);
      embed.searchParams.set('theme', theme || 'auto');
      if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
        embed.searchParams.set('asOf', asOf);
        page.searchParams.set('asOf', asOf);
      }
      if (embed.href === this.shown) return;
      this.shown = embed.href;
      clearTimeout(this.timer);
      this.style.setProperty('--h', `${reserve(view, this.getBoundingClientRect().width)}px`);

      const box = document.createElement('p');
      box.className = 'fallback';
      const link = document.createElement('a');
      link.href = page.href;
      link.textContent = `${valid ? 'Read this scenario brief' : 'Scenario briefs (no valid scenario attribute given)'} on scenario-briefs`;
      box.append(link);
      const nodes = /** @type {Node[]} */ ([box]);
      if (!sheet) {
        const style = document.createElement('style');
        style.textContent = STYLE;
        nodes.unshift(style);
      }
      this.frame = null;
      if (valid) {
        const frame = document.createElement('iframe');
        // Laid out at full width but unseen until it reports, so its first height is right.
        frame.className = 'frame pending';
        frame.src = embed.href;
        frame.title = `Scenario brief: ${id}`;
        frame.referrerPolicy = 'strict-origin-when-cross-origin';
        frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
        nodes.push(frame);
        this.frame = frame;
        // No word from the card in time: it stays a link, and the frame goes.
        this.timer = setTimeout(() => {
          if (this.frame === frame && frame.classList.contains('pending')) {
            frame.remove();
            this.frame = null;
          }
        }, TIMEOUT_MS);
      }
      this.root.replaceChildren(...nodes);
    }

    /** @param {MessageEvent} event */
    onMessage(event) {
      const frame = this.frame;
      if (!frame || event.source !== frame.contentWindow || event.origin !== origin) return;
      const data = event.data;
      if (data?.type !== 'setHeight' || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
      this.style.setProperty('--h', `${Math.max(120, Math.min(6000, Math.ceil(data.height)))}px`);
      if (frame.classList.contains('pending')) {
        // The card is there and has told us its size: show it in place of the link.
        frame.classList.remove('pending');
        clearTimeout(this.timer);
        this.root.querySelector('.fallback')?.remove();
      }
    }
  }

  customElements.define(TAG, ScenarioBrief);
})();
