// @ts-check
// Runs on the authoring page: a selection inside the source's text fills the quote field, so an
// analyst records an observation by selecting its sentence. The service, not this script, finds
// the quote's offsets in the text; without the script the quote is pasted, and nothing else changes.
(() => {
  const text = document.getElementById('source-text');
  const quote = /** @type {HTMLTextAreaElement | null} */ (document.getElementById('quote'));
  if (!text || !quote) return;
  const fill = () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed) return;
    if (!text.contains(selection.anchorNode) || !text.contains(selection.focusNode)) return;
    const chosen = selection.toString().trim();
    if (chosen) quote.value = chosen;
  };
  text.addEventListener('mouseup', fill);
  text.addEventListener('keyup', fill);
})();
