// @ts-check
// <scenario-brief>: the embeddable brief card as a web component. Served as /widget.js, runs on
// pages we do not control: no dependencies, no eval, everything in a shadow root. It frames the
// service's /embed/<id> card, reserves its height before it loads, resizes only on `setHeight`
// messages from its own iframe, and falls back to a plain link when the service is unreachable.
(() => {
  const TAG = 'scenario-brief';
  if (customElements.get(TAG)) return;
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  const origin = new URL(script?.src || '/', location.href).origin;
  const HEIGHT = { compact: 480, full: 720 };
  const STYLE = `
:host { display: block; max-width: var(--scenario-brief-max-width, 40rem); margin: var(--scenario-brief-margin, 1rem 0);
  font: var(--scenario-brief-font, inherit); color: var(--scenario-brief-color, inherit); }
.frame { display: block; width: 100%; height: var(--h); border: var(--scenario-brief-border, 1px solid #c9d1d9);
  border-radius: var(--scenario-brief-radius, 8px); background: var(--scenario-brief-background, transparent); }
.fallback { box-sizing: border-box; min-height: var(--h); padding: 1rem; border: var(--scenario-brief-border, 1px solid #c9d1d9);
  border-radius: var(--scenario-brief-radius, 8px); }
a { color: var(--scenario-brief-link, #0b57a4); }`;

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
  /** @returns {HTMLStyleElement[]} */
  const styled = () => {
    if (sheet) return [];
    const style = document.createElement('style');
    style.textContent = STYLE;
    return [style];
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
      this.onMessage = this.onMessage.bind(this);
    }

    connectedCallback() {
      window.addEventListener('message', this.onMessage);
      this.render();
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.onMessage);
    }

    attributeChangedCallback() {
      if (this.isConnected) this.render();
    }

    render() {
      const id = (this.getAttribute('scenario') || '').trim();
      const view = this.getAttribute('view') === 'full' ? 'full' : 'compact';
      const theme = ['light', 'dark'].includes(this.getAttribute('theme') || '') ? this.getAttribute('theme') : 'auto';
      const asOf = this.getAttribute('as-of') || '';
      this.style.setProperty('--h', `${HEIGHT[view]}px`);
      this.frame = null;
      const valid = /^[a-z][a-z0-9-]{0,80}$/.test(id);
      const page = new URL(valid ? `/briefs/${id}` : '/', origin);
      const embed = new URL(`/embed/${id}`, origin);
      embed.searchParams.set('view', view);
      embed.searchParams.set('theme', theme || 'auto');
      if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
        embed.searchParams.set('asOf', asOf);
        page.searchParams.set('asOf', asOf);
      }
      this.fallback(page, valid ? 'Read this scenario brief' : 'Scenario briefs (no valid scenario attribute given)');
      if (!valid) return;
      // Probe first, so an unreachable service leaves a readable link, not a broken frame.
      fetch(embed, { method: 'HEAD', credentials: 'omit' })
        .then((res) => {
          if (res.ok && this.isConnected) this.showFrame(embed, id);
        })
        .catch(() => {});
    }

    /** @param {URL} href @param {string} text */
    fallback(href, text) {
      const box = document.createElement('p');
      box.className = 'fallback';
      const link = document.createElement('a');
      link.href = href.href;
      link.textContent = `${text} on scenario-briefs`;
      box.append(link);
      this.root.replaceChildren(...styled(), box);
    }

    /** @param {URL} src @param {string} id */
    showFrame(src, id) {
      const frame = document.createElement('iframe');
      frame.className = 'frame';
      frame.src = src.href;
      frame.title = `Scenario brief: ${id}`;
      frame.loading = 'lazy';
      frame.referrerPolicy = 'strict-origin-when-cross-origin';
      frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
      this.root.replaceChildren(...styled(), frame);
      this.frame = frame;
    }

    /** @param {MessageEvent} event */
    onMessage(event) {
      if (!this.frame || event.source !== this.frame.contentWindow || event.origin !== origin) return;
      const data = event.data;
      if (data?.type !== 'setHeight' || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
      const height = Math.max(120, Math.min(4000, Math.ceil(data.height)));
      this.style.setProperty('--h', `${height}px`);
    }
  }

  customElements.define(TAG, ScenarioBrief);
})();
