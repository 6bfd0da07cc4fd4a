// Reading the show notes' items in both styles the product supports.
import { describe, expect, it } from 'vitest';
import { parseNotes, parseNotesChecked } from '../src/notes/parseNotes.js';
import { createMarkdown } from '../src/render/markdown.js';

describe('show notes items', () => {
  it('reads Python Bytes style items with presenter, number, title and link', () => {
    const items = parseNotes('**Brian #1:** [Title One](https://a.example/one)\n\n- a bullet with [a link](https://b.example)\n\n**Michael #2:** [**Bold Title**](https://c.example)\n');
    expect(items.map((i) => [i.kind, i.presenter, i.n, i.title])).toEqual([
      ['topic', 'Brian', 1, 'Title One'],
      ['topic', 'Michael', 2, 'Bold Title'],
    ]);
    expect(items[0]!.links.map((l) => l.url)).toEqual(['https://a.example/one', 'https://b.example']);
  });

  it('reads headings that wrap the whole item in bold, and typos such as "Brain"', () => {
    const items = parseNotes('## **Michael #2: [A title](https://x.example)**\n\ntext\n\n**Brain #3:** Plain title\n');
    expect(items.map((i) => [i.presenter, i.n, i.title])).toEqual([
      ['Michael', 2, 'A title'],
      ['Brain', 3, 'Plain title'],
    ]);
  });

  it('reads presenters whose names are not plain ASCII, such as Laís, José or Łukasz', () => {
    const items = parseNotes('**Laís #1:** [One](https://a.example)\n\n **José #2:** [Two](https://b.example)\n\nŁukasz #3: [Three](https://c.example)\n\n**#4 Zoë:** Four\n');
    expect(items.map((i) => [i.presenter, i.n, i.title])).toEqual([
      ['Laís', 1, 'One'],
      ['José', 2, 'Two'],
      ['Łukasz', 3, 'Three'],
      ['Zoë', 4, 'Four'],
    ]);
  });

  it('reads an item whose presenter is written outside the bold, as guests\' items often are', () => {
    const items = parseNotes('**Brian #2:** [Two](https://a.example)\n\nThomas **#3:** **pyfakefs**\n\n- text\n\nMorleh **#4:** [Web3.py](https://b.example)\n');
    expect(items.map((i) => [i.presenter, i.n, i.title])).toEqual([
      ['Brian', 2, 'Two'],
      ['Thomas', 3, 'pyfakefs'],
      ['Morleh', 4, 'Web3.py'],
    ]);
  });

  it('reads code blocks as markdown does: opened in a list item, not by inline triple backticks, and not closed by a line ending in them', () => {
    const notes = [
      '**Brian #1:** [One](https://a.example)',
      '- Example:',
      '  - ```',
      '    **Not #9:** inside the code',
      '    ```',
      '- Also: ```def f() -> int: ...```',
      '**Michael #2:** [Two](https://b.example)',
      '```',
      'code ```',
      '**Still #8:** code',
      '```',
      '**Brian #3:** [Three](https://c.example)',
    ].join('\n\n');
    expect(parseNotesChecked(notes).unclosedFence).toBeUndefined();
    expect(parseNotes(notes).map((i) => i.n)).toEqual([1, 2, 3]);
  });

  it('reads the items after a code block that is never closed, and says where it opens', () => {
    const notes = '**Brian #1:** [One](https://a.example)\n\n```\nprint(1)\n\n**Michael #2:** [Two](https://b.example)\n\nExtras:\n\n- more\n';
    const { items, unclosedFence } = parseNotesChecked(notes);
    expect(unclosedFence).toBe(3);
    expect(items.map((i) => [i.kind, i.n ?? null])).toEqual([
      ['topic', 1],
      ['topic', 2],
      ['extras', null],
    ]);
  });

  it('keeps item #0 and numbers written before the name', () => {
    const items = parseNotes('**Topic #0: Quick chat.**\n\n**#1 Brian:** [Later](https://x.example)\n');
    expect(items.map((i) => [i.n, i.presenter, i.title])).toEqual([
      [0, undefined, 'Quick chat.'],
      [1, 'Brian', 'Later'],
    ]);
  });

  it('reads plain markdown headings as topics', () => {
    const items = parseNotes('Intro text.\n\n## First topic\n\nBody.\n\n## Second topic\n');
    expect(items.map((i) => [i.kind, i.title, i.n])).toEqual([
      ['topic', 'First topic', undefined],
      ['topic', 'Second topic', undefined],
    ]);
  });

  it('recognises the sponsor, extras and joke parts, and skips host contact lists', () => {
    const items = parseNotes('Sponsored by Datadog: [pythonbytes.fm/datadog](https://pythonbytes.fm/datadog)\n\n**Connect with the hosts**\n\n- Michael: [@m](https://x.example)\n\n**Brian #1:** [T](https://t.example)\n\n**Extras**\n\n- one\n\n**Joke:** [Funny](https://j.example)\n');
    expect(items.map((i) => i.kind)).toEqual(['sponsor', 'topic', 'extras', 'joke']);
    expect(items[0]!.links[0]!.url).toBe('https://pythonbytes.fm/datadog');
  });

  it('reads plain "Extras:" and "Joke:" lines as the extras and joke parts, so the last topic ends there', () => {
    const items = parseNotes('**Brian #1:** [Pip](https://p.example)\n\n- resolver\n\nExtras:\n\nMichael:\n\n- [Course](https://c.example)\n\nJokes!\n\n- a pun\n');
    expect(items.map((i) => [i.kind, i.title])).toEqual([['topic', 'Pip'], ['extras', 'Extras'], ['joke', 'Jokes!']]);
    expect(items[0]!.text).not.toContain('Course');
    expect(parseNotes('## Uv\n\nExtras and our news:\n\nJoke: [Killer robots](https://k.example)\n').map((i) => [i.kind, i.title])).toEqual([
      ['topic', 'Uv'],
      ['extras', 'Extras and our news'],
      ['joke', 'Joke: Killer robots'],
    ]);
    // A sentence that starts with the word stays in its topic.
    expect(parseNotes('## Uv\n\nExtra care is needed here.\n').map((i) => i.kind)).toEqual(['topic']);
    // The oldest notes' bold link lines are topics, but not under the joke.
    const old = parseNotes('[**Uv**](https://u.example)\n\nJoke:\n\n[**Language essays comic**](https://j.example)\n');
    expect(old.map((i) => [i.kind, i.title])).toEqual([['topic', 'Uv'], ['joke', 'Joke']]);
    expect(old[1]!.links.map((l) => l.url)).toEqual(['https://j.example']);
  });

  it('does not take a first level-one heading naming the episode, or the show intro, for topics', () => {
    const body = '# #483: Thanks Brian\n\n## Show Intro\n\nSponsored by us! Support our work through our courses.\n\n**Connect with the hosts**\n\n- Michael: [@m](https://x.example)\n\n## **Michael #1: [Uv](https://u.example)**\n\n## **Brian #2: Pip**\n';
    expect(parseNotes(body).map((i) => [i.kind, i.n, i.title])).toEqual([['sponsor', undefined, 'Sponsored by us! Support our work through our courses.'], ['topic', 1, 'Uv'], ['topic', 2, 'Pip']]);
    // Level-one headings throughout are the topics themselves.
    expect(parseNotes('# Uv\n\ntext\n\n# Pip\n').map((i) => i.title)).toEqual(['Uv', 'Pip']);
    // A lone level-one heading with nothing else is the one topic.
    expect(parseNotes('# Uv\n\ntext\n').map((i) => i.title)).toEqual(['Uv']);
  });

  it('keeps the headings inside the extras part in the extras', () => {
    const items = parseNotes('## Michael #1: Uv\n\n## Extras\n\n### Calvin:\n\n- [Thing](https://t.example)\n\n### Michael:\n\n- more\n\n## Joke: Accurate\n');
    expect(items.map((i) => [i.kind, i.title])).toEqual([['topic', 'Uv'], ['extras', 'Extras'], ['joke', 'Joke: Accurate']]);
    expect(items[1]!.links.map((l) => l.url)).toEqual(['https://t.example']);
  });

  it('reads a presenter in parentheses after the number, and titles a bare link without its scheme', () => {
    const items = parseNotes('**#1 (Brian)**: **Python 3.6 is released**\n\n## **Michael #3:** https://github.com/facebook/Lifeguard\n');
    expect(items.map((i) => [i.n, i.presenter, i.title])).toEqual([[1, 'Brian', 'Python 3.6 is released'], [3, 'Michael', 'github.com/facebook/Lifeguard']]);
  });

  it('takes "This episode was brought to you by" for the sponsor part', () => {
    expect(parseNotes('This episode was brought to you by [Rollbar](https://rollbar.com).\n\n## Uv\n').map((i) => i.kind)).toEqual(['sponsor', 'topic']);
  });

  it('takes a "Sponsored:" line for the sponsor part', () => {
    const items = parseNotes('Sponsored: [**RedHat: Compiler Podcast**](https://pythonbytes.fm/compiler)\n\n## Topic\n');
    expect(items.map((i) => [i.kind, i.title])).toEqual([['sponsor', 'Sponsored: RedHat: Compiler Podcast'], ['topic', 'Topic']]);
  });

  it('does not read headings inside code fences', () => {
    const items = parseNotes('## Real\n\n```\n## not a heading\n```\n');
    expect(items.map((i) => i.title)).toEqual(['Real']);
  });

  it('gives each item the line of its heading in the body', () => {
    const items = parseNotes('line one\n\n## Topic\n');
    expect(items[0]!.line).toBe(3);
  });
});

