/**
 * One sentence for a failed settings save, shared by the popup and the options page, so a
 * failure is always shown the same way and never silently dropped.
 */
import { SettingsSaveError } from '../settings/storage-core.ts';
import type { Translate } from './i18n.ts';

/** The message to show for an error thrown by saveSettings / replaceSettings / resetSettings. */
export function saveErrorText(error: unknown, t: Translate): string {
  if (error instanceof SettingsSaveError) {
    if (error.reason === 'too-large') return t('saveFailedTooLarge');
    if (error.reason === 'invalid') return t('saveFailedInvalid', [error.fields.join(', ')]);
    return t('saveFailed', [error.message]);
  }
  return t('saveFailed', [error instanceof Error ? error.message : String(error)]);
}
