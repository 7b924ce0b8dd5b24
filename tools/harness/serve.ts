/**
 * A real static file server for the built site (dist/), on 127.0.0.1 with an
 * ephemeral port, mounted under a base path the way GitHub Pages / nginx serve a
 * project site:
 *   - `${base}x/`          -> x/index.html
 *   - `${base}x`           -> 301 to `${base}x/` when x is a directory (query kept)
 *   - `${base}` without the trailing slash (e.g. `/bao-tinh`) -> 301 to `/bao-tinh/`
 *   - `${base}x.html`      -> that file; `${base}x` -> x.html when x is no directory (GitHub Pages does this)
 *   - anything else        -> 404, body = dist/404.html if present
 *   - outside the base     -> 404 (plain text: on GitHub Pages that is another site)
 *   - only GET and HEAD    (others: 405)
 * File serving (ETag/304, Range, HEAD, path normalisation) is `sirv`, wrapped with
 * node:http. The file list is read once at start (sirv production mode), like a
 * deploy: files written to distDir after serveStatic() are not seen.
 * Content-Type: sirv's (mrmime) table, plus charset=utf-8 on text types as GitHub
 * Pages sends, and application/octet-stream for anything unknown, which includes
 * Pagefind's .pf_meta, .pf_index, .pf_fragment and .pagefind files.
 * No compression (GitHub Pages gzips; nothing here depends on it).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { posix, resolve, sep, join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  /** Site root, always ending in '/', e.g. http://127.0.0.1:41234/bao-tinh/ */
  url: string;
  /** Origin without the base path, e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** URL path the site is mounted at; '/' (default) or e.g. '/bao-tinh/'. */
  basePath?: string;
  /** TCP port; 0 (default) for any free one. */
  port?: number;
}

const TEXT_TYPES = /^(text\/|application\/(json|xml|javascript|manifest\+json|rss\+xml|atom\+xml)|image\/svg\+xml)/;
const EXTRA_TYPES: Record<string, string> = {
  ico: 'image/x-icon',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pagefind: 'application/octet-stream',
};

function normaliseBase(basePath: string): string {
  let b = basePath.trim();
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b.replace(/\/{2,}/g, '/');
}

export async function serveStatic(distDir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(distDir);
  const rootStat = await stat(root).catch(() => undefined);
  if (!rootStat?.isDirectory()) throw new Error(`serveStatic: ${root} is not a directory (did the build run?)`);
  const base = normaliseBase(options.basePath ?? '/');

  const notFoundPage = await readFile(join(root, '404.html')).catch(() => undefined);

  const sendNotFound = (req: IncomingMessage, res: ServerResponse, sitePage: boolean) => {
    const body = sitePage && notFoundPage ? notFoundPage : Buffer.from('404 Not Found\n');
    res.writeHead(404, {
      'Content-Type': sitePage && notFoundPage ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const files = sirv(root, {
    dev: false,
    etag: true,
    dotfiles: false,
    extensions: ['html'],
    onNoMatch(req, res) {
      sendNotFound(req, res, true);
    },
  });

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`500 ${(err as Error).message}\n`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('405 Method Not Allowed\n');
      return;
    }
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const rawPath = q === -1 ? raw : raw.slice(0, q);
    const search = q === -1 ? '' : raw.slice(q);

    if (`${rawPath}/` === base) return redirect(res, base + search);
    if (!rawPath.startsWith(base)) return sendNotFound(req, res, false);

    let rel: string; // decoded, '/'-rooted path inside the site
    try {
      rel = decodeURIComponent(rawPath.slice(base.length - 1));
    } catch {
      return sendNotFound(req, res, true);
    }
    if (rel.includes('\0') || rel.includes('\\')) return sendNotFound(req, res, true);
    rel = posix.normalize(rel);
    if (!rel.startsWith('/')) return sendNotFound(req, res, true);

    // Directory without trailing slash -> 301 (nginx / GitHub Pages behaviour).
    if (!rel.endsWith('/')) {
      const abs = join(root, rel);
      if (abs.startsWith(root + sep)) {
        const s = await stat(abs).catch(() => undefined);
        if (s?.isDirectory()) return redirect(res, `${rawPath}/${search}`);
      }
    } else if (!(await stat(join(root, rel, 'index.html')).catch(() => undefined))?.isFile()) {
      // sirv would answer `x/` with x.html; static hosts only look for x/index.html.
      return sendNotFound(req, res, true);
    }

    // Content-Type for extensions sirv does not know.
    const ext = /\.([^./]+)$/.exec(rel)?.[1]?.toLowerCase();
    const origWriteHead = res.writeHead.bind(res) as (code: number, headers?: Record<string, unknown>) => ServerResponse;
    (res as { writeHead: unknown }).writeHead = (code: number, headers?: Record<string, unknown>) => {
      if (headers && 'Content-Type' in headers) {
        let type = String(headers['Content-Type'] ?? '');
        if (!type) type = (ext && EXTRA_TYPES[ext]) || 'application/octet-stream';
        if (TEXT_TYPES.test(type) && !/charset=/i.test(type)) type += '; charset=utf-8';
        headers['Content-Type'] = type.replace(/;charset=/, '; charset=');
      }
      return origWriteHead(code, headers);
    };

    // sirv decodes the path itself: hand it the normalised path re-encoded.
    req.url = encodeURI(rel) + search;
    files(req, res);
  }

  function redirect(res: ServerResponse, location: string) {
    res.writeHead(301, { Location: location, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<a href="${location.replace(/"/g, '&quot;')}">Moved Permanently</a>\n`);
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: origin + base,
    origin,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((err) => (err ? fail(err) : ok()));
        server.closeAllConnections(); // browsers keep connections alive
      }),
  };
}
