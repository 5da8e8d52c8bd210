import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * A plain static file server (sirv, what Vite's preview serves with) for an exported folder,
 * as a municipality's web server or CDN would: files only, no Buurtkit code. `cors` adds
 * `Access-Control-Allow-Origin: *`, which a folder on another origin than the page needs.
 */
export async function serveFolder(dir: string, o: { cors?: boolean } = {}) {
  // `dev`: files are looked up per request, so a new export in the same place is served at once.
  const files = sirv(dir, {
    dev: true,
    setHeaders: (res) => {
      if (o.cors) res.setHeader('Access-Control-Allow-Origin', '*');
    },
  });
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      if (o.cors) res.setHeader('Access-Control-Allow-Origin', '*');
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
