// @ts-check
// Runs inside the /embed/<id> card: tells the framing page how tall the card is, whenever that
// changes, with postMessage({ type: 'setHeight', scenario, height }). The height is no secret,
// so any parent may read it; the widget checks that the message comes from its own frame.
(() => {
  if (window.parent === window) return;
  const card = document.querySelector('[data-scenario]');
  const scenario = card ? card.getAttribute('data-scenario') : null;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: 'setHeight', scenario, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  window.addEventListener('load', post);
  post();
})();
