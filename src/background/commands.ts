/**
 * Keyboard shortcuts (manifest `commands`) as the message each sends to the active tab's
 * content script. Data, so a new command is one line here and one in the manifest.
 */
import type { ToContent } from '../messaging/schemas.ts';

const COMMANDS: Record<string, ToContent> = {
  'toggle-marks': { type: 'toggle-marks' },
  'next-claim': { type: 'step-claim', direction: 'next' },
  'previous-claim': { type: 'step-claim', direction: 'previous' },
};

/** The message for a command name, or null for a command this version does not know. */
export function commandMessage(command: string): ToContent | null {
  return Object.hasOwn(COMMANDS, command) ? COMMANDS[command]! : null;
}
