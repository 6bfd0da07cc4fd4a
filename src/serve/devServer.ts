// The dev server: serves the built site on loopback, adds live reload to HTML, and never serves outside it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync, realpathSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { EVENTS_PATH, LIVE_RELOAD_SCRIPT, LiveReloadHub } from './liveReload.js';
import { resolveSafe } from './resolveSafe.js';

export interface DevServer {
  url: string;
  hub: LiveReloadHub;
  close(): Promise<void>;
}

export function startDevServer(opts: { dir: string; host: string; port: number; liveReload?: boolean }): Promise<DevServer> {
  const hub = new LiveReloadHub();
  const files = sirv(opts.dir, { dev: true, dotfiles: false, etag: true });
  const server = createServer((req, res) => handle(req, res));

  function handle(req: IncomingMessage, res: ServerResponse): void {
    // A client that goes away mid-response must not take the server with it.
    req.on('error', () => {});
    res.on('error', () => {});
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return plain(res, 400, 'Bad request');
    }
    if (url.pathname === EVENTS_PATH) return hub.connect(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed');
    const file = safeFile(url.pathname);
    if (!file) return notFound(res);
    if (file.endsWith('.html')) return html(res, 200, readFileSync(file, 'utf8'), req.method === 'HEAD', acceptsGzip(req));
    const type = TEXT_TYPES[extname(file).toLowerCase()];
    if (type && acceptsGzip(req) && !req.headers.range) return text(res, file, type, req.method === 'HEAD');
    const rel = relative(realpathSync(opts.dir), file).split(sep).map(encodeURIComponent).join('/');
    req.url = `/${rel}${url.search}`;
    files(req, res, () => notFound(res));
  }

  function safeFile(pathname: string): string | null {
    try {
      return resolveSafe(opts.dir, pathname);
    } catch {
      return null;
    }
  }

  function notFound(res: ServerResponse): void {
    try {
      html(res, 404, readFileSync(join(opts.dir, '404.html'), 'utf8'), false, false);
    } catch {
      plain(res, 404, 'Not found');
    }
  }

  function html(res: ServerResponse, status: number, body: string, head: boolean, gzip: boolean): void {
    const script = opts.liveReload === false ? '' : LIVE_RELOAD_SCRIPT;
    const page = body.includes('</body>') ? body.replace('</body>', `${script}\n</body>`) : body + script;
    // Pages go out compressed, as any static host would send them.
    const bytes = gzip ? gzipSync(page, { level: 6 }) : Buffer.from(page);
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-length': bytes.length,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(head ? undefined : bytes);
  }

  /** Text assets (JS, CSS, JSON, XML, captions) compressed, as a static host would send them. */
  function text(res: ServerResponse, file: string, type: string, head: boolean): void {
    const bytes = gzipSync(readFileSync(file), { level: 6 });
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': bytes.length, 'cache-control': 'no-cache', vary: 'accept-encoding' });
    res.end(head ? undefined : bytes);
  }

  function plain(res: ServerResponse, status: number, text: string): void {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(text);
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      const addr = server.address() as AddressInfo;
      const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolvePromise({
        url: `http://${host}:${addr.port}/`,
        hub,
        close: () =>
          new Promise<void>((done) => {
            hub.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

const TEXT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.vtt': 'text/vtt; charset=utf-8',
  '.srt': 'application/x-subrip; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
