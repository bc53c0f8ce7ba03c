/**
 * The page's declared language, passed to the engine so it need not guess: `<html lang>`, else
 * a Content-Language meta, else og:locale ("en_GB" -> "en-GB"). Kept as given otherwise.
 */
const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** A usable BCP 47-looking tag from an attribute value, or null. */
function tag(value: string | null | undefined): string | null {
  const t = value?.split(',')[0]?.trim().replace(/_/g, '-');
  return t && TAG.test(t) ? t : null;
}

/** Reads the page's language (see the module comment); null when the page does not say. */
export function pageLanguage(doc: Document): string | null {
  const html = doc.documentElement;
  const own = tag(html?.getAttribute('lang')) ?? tag(html?.getAttribute('xml:lang'));
  if (own !== null) return own;
  for (const meta of Array.from(doc.querySelectorAll('meta[http-equiv]'))) {
    const t = meta.getAttribute('http-equiv')?.toLowerCase() === 'content-language' ? tag(meta.getAttribute('content')) : null;
    if (t !== null) return t;
  }
  return tag(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'));
}
