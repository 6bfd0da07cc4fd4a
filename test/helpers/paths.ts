// Where tests find the project, its compiled CLI and the shared corpus.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixtures = join(projectRoot, 'test', 'fixtures');
export const shared = resolve(projectRoot, '..', 'shared');
export const corpus = join(shared, 'corpus', 'python-bytes');
export const hasCorpus = existsSync(join(corpus, 'transcripts'));
export const seedTranscript = join(shared, 'seed', '000_b4169f3a4b8f52ff.txt');
export const cli = join(projectRoot, 'bin', 'shownotes.js');

/** Printed once by tests that need ../shared, so a skip is never silent. */
export function corpusSkipNotice(what: string): void {
  if (!hasCorpus) console.warn(`SKIPPED: ${what} needs ../shared/corpus/python-bytes, which is absent.`);
}
