/**
 * Everything the options page needs from the browser, injected so DOM tests can render it with
 * a fake; browser-api.ts builds the real one.
 */
import type { ParsedSettings } from '../settings/parse.ts';
import type { Settings } from '../settings/schema.ts';
import type { Translate } from '../popup/i18n.ts';

/** The options page's view of the browser. */
export interface OptionsApi {
  t: Translate;
  inspectSettings(): Promise<ParsedSettings>;
  /** Each rejects with a SettingsSaveError when nothing was written. */
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  replaceSettings(settings: Settings): Promise<Settings>;
  resetSettings(): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void;
  /** Offers `text` as a file download. */
  download(fileName: string, text: string): void;
  /** Asks the user to confirm a destructive step. */
  confirm(question: string): boolean;
  now(): Date;
}
