// A diagnostic is data: where, how bad, which rule, what to do. Stages collect them; the CLI prints them.
import { counted } from './counted.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];

  constructor(private readonly file: string = '') {}

  /** A collector for another file that feeds the same list. */
  forFile(file: string): Diagnostics {
    const child = new Diagnostics(file);
    (child as { items: Diagnostic[] }).items = this.items;
    return child;
  }

  error(rule: string, message: string, line = 1, column = 1): void {
    this.add('error', rule, message, line, column);
  }

  warn(rule: string, message: string, line = 1, column = 1): void {
    this.add('warning', rule, message, line, column);
  }

  add(severity: Severity, rule: string, message: string, line = 1, column = 1): void {
    this.items.push({ file: this.file, line, column, severity, rule, message });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.rule} ${d.message}`;
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column),
  );
}

export function summarize(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  return `${counted(errors, 'error')}, ${counted(warnings, 'warning')}`;
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
