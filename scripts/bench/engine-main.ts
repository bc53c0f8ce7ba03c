/**
 * The engine measurement in a process of its own: `engineSpeed()` as JSON on stdout. bench.ts runs
 * it as a child, because in bench.ts's own process (which loads the browser harness and has run
 * Chromium) the same passes measured 2-2.5x slower, run after run, for reasons outside the engine.
 */
import { engineSpeed } from './engine.ts';

process.stdout.write(`${JSON.stringify(await engineSpeed())}\n`);
