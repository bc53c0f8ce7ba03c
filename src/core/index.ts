/**
 * The public surface of the analysis engine. Everything outside src/core imports the engine
 * only from here. The engine is pure TypeScript: no DOM, no extension APIs, no dependencies,
 * so the extension's background, the CLI and the tests run exactly the same code.
 *
 * Offsets everywhere (sentences, quotes, reason triggers) are UTF-16 code units into the text
 * of the block they belong to, half-open: `input.blocks[block].text.slice(start, end)`.
 */
export { analyze, analyzeSteps } from './analyze.ts';
export { pageLanguage, detectLanguage, isSupported, primaryLanguage } from './language.ts';
export { RULES } from './rules/index.ts';
export * from './types.ts';
