/**
 * `npm run analyze -- [--json] [--all] <file.html | file.txt | URL | ->`
 *
 * Runs the Says Who engine on one page and prints its summary and marked sentences, or with
 * --json one JSON object. HTML goes through the extension's own article detection
 * (src/page/read.ts on a linkedom document); .txt files and stdin are plain text with blank
 * lines between paragraphs (a short first line without a final stop is the title).
 *
 * Offsets in the JSON: `blocks` lists the article's text blocks in reading order; a sentence's
 * or quotation's `block` is an index into `blocks`, and `start`/`end` are UTF-16 code-unit
 * offsets into that block's `text`, half-open, so `blocks[block].text.slice(start, end)`
 * equals `text`. Quotation offsets exclude the quotation marks. Reason trigger offsets index
 * the same block text.
 *
 * Exit codes: 0 done; 1 bad arguments; 2 the input could not be read (missing, binary,
 * empty, fetch failed); 3 the page has no article (with --json, an empty result and a note).
 */
import { parseArgs } from 'node:util';
import { analyze } from '../core/index.ts';
import { load, CliError } from './load.ts';
import { toArticle } from './article.ts';
import { toJson, toText } from './report.ts';

const HELP = `Usage: npm run analyze -- [--json] [--all] <file.html | file.txt | URL | ->

Marks who says what in a news article: direct quotations and their speakers, claims
attributed to named or vague sources, and unsourced check-worthy statements.

  <file.html>  an HTML page; the article is found as the browser extension finds it
  <file.txt>   plain text, blank lines between paragraphs; a short first line without a
               final full stop is taken as the title
  URL          http(s) address, fetched once
  -            read plain text or HTML from standard input

Options:
  --json       print one JSON object: title, language, counts, blocks, sentences, quotes
  --all        also list sentences labelled "other" (text output)
  -h, --help   this help

JSON offsets: "blocks" are the article's text blocks in reading order. Each sentence and
quotation has "block" (an index into "blocks") and "start"/"end": UTF-16 code-unit offsets
into that block's text, end exclusive, so blocks[block].text.slice(start, end) === text.
Quotation offsets exclude the quotation marks.

Colours are used when stdout is a terminal or FORCE_COLOR is set (NO_COLOR turns them off).
Exit codes: 0 ok, 1 bad arguments, 2 input unreadable, 3 no article on the page.
`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, all: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    process.stderr.write(`analyze: ${(e as Error).message}\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`analyze: expected one file, URL or "-" (see --help)\n`);
    return 1;
  }
  const target = positionals[0]!;
  const loaded = await load(target);
  const article = toArticle(loaded);
  const json = values.json === true;
  if (!article || article.input.blocks.length === 0) {
    const note = 'no article found on this page: nothing was marked';
    if (json) {
      const empty = analyze({ blocks: [] });
      process.stdout.write(JSON.stringify(toJson(loaded.origin, null, null, [], empty, note)) + '\n');
    } else {
      process.stderr.write(`analyze: ${target}: ${note}\n`);
    }
    return 3;
  }
  const input = article.declaredLanguage ? { ...article.input, language: article.declaredLanguage } : article.input;
  const result = analyze(input);
  const out = toJson(loaded.origin, article.title, article.declaredLanguage, input.blocks, result);
  if (json) {
    process.stdout.write(JSON.stringify(out, null, 1) + '\n');
  } else {
    process.stdout.write(toText(out, { colour: useColour(), all: values.all === true }));
  }
  return 0;
}

function useColour(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return process.stdout.isTTY === true;
}

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    if (e instanceof CliError) {
      process.stderr.write(`analyze: ${e.message}\n`);
      process.exitCode = e.exitCode;
    } else {
      process.stderr.write(`analyze: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
