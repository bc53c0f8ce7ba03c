/**
 * The e2e test server itself: every browser test trusts it to serve ../shared and the fixtures
 * with the right types and per-file headers, and never a file outside those folders.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type StaticServer } from './harness/index.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** GET with the raw path (fetch would normalise `..` away before sending). */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('server: serves ../shared and the fixtures as HTML on 127.0.0.1', async () => {
  expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const seed = await get('/shared/examples/seed-article.html');
  expect(seed.status).toBe(200);
  expect(seed.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(seed.body).toContain('<html');
  const labels = await get('/shared/examples/seed-article.labels.json');
  expect(labels.headers['content-type']).toBe('application/json; charset=utf-8');
  expect((await get('/fixtures/foundation-csp.html')).status).toBe(200);
});

test('server: a sidecar <file>.headers.json adds its headers to that file only', async () => {
  expect((await get('/fixtures/foundation-csp.html')).headers['content-security-policy']).toBe("default-src 'none'");
  expect((await get('/shared/examples/seed-article.html')).headers['content-security-policy']).toBeUndefined();
});

test('server: nothing outside the served folders, and unknown paths are 404', async () => {
  for (const path of ['/shared/../package.json', '/fixtures/../../package.json', '/shared/%2e%2e/main/package.json', '/package.json', '/shared/nope.html']) {
    const res = await get(path);
    expect(res.status, path).toBe(404);
  }
  expect(server.requests).toContain('/shared/nope.html');
});
