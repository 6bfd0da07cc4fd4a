// Writes <fixture>.expected.json for every transcript fixture that has none yet, from the current parser.
// Review each new file by eye before committing it: it becomes the behaviour the tests hold the parser to.
import { readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
const dir = new URL('./fixtures/transcripts/', import.meta.url).pathname;
for (const f of readdirSync(dir).filter((f) => !f.endsWith('.expected.json'))) {
  const out = join(dir, `${f}.expected.json`);
  if (existsSync(out) && !process.argv.includes('--force')) continue;
  const { stdout, stderr } = spawnSync('node', ['bin/shownotes.js', 'parse', join(dir, f), '--json'], { encoding: 'utf8' });
  const parsed = JSON.parse(stdout);
  const diagnostics = (stderr || '').split('\n').filter(Boolean).map((l) => { const m = /:(\d+):(\d+): (\w+) (\S+)/.exec(l); return m ? `${m[3]} ${m[4]} ${m[1]}:${m[2]}` : null; }).filter(Boolean);
  writeFileSync(out, JSON.stringify({ ...parsed, diagnostics }, null, 2) + '\n');
  console.log('wrote', out);
}
