// build(): the pipeline, stage by stage. load → parse transcript → turns → segment → align → render → write.
import { Diagnostics, type Diagnostic } from './core/diagnostics.js';
import type { EpisodeSummary } from './core/episode.js';
import { Timings } from './core/timings.js';
import { loadProject, publicFileSize, readTranscript } from './load/loadProject.js';
import { planEpisodes, type PlannedEpisode } from './episode/planEpisodes.js';
import { prepareEpisode } from './episode/prepareEpisode.js';
import type { EpisodeEnv } from './episode/readEpisode.js';
import { createRenderContext } from './render/createRenderContext.js';
import { renderEpisode } from './render/renderEpisode.js';
import { renderSite } from './render/renderSite.js';
import { StagedDiskWriter, type SiteWriter } from './write/writer.js';

export interface BuildOptions {
  root: string;
  outDir: string;
  /** Where files go; a staged disk writer into outDir unless given. */
  writer?: SiteWriter;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  episodes: number;
  files: number;
  timings: Record<string, number>;
}

export function build(options: BuildOptions): BuildResult {
  const report = new Diagnostics();
  const timings = new Timings();
  const project = timings.time('load', () => loadProject(options.root, report));
  if (!project) return { ok: false, diagnostics: report.items, episodes: 0, files: 0, timings: timings.ms };
  const env: EpisodeEnv = { podcast: project.podcast, publicFileSize: publicFileSize(project) };
  const ctx = createRenderContext(project);
  const plan = timings.time('load', () => planEpisodes(project.sources, env, report));
  const writer = options.writer ?? new StagedDiskWriter(options.outDir);
  const summaries: EpisodeSummary[] = [];
  let files = 0;
  try {
    for (const [i, planned] of plan.entries()) {
      const transcriptDiags = new Diagnostics();
      const text = timings.time('load', () => readTranscript(project.root, planned.source, transcriptDiags));
      const { episode, diagnostics } = timings.time('parse+segment+align', () => prepareEpisode(planned.source, text, env, transcriptDiags.items));
      report.items.push(...diagnostics);
      if (!episode) continue;
      const rendered = timings.time('render', () => renderEpisode(episode, ctx, neighbours(plan, i, ctx.links.episode)));
      timings.time('write', () => rendered.files.forEach((f) => writer.write(f)));
      files += rendered.files.length;
      summaries.push(rendered.summary);
    }
    // Episodes whose front matter failed are not in the plan; their problems are reported all the same.
    const planned = new Set(plan.map((p) => p.source));
    for (const source of project.sources.filter((s) => !planned.has(s))) {
      const transcriptDiags = new Diagnostics();
      const text = readTranscript(project.root, source, transcriptDiags);
      report.items.push(...prepareEpisode(source, text, env, transcriptDiags.items).diagnostics);
    }
    const siteFiles = timings.time('render', () => renderSite({ episodes: summaries }, ctx));
    timings.time('write', () => {
      siteFiles.forEach((f) => writer.write(f));
      writer.copyDir(project.publicDir);
    });
    files += siteFiles.length;
    if (report.hasErrors) {
      writer.abort();
      return { ok: false, diagnostics: dedupe(report.items), episodes: summaries.length, files, timings: timings.ms };
    }
    timings.time('write', () => writer.commit());
  } catch (e) {
    writer.abort();
    throw e;
  }
  return { ok: true, diagnostics: dedupe(report.items), episodes: summaries.length, files, timings: timings.ms };
}

function neighbours(plan: readonly PlannedEpisode[], i: number, href: (slug: string) => string) {
  const newer = plan[i - 1];
  const older = plan[i + 1];
  return {
    ...(older ? { prev: { title: older.title, href: href(older.slug) } } : {}),
    ...(newer ? { next: { title: newer.title, href: href(newer.slug) } } : {}),
  };
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.rule}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
