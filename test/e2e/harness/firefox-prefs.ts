import { GECKO_ID } from './paths.ts';

/**
 * The moz-extension UUID the harness pins for the add-on, so tests can open its pages
 * (moz-extension://UUID/...) without about:debugging: Firefox reads the id -> UUID map from
 * the `extensions.webextensions.uuids` pref when the add-on is installed.
 */
export const FIREFOX_EXTENSION_UUID = '5a7e5b0e-5a75-4c1e-9d0c-5a75b0e5a75e';

/** Prefs written to the temp profile's user.js: offline, quiet, no first-run, pinned UUID. */
export function firefoxPrefs(blackholePort: number): Record<string, string | number | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    // Everything but 127.0.0.1 goes to a local "proxy" that drops each connection, so corpus pages'
    // outside resources fail at once and nothing leaves the machine.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': blackholePort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': blackholePort,
    'network.proxy.no_proxies_on': '127.0.0.1,localhost',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    // Firefox's own remote-settings sync (what Mozilla's own test harnesses point at nothing), so
    // the dead-end proxy's log holds only what pages and the add-on asked for.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.newtabpage.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'app.update.disabledForTesting': true,
    'app.normandy.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.autoDisableScopes': 0,
    'browser.aboutwelcome.enabled': false,
    'remote.prefs.recommended': true,
  };
}

/** Renders prefs as user.js lines. */
export function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n') + '\n';
}
