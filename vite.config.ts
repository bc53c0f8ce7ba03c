import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { manifestFor, type Target } from './manifest.config.ts';

// One config, two builds: SAYS_WHO_TARGET picks the browser (scripts/build.mjs runs both).
const target: Target = process.env.SAYS_WHO_TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(target),
      browser: target,
      // One self-contained content script: no web-accessible loader that pages could probe.
      contentScripts: { injectCss: false, standaloneFiles: ['extension/content.ts'] },
    }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    target: 'es2022',
  },
  legacy: { skipWebSocketTokenCheck: true },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});
