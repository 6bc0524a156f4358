// When two descriptions are one document, or one origin: compared on what a person reading them
// would go by, not on bytes. So a URL's scheme, `www.`, a trailing dot or slash, its query and
// fragment, case and escapes do not make another document; nor do compatibility forms, invisible
// format characters (U+200B, U+00AD, U+2060, ...), case, punctuation or spacing make another
// title or publisher. (Look-alike letters from other scripts are not folded: a known gap.)

/** A document's address: host (without `www.` or a trailing dot) and path, case folded. */
export function documentAddress(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\./, '');
    let path = u.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // An escape that does not decode is compared as written.
    }
    return `${host}${path.toLowerCase().replace(/\/+$/, '')}`;
  } catch {
    return url.toLowerCase();
  }
}

/** A title, publisher or origin as compared: the words alone, in lower case, without a leading "the". */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

interface Described {
  url: string;
  title: string;
  publisher: string;
}

/** Whether two descriptions are one document: the same address, or the same title and publisher. */
export function sameDocument(a: Described, b: Described): boolean {
  if (documentAddress(a.url) === documentAddress(b.url)) return true;
  return (
    comparableText(a.title) === comparableText(b.title) && comparableText(a.publisher) === comparableText(b.publisher)
  );
}
