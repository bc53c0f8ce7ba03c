/**
 * The claims grouped by label, each with a snippet; choosing one scrolls the page to it. Groups
 * are native <details>, so they open with the keyboard and screen readers announce them;
 * vague and unsourced start open because those are what a reader checks first.
 */
import type { ClaimSummary, Counts } from '../../messaging/schemas.ts';
import type { Translate } from '../i18n.ts';
import { SHOWN_LABELS } from '../labels.ts';

/** Props: the claims, the page's counts (to say when the list was cut), and the scroll action. */
export interface ClaimsListProps {
  claims: readonly ClaimSummary[];
  counts: Counts;
  goTo: (claimId: number, announcement: string) => void;
  t: Translate;
}

const OPEN_BY_DEFAULT = new Set(['vague', 'unsourced']);

/** The grouped list. */
export function ClaimsList({ claims, counts, goTo, t }: ClaimsListProps) {
  const groups = SHOWN_LABELS.map((entry) => ({ ...entry, claims: claims.filter((c) => c.label === entry.label) })).filter(
    (g) => g.claims.length > 0,
  );
  if (!groups.length) return null;
  return (
    <section class="panel" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t('claimsHeading')}</h2>
      {groups.map((group) => {
        const hidden = counts[group.label] - group.claims.length;
        return (
          <details key={group.label} class="claim-group" open={OPEN_BY_DEFAULT.has(group.label)}>
            <summary>
              <span class={`swatch swatch-${group.label}`} aria-hidden="true" />
              <span class="group-name">{t(group.name)}</span>
              <span class="group-count">{group.claims.length}</span>
            </summary>
            <ul class="claims">
              {group.claims.map((claim) => (
                <li key={claim.id}>
                  <button type="button" class="claim" onClick={() => goTo(claim.id, t('claimShown'))}>
                    <span class="claim-snippet">{claim.snippet}</span>
                    {claim.source && <span class="claim-source">{t('claimSource', [claim.source])}</span>}
                  </button>
                </li>
              ))}
            </ul>
            {hidden > 0 && <p class="more">{t('claimsMore', [hidden])}</p>}
          </details>
        );
      })}
    </section>
  );
}
