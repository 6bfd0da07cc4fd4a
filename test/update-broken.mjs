// Writes test/fixtures/broken/<case>/expected.json from the current build's diagnostics, for cases that have none.
// Review each new file before committing it: it becomes what the tests hold the build to.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
const dir = new URL('./fixtures/broken/', import.meta.url).pathname;
for (const c of readdirSync(dir)) {
  const out = join(dir, c, 'expected.json');
  if (existsSync(out) && !process.argv.includes('--force')) continue;
  const root = mkdtempSync(join(tmpdir(), 'broken-'));
  cpSync('templates', join(root, 'templates'), { recursive: true });
  mkdirSync(join(root, 'public'));
  writeFileSync(join(root, 'podcast.yaml'), 'title: T\nurl: https://x.example/\n');
  cpSync(join(dir, c, 'episodes'), join(root, 'episodes'), { recursive: true });
  const r = spawnSync('node', ['bin/shownotes.js', 'build', '--root', root], { encoding: 'utf8' });
  const diagnostics = r.stderr.split('\n').map((l) => /^(\S+):(\d+):(\d+): (error|warning) (\S+) /.exec(l)).filter(Boolean).map((m) => `${m[4]} ${m[5]} ${m[1]}:${m[2]}:${m[3]}`);
  writeFileSync(out, JSON.stringify({ exitCode: r.status, diagnostics }, null, 2) + '\n');
  console.log(c, r.status, diagnostics);
}
