// One temp folder for a whole test run. Every test makes its temp folders with os.tmpdir(), which reads TMPDIR, so
// they all go inside this one, and the run removes it when it ends: `npm test` used to leave about 0.9 GB in /tmp
// each run (whole-archive builds, browser sites). SHOWNOTES_KEEP_TEST_TMP=1 keeps it, to look at what a test wrote.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'shownotes-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    if (process.env.SHOWNOTES_KEEP_TEST_TMP === '1') process.stderr.write(`test files kept in ${root}\n`);
    else rmSync(root, { recursive: true, force: true });
  };
}
