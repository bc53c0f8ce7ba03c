import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../src/popup/App.tsx';
import { SettingsSaveError } from '../../../src/settings/storage-core.ts';
import { fakePopupApi, flush } from './fake-api.ts';
import { seedLikeSummary } from './summary-fixture.ts';

let host: HTMLElement;
async function mount(fake: ReturnType<typeof fakePopupApi>) {
  host = document.createElement('div');
  document.body.append(host);
  render(<PopupApp api={fake.api} probeRetryMs={0} />, host);
  await flush();
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttonByText = (root: Element, pattern: RegExp) =>
  [...root.querySelectorAll('button')].find((b) => pattern.test(b.textContent ?? '')) as HTMLButtonElement | undefined;

describe('popup summary', () => {
  it('shows the sourcing line, counts as text and an accessible chart', async () => {
    const root = await mount(fakePopupApi({ stored: seedLikeSummary() }));
    // 11 claims: named = 2 attributed + 3 quotes with a speaker; vague 2; none = 3 unsourced + 1 unknown-speaker quote
    expect(text(root.querySelector('.sourcing'))).toBe('5 of 11 claims name a source; 2 rely on vague sources; 4 have none.');
    const rows = [...root.querySelectorAll('.label-row')].map(text);
    expect(rows).toEqual(['Quotations4', 'Named sources2', 'Vague sources2', 'Unsourced3']);
    const chart = root.querySelector('svg.chart')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toBe('Claims by kind: Quotations 4, Named sources 2, Vague sources 2, Unsourced 3');
    expect(chart.querySelectorAll('rect').length).toBe(5);
  });

  it('lists speakers with most quotations first and steps through their quotations', async () => {
    const fake = fakePopupApi({ stored: seedLikeSummary() });
    const root = await mount(fake);
    const speakers = [...root.querySelectorAll('.speaker')];
    expect(speakers.map((b) => text(b.querySelector('.speaker-name')))).toEqual(['Volodymyr Zelensky', 'Dmitry Peskov']);
    expect(speakers[0]!.getAttribute('aria-label')).toBe('Volodymyr Zelensky, 2 quotations: go to the next one');
    for (let i = 0; i < 3; i++) {
      (speakers[0] as HTMLButtonElement).click();
      await flush();
    }
    expect(fake.sent).toEqual([
      { type: 'scroll-to-claim', id: 1 },
      { type: 'scroll-to-claim', id: 5 },
      { type: 'scroll-to-claim', id: 1 },
    ]);
    expect(text(root.querySelector('[role=status].notice'))).toBe('Quotation 1 of 2 by Volodymyr Zelensky');
  });

  it('groups claims by label and scrolls to a chosen claim', async () => {
    const fake = fakePopupApi({ stored: seedLikeSummary() });
    const root = await mount(fake);
    const groups = [...root.querySelectorAll('details.claim-group')] as HTMLDetailsElement[];
    expect(groups.map((g) => text(g.querySelector('.group-name')))).toEqual(['Quotations', 'Named sources', 'Vague sources', 'Unsourced']);
    expect(groups.map((g) => g.open)).toEqual([false, false, true, true]);
    buttonByText(groups[2]!, /Critics say/)!.click();
    await flush();
    expect(fake.sent).toEqual([{ type: 'scroll-to-claim', id: 4 }]);
    expect(text(groups[2]!.querySelector('.claim-source'))).toBe('Source: critics');
  });

  it('says when the claims list was cut', async () => {
    const summary = seedLikeSummary();
    const root = await mount(fakePopupApi({ stored: { ...summary, counts: { ...summary.counts, unsourced: 40 } } }));
    expect(text(root.querySelector('.more'))).toBe('…and 37 more on the page');
  });

  it('toggles and filters save settings', async () => {
    const fake = fakePopupApi({ stored: seedLikeSummary() });
    const root = await mount(fake);
    (root.querySelector('input[role=switch]') as HTMLInputElement).click();
    await flush();
    expect(fake.settings.highlights).toBe(false);
    expect(root.querySelector('.label-rows.muted')).not.toBeNull();
    (root.querySelectorAll('.label-row input')[2] as HTMLInputElement).click();
    await flush();
    expect(fake.settings.labels).toEqual({ quote: true, attributed: true, vague: false, unsourced: true });
  });

  it('shows a save failure instead of dropping it', async () => {
    const fake = fakePopupApi({ stored: seedLikeSummary(), saveFails: new SettingsSaveError('storage', 'QUOTA_BYTES quota exceeded') });
    const root = await mount(fake);
    (root.querySelector('input[role=switch]') as HTMLInputElement).click();
    await flush();
    expect(text(root.querySelector('[role=alert]'))).toBe("Couldn't save the setting: QUOTA_BYTES quota exceeded");
  });

  it("don't run on this site saves the hostname and switches to the disabled screen", async () => {
    const fake = fakePopupApi({ stored: seedLikeSummary() });
    const root = await mount(fake);
    buttonByText(root, /Don't run on this site/)!.click();
    await flush();
    expect(fake.settings.disabledSites).toEqual(['news.example']);
    expect(text(root.querySelector('.state h2'))).toBe('Off on this site');
    buttonByText(root, /Run on this site again/)!.click();
    await flush();
    expect(fake.settings.disabledSites).toEqual([]);
    expect(root.querySelector('.sourcing')).not.toBeNull();
  });

  it('copies a Markdown report and says so', async () => {
    const fake = fakePopupApi({ stored: seedLikeSummary() });
    const root = await mount(fake);
    buttonByText(root, /Copy report/)!.click();
    await flush();
    expect(fake.copied).toHaveLength(1);
    expect(fake.copied[0]).toContain('# Exclusive: Confidential Diplomacy in Pursuit of Peace');
    expect(fake.copied[0]).toContain('- Volodymyr Zelensky: 2 quotations');
    expect(text(root.querySelector('[role=status].notice'))).toBe('Copied the report to the clipboard');
  });

  it('reports a page that does not answer', async () => {
    const root = await mount(fakePopupApi({ stored: seedLikeSummary(), sendFails: true }));
    (root.querySelector('.claim') as HTMLButtonElement).click();
    await flush();
    expect(text(root.querySelector('[role=alert]'))).toBe("The page didn't answer. Reload it and try again.");
  });

  it('shows loading more and the quotes-only note', async () => {
    let root = await mount(fakePopupApi({ stored: seedLikeSummary({ status: 'loading-more' }) }));
    expect(text(root)).toContain('still loading more text');
    render(null, host);
    host.remove();
    root = await mount(fakePopupApi({ stored: seedLikeSummary({ status: 'unsupported-language', language: 'pl' }) }));
    expect(text(root)).toContain("this page's language (pl)");
  });

  it('says when the language gets no unsourced marks, and not otherwise', async () => {
    let root = await mount(fakePopupApi({ stored: seedLikeSummary({ language: 'fr', coverage: 'no-unsourced' }) }));
    expect(text(root)).toContain("For this page's language (fr) Says Who marks quotations, attributed and vague claims, but not yet statements with no source.");
    render(null, host);
    host.remove();
    root = await mount(fakePopupApi({ stored: seedLikeSummary({ coverage: 'full' }) }));
    expect(text(root)).not.toContain('not yet statements with no source');
  });
});

describe('popup states', () => {
  it.each([
    ['unreachable page', { probe: { reachable: false, summary: null } }, "Says Who can't read this page"],
    ['content script alive, nothing yet', { probe: { reachable: true, summary: null } }, 'Reading the page…'],
    ['scanning', { stored: seedLikeSummary({ status: 'scanning' }) }, 'Reading the page…'],
    ['no article', { stored: seedLikeSummary({ status: 'no-article' }) }, 'No article on this page'],
    ['disabled by the page', { stored: seedLikeSummary({ status: 'disabled' }) }, 'Off on this site'],
    ['disabled in settings', { stored: seedLikeSummary(), settings: { disabledSites: ['example'] } }, 'Off on this site'],
    ['on demand', { probe: { reachable: true, summary: null }, settings: { mode: 'on-demand' as const } }, 'Not marked yet'],
    ['on demand, waiting page', { stored: seedLikeSummary({ status: 'disabled' }), settings: { mode: 'on-demand' as const } }, 'Not marked yet'],
  ])('%s', async (_name, opts, title) => {
    const root = await mount(fakePopupApi(opts));
    expect(text(root.querySelector('.state h2'))).toBe(title);
  });

  it('the summary found by probing the content script is shown', async () => {
    const root = await mount(fakePopupApi({ probe: { reachable: true, summary: seedLikeSummary() } }));
    expect(root.querySelector('.sourcing')).not.toBeNull();
  });

  it('follows the background: scanning becomes the summary when it arrives', async () => {
    const fake = fakePopupApi({ probe: { reachable: true, summary: null } });
    const root = await mount(fake);
    expect(text(root.querySelector('.state h2'))).toBe('Reading the page…');
    fake.pushSummary(seedLikeSummary());
    await flush();
    expect(text(root.querySelector('.sourcing'))).toContain('of 11 claims');
  });

  it('on-demand offers to mark the page', async () => {
    const fake = fakePopupApi({ probe: { reachable: true, summary: null }, settings: { mode: 'on-demand' } });
    const root = await mount(fake);
    buttonByText(root, /Mark this page/)!.click();
    await flush();
    expect(fake.sent).toEqual([{ type: 'toggle-marks' }]);
  });
});

describe('popup probing a tab that is still loading', () => {
  it('asks again before calling the page unreadable', async () => {
    const fake = fakePopupApi();
    let calls = 0;
    fake.api.probeContent = async () => (++calls === 1 ? { reachable: false, summary: null } : { reachable: true, summary: null });
    host = document.createElement('div');
    document.body.append(host);
    render(<PopupApp api={fake.api} probeRetryMs={20} />, host);
    await flush();
    expect(text(host.querySelector('.state h2'))).toBe('Loading…');
    // The retry comes after probeRetryMs; a busy machine may be late by more than that, so wait for it.
    await vi.waitFor(() => expect(calls).toBe(2), { timeout: 5000, interval: 5 });
    await flush();
    expect(text(host.querySelector('.state h2'))).toBe('Reading the page…');
  });
});

describe('popup with many speakers', () => {
  it('shows the first six and offers the rest', async () => {
    const speakers = Array.from({ length: 9 }, (_, i) => ({ name: `Speaker ${i}`, quotes: 9 - i, claimIds: [i] }));
    const root = await mount(fakePopupApi({ stored: seedLikeSummary({ speakers }) }));
    expect(root.querySelectorAll('.speaker')).toHaveLength(6);
    buttonByText(root, /Show all 9 speakers/)!.click();
    await flush();
    expect(root.querySelectorAll('.speaker')).toHaveLength(9);
  });
});
