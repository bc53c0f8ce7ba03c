// Builds the extension for Chrome (dist/chrome) and Firefox (dist/firefox) from one source.
import { build } from 'vite';

for (const target of ['chrome', 'firefox']) {
  process.env.SAYS_WHO_TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(`built dist/${target}`);
}
