// The `shownotes` command line: a table of commands.
import { parseArgs } from 'node:util';
import type { CommandEntry } from './command.js';
import { processIo, type Io } from './output.js';

// Each command is loaded when it is run: `build` starts its render workers before it loads the pipeline (see
// commands/build.ts), and no command loads another's modules (the dev server's, the importer's).
export const commands: readonly CommandEntry[] = [
  { name: 'build', summary: 'build the site into dist/ (the previous dist/ stays as it was if anything fails)', load: async () => (await import('./commands/build.js')).buildCommand },
  { name: 'dev', summary: 'build, serve on http://127.0.0.1:4321 and rebuild what changes as you edit', load: async () => (await import('./commands/dev.js')).devCommand },
  { name: 'check', summary: 'validate episodes, transcripts, notes and links without writing a site', load: async () => (await import('./commands/check.js')).checkCommand },
  { name: 'new', summary: 'create episodes/<slug>/ from a transcript, with front matter and draft notes filled in', load: async () => (await import('./commands/new.js')).newCommand },
  { name: 'import', summary: 'import an archive: notes and transcripts paired by episode number', load: async () => (await import('./commands/import.js')).importCommand },
  { name: 'parse', summary: 'parse a transcript into speaker turns', load: async () => (await import('./commands/parse.js')).parseCommand },
  { name: 'segments', summary: 'find the topics, sponsor reads, extras, joke and outro of a transcript', load: async () => (await import('./commands/segments.js')).segmentsCommand },
];

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  const entry = commands.find((c) => c.name === name);
  if (!entry || name === '--help' || name === 'help') {
    io.out(helpText());
    return name && !['--help', '-h', 'help'].includes(name) ? 2 : 0;
  }
  const command = await entry.load();
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`${(e as Error).message}\nusage: ${command.usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(`usage: ${command.usage}\n${entry.summary}\n`);
    return 0;
  }
  if (parsed.positionals.length < (command.positionals ?? 0)) {
    io.err(`usage: ${command.usage}\n`);
    return 2;
  }
  return command.run({ positionals: parsed.positionals, values: parsed.values }, io);
}

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return ['usage: shownotes <command> [options]', '', 'commands:', ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), ''].join('\n');
}
