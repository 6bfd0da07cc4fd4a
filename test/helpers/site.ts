// Whole sites written inline into temp folders, built with the real pipeline or the real CLI.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from '../../src/build.js';
import { cli, projectRoot } from './paths.js';

export const PODCAST_YAML = `title: Test Show
description: A show for tests.
author: Test Author
url: https://podcast.example/
language: en
categories: [Technology]
image: /cover.png
explicit: false
people:
  ada:
    name: Ada Lovelace
    url: https://ada.example
  ben:
    name: Ben Example
hosts: [ada, ben]
`;

export type Files = Record<string, string | Buffer>;

/** A temp project with the repository's templates and assets, plus the given files (paths relative to the root). */
export function makeSite(files: Files, opts: { podcast?: string; publicFiles?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'shownotes-site-'));
  cpSync(join(projectRoot, 'templates'), join(root, 'templates'), { recursive: true });
  mkdirSync(join(root, 'public', 'assets'), { recursive: true });
  cpSync(join(projectRoot, 'public', 'assets'), join(root, 'public', 'assets'), { recursive: true });
  writeFileSync(join(root, 'podcast.yaml'), opts.podcast ?? PODCAST_YAML);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export function episode(front: Record<string, unknown> | string, body = 'Notes.\n'): string {
  const fm = typeof front === 'string' ? front : Object.entries(front).map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)}`).join('\n');
  return `---\n${fm}\n---\n${body}`;
}

export async function buildSite(root: string, outDir = join(root, 'dist')) {
  return { ...(await build({ root, outDir })), outDir };
}

/** `timeout`: ms after which the process is killed (its `signal` then says so), for a test that it exits at all. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}, timeout?: number) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, ...(timeout ? { timeout } : {}) });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under a folder with its bytes, for byte-for-byte comparisons. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

export function read(outDir: string, path: string): string {
  return readFileSync(join(outDir, path), 'utf8');
}
