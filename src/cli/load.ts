/**
 * Reads what the user pointed the CLI at: a file, a URL (fetched with Node's fetch, at the
 * user's explicit request; the extension itself never fetches) or standard input ("-"), and
 * decides whether it is HTML or plain text. Failures are CliError with a one-line message.
 */
import { readFile, stat } from 'node:fs/promises';

/** An error the CLI reports as one line on stderr with its exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

export interface Loaded {
  /** Where it came from, as the user wrote it. */
  origin: string;
  kind: 'html' | 'text';
  content: string;
}

const MAX_BYTES = 50 * 1024 * 1024;

export async function load(target: string): Promise<Loaded> {
  if (target === '-') return classify('stdin', await readStdin(), null);
  if (/^https?:\/\//i.test(target)) return fetchUrl(target);
  let info;
  try {
    info = await stat(target);
  } catch {
    throw new CliError(`cannot read ${target}: no such file`, 2);
  }
  if (!info.isFile()) throw new CliError(`cannot read ${target}: not a file`, 2);
  if (info.size > MAX_BYTES) throw new CliError(`cannot read ${target}: larger than 50 MB`, 2);
  const bytes = await readFile(target);
  const ext = /\.(x?html?|htm)$/i.test(target) ? 'html' : /\.(txt|text|md)$/i.test(target) ? 'text' : null;
  return classify(target, bytes, ext);
}

async function fetchUrl(url: string): Promise<Loaded> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow', headers: { 'user-agent': 'says-who-cli' } });
  } catch (e) {
    throw new CliError(`cannot fetch ${url}: ${(e as Error).message}`, 2);
  }
  if (!res.ok) throw new CliError(`cannot fetch ${url}: HTTP ${res.status}`, 2);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  const kind = /html|xml/i.test(type) ? 'html' : /text\/plain/i.test(type) ? 'text' : null;
  return classify(url, bytes, kind);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Decodes bytes as UTF-8, refusing binary data, and sniffs HTML when the name does not say. */
function classify(origin: string, bytes: Uint8Array, hint: 'html' | 'text' | null): Loaded {
  if (bytes.length === 0) throw new CliError(`nothing to read in ${origin}: it is empty`, 2);
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) throw new CliError(`cannot read ${origin}: it looks like a binary file, not HTML or text`, 2);
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > head.length / 20) throw new CliError(`cannot read ${origin}: it looks like a binary file, not HTML or text`, 2);
  const content = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (content.trim() === '') throw new CliError(`nothing to read in ${origin}: it is empty`, 2);
  const kind = hint ?? (/^\s*(<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(content) ? 'html' : 'text');
  return { origin, kind, content };
}
