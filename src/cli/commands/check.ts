// `shownotes check`: validate everything without writing a site.
import { resolve } from 'node:path';
import { checkSite } from '../../check/checkSite.js';
import type { Command } from '../command.js';
import { reportDiagnostics } from '../output.js';

export const checkCommand: Command = {
  usage: 'shownotes check [--root <dir>] [--strict]',
  options: { root: { type: 'string' }, strict: { type: 'boolean' } },
  async run({ values }, io) {
    const { diagnostics, episodes } = await checkSite(resolve(String(values.root ?? '.')));
    io.err(`checked ${episodes} episodes\n`);
    return reportDiagnostics(diagnostics, io, { strict: values.strict === true, summary: true });
  },
};
