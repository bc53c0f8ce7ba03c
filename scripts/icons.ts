// Renders icons/icon.svg to the PNG sizes the manifest names, with headless Chromium.
// Run after editing the drawing: `npx tsx scripts/icons.ts`. The PNGs are committed.
import { chromium } from 'playwright-core';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { findChromium } from '../test/e2e/harness/chromium-path.ts';

const svg = await readFile('icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
await mkdir('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  const png = await page.screenshot({ omitBackground: true });
  await writeFile(`public/icons/icon-${size}.png`, png);
  await writeFile(`icons/icon-${size}.png`, png);
  await page.close();
}
await browser.close();
console.log('wrote icons/icon-{16,32,48,128}.png');
