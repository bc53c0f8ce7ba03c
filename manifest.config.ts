import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

/** Which browser a build targets; the one manifest source yields both. */
export type Target = 'chrome' | 'firefox';

/**
 * The single manifest source. Permissions are only what the features use: `storage` for
 * settings and per-tab results; the content script on http(s) pages. No `tabs`, no host
 * permissions beyond the content-script match, no remote code.
 */
export function manifestFor(target: Target) {
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Says Who',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_title: '__MSG_actionTitle__',
      default_popup: 'extension/popup/index.html',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'extension/options/index.html', open_in_tab: true },
    background:
      target === 'firefox'
        ? { scripts: ['extension/background.ts'], type: 'module' }
        : { service_worker: 'extension/background.ts', type: 'module' },
    permissions: ['storage'],
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['extension/content.ts'],
        // The marks' ::highlight rules, applied from document start with the page's own styling:
        // a sheet the script added later would restyle every element (hundreds of ms on huge pages).
        css: ['src/page/highlights.css'],
        run_at: 'document_idle',
      },
    ],
    commands: {
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_cmdToggle__',
      },
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_cmdNext__',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_cmdPrevious__',
      },
    },
    ...(target === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'says-who@says-who.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142; say so, or lint warns.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '120' }),
  } as Parameters<typeof defineManifest>[0]);
}
