// `shownotes build`: the whole site into dist/, or nothing at all when an episode has an error.
import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { reportDiagnostics } from '../output.js';
import { tuneEngineFor } from '../engineFlags.js';
import { defaultThreads, startedWorkers } from '../../incremental/renderPool.js';
import { heldSentence } from '../../episode/publication.js';
import { counted } from '../../core/counted.js';

export const buildCommand: Command = {
  usage: 'shownotes build [--root <dir>] [--out <dir>] [--drafts] [--future] [--strict] [--timings] [--threads <n>]',
  options: { root: { type: 'string' }, out: { type: 'string' }, drafts: { type: 'boolean' }, future: { type: 'boolean' }, strict: { type: 'boolean' }, timings: { type: 'boolean' }, threads: { type: 'string' } },
  async run({ values }, io) {
    const root = resolve(String(values.root ?? '.'));
    const outDir = resolve(root, String(values.out ?? 'dist'));
    const t0 = performance.now();
    const threads = values.threads === undefined ? undefined : Number(values.threads);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0)) {
      io.err(`--threads takes a whole number of render workers (0: none), not "${String(values.threads)}"\n`);
      return 2;
    }
    tuneEngineFor(root);
    // The workers of a cold build load their modules while this thread loads the pipeline's.
    const workers = threads ?? defaultThreads();
    const started = startedWorkers(root, workers);
    const { build } = await import('../../build.js');
    const result = await build({ root, outDir, threads: workers, started, drafts: values.drafts === true, future: values.future === true });
    const code = reportDiagnostics(result.diagnostics, io, { strict: values.strict === true });
    const ms = Math.round(performance.now() - t0);
    const on = result.workers ? ` (episodes rendered on ${result.workers} worker threads)` : '';
    const held = heldSentence(result.held);
    if (result.ok && code === 0) io.err(`built ${counted(result.episodes, 'episode')}, ${result.files} files into ${outDir} in ${ms} ms${on}${held ? `; ${held}` : ''}\n`);
    else io.err(`build failed: ${outDir} was left as it was\n`);
    if (values.timings) io.err(`${JSON.stringify(Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [k, Math.round(v)])))}\n`);
    return result.ok ? code : 1;
  },
};
