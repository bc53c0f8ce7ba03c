import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private temp folder for one browser run: profile, HOME and XDG dirs live inside it so the
 * browsers never write into the real ~/.config, and `remove()` deletes all of it.
 */
export interface BrowserTemp {
  root: string;
  profile: string;
  /** Environment for the browser process: HOME and XDG_* pointed into `root`. */
  env: Record<string, string>;
  remove(): Promise<void>;
}

/** Creates the temp layout; `profile` may point at an existing dir to reuse a profile. */
export async function makeBrowserTemp(prefix: string, profile?: string): Promise<BrowserTemp> {
  const root = await mkdtemp(join(tmpdir(), `says-who-${prefix}-`));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, {
    HOME: join(root, 'home'),
    XDG_CONFIG_HOME: join(root, 'xdg-config'),
    XDG_CACHE_HOME: join(root, 'xdg-cache'),
    XDG_DATA_HOME: join(root, 'xdg-data'),
    XDG_RUNTIME_DIR: join(root, 'xdg-runtime'),
  });
  for (const k of ['HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_RUNTIME_DIR']) {
    await mkdir(env[k]!, { recursive: true, mode: 0o700 });
  }
  return {
    root,
    profile: profile ?? join(root, 'profile'),
    env,
    remove: () => rm(root, { recursive: true, force: true, maxRetries: 3 }),
  };
}
