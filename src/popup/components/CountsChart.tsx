/**
 * The compact chart: one horizontal bar split by label. It is an image for assistive
 * technology (role="img" with every count in its label); the same numbers are printed as text
 * next to the filters, so nobody has to read colours.
 */
import type { Counts } from '../../messaging/schemas.ts';
import type { Translate } from '../i18n.ts';
import { SHOWN_LABELS } from '../labels.ts';

/** Props: the counts to draw and the text lookup. */
export interface CountsChartProps {
  counts: Counts;
  t: Translate;
}

/** The bar; an empty page draws a neutral track. */
export function CountsChart({ counts, t }: CountsChartProps) {
  const total = SHOWN_LABELS.reduce((sum, { label }) => sum + counts[label], 0);
  const description = t('chartLabel', [SHOWN_LABELS.map(({ label, name }) => `${t(name)} ${counts[label]}`).join(', ')]);
  let x = 0;
  return (
    <svg class="chart" role="img" aria-label={description} viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="12">
      <title>{description}</title>
      <rect class="chart-track" x="0" y="0" width="100" height="10" rx="2" />
      {total > 0 &&
        SHOWN_LABELS.map(({ label }) => {
          const width = (counts[label] / total) * 100;
          const rect = width > 0 ? <rect key={label} class={`chart-${label}`} x={x} y="0" width={width} height="10" /> : null;
          x += width;
          return rect;
        })}
    </svg>
  );
}
