// Composes docs/screenshot.png (the README's picture) from `npm run demo`'s output: the marked
// page with an open hover card beside the popup. Run after the demo: `npx tsx scripts/readme-shot.ts`.
import { chromium } from 'playwright-core';
import { readFile, mkdir } from 'node:fs/promises';
import { findChromium } from '../test/e2e/harness/chromium-path.ts';

const dataUrl = async (path: string) => `data:image/png;base64,${(await readFile(path)).toString('base64')}`;
const page = await dataUrl('demo/hover-card.png');
const popup = await dataUrl('demo/popup-light.png');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const tab = await browser.newPage({ viewport: { width: 1240, height: 640 } });
await tab.setContent(`<body style="margin:0;background:#e5e7eb;display:flex;gap:20px;padding:20px;align-items:flex-start">
  <img src="${page}" style="width:800px;height:600px;object-fit:cover;object-position:0 0;border-radius:8px;box-shadow:0 2px 10px #0003">
  <img src="${popup}" style="width:380px;border-radius:8px;box-shadow:0 2px 10px #0003"></body>`);
await mkdir('docs', { recursive: true });
await tab.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
console.log('wrote docs/screenshot.png');
