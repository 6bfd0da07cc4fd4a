// The staged writer: files go into a staging folder (written on libuv's threads while the build goes on) and the
// folder replaces the published site only when every write has landed.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StagedDiskWriter } from '../src/write/writer.js';

function siteFolder(): string {
  return join(mkdtempSync(join(tmpdir(), 'shownotes-writer-')), 'dist');
}

describe('the staged writer', () => {
  it('reads back a file whose write has not landed yet, and publishes every file at commit', async () => {
    const out = siteFolder();
    const w = new StagedDiskWriter(out);
    const big = 'x'.repeat(1_000_000);
    for (let i = 0; i < 50; i++) w.write({ path: `e${i}/index.html`, content: `${i}${big}` });
    w.write({ path: 'e7/index.html', content: 'written twice: the last write wins' });
    expect(w.read('e3/index.html')!.startsWith('3x')).toBe(true);
    expect(w.read('e7/index.html')).toBe('written twice: the last write wins');
    await w.commit();
    expect(readFileSync(join(out, 'e49/index.html'), 'utf8').length).toBe(1_000_002);
    expect(readFileSync(join(out, 'e7/index.html'), 'utf8')).toBe('written twice: the last write wins');
  });

  it('fails the commit when a write fails, and leaves the published site as it was', async () => {
    const out = siteFolder();
    const before = new StagedDiskWriter(out);
    before.write({ path: 'index.html', content: 'published' });
    await before.commit();
    const w = new StagedDiskWriter(out);
    w.write({ path: 'page/index.html', content: 'a page' });
    // A file where the folder `page` is: the write fails on libuv's thread, after write() has returned.
    w.write({ path: 'page', content: 'not a folder' });
    await expect(w.commit()).rejects.toThrow(/EISDIR|illegal operation/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('published');
    expect(existsSync(join(out, 'page'))).toBe(false);
    await w.abort();
    expect(existsSync(w.staging)).toBe(false);
  });
});
