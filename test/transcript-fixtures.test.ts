// Every transcript fixture parses into the turns and diagnostics written beside it (<name>.expected.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from './helpers/paths.js';
import { parseFile } from './helpers/parse.js';

const dir = join(fixtures, 'transcripts');
const inputs = readdirSync(dir).filter((f) => !f.endsWith('.expected.json')).sort();

describe('transcript fixtures', () => {
  it('has an expected file for every input', () => {
    const expected = new Set(readdirSync(dir).filter((f) => f.endsWith('.expected.json')));
    expect(inputs.filter((f) => !expected.has(`${f}.expected.json`))).toEqual([]);
  });
  for (const name of inputs) {
    it(`parses ${name} into the expected turns`, () => {
      const want = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
      const { transcript, diagnostics } = parseFile(join(dir, name));
      expect(transcript.format).toBe(want.format);
      expect(transcript.turns.map(({ start, end, speaker, text }) => ({ start, end, speaker, text }))).toEqual(want.turns);
      expect(diagnostics.map((d) => `${d.severity} ${d.rule} ${d.line}:${d.column}`)).toEqual(want.diagnostics);
    });
  }
});
