/**
 * Foundation, on the built files: Firefox's own linter accepts the add-on, and both manifests
 * ask only for what the features use (storage, the content script on http(s) pages) and load
 * no remote code. Reviewers and users judge an extension first by these.
 */
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { DIST_CHROME, DIST_FIREFOX, GECKO_ID, REPO_ROOT } from './harness/index.ts';

const run = promisify(execFile);

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown[];
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
}

async function manifest(dist: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8')) as Manifest;
}

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out;
}

/** Patterns that would load code from the network at run time. */
const REMOTE_CODE = [
  /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i,
  /\bimport\s*\(\s*["'`](?:https?:)?\/\//,
  /\bimportScripts\s*\(\s*["'`](?:https?:)?\/\//,
  /\bfrom\s*["'](?:https?:)?\/\//,
];

for (const [browser, dist] of [['Chromium', DIST_CHROME], ['Firefox', DIST_FIREFOX]] as const) {
  describe(`${browser} build`, () => {
    test(`${browser}: the manifest asks only for storage and the http(s) content script`, async () => {
      const m = await manifest(dist);
      expect(m.manifest_version).toBe(3);
      expect(m.permissions).toEqual(['storage']);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.optional_host_permissions ?? []).toEqual([]);
      const matches = (m.content_scripts ?? []).flatMap((c) => c.matches);
      expect(new Set(matches)).toEqual(new Set(['http://*/*', 'https://*/*']));
      expect(m.externally_connectable).toBeUndefined();
      expect(m.web_accessible_resources ?? []).toEqual([]);
    });

    test(`${browser}: no remote code and no loosened content security policy`, async () => {
      const m = await manifest(dist);
      const csp = JSON.stringify(m.content_security_policy ?? '');
      expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
      const offenders: string[] = [];
      for (const f of await files(dist)) {
        if (!/\.(m?js|html)$/.test(f)) continue;
        const text = await readFile(f, 'utf8');
        for (const re of REMOTE_CODE) if (re.test(text)) offenders.push(`${relative(dist, f)}: ${re.source}`);
      }
      expect(offenders).toEqual([]);
    });
  });
}

test('Firefox: gecko id, strict_min_version >= 140, no data collection, background scripts', async () => {
  const m = await manifest(DIST_FIREFOX);
  const gecko = m.browser_specific_settings?.gecko;
  expect(gecko?.id).toBe(GECKO_ID);
  expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
  expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  expect(m.background?.scripts?.length).toBeGreaterThan(0);
  expect(m.background?.service_worker).toBeUndefined();
});

test('Firefox: `web-ext lint --source-dir dist/firefox` reports 0 errors', async () => {
  const bin = join(REPO_ROOT, 'node_modules/.bin/web-ext');
  // web-ext exits non-zero when it finds errors; the JSON on stdout is what we judge.
  const { stdout } = await run(bin, ['lint', '--source-dir', DIST_FIREFOX, '--output=json', '--no-config-discovery'], {
    // No update check (it would reach the registry and write into ~/.config/configstore).
    cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
  const report = JSON.parse(stdout) as { summary: { errors: number }; errors: { code: string; message: string; file?: string }[] };
  expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
}, 60_000);
