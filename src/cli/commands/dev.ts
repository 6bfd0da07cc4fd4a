// `shownotes dev`: build, serve on 127.0.0.1:4321, watch and live-reload.
import { resolve } from 'node:path';
import { startDev, type DevSession } from '../../watch/devSession.js';
import type { Command } from '../command.js';
import { tuneEngineFor } from '../engineFlags.js';
import { OutDirRefused } from '../../write/checkOutDir.js';
import { reportDiagnostics } from '../output.js';

export const devCommand: Command = {
  usage: 'shownotes dev [--root <dir>] [--out <dir>] [--port 4321] [--host 127.0.0.1]',
  options: { root: { type: 'string' }, out: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
  async run({ values }, io) {
    const root = resolve(String(values.root ?? '.'));
    const port = Number(values.port ?? 4321);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.err(`--port must be a port number, not ${String(values.port)}\n`);
      return 2;
    }
    tuneEngineFor(root);
    let session: DevSession;
    try {
      session = await startDev({
        root,
        outDir: resolve(root, String(values.out ?? 'dist')),
        host: String(values.host ?? '127.0.0.1'),
        port,
        log: (line) => io.err(`${line}\n`),
      });
    } catch (e) {
      if (e instanceof OutDirRefused) return reportDiagnostics(e.diagnostics, io) || 1;
      throw e;
    }
    io.out(`shownotes dev: serving ${session.server.url}\n`);
    await new Promise<void>((done) => {
      const stop = () => void session.close().then(done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
