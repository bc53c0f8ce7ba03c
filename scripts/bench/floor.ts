/**
 * Builds the bench's "floor" extension: a copy of dist/chrome whose content script is
 * floor-content.ts (the real session with an engine that answers at once, in the page). The
 * bench loads it beside the real build to show how much of the time to marks is the page's own
 * reading and painting, which no engine or messaging change can remove.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST_CHROME } from '../../test/e2e/harness/index.ts';

/** Builds the floor extension in a temp folder; returns its folder and a function that deletes it. */
export async function buildFloorExtension(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'says-who-floor-'));
  const dir = join(root, 'chrome');
  const out = join(root, 'content');
  await cp(DIST_CHROME, dir, { recursive: true });
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: out, emptyOutDir: true, minify: true, target: 'es2022',
      lib: { entry: resolve('scripts/bench/floor-content.ts'), formats: ['iife'], name: 'saysWhoFloor', fileName: () => 'content.js' },
    },
  });
  // The manifest names extension/content.js: the floor's script takes its place.
  await cp(join(out, 'content.js'), join(dir, 'extension', 'content.js'));
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}
