import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES_DIR, SHARED_DIR } from './paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.webp': 'image/webp', '.ico': 'image/x-icon', '.xml': 'application/xml',
};

/** What `startServer` returns: the origin (http://127.0.0.1:PORT) and a way to stop. */
export interface StaticServer {
  origin: string;
  /** Every path requested so far (tests can check what the page itself loaded). */
  requests: string[];
  close(): Promise<void>;
}

/** Options: extra URL prefixes mapped to folders (e.g. `{ '/generated/': tmpDir }` for huge pages made at test time). */
export interface ServerOptions {
  roots?: Record<string, string>;
}

async function resolveFile(roots: Record<string, string>, pathname: string): Promise<string | null> {
  for (const [prefix, dir] of Object.entries(roots)) {
    if (!pathname.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(pathname.slice(prefix.length)));
    if (rel.startsWith('..') || rel.includes(`${sep}..${sep}`)) return null;
    let file = join(dir, rel);
    if (!file.startsWith(dir)) return null;
    const st = await stat(file).catch(() => null);
    if (st?.isDirectory()) file = join(file, 'index.html');
    else if (!st?.isFile()) return null;
    return file;
  }
  return null;
}

/** Extra response headers from a sidecar `<file>.headers.json` ({"Content-Security-Policy": "..."}). */
async function sidecarHeaders(file: string): Promise<Record<string, string>> {
  const raw = await readFile(`${file}.headers.json`, 'utf8').catch(() => null);
  if (raw === null) return {};
  const parsed: unknown = JSON.parse(raw);
  const out: Record<string, string> = {};
  if (parsed && typeof parsed === 'object') {
    for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/**
 * Serves ../shared under /shared/ and test/fixtures/e2e under /fixtures/ on 127.0.0.1 (random
 * port): static files only, so browser tests load real pages over http (content scripts do not
 * run on file://) without any outside network.
 */
export async function startServer(opts: ServerOptions = {}): Promise<StaticServer> {
  const roots: Record<string, string> = { '/shared/': SHARED_DIR, '/fixtures/': FIXTURES_DIR, ...opts.roots };
  const requests: string[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = await resolveFile(roots, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(await sidecarHeaders(file)),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
