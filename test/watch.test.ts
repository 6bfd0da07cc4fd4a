// The editing loop: debouncing, classifying changes, and a real dev session editing files in a temp site.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WatchQueue, type Timers } from '../src/watch/watchQueue.js';
import { classifyChanges } from '../src/watch/classifyChanges.js';
import { startDev, type DevSession } from '../src/watch/devSession.js';
import { SearchThread } from '../src/search/buildSearchIndex.js';
import { episode, makeSite } from './helpers/site.js';

function manualTimers() {
  const due: (() => void)[] = [];
  const timers: Timers = { set: (fn) => (due.push(fn), due.length - 1), clear: (h) => { due[h as number] = () => {}; } };
  return { timers, fire: () => { const fns = due.splice(0); fns.forEach((f) => f()); } };
}

describe('the watch queue', () => {
  it('turns a burst of saves into one rebuild', async () => {
    const { timers, fire } = manualTimers();
    const batches: string[][] = [];
    const q = new WatchQueue((b) => { batches.push([...b]); }, 40, timers);
    q.add('a'); q.add('b'); q.add('a');
    fire();
    await Promise.resolve();
    expect(batches).toEqual([['a', 'b']]);
  });

  it('runs exactly one more rebuild for changes that land during a rebuild', async () => {
    const { timers, fire } = manualTimers();
    const batches: string[][] = [];
    let release!: () => void;
    const q = new WatchQueue((b) => { batches.push([...b]); return batches.length === 1 ? new Promise<void>((r) => (release = r)) : undefined; }, 40, timers);
    q.add('first');
    fire();
    q.add('during-1'); q.add('during-2');
    fire(); // nothing is scheduled while the first rebuild runs
    expect(batches).toEqual([['first']]);
    release();
    await new Promise((r) => setTimeout(r, 0));
    fire();
    await Promise.resolve();
    expect(batches).toEqual([['first'], ['during-1', 'during-2']]);
  });
});

describe('classifying changes', () => {
  it('maps paths to what must be looked at again', () => {
    expect(classifyChanges(['episodes/one/index.md', 'episodes/two/transcript.txt'])).toMatchObject({ episodes: new Set(['one', 'two']), templates: false, project: false, cssOnly: false });
    expect(classifyChanges(['templates/episode.eta'])).toMatchObject({ templates: true });
    expect(classifyChanges(['podcast.yaml'])).toMatchObject({ project: true });
    expect(classifyChanges(['public/assets/site.css'])).toMatchObject({ cssOnly: true });
    expect(classifyChanges(['public/assets/site.css', 'public/assets/site.js'])).toMatchObject({ cssOnly: false });
  });
});

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A raw path, sent as is (no URL normalisation by the client). */
function getRaw(base: string, path: string): Promise<number> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
    req.on('error', reject);
    req.end();
  });
}

