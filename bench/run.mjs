// npm run bench: cold builds, no-change rebuilds and edit-to-page latency, each figure also as a ratio to the floor
// (bench/floor.mjs) measured pair by pair, on the Python Bytes archive and synthetic archives made by cycling it.
// Options: --sizes 461,500,1000,2000,5000   --runs 5   (median of the runs, after one warm-up pair)   --out latest
//          --dev-only   (only the edit-to-page latency in dev, after one dev build)
//          --after-rm   (delete the last run's site right before each cold build, instead of moving it aside)
//          --marginal   (instead: what one more episode costs, stage by stage, on one thread, against the floor)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const project = join(here, '..');
const corpus = join(project, '..', 'shared', 'corpus', 'python-bytes');
const arg = (name, dflt) => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : dflt; };
const sizes = arg('sizes', '461,500,1000,2000,5000').split(',').map((s) => (s === 'all' ? 'all' : Number(s)));
const runs = Number(arg('runs', '5'));
const devOnly = process.argv.includes('--dev-only');
const afterRm = process.argv.includes('--after-rm');
const marginal = process.argv.includes('--marginal');
if (!existsSync(corpus)) { console.error(`bench needs ${corpus}`); process.exit(2); }

const cli = join(project, 'bin', 'shownotes.js');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs a whole process; returns wall ms, CPU ms (user+sys) and peak RSS in MB (from /usr/bin/time when present). */
function measure(args, cwd) {
  const t0 = performance.now();
  const r = timeBin ? spawnSync(timeBin, ['-f', '__TIME__ %U %S %M', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  const m = /__TIME__ ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  const stages = /^(\{"load".*\})$/m.exec(r.stderr);
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, rss: m ? Number(m[3]) / 1024 : NaN, stages: stages ? JSON.parse(stages[1]) : null };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
function siteBytes(dir) {
  let files = 0, bytes = 0;
  const walk = (d) => { for (const e of readdirSync(d)) { const p = join(d, e); const s = statSync(p); if (s.isDirectory()) walk(p); else { files++; bytes += s.size; } } };
  walk(dir);
  return { files, bytes };
}

/** The archives made, deleted with their sites when the bench ends (5,000 episodes take 2 GB with one site). */
const made = [];
process.on('exit', () => { for (const root of made) rmSync(root, { recursive: true, force: true }); });

function makeArchive(n, base) {
  const root = mkdtempSync(join(tmpdir(), `shownotes-bench-${n}-`));
  made.push(root);
  cpSync(join(project, 'templates'), join(root, 'templates'), { recursive: true });
  cpSync(join(project, 'public'), join(root, 'public'), { recursive: true });
  cpSync(join(project, 'podcast.yaml'), join(root, 'podcast.yaml'));
  if (!base) {
    const r = spawnSync(process.execPath, [cli, 'import', '--notes', join(corpus, 'show_notes'), '--transcripts', join(corpus, 'transcripts'), '--into', 'episodes'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return root;
  }
  // Cycle the imported episodes with new numbers, dates (a day apart) and slugs; titles repeat.
  const src = readdirSync(join(base, 'episodes')).sort();
  mkdirSync(join(root, 'episodes'));
  for (let i = 0; i < n; i++) {
    const from = join(base, 'episodes', src[i % src.length]);
    const to = join(root, 'episodes', `${i + 1}-bench-episode`);
    mkdirSync(to);
    for (const f of readdirSync(from)) {
      if (f === 'index.md') {
        const day = new Date(Date.UTC(2000, 0, 1) + i * 86400000).toISOString().slice(0, 10);
        writeFileSync(join(to, f), readFileSync(join(from, f), 'utf8').replace(/^number: \d+$/m, `number: ${i + 1}`).replace(/^date: .*$/m, `date: ${day}`));
      } else cpSync(join(from, f), join(to, f));
    }
  }
  return root;
}

/**
 * The last run's output, out of the way of the next: moved into a trash folder that is deleted when the bench ends.
 * Deleting it right before a build is not neutral on every file system: ext4 without a journal (this machine's) skips
 * inodes freed in the last minute, or six while their inode table block is unwritten, one by one on every file it
 * creates, so a build right after `rm -rf` of the last one's 3,600–37,000 files spends up to a third of its time in the
 * kernel scanning past them, more or less with when the last run ended. A fresh clone has nothing of the kind.
 * `--after-rm` measures that case instead; so does running short of disk (under 8 GB free), noted in the results.
 */
const trash = mkdtempSync(join(tmpdir(), 'shownotes-bench-trash-'));
process.on('exit', () => rmSync(trash, { recursive: true, force: true }));
let trashed = 0;
let deletedInstead = false;
function clear(...paths) {
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const { bavail, bsize } = statfsSync(trash);
    if (afterRm || bavail * bsize < 8 * 2 ** 30) {
      deletedInstead ||= !afterRm;
      rmSync(path, { recursive: true, force: true });
    } else renameSync(path, join(trash, `${trashed++}`));
  }
}

/** Edit-to-page latency in `shownotes dev`: save one index.md, wait for its page to be rewritten; DEV_SAVES times. */
// Single edits on a shared 2-core machine vary by 2x: the median of many.
const DEV_SAVES = 15;

async function devLatency(root) {
  const { startDev } = await import(join(project, 'lib', 'watch', 'devSession.js'));
  const dev = await startDev({ root, outDir: join(root, 'dist-dev'), host: '127.0.0.1', port: 0, log: () => {} });
  await dev.idle();
  const folder = readdirSync(join(root, 'episodes')).sort()[0];
  const file = join(root, 'episodes', folder, 'index.md');
  const original = readFileSync(file, 'utf8');
  const samples = [];
  const whole = [];
  let pages = 0;
  try {
    for (let k = 0; k < DEV_SAVES; k++) {
      const before = dev.rebuilds.length;
      const t0 = performance.now();
      writeFileSync(file, original + `\nEdit ${k}.\n`);
      while (dev.rebuilds.length === before) await new Promise((r) => setTimeout(r, 1));
      const log = dev.rebuilds[dev.rebuilds.length - 1];
      // The page and the pages listing the episode are in place at pagesAt; the feed and sitemap follow.
      samples.push(log.pagesAt - t0);
      whole.push(log.doneAt - t0);
      pages = log.report.renderedEpisodes.length + log.report.renderedPages.length;
      // The next save comes half a second later, as an editor's would: the search index of the last one may still be
      // building on its worker thread (at 5,000 episodes it takes minutes), and pages are measured under that load.
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    writeFileSync(file, original);
    await dev.close();
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { ms: median(samples), wholeMs: median(whole), p25: sorted[Math.floor(sorted.length / 4)], p75: sorted[Math.floor((sorted.length * 3) / 4)], rebuildMs: median(dev.rebuilds.slice(-DEV_SAVES).map((r) => r.ms)), pages };
}

let base = null;

/**
 * `--marginal`: what each more episode costs once the engine is warm. The archive and the archive twice over (cycled as
 * above) are built on one thread (`--threads 0 --timings`), alternating with the floor, and each figure is the
 * difference of the two sizes' medians divided by the episodes added: start-up, warm-up and the site pages cancel out,
 * and what is left is the per-episode work of each stage with the JIT warm. A whole build at 1x the floor on two cores
 * has twice the floor's marginal time an episode to spend, for all of its stages together, with both cores busy.
 */
function marginalCost() {
  const one = (base ??= makeArchive(0, null));
  const n = readdirSync(join(one, 'episodes')).length;
  const sides = [one, makeArchive(2 * n, one)].map((root) => {
    const episodes = readdirSync(join(root, 'episodes')).length;
    const floorOut = join(root, 'floor-dist');
    const floorRun = () => (clear(floorOut), measure([join(here, 'floor.mjs'), root, floorOut], root));
    const oneThread = () => (clear(join(root, 'dist'), join(root, '.shownotes-cache')), measure([cli, 'build', '--root', root, '--timings', '--threads', '0'], root));
    floorRun(); oneThread(); // warm-up
    const floors = [], builds = [];
    for (let r = 0; r < runs; r++) {
      floors.push(floorRun());
      builds.push(oneThread());
      console.error(`  ${episodes} episodes, run ${r + 1}: floor ${floors[r].wall.toFixed(0)} ms, one thread ${builds[r].wall.toFixed(0)} ms`);
    }
    const stages = Object.fromEntries(Object.keys(builds[0].stages ?? {}).map((k) => [k, median(builds.map((b) => b.stages[k]))]));
    return { episodes, floor: median(floors.map((f) => f.wall)), build: median(builds.map((b) => b.wall)), cpu: median(builds.map((b) => b.cpu)), stages };
  });
  const [a, b] = sides;
  const per = (x, y) => (y - x) / (b.episodes - a.episodes);
  const floor = per(a.floor, b.floor);
  const rows = [
    ...Object.keys(a.stages).map((k) => ({ stage: k, msPerEpisode: per(a.stages[k], b.stages[k]) })),
    { stage: 'whole build (wall)', msPerEpisode: per(a.build, b.build) },
    { stage: 'whole build (CPU)', msPerEpisode: per(a.cpu, b.cpu) },
    { stage: 'floor (wall)', msPerEpisode: floor },
  ].map((r) => ({ ...r, msPerEpisode: +r.msPerEpisode.toFixed(2), timesFloor: +(r.msPerEpisode / floor).toFixed(2) }));
  console.table(rows);
  const analysis = ['parse', 'segment', 'align'].reduce((sum, k) => sum + per(a.stages[k], b.stages[k]), 0);
  console.log(`budget at 1x the floor on 2 cores: ${(2 * floor).toFixed(2)} ms of one core an episode, for everything; ` +
    `parse + segment + align alone take ${analysis.toFixed(2)} ms (${(analysis / (2 * floor)).toFixed(2)}x that budget)`);
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', `${arg('out', 'marginal')}.json`), JSON.stringify({ date: new Date().toISOString(), runs, sides, rows }, null, 2));
}
if (marginal) {
  marginalCost();
  process.exit(0);
}

const results = [];
for (const size of sizes) {
  const label = size === 'all' || size === 461 ? 'archive' : `${size}`;
  const root = size === 'all' || size === 461 ? (base ??= makeArchive(0, null)) : makeArchive(size, base ??= makeArchive(0, null));
  const n = readdirSync(join(root, 'episodes')).length;
  console.error(`== ${label}: ${n} episodes in ${root}`);
  const floorOut = join(root, 'floor-dist');
  const buildArgs = [cli, 'build', '--root', root, '--timings'];
  deletedInstead = false;
  const floorRun = () => {
    clear(floorOut);
    return measure([join(here, 'floor.mjs'), root, floorOut], root);
  };
  const coldRun = () => {
    clear(join(root, 'dist'), join(root, '.shownotes-cache'));
    return measure(buildArgs, root);
  };
  if (!devOnly) { floorRun(); coldRun(); } // warm-up
  const pairs = [];
  for (let r = 0; r < (devOnly ? 0 : runs); r++) {
    const floor = floorRun();
    const cold = coldRun();
    const again = measure(buildArgs, root);
    pairs.push({ floor, cold, again });
    console.error(`  run ${r + 1}: floor ${floor.wall.toFixed(0)} ms, cold ${cold.wall.toFixed(0)} ms, no-change ${again.wall.toFixed(0)} ms`);
  }
  const dev = await devLatency(root);
  const out = siteBytes(join(root, devOnly ? 'dist-dev' : 'dist'));
  const med = (f) => (pairs.length ? median(pairs.map(f)) : NaN);
  const row = {
    archive: label,
    episodes: n,
    floorMs: Math.round(med((p) => p.floor.wall)),
    coldMs: Math.round(med((p) => p.cold.wall)),
    coldRatio: +med((p) => p.cold.wall / p.floor.wall).toFixed(2),
    coldCpuMs: Math.round(med((p) => p.cold.cpu)),
    coldPeakRssMb: Math.round(med((p) => p.cold.rss)),
    floorPeakRssMb: Math.round(med((p) => p.floor.rss)),
    msPerEpisode: +(med((p) => p.cold.wall) / n).toFixed(1),
    noChangeMs: Math.round(med((p) => p.again.wall)),
    noChangeRatioToCold: +med((p) => p.again.wall / p.cold.wall).toFixed(2),
    stagesMs: Object.fromEntries(Object.keys(pairs[0]?.cold.stages ?? {}).map((k) => [k, Math.round(med((p) => p.cold.stages[k]))])),
    files: out.files,
    megabytes: +(out.bytes / 1048576).toFixed(1),
    devEditToPageMs: Math.round(dev.ms),
    devEditToPageQuartilesMs: [Math.round(dev.p25), Math.round(dev.p75)],
    devEditToFeedMs: Math.round(dev.wholeMs),
    devRebuildMs: Math.round(dev.rebuildMs),
    devPagesRerendered: dev.pages,
    lastSiteBeforeColdBuild: afterRm || deletedInstead ? 'deleted' : 'moved aside',
  };
  results.push(row);
  console.error(JSON.stringify(row));
}
console.table(results.map(({ stagesMs, ...r }) => r));
for (const r of results) console.log(`${r.archive} stages (ms):`, JSON.stringify(r.stagesMs));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', `${arg('out', 'latest')}.json`), JSON.stringify({ date: new Date().toISOString(), runs, results }, null, 2));
