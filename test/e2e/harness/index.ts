/**
 * The real-browser test harness: one import for every e2e test, benchmark and the demo.
 * See README.md in this folder for the API and examples.
 */
export { startServer, type StaticServer, type ServerOptions } from './server.ts';
export { launchChromium, removeProfile, type ChromiumOptions, type ChromiumRun } from './chromium.ts';
export { launchFirefox, type FirefoxRun, type FirefoxTab } from './firefox.ts';
export { findChromium, findFirefox } from './chromium-path.ts';
export { suiteExtensionRequests, type ConsoleEntry, type ExtensionRequest, type PageError } from './monitor.ts';
export { FIREFOX_EXTENSION_UUID } from './firefox-prefs.ts';
export { REPO_ROOT, SHARED_DIR, FIXTURES_DIR, DIST_CHROME, DIST_FIREFOX, POPUP_PATH, NON_NEWS_PAGES, GECKO_ID } from './paths.ts';
export { writeHugePages, HUGE_PAGES, newsParagraph } from './huge-pages.ts';
export { extensionTasks, startTrace, type ExtensionTasks } from './ext-tasks.ts';
export { evaluateInContentScript } from './content-world.ts';
