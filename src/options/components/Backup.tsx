/**
 * Export, import and reset. Import is all-or-nothing (see src/settings/transfer.ts): a refused
 * file changes nothing and the page says why in one sentence.
 */
import type { Settings } from '../../settings/schema.ts';
import { exportFileName, exportSettings, importSettings, type ImportFailure } from '../../settings/transfer.ts';
import type { MessageKey, Translate } from '../../popup/i18n.ts';
import type { OptionsApi } from '../api.ts';
import { fieldNames } from '../../popup/save-error.ts';

/** Props: the current settings, the API, and where to report outcomes. */
export interface BackupProps {
  settings: Settings;
  api: OptionsApi;
  report: (kind: 'status' | 'error', text: string) => void;
  apply: (write: () => Promise<Settings>, done: string) => void;
}

const FAILURES: Record<ImportFailure, MessageKey> = {
  'too-large': 'importTooLarge',
  'bad-json': 'importBadJson',
  'wrong-shape': 'importWrongShape',
  'newer-version': 'importNewerVersion',
  'invalid-fields': 'importInvalidFields',
};

/** The reason an import was refused, as one sentence. */
export function importFailureText(reason: ImportFailure, fields: string[], t: Translate): string {
  return t(FAILURES[reason], [fieldNames(fields, t)]);
}

/** The backup card. */
export function Backup({ settings, api, report, apply }: BackupProps) {
  const { t } = api;
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      return report('error', t('importUnreadable'));
    }
    const result = importSettings(text, settings);
    if (!result.ok) return report('error', importFailureText(result.reason, result.fields, t));
    const done = result.ignored.length ? t('importDoneIgnored', [result.ignored.join(', ')]) : t('importDone');
    apply(() => api.replaceSettings(result.settings), done);
  };
  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('optBackupHeading')}</h2>
      <p class="hint">{t('optBackupHint')}</p>
      <div class="row">
        <button type="button" onClick={() => api.download(exportFileName(api.now()), exportSettings(settings))}>
          {t('exportButton')}
        </button>
        <label class="file-button">
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => void onFile(e.currentTarget)} />
          <span>{t('importButton')}</span>
        </label>
        <button
          type="button"
          class="danger"
          onClick={() => {
            if (api.confirm(t('resetConfirm'))) apply(() => api.resetSettings(), t('resetDone'));
          }}
        >
          {t('resetButton')}
        </button>
      </div>
    </section>
  );
}
