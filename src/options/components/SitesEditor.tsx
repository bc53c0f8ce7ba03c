/**
 * The list of sites where Says Who does not run, with add and remove. What the user types is
 * normalised to a hostname ("https://www.example.com/x" -> "www.example.com"); an entry also
 * covers its subdomains, which the hint says.
 */
import { useState } from 'preact/hooks';
import { addSite, normalizeSite } from '../../settings/sites.ts';
import type { Translate } from '../../popup/i18n.ts';

/** Props: the list and a saver for a new list. */
export interface SitesEditorProps {
  sites: readonly string[];
  save: (sites: string[]) => void;
  t: Translate;
}

/** The editor. */
export function SitesEditor({ sites, save, t }: SitesEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeSite(draft);
    if (!host) return setError(t('sitesInvalid', [draft.trim()]));
    if (sites.includes(host)) return setError(t('sitesDuplicate', [host]));
    setError('');
    setDraft('');
    save(addSite(sites, host));
  };
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optSitesHeading')}</h2>
      <p class="hint">{t('optSitesHint')}</p>
      <form class="site-form" onSubmit={add}>
        <label for="site-input" class="visually-hidden">
          {t('sitesInputLabel')}
        </label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">{t('sitesAdd')}</button>
      </form>
      {error && (
        <p id="site-error" class="field-error" role="alert">
          {error}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="empty">{t('sitesEmpty')}</p>
      ) : (
        <ul class="sites" aria-label={t('optSitesHeading')}>
          {sites.map((site) => (
            <li key={site}>
              <span class="site-name">{site}</span>
              <button type="button" aria-label={t('sitesRemoveLabel', [site])} onClick={() => save(sites.filter((s) => s !== site))}>
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
