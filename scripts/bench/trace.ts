/** Kept for importers of the old path: the trace attribution now lives in the e2e harness. */
export { extensionTasks, startTrace, type ExtensionTasks } from '../../test/e2e/harness/ext-tasks.ts';
