/**
 * UI text lookup. Every visible string goes through a Translate function so the UI can be
 * translated through _locales; message keys are typed from the English messages file, so a
 * missing key is a compile error. Shared by the popup and the options page.
 */

/** The English messages (type only: nothing of the JSON is bundled). */
type Messages = typeof import('../../public/_locales/en/messages.json');

/** A message name from public/_locales/en/messages.json. */
export type MessageKey = keyof Messages;

/** Looks up a message, filling $1, $2... (or named placeholders) with `substitutions`. */
export type Translate = (key: MessageKey, substitutions?: readonly (string | number)[]) => string;

/** One entry of a messages.json file. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/**
 * A Translate over a messages object, with the same substitution rules as
 * browser.i18n.getMessage: named placeholders ($COUNT$) resolve to their content ("$1"), then
 * $1..$9 take the substitutions, and $$ is a dollar sign. Used by tests and as a fallback.
 */
export function translatorFrom(messages: Record<string, LocaleMessage>): Translate {
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) return key;
    const placeholders = entry.placeholders ?? {};
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const found = Object.entries(placeholders).find(([k]) => k.toLowerCase() === name.toLowerCase());
      return found ? found[1].content : whole;
    });
    return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(substitutions[Number(d) - 1] ?? '')));
  };
}

/** A Translate over browser.i18n.getMessage; falls back to the key so a missing message is visible, not blank. */
export function translatorFromBrowser(getMessage: (key: string, substitutions?: string[]) => string): Translate {
  return (key, substitutions = []) => getMessage(key, substitutions.map(String)) || key;
}
