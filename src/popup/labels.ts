/**
 * The four marked labels in the order the popup shows them, with their message keys. One
 * table, so the chart, the filters, the claims list and the report agree.
 */
import type { MessageKey } from './i18n.ts';

/** A label the popup lists (`other` is never marked). */
export type ShownLabel = 'quote' | 'attributed' | 'vague' | 'unsourced';

/** Display order and names of the labels. */
export const SHOWN_LABELS: readonly { label: ShownLabel; name: MessageKey; description: MessageKey }[] = [
  { label: 'quote', name: 'labelQuote', description: 'labelQuoteHelp' },
  { label: 'attributed', name: 'labelAttributed', description: 'labelAttributedHelp' },
  { label: 'vague', name: 'labelVague', description: 'labelVagueHelp' },
  { label: 'unsourced', name: 'labelUnsourced', description: 'labelUnsourcedHelp' },
];
