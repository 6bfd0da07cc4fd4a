// A render worker thread: episodes sent by the RenderPool go through renderWork() here, so that a cold build runs
// episodes on every core. It loads the project's settings and templates itself, once.
import { parentPort, workerData } from 'node:worker_threads';
import { Diagnostics } from '../core/diagnostics.js';
import { loadProject, publicFileSize } from '../load/loadProject.js';
import { createRenderContext } from '../render/createRenderContext.js';
import { renderWork } from './renderWork.js';
import { RecordTerms } from '../search/recordTerms.js';
import { writeStaged } from '../write/writer.js';
import type { RenderAnswer, RenderJob } from './renderPool.js';

const { root } = workerData as { root: string };
const encoder = new TextEncoder();
const diags = new Diagnostics();
const project = loadProject(root, diags, { episodes: false });
const setup = project ? { env: { podcast: project.podcast, publicFileSize: publicFileSize(project) }, ctx: createRenderContext(project) } : null;
// This worker's numbering of search terms (a pool, and so this thread, lasts one build).
const terms = setup ? new RecordTerms(setup.ctx.search.skip) : null;
/** Folders made by this worker's writes. */
const made = new Set<string>();

parentPort!.on('message', (job: RenderJob) => {
  let answer: RenderAnswer;
  try {
    if (!setup) throw new Error(`the render worker could not load the project: ${diags.items.map((d) => d.message).join('; ')}`);
    answer = { id: job.id, work: renderWork(root, setup.env, setup.ctx, job.source, job.neighbours, job.search ? terms : null) };
  } catch (e) {
    answer = { id: job.id, error: (e as Error).stack ?? String(e) };
  }
  // The files are encoded here, on this thread, and never a string in the builder's heap (a few hundred KB an episode,
  // which its collector would otherwise have to sweep). Written here too when the writer has a folder for them: the
  // builder's heap then never holds their bytes either (as moved buffers, they started a full collection of its heap
  // every 300 ms or so at 5,000 episodes). Else they go as UTF-8 bytes, moved rather than copied.
  const moved: ArrayBuffer[] = [];
  const began = performance.now();
  try {
    for (const file of 'work' in answer ? (answer.work.rendered?.files ?? []) : []) {
      if (typeof file.content !== 'string') continue;
      const bytes = encoder.encode(file.content);
      if (job.writeInto) {
        writeStaged(made, job.writeInto, file.path, bytes);
        file.content = null;
      } else {
        file.content = bytes;
        moved.push(bytes.buffer as ArrayBuffer);
      }
    }
  } catch (e) {
    answer = { id: job.id, error: (e as Error).stack ?? String(e) };
  }
  if ('work' in answer && job.writeInto) answer.work.timings.write = (answer.work.timings.write ?? 0) + performance.now() - began;
  for (const record of 'work' in answer ? (answer.work.search?.records ?? []) : []) moved.push(record.terms.buffer as ArrayBuffer);
  parentPort!.postMessage(answer, moved);
});
