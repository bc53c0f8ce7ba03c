import { afterAll, expect } from 'vitest';
import { suiteExtensionRequests } from '../e2e/harness/monitor.ts';

/**
 * Runs after every e2e test file: whatever the file tested, the extension must not have made a
 * single network request in any Chromium run it launched. This turns the whole e2e suite into
 * the privacy proof the hardening issue asks for.
 */
afterAll(() => {
  expect(suiteExtensionRequests(), 'network requests made by the extension itself').toEqual([]);
});