describe('a dev session on a temp site', () => {
  let root: string;
  let dev: DevSession;
  const lines: string[] = [];
  const ep = (n: number, extra = '') => episode({ title: `Episode ${n}`, date: `2024-01-0${n}`, number: n, tags: ['shared'] }, `## Topic of ${n}\n\nNotes ${n}.${extra}\n`);

  beforeAll(async () => {
    root = makeSite({
      'episodes/one/index.md': ep(1),
      'episodes/one/transcript.txt': '00:00:00 ADA: Hello one.\n00:00:05 BEN: Bye.\n',
      'episodes/two/index.md': ep(2),
      'episodes/three/index.md': ep(3),
    });
    dev = await startDev({ root, outDir: join(root, 'dist'), host: '127.0.0.1', port: 0, log: (l) => lines.push(l), debounceMs: 20 });
  });
  afterAll(async () => dev.close());

  /** Makes a change, then waits for the rebuild that reflects it (one save may arrive as several events). */
  async function change(fn: () => void, until: (r: (typeof dev.rebuilds)[number]) => boolean = () => true) {
    const before = dev.rebuilds.length;
    fn();
    const found = () => dev.rebuilds.slice(before).find(until);
    for (let i = 0; i < 250 && !found(); i++) await new Promise((r) => setTimeout(r, 20));
    await dev.idle();
    return found() ?? dev.rebuilds[dev.rebuilds.length - 1]!;
  }

  it('serves the site on 127.0.0.1 with live reload added to pages', async () => {
    expect(dev.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(`${dev.server.url}one/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('EventSource');
    expect(readFileSync(join(root, 'dist/one/index.html'), 'utf8')).not.toContain('EventSource');
  });

  it("re-renders only the edited episode and the pages that list it", async () => {
    const r = await change(() => writeFileSync(join(root, 'episodes/two/index.md'), ep(2, ' Edited.')));
    expect(r.report.ok).toBe(true);
    expect(r.report.renderedEpisodes).toEqual(['two']);
    expect(r.report.renderedPages).toEqual(expect.arrayContaining(['index.html', 'feed.xml', 'tags/shared/index.html', 'people/ada/index.html']));
    expect(r.report.renderedPages).not.toContain('about/index.html');
    expect(readFileSync(join(root, 'dist/two/index.html'), 'utf8')).toContain('Edited.');
    expect(lines.some((l) => /episodes\/two\/index\.md changed: 1 episodes and \d+ pages re-rendered/.test(l))).toBe(true);
  });

  it('keeps the search index current after an edit, in the background', async () => {
    const entry = () => readFileSync(join(root, 'dist/search/meta.json'), 'utf8');
    const before = entry();
    // Each episodes file as it is: its inode (a file written again is a new one) and its text.
    const listed = () => new Map(readdirSync(join(root, 'dist/search/episodes')).map((f) => [f, [statSync(join(root, 'dist/search/episodes', f)).ino, readFileSync(join(root, 'dist/search/episodes', f), 'utf8')] as const]));
    const listedBefore = listed();
    expect(listedBefore.size).toBeGreaterThan(0);
    await change(() => writeFileSync(join(root, 'episodes/three/index.md'), ep(3, ' Zanzibarquux.')));
    await dev.idle();
    // The edit left every episode's number of records as it was: the episodes files are kept, not written again.
    expect(listed()).toEqual(listedBefore);
    expect(readFileSync(join(root, 'dist/three/search.json'), 'utf8')).toContain('Zanzibarquux');
    expect(entry()).not.toBe(before);
    const terms = (JSON.parse(entry()) as { terms: [string, string][] }).terms;
    const file = terms.filter(([first]) => first <= 'zanzibarquux').pop()![1];
    expect(Object.keys(JSON.parse(readFileSync(join(root, 'dist/search', file), 'utf8')))).toContain('zanzibarquux');
    expect(lines.some((l) => /search index updated in \d+ ms/.test(l))).toBe(true);
  });

  it('re-renders every episode page, and no list page, when the episode template changes', async () => {
    const r = await change(() => writeFileSync(join(root, 'templates/episode.eta'), readFileSync(join(root, 'templates/episode.eta'), 'utf8') + '\n<!-- edited -->\n'));
    expect(r.report.renderedEpisodes.sort()).toEqual(['one', 'three', 'two']);
    expect(r.report.renderedPages).toEqual([]);
  });

  it('picks up a new episode folder and drops the outputs of a deleted one', async () => {
    let r = await change(() => {
      mkdirSync(join(root, 'episodes/four'));
      writeFileSync(join(root, 'episodes/four/index.md'), ep(4));
    });
    expect(r.report.renderedEpisodes).toContain('four');
    expect((await get(`${dev.server.url}four/`)).status).toBe(200);
    r = await change(() => rmSync(join(root, 'episodes/four'), { recursive: true }), (x) => !x.report.renderedPages.length || x.report.ok);
    expect(r.report.ok).toBe(true);
    expect((await get(`${dev.server.url}four/`)).status).toBe(404);
    expect((await get(dev.server.url)).body).not.toContain('Episode 4');
  });

  it('keeps the last good page and reports a broken edit, then recovers on the next good save', async () => {
    let r = await change(() => writeFileSync(join(root, 'episodes/one/index.md'), '---\ntitle: [broken\n---\n'), (x) => !x.report.ok);
    expect(r.report.ok).toBe(false);
    expect(lines.some((l) => /episodes\/one\/index\.md:\d+:\d+: error yaml-syntax/.test(l))).toBe(true);
    expect((await get(`${dev.server.url}one/`)).body).toContain('Episode 1');
    r = await change(() => writeFileSync(join(root, 'episodes/one/index.md'), ep(1, ' Fixed.')), (x) => x.report.ok);
    expect(r.report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([]);
    expect(r.report.ok).toBe(true);
    expect((await get(`${dev.server.url}one/`)).body).toContain('Fixed.');
  });

  it('keeps working through 1,000 rapid saves without leaking watchers or memory', async () => {
    await dev.idle();
    const watched = dev.watchedCount();
    const heap = process.memoryUsage().heapUsed;
    const before = dev.rebuilds.length;
    for (let i = 0; i < 1000; i++) {
      writeFileSync(join(root, 'episodes/two/index.md'), ep(2, ` Save ${i}.`));
      if (i % 100 === 99) await new Promise((r) => setTimeout(r, 5));
    }
    await change(() => writeFileSync(join(root, 'episodes/two/index.md'), ep(2, ' Last save.')), (r) => r.report.ok && readFileSync(join(root, 'dist/two/index.html'), 'utf8').includes('Last save.'));
    await dev.idle();
    const rebuilds = dev.rebuilds.length - before;
    expect(rebuilds).toBeGreaterThan(0);
    expect(rebuilds).toBeLessThan(200); // debounced: far fewer rebuilds than saves
    expect(dev.watchedCount()).toBe(watched);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(60 * 1024 * 1024);
    expect((await get(`${dev.server.url}two/`)).body).toContain('Last save.');
  });

  it('serves nothing outside the site', async () => {
    symlinkSync('/etc', join(root, 'dist', 'outside'));
    for (const path of ['/../podcast.yaml', '/%2e%2e/podcast.yaml', '/%2E%2E%2Fpodcast.yaml', '/..%2f..%2fetc/passwd', '/outside/passwd', '/one/..%5c..%5cpodcast.yaml', '/%00']) {
      expect(await getRaw(dev.server.url, path), path).toBe(404);
    }
  });

  it('survives a client that disconnects mid-response', async () => {
    const u = new URL(`${dev.server.url}audio-missing`);
    await new Promise<void>((resolve) => {
      const req = request({ host: u.hostname, port: u.port, path: '/one/' }, (res) => { res.once('data', () => { req.destroy(); resolve(); }); });
      req.on('error', () => resolve());
      req.end();
    });
    expect((await get(`${dev.server.url}one/`)).status).toBe(200);
  });
});

describe('the search thread of a dev session', () => {
  it('holds an index build between two records while paused, and finishes it once resumed', async () => {
    const root = makeSite({
      'episodes/a/index.md': episode({ title: 'A', date: '2024-01-02' }),
      'episodes/a/transcript.txt': '00:00:00 ADA: Hello.\n00:00:05 BEN: Bye.\n',
      'episodes/b/index.md': episode({ title: 'B', date: '2024-01-01' }),
    });
    const out = join(root, 'dist');
    const dev = await startDev({ root, outDir: out, host: '127.0.0.1', port: 0, log: () => {}, debounceMs: 10 });
    await dev.close();
    rmSync(join(out, 'search/meta.json'));
    const thread = new SearchThread();
    try {
      thread.pause();
      let done = false;
      const built = thread.build({ outDir: out, recordFiles: ['a/search.json', 'b/search.json'], skip: [] }).then((files) => ((done = true), files));
      await new Promise((r) => setTimeout(r, 300));
      expect(done).toBe(false);
      expect(existsSync(join(out, 'search/meta.json'))).toBe(false);
      thread.resume();
      expect(await built).toContain('search/meta.json');
      expect(JSON.parse(readFileSync(join(out, 'search/meta.json'), 'utf8')).records).toBeGreaterThan(2);
    } finally {
      await thread.close();
    }
  });
});
