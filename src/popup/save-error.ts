/**
 * One sentence for a failed settings save, shared by the popup and the options page, so a
 * failure is always shown the same way and never silently dropped.
 */
import { SettingsSaveError } from '../settings/storage-core.ts';
import type { MessageKey, Translate } from './i18n.ts';

const FIELD_NAMES: Record<string, MessageKey> = {
  mode: 'fieldMode',
  highlights: 'fieldHighlights',
  labels: 'fieldLabels',
  palette: 'fieldPalette',
  badge: 'fieldBadge',
  disabledSites: 'fieldDisabledSites',
};

/** Settings field names as the user knows them ("Toolbar badge", not "badge"), joined for a sentence. */
export function fieldNames(fields: readonly string[], t: Translate): string {
  return fields.map((f) => (FIELD_NAMES[f] ? t(FIELD_NAMES[f]) : f)).join(', ');
}

/** The message to show for an error thrown by saveSettings / replaceSettings / resetSettings. */
export function saveErrorText(error: unknown, t: Translate): string {
  if (error instanceof SettingsSaveError) {
    if (error.reason === 'too-large') return t('saveFailedTooLarge');
    if (error.reason === 'invalid') return t('saveFailedInvalid', [fieldNames(error.fields, t)]);
    return t('saveFailed', [error.message]);
  }
  return t('saveFailed', [error instanceof Error ? error.message : String(error)]);
}