describe('the rendered notes', () => {
  const render = (body: string) => {
    const anchors = new Map(parseNotes(body).map((item, k) => [item.line - 1, { id: `item-${k}`, start: 60 * (k + 1) }] as const));
    return createMarkdown(false).render(body, { anchors });
  };

  it('anchors every item and its seek link, also one that begins on a later line of a paragraph', () => {
    const html = render('**Brian #6:** **Only in a Pandemic**\n[**nannernest**](https://a.example/nanner)\n\n- a bullet\n\nI\n**Michael #7:** [**The Lab**](https://b.example/lab)\n');
    // Three items: the first names its paragraph, the second gets an anchor where its line begins.
    expect(html).toContain('<p id="item-0" class="item"><a class="seek" href="#t=60"');
    expect(html).toMatch(/<\/strong>\n<span id="item-1" class="item"><\/span><a class="seek" href="#t=120" data-t="120"[^>]*>▶ 2:00<\/a> <a href="https:\/\/a\.example\/nanner"/);
    // A stray first line: the paragraph takes the item's id, its seek link stands where the item's line begins.
    expect(html).toMatch(/<p id="item-2" class="item">I\n<a class="seek" href="#t=180"[^>]*>▶ 3:00<\/a> <strong>Michael #7:<\/strong>/);
  });
});
