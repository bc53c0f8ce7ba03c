import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_CHROME, DIST_FIREFOX, SHARED_DIR } from '../e2e/harness/paths.ts';

/**
 * Runs once before the e2e project: fails at once with a clear message when the extension is not
 * built or ../shared is missing, instead of every browser test timing out on its own.
 */
export default function setup(): void {
  if (!existsSync(join(SHARED_DIR, 'examples/seed-article.html'))) {
    throw new Error(`../shared is missing (looked in ${SHARED_DIR}): e2e tests serve its pages; put the shared folder beside the repository.`);
  }
  for (const dist of [DIST_CHROME, DIST_FIREFOX]) {
    if (!existsSync(join(dist, 'manifest.json'))) {
      throw new Error(`${dist}/manifest.json is missing: run \`npm run build\` first (\`npm run test:e2e\` does).`);
    }
  }
}
