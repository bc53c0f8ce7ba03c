/**
 * The popup's screens other than the summary: each says plainly what is going on and, where
 * the user can do something about it, offers that one action.
 */
import type { ComponentChildren } from 'preact';
import type { Translate, MessageKey } from '../i18n.ts';
import type { View } from '../view-state.ts';

/** Props: the screen, and the actions the screens may offer. */
export interface StateMessageProps {
  view: Exclude<View, { kind: 'ready' }>;
  t: Translate;
  enableSite: (site: string) => void;
  markNow: () => void;
}

const TEXT: Record<StateMessageProps['view']['kind'], { title: MessageKey; body: MessageKey }> = {
  loading: { title: 'stateLoadingTitle', body: 'stateLoadingBody' },
  scanning: { title: 'stateScanningTitle', body: 'stateScanningBody' },
  'on-demand': { title: 'stateOnDemandTitle', body: 'stateOnDemandBody' },
  'no-article': { title: 'stateNoArticleTitle', body: 'stateNoArticleBody' },
  unreachable: { title: 'stateUnreachableTitle', body: 'stateUnreachableBody' },
  disabled: { title: 'stateDisabledTitle', body: 'stateDisabledBody' },
};

function Frame({ kind, children }: { kind: string; children: ComponentChildren }) {
  return (
    <section class={`state state-${kind}`} role="status" aria-busy={isBusy(kind) ? 'true' : undefined}>
      {children}
    </section>
  );
}

function isBusy(kind: string): boolean {
  return kind === 'loading' || kind === 'scanning';
}

/** One state screen. */
export function StateMessage({ view, t, enableSite, markNow }: StateMessageProps) {
  const text = TEXT[view.kind];
  const site = 'site' in view ? view.site : null;
  return (
    <Frame kind={view.kind}>
      <h2>
        {isBusy(view.kind) && <span class="spinner" aria-hidden="true" />}
        {t(text.title)}
      </h2>
      <p>{site && view.kind === 'disabled' ? t('stateDisabledBodySite', [site]) : t(text.body)}</p>
      {view.kind === 'disabled' && site && (
        <button type="button" class="primary" onClick={() => enableSite(site)}>
          {t('enableSite')}
        </button>
      )}
      {view.kind === 'on-demand' && (
        <button type="button" class="primary" onClick={markNow}>
          {t('markNow')}
        </button>
      )}
    </Frame>
  );
}
