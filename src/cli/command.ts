// The shape of a CLI command: parsed arguments in, exit code out.
import type { ParseArgsConfig } from 'node:util';
import type { Io } from './output.js';

export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
}

export interface Command {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** How many positional arguments the command needs; fewer prints the usage (exit 2). */
  positionals?: number;
  run(args: CommandArgs, io: Io): number | Promise<number>;
}

/** A command as the CLI lists it: loaded only when it is run, so each loads only the modules it needs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}
