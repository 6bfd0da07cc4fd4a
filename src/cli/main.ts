// The `shownotes` command line: a table of commands.
import { parseArgs } from 'node:util';
import type { Command } from './command.js';
import { processIo, type Io } from './output.js';
import { parseCommand } from './commands/parse.js';
import { segmentsCommand } from './commands/segments.js';
import { buildCommand } from './commands/build.js';
import { devCommand } from './commands/dev.js';
import { checkCommand } from './commands/check.js';
import { newCommand } from './commands/new.js';
import { importCommand } from './commands/import.js';

export const commands: readonly Command[] = [buildCommand, devCommand, checkCommand, newCommand, importCommand, parseCommand, segmentsCommand];

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command || name === '--help' || name === 'help') {
    io.out(helpText());
    return name && !['--help', '-h', 'help'].includes(name) ? 2 : 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`${(e as Error).message}\nusage: ${command.usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(`usage: ${command.usage}\n${command.summary}\n`);
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
