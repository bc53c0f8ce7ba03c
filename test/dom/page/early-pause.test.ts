/**
 * The early work's pauses: before the settings' reply lands, a pause yields behind queued tasks
 * and the reply's task can end it at once; after it landed, pauses are plain ones that wake()
 * cannot cut short (that would run two slices in one task).
 */
import { expect, test } from 'vitest';
import { earlyPause } from '../../../src/page/early-pause.ts';

const microtasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

test('a pause taken before the reply lands ends at once when woken', async () => {
  let land: () => void = () => undefined;
  const reply = new Promise<void>((r) => (land = r));
  const pauses = earlyPause(reply, () => false);
  let done = false;
  const pause = pauses.pause().then(() => (done = true));
  await microtasks();
  expect(done).toBe(false);
  land();
  pauses.wake();
  await microtasks();
  expect(done).toBe(true);
  await pause;
});

test('an unwoken pause still ends by itself, behind the queued tasks', async () => {
  const pauses = earlyPause(new Promise(() => undefined), () => false);
  await expect(pauses.pause()).resolves.toBeUndefined();
});

test('once the reply landed (or the settings are applied) pauses are plain: wake() does not cut them short', async () => {
  const reply = Promise.resolve();
  const pauses = earlyPause(reply, () => false);
  await microtasks();
  let done = false;
  const pause = pauses.pause().then(() => (done = true));
  pauses.wake();
  await microtasks();
  expect(done).toBe(false);
  await pause;
  const applied = earlyPause(new Promise(() => undefined), () => true);
  let appliedDone = false;
  const second = applied.pause().then(() => (appliedDone = true));
  applied.wake();
  await microtasks();
  expect(appliedDone).toBe(false);
  await second;
});
