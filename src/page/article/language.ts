/**
 * The page's declared language, passed to the engine so it need not guess: `<html lang>`, else
 * a Content-Language meta, else og:locale ("en_GB" -> "en-GB"). Kept as given otherwise.
 */
export function pageLanguage(doc: Document): string | null {
  const candidates: (string | null | undefined)[] = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
  ];
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() === 'content-language') candidates.push(meta.getAttribute('content'));
  }
  candidates.push(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'));
  for (const c of candidates) {
    const tag = c?.split(',')[0]?.trim().replace(/_/g, '-');
    if (tag && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return tag;
  }
  return null;
}
