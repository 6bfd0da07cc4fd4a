// How the CLI reports diagnostics and picks its exit code.
import type { Diagnostic } from '../core/diagnostics.js';
import { formatDiagnostic, sortDiagnostics, summarize } from '../core/diagnostics.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Prints diagnostics to stderr and returns the exit code they imply. */
export function reportDiagnostics(list: readonly Diagnostic[], io: Io, opts: { strict?: boolean; summary?: boolean } = {}): number {
  for (const d of sortDiagnostics(list)) io.err(formatDiagnostic(d) + '\n');
  if (opts.summary) io.err(`${summarize(list)}\n`);
  return exitCodeFor(list, opts.strict ?? false);
}

export function exitCodeFor(list: readonly Diagnostic[], strict: boolean): number {
  return list.some((d) => d.severity === 'error' || (strict && d.severity === 'warning')) ? 1 : 0;
}
