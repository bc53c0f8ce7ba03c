import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_CHROME } from '../../test/e2e/harness/paths.ts';

/** Size of the content-script bundle as shipped (vite minifies it) and gzipped: what every page pays to load. */
export interface BundleSize {
  file: string;
  minifiedBytes: number;
  gzipBytes: number;
}

/** Measures the content script(s) named in dist/chrome/manifest.json. */
export function contentScriptSize(): BundleSize {
  const manifest = JSON.parse(readFileSync(join(DIST_CHROME, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const files = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const buf = Buffer.concat(files.map((f) => readFileSync(join(DIST_CHROME, f))));
  return { file: files.join(' + '), minifiedBytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
}
