/**
 * Least privilege, checked on the built code rather than the manifest source: every permission
 * the built manifests request is used by the built code, and the code calls no API that needs a
 * permission the manifest does not request (a call like that would fail for users, or tempt
 * someone to add the permission). foundation-static.test.ts pins the manifest to ['storage'];
 * this file ties that list to what the code really does.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST_CHROME, DIST_FIREFOX } from './harness/index.ts';

/** For each permission, a pattern that shows its API in use (minified code may alias `chrome`). */
const USES: Record<string, RegExp> = {
  storage: /\.storage\.(sync|local|session)\.(get|set|remove)\b|\.storage\.onChanged\b/,
};

/** APIs gated by a permission, by a call distinctive enough not to match page APIs (window.history etc.). */
const GATED: [permission: string, call: RegExp][] = [
  ['scripting', /\.scripting\.(executeScript|insertCSS|registerContentScripts)\s*\(/],
  ['tabs', /\.tabs\.(captureVisibleTab|executeScript|insertCSS)\s*\(/],
  ['cookies', /\.cookies\.(get|getAll|set|remove)\s*\(/],
  ['history', /\.history\.(search|addUrl|deleteUrl|getVisits)\s*\(/],
  ['bookmarks', /\.bookmarks\.(create|search|getTree|get)\s*\(/],
  ['downloads', /\.downloads\.download\s*\(/],
  ['webRequest', /\.webRequest\.on[A-Z]\w*\.addListener/],
  ['declarativeNetRequest', /\.declarativeNetRequest\.\w+\s*\(/],
  ['notifications', /\.notifications\.(create|update)\s*\(/],
  ['contextMenus', /\.(contextMenus|menus)\.create\s*\(/],
  ['alarms', /\.alarms\.(create|get|getAll)\s*\(/],
  ['management', /\.management\.(getAll|setEnabled|uninstall)\s*\(/],
  ['identity', /\.identity\.(getAuthToken|launchWebAuthFlow)\s*\(/],
  ['webNavigation', /\.webNavigation\.on[A-Z]\w*\.addListener/],
  ['topSites', /\.topSites\.get\s*\(/],
  ['debugger', /\.debugger\.(attach|sendCommand)\s*\(/],
  ['offscreen', /\.offscreen\.createDocument\s*\(/],
  ['sidePanel', /\.sidePanel\.\w+\s*\(/],
  ['geolocation', /navigator\.geolocation\.\w+\s*\(/],
  ['optional permissions', /\.permissions\.request\s*\(/],
];

async function jsFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await jsFiles(p)));
    else if (/\.m?js$/.test(e.name)) out.push(p);
  }
  return out;
}

for (const [browser, dist] of [['Chromium', DIST_CHROME], ['Firefox', DIST_FIREFOX]] as const) {
  describe(`${browser} build`, () => {
    test(`${browser}: every requested permission is used by the built code, and no unrequested API is called`, async () => {
      const manifest = JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8')) as { permissions?: string[]; optional_permissions?: string[] };
      const requested = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
      const code = (await Promise.all((await jsFiles(dist)).map((f) => readFile(f, 'utf8')))).join('\n');
      expect(code.length).toBeGreaterThan(10_000);
      const unused = requested.filter((p) => !(USES[p] ?? /$^/).test(code));
      expect(unused, 'requested but never used (or no usage pattern known: add one)').toEqual([]);
      const calledWithout = GATED.filter(([p, re]) => !requested.includes(p) && re.test(code)).map(([p]) => p);
      expect(calledWithout, 'APIs called without their permission').toEqual([]);
    });
  });
}
