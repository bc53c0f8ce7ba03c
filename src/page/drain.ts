/**
 * Runs a step generator to its end in one go. The page layer's long reads (scoring the page,
 * reading the blocks, building the text map) are written as generators so the content script
 * can spread them over several tasks (scheduler.ts's runSliced); the CLI and the tests, which
 * have no event loop to spare, take the same steps synchronously with this.
 */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
