import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/** The repository root, found from this file so tests work from any cwd. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Shared, read-only material beside the repo (never copied into it). */
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
/** Fixture pages owned by the e2e tests, served under /fixtures/. */
export const FIXTURES_DIR = resolve(REPO_ROOT, 'test/fixtures/e2e');
/** Built extensions (`npm run build`); SAYS_WHO_DIST points elsewhere (a folder with chrome/ and firefox/). */
const DIST = resolve(REPO_ROOT, process.env.SAYS_WHO_DIST ?? 'dist');
export const DIST_CHROME = resolve(DIST, 'chrome');
export const DIST_FIREFOX = resolve(DIST, 'firefox');
/** The Firefox add-on id from manifest.config.ts; the harness pins its moz-extension UUID. */
export const GECKO_ID = 'says-who@says-who.example';
/** Path of the popup page inside both builds (manifest action.default_popup). */
export const POPUP_PATH = 'extension/popup/index.html';

/** Corpus page names that are not news articles (few or no marks expected). */
export const NON_NEWS_PAGES = ['wikipedia', 'mozilla-1', 'ietf-1'] as const;
