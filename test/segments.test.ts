// Segment rules on small hand-written shows (never corpus episodes pasted in), and cue scores against their patterns.
import { describe, expect, it } from 'vitest';
import { segmentEpisode } from '../src/align/segmentEpisode.js';
import { applyOverrides } from '../src/align/applyOverrides.js';
import { parseNotes } from '../src/notes/parseNotes.js';
import { draftTitle } from '../src/segment/draftTitle.js';
import { analyzeTranscript } from '../src/segment/detectSegments.js';
import { addressesSomeone } from '../src/segment/context.js';
import { boundaryScores, topicTuning } from '../src/segment/rules/topics.js';
import { notesSponsorName, sponsorNameIn } from '../src/segment/sponsorName.js';
import { knownNameIn, sameName, spokenSpelling } from '../src/segment/rules/sponsorMentions.js';
import { talk, turnsOf, type Line } from './helpers/show.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alternatives, CUES, scoreCues, type CueKind } from '../src/segment/cues.js';
import { toUnits } from '../src/segment/units.js';
import { spokenLinks } from '../src/segment/spokenLinks.js';
import { STOP_WORDS, tokens } from '../src/segment/lexical.js';
import { parseTranscript } from '../src/transcript/parseTranscript.js';
import { Diagnostics } from '../src/core/diagnostics.js';
import { corpus, corpusSkipNotice, hasCorpus } from './helpers/paths.js';

const DB = ['database', 'postgres', 'index', 'query', 'schema', 'migration'];
const WEB = ['browser', 'javascript', 'render', 'component', 'stylesheet', 'layout'];
const TEST = ['pytest', 'fixture', 'assert', 'coverage', 'mock', 'parametrize'];

/** A show of about 12 minutes: intro, three topics, a mid-show sponsor read, extras, a joke and the outro. */
function fullShow(): Line[] {
  return [
    [0, 'Hello and welcome to the Example Show, where we deliver news to your earbuds. This is episode 12.'],
    [8, 'And this episode is brought to you by Acme Cloud. Tell you more about them later.'],
    [15, 'Ada, what do you got for us first?'],
    [20, 'I want to talk about an article called Faster Database Queries With Postgres.'],
    ...talk(DB, 30, 200),
    [200, 'All right, next up, let me tell you about a project called Component Render Kit.'],
    ...talk(WEB, 210, 380),
    [380, 'Before we move on, let me tell you about our sponsor Acme Cloud. Visit pythonbytes.fm/acme and get a free trial. Thank you to Acme Cloud for sponsoring the show.'],
    [400, 'Acme Cloud runs your apps and sponsors this show, check them out at pythonbytes.fm/acme today.'],
    [420, 'Over to you, Ben. What have you got for us next?'],
    [425, 'I want to talk about pytest fixtures, see dataquest.io for more.'],
    ...talk(TEST, 430, 600),
    [600, "Well, that's it for our main items. Any extras?"],
    [605, 'Just one extra: the conference talk is online, follow @ExampleShow for the link.'],
    [640, "Shall we do a joke? Here's a joke for you about a programmer."],
    [660, 'That is so funny.'],
    [700, 'Thanks for listening, everyone. Bye!'],
    [710, 'See you next week.'],
  ];
}

/** The welcome, a hand-off and talk about databases up to `until` seconds, then `rest`: the start of most test shows. */
function afterTalk(until: number, rest: Line[]): Line[] {
  return [[0, 'Hello and welcome to the Example Show.'], [10, 'What do you got for us?'], ...talk(DB, 20, until), ...rest];
}

/** A show of two topics with a sponsor read of two lines, at 200 and 215, between them. */
function showWithRead(read: [string, string]): Line[] {
  return [
    [0, 'Hello and welcome to the Example Show.'],
    [10, 'What do you got for us?'],
    ...talk(DB, 20, 200),
    [200, read[0]],
    [215, read[1]],
    [235, 'Over to you, Ben. What have you got for us next?'],
    ...talk(WEB, 240, 400),
    [400, 'Thanks for listening, everyone.'],
  ];
}

describe('segments from the transcript alone', () => {
  const { segments, mentions } = segmentEpisode(turnsOf(fullShow()), null);
  const starts = (kind: string) => segments.filter((s) => s.kind === kind).map((s) => s.start);

  it('covers the show from start to end with ordered, touching segments', () => {
    expect(segments[0]!.start).toBe(0);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
    expect(segments.map((s) => s.kind)).toEqual(['intro', 'topic', 'topic', 'sponsor', 'topic', 'extras', 'joke', 'outro']);
  });

  it('starts each topic at its hand-off', () => {
    expect(starts('topic')).toEqual([15, 200, 420]);
  });

  it('finds the sponsor read with its name, and the opening mention as a mention', () => {
    const read = segments.find((s) => s.kind === 'sponsor')!;
    expect(read.start).toBe(380);
    expect(read.sponsor).toBe('Acme Cloud');
    expect(mentions).toEqual([{ sponsor: 'Acme Cloud', at: 8 }]);
  });

  it('finds the extras, the joke and the outro', () => {
    expect(starts('extras')).toEqual([600]);
    expect(starts('joke')).toEqual([640]);
    expect(starts('outro')).toEqual([700]);
  });

  it('drafts topic titles from what is said', () => {
    const titles = segments.filter((s) => s.kind === 'topic').map((s) => s.title);
    expect(titles[0]).toBe('An article called Faster Database Queries With Postgres');
    expect(titles[1]).toBe('A project called Component Render Kit');
  });

  it('collects spoken URLs, domains and handles with the time they were said', () => {
    const all = segments.flatMap((s) => s.links ?? []);
    expect(all).toEqual(expect.arrayContaining([
      { url: 'https://pythonbytes.fm/acme', text: 'pythonbytes.fm/acme', at: 380 },
      { url: 'https://dataquest.io', text: 'dataquest.io', at: 425 },
      { url: '@ExampleShow', text: '@ExampleShow', at: 605 },
    ]));
    expect(segments.find((s) => s.kind === 'extras')!.links).toEqual([{ url: '@ExampleShow', text: '@ExampleShow', at: 605 }]);
  });
});

describe('links heard in the transcript', () => {
  const heard = (text: string) => spokenLinks(toUnits(turnsOf([[0, text]]))).map((l) => l.text);

  it('takes no file or project name ending in .py for a site', () => {
    expect(heard('Put it in setup.py, or look at coverage.py and web3.py.')).toEqual([]);
  });

  it('takes no piece of a name the transcriber split or ran on for a site', () => {
    expect(heard('Read the docs for business, the.com, and read the docs.org.')).toEqual(['docs.org']);
    expect(heard('Visit python bytes fm.com/scout or pythonbytes.fm.com today.')).toEqual([]);
  });

  it('keeps whole hosts, subdomains and a country\'s second level', () => {
    expect(heard('See training.talkpython.fm, dataquest.io, example.co.uk and shop.example.org.uk.')).toEqual(['training.talkpython.fm', 'dataquest.io', 'example.co.uk', 'shop.example.org.uk']);
  });

  it('publishes a heard link beside the notes only where the notes link to that site', () => {
    const notes = parseNotes('## Faster Database Queries\n\n- [the article](https://example.org/queries)\n\n## Component Render Kit\n\n## pytest fixtures\n\n- [a tutorial](https://dataquest.io/blog/pytest)\n');
    const links = segmentEpisode(turnsOf(fullShow()), notes).segments.flatMap((s) => s.links ?? []);
    // dataquest.io is the notes' site, said at 425: it stays, and times the notes' link; the handle is no notes link.
    expect(links).toContainEqual({ url: 'https://dataquest.io', text: 'dataquest.io', at: 425 });
    expect(links.map((l) => l.url)).not.toContain('@ExampleShow');
    expect(links.map((l) => l.url)).not.toContain('https://pythonbytes.fm/acme');
  });
});

describe('topics without a hand-off', () => {
  it('finds a topic that comes in over a minute and a half of talk mixing the old subject and the new', () => {
    const MIXED = ['database', 'pytest', 'query', 'fixture', 'schema', 'coverage'];
    const lines = afterTalk(300, [
      ...talk(MIXED, 300, 390),
      ...talk(TEST, 390, 700),
      [700, 'Thanks for listening, everyone.'],
    ]);
    const topics = segmentEpisode(turnsOf(lines), null).segments.filter((s) => s.kind === 'topic').map((s) => s.start);
    expect(topics).toHaveLength(2);
    expect(topics[1]).toBeGreaterThanOrEqual(300);
    expect(topics[1]).toBeLessThanOrEqual(390);
  });
});

describe('the first topic', () => {
  /** Topic starts of a show of `lines`, from the transcript alone. */
  const topicsOf = (lines: Line[]) => segmentEpisode(turnsOf(lines), null).segments.filter((s) => s.kind === 'topic').map((t) => t.start);
  /** An opening, talk about databases from `talkFrom`, then a second item handed over at 200 s. */
  const topicStarts = (opening: Line[], talkFrom: number) =>
    topicsOf([
      ...opening,
      ...talk(DB, talkFrom, 200),
      [200, 'All right, next up, let me tell you about a project called Component Render Kit.'],
      ...talk(WEB, 210, 400),
      [400, 'Thanks for listening, everyone. Bye!'],
    ]);

  it('starts where the opening lines end when the first clear hand-off comes minutes later, for the second item', () => {
    const opening: Line[] = [
      [0, 'Hello and welcome to the Example Show. This is episode 12.'],
      [6, "I'm Ada Lovelace."],
      [8, "And I'm Ben Franklin."],
      [10, 'This episode is brought to you by Acme Cloud. More about them later.'],
      [18, 'Follow us on Mastodon, and sign up for the newsletter to get every link.'],
      [26, 'Now, Ben, companies still run a lot of legacy code, right?'],
    ];
    expect(topicStarts(opening, 36)).toEqual([26, 200]);
  });

  const GUEST = ['career', 'university', 'startup', 'teaching', 'research', 'physics'];
  /** A second item at 400 s and the goodbye, after the first item's talk. */
  const secondItem: Line[] = [[400, 'All right, next up, let me tell you about a project called Component Render Kit.'], ...talk(WEB, 410, 600), [600, 'Thanks for listening, everyone. Bye!']];

  it("starts at a kick-off that names the first item, however long a guest's introduction ran before it", () => {
    const lines: Line[] = [
      [0, 'Hello and welcome to the Example Show. This is episode 12.'],
      [6, "I'm Ada Lovelace."],
      [8, "And I'm Ben Franklin."],
      [10, 'Follow us on Mastodon, and sign up for the newsletter to get every link.'],
      [18, 'And we have a special guest, Grace. Tell people a bit about yourself.'],
      ...talk(GUEST, 25, 170),
      [170, 'Well, Ada, you want to kick us off with our first topic?'],
      ...talk(DB, 175, 400),
      ...secondItem,
    ];
    expect(topicsOf(lines)).toEqual([170, 400]);
  });

  it('does not start at a hand-off that puts the first item off', () => {
    const lines: Line[] = [
      [0, 'Hello and welcome to the Example Show. This is episode 12.'],
      [6, "I'm Ada Lovelace."],
      [8, "And I'm Ben Franklin."],
      [20, 'Ben, before we jump into your first topic, tell us about your week.'],
      ...talk(GUEST, 25, 80),
      [80, 'Ben, what do you got for us?'],
      ...talk(DB, 85, 400),
      ...secondItem,
    ];
    expect(topicsOf(lines)).toEqual([80, 400]);
  });

  it('starts where the opening lines end when nothing hands over to the first item', () => {
    const lines: Line[] = [
      [0, 'Hello and welcome to the Example Show. This is episode 12.'],
      [6, "I'm Ada Lovelace."],
      [8, "And I'm Ben Franklin."],
      [10, 'This episode is brought to you by Acme Cloud. More about them later.'],
      [18, 'Follow us on Mastodon to send in your ideas.'],
      [26, 'Join us live on YouTube every Tuesday.'],
      [34, 'Sign up for the newsletter to get every link.'],
      [42, 'And subscribe wherever you get podcasts.'],
      [50, 'Companies still run a lot of legacy database code.'],
      ...talk(DB, 60, 400),
      ...secondItem,
    ];
    expect(topicsOf(lines)).toEqual([50, 400]);
  });

  it('starts at a weaker hand-off said as the opening lines end, not at a clear one later in the first item', () => {
    const opening: Line[] = [
      [0, 'Hello and welcome to the Example Show. This is episode 12.'],
      // One long line: the opening goes on 40 s after it ends, not after it starts.
      [8, 'And you can support the show through our courses and books, and thank you to everyone who does, it keeps the show going, week after week, and we really appreciate every one of you.'],
      [55, 'Sign up for the newsletter to get every link.'],
      [60, "We'll be gentle with your email."],
      [62, "So I'm going to talk about faster database queries."],
    ];
    expect(
      topicsOf([
        ...opening,
        ...talk(DB, 65, 120),
        [120, 'So whatever the next one is, it will have the new index.'],
        ...talk(DB, 125, 200),
        [200, 'All right, next up, let me tell you about a project called Component Render Kit.'],
        ...talk(WEB, 210, 400),
        [400, 'Thanks for listening, everyone. Bye!'],
      ]),
    ).toEqual([62, 200]);
  });

  it('ends the opening lines at a clear hand-off, though sponsor words follow it', () => {
    const opening: Line[] = [
      [0, 'Hello and welcome to the Example Show. This is episode 12.'],
      [8, 'This episode is brought to you by Acme Cloud. More about them later.'],
      [15, 'Join us live on YouTube every Tuesday.'],
      [20, 'So, Ada, what do you got for us first?'],
      [24, 'Well, Ben, you work in the terminal a lot, right?'],
      [40, 'So, I want to tell you about a faster database shell.'],
      [45, 'So, Zoxide is like cd for your database shell.'],
    ];
    expect(topicStarts(opening, 50)).toEqual([20, 200]);
  });

  it('starts after the welcome when a cold open kicks the show off before it', () => {
    const opening: Line[] = [
      [0, 'Hey everybody. Should we kick it off?'],
      [5, "Let's kick it off."],
      [9, 'Hello and welcome to the Example Show. This is episode 12.'],
      [15, 'This episode is brought to you by Acme Cloud. More about them later.'],
      [22, 'Follow us on Mastodon to send in your ideas.'],
      [30, 'So with that, what do we have to start with?'],
    ];
    expect(topicStarts(opening, 35)).toEqual([30, 200]);
  });

  it('does not start at an item the opening says it will talk about later', () => {
    const opening: Line[] = [
      [0, 'Hello and welcome to the Example Show. This is episode 12.'],
      [6, "I'm Ada Lovelace."],
      [8, "And I'm Ben Franklin."],
      [14, 'And I have another thing, a new course, that I want to talk about later.'],
      [20, 'Follow us on Mastodon to send in your ideas.'],
      [26, 'Subscribe to the newsletter to get every link.'],
      [32, 'And our numbers this week are very cool. Yeah, tell us about these things.'],
    ];
    expect(topicsOf([...opening, ...talk(DB, 37, 400), ...secondItem])).toEqual([32, 400]);
  });

  it('counts hosts introducing themselves in any script among the opening lines', () => {
    const lines: Line[] = [
      [0, 'Hello and welcome to the Example Show. This is episode 12.'],
      [6, "I'm Ada Lovelace."],
      [30, "And I'm Łukasz Żmuda, and it's sunny here."],
      [36, 'Companies still run a lot of legacy database code.'],
      ...talk(DB, 46, 400),
      ...secondItem,
    ];
    expect(topicsOf(lines)).toEqual([36, 400]);
  });

  it("starts at the first hand-off after a guest's introduction that put the first item off, however weak", () => {
    const lines: Line[] = [
      [0, 'Hello and welcome to the Example Show. This is episode 12.'],
      [6, "I'm Ada Lovelace."],
      [8, "And I'm Ben Franklin. And Grace, welcome to the show."],
      [14, 'Thanks, I have been looking forward to this for a long time.'],
      [22, "Tell people a bit about yourself before we dive into Ben's first topic."],
      ...talk(GUEST, 27, 120),
      [120, 'Exactly. All right, Ben, have people been doing databases wrong?'],
      ...talk(DB, 125, 400),
      ...secondItem,
    ];
    expect(topicsOf(lines)).toEqual([120, 400]);
  });

  it('starts at the first clear hand-off when it follows the opening closely', () => {
    const opening: Line[] = [
      [0, 'Hello and welcome to the Example Show. This is episode 12.'],
      [10, 'This episode is brought to you by Acme Cloud. More about them later.'],
      [18, 'We had a great week, the weather was lovely.'],
      [40, 'Ada, what do you got for us first?'],
    ];
    expect(topicStarts(opening, 45)).toEqual([40, 200]);
  });
});

describe('sponsor rules', () => {
  it('reads a pre-roll promotion before the welcome as a sponsor read named after the products', () => {
    const lines: Line[] = [
      [0, 'Before we jump in, this episode is brought to you by us over at Talk Python Training, check out our courses at pythonbytes.fm/courses.'],
      [12, 'And Patreon supporters, thank you, see pythonbytes.fm/patreon.'],
      [24, 'Hello and welcome to the Example Show. This is episode 3.'],
      [30, 'What do you got for us?'],
      ...talk(DB, 40, 300),
      [300, 'Thanks for listening, everyone.'],
    ];
    const { segments } = segmentEpisode(turnsOf(lines), null);
    expect(segments.slice(0, 2).map((s) => [s.kind, s.start])).toEqual([['sponsor', 0], ['intro', 24]]);
    expect(segments[0]!.sponsor).toContain('Talk Python Training');
  });

  it('does not take talk about having no sponsor for a read', () => {
    const lines = afterTalk(200, [
      [200, 'So normally we would have a sponsor spot right now, sponsorship slots are open if you want to sponsor the show.'],
      ...talk(DB, 210, 400),
      [400, 'Thanks for listening, everyone.'],
    ]);
    expect(segmentEpisode(turnsOf(lines), null).segments.filter((s) => s.kind === 'sponsor')).toEqual([]);
  });

  it('starts a read where it begins to speak of the sponsor, before its sponsor words', () => {
    const lines = afterTalk(300, [
      [300, 'And if the database went down and I had Rollbar installed, we would know about it right away.'],
      [330, 'Like the other day, I pulled up Rollbar and it said it cannot find the server.'],
      [370, 'Check it out at pythonbytes.fm/rollbar and get a free trial.'],
      [385, 'Over to you, Ben. What have you got for us next?'],
      ...talk(WEB, 390, 600),
      [600, 'Thanks for listening, everyone.'],
    ]);
    const reads = segmentEpisode(turnsOf(lines), null).segments.filter((s) => s.kind === 'sponsor');
    expect(reads.map((s) => [s.start, s.end, s.sponsor])).toEqual([[300, 385, 'Rollbar']]);
  });

  it('runs a read on through a body that names only its sponsor, to the hand-off after its link', () => {
    const lines = afterTalk(300, [
      [300, 'Before we move on, this episode is brought to you by Widgetron Cloud.'],
      [306, 'Widgetron gives every team a place to deploy their services.'],
      [335, 'With Widgetron, founders at any stage get mentors and resources.'],
      [365, 'And Widgetron works with the tools you already use.'],
      [395, 'Join them by visiting pythonbytes.fm/widgetron.'],
      [405, 'Over to you, Ben. What have you got for us next?'],
      ...talk(WEB, 410, 600),
      [600, 'Thanks for listening, everyone.'],
    ]);
    const { segments } = segmentEpisode(turnsOf(lines), null);
    expect(segments.filter((s) => s.kind === 'sponsor').map((s) => [s.start, s.end, s.sponsor])).toEqual([[300, 405, 'Widgetron Cloud']]);
    expect(segments.filter((s) => s.kind === 'topic').map((s) => s.start)).toContain(405);
  });

  it('hears the show being started ("how should we start the show?") as a hand-off, and more of the opening housekeeping as opening', () => {
    const names = (kind: CueKind, text: string) => scoreCues(kind, text.toLowerCase()).hits.map((h) => h.name);
    expect(names('handoff', 'Well, how should we start the show, Michael?')).toContain('get-started');
    expect(names('handoff', "I think we should get started. Let's jump right into the headlines.")).toContain('get-started');
    expect(names('handoff', 'I had one thing to mention before we get started.')).not.toContain('get-started');
    for (const line of ['Connect with your hosts on Fosstodon.', 'Send in those topics, too.', "There's a contact form on the site.", 'Or have it sent to your inbox.']) {
      expect(names('opening', line), line).toEqual(['follow-us']);
    }
  });

  it('opens a read at "before we get on to the next one, I just want to tell you all about"', () => {
    const read = 'Now, before we get on to the next one, I just want to tell you all about Acme Cloud.';
    expect(scoreCues('sponsorRead', read.toLowerCase()).hits.map((h) => h.name)).toEqual(['tell-you-about']);
  });

  it('does not take a company said not to sponsor the episode for a read', () => {
    const lines = afterTalk(200, [
      [200, 'Hacktoberfest is sponsored by Acme Cloud and other sponsors, I want to tell you about it.'],
      [205, 'Again, Acme Cloud is not sponsoring this episode.'],
      ...talk(DB, 210, 400),
      [400, 'Thanks for listening, everyone.'],
    ]);
    expect(segmentEpisode(turnsOf(lines), null).segments.filter((s) => s.kind === 'sponsor')).toEqual([]);
  });

  it('names sponsors from what is said', () => {
    expect(sponsorNameIn('This episode is brought to you by Datadog. Check them out.')).toBe('Datadog');
    expect(sponsorNameIn('brought to you by Microsoft for Startups Founders Hub.')).toBe('Microsoft for Startups Founders Hub');
    expect(sponsorNameIn('head over to pythonbytes.fm/sentry')).toBe('Sentry');
    expect(sponsorNameIn('this episode is brought to you by us, our courses at Talk Python Training')).toBe('Talk Python Training');
    // The hosts sponsoring their own show are not a sponsor called "Brian".
    expect(sponsorNameIn('this episode is brought to you by Brian and me, our courses at Talk Python Training')).toBe('Talk Python Training');
    // A show URL naming no sponsor.
    expect(sponsorNameIn('just go to pythonbytes.fm/the episode number')).toBeNull();
  });

  it('names sponsors thanked at the start of a sentence, said to be sponsoring, or thanked the line before', () => {
    expect(sponsorNameIn('Thanks to Rollbar for sponsoring this episode.')).toBe('Rollbar');
    expect(sponsorNameIn('Yeah, so Datadog is sponsoring this episode.')).toBe('Datadog');
    expect(sponsorNameIn('Before we do, let me say real quick thanks to DigitalOcean.')).toBe('DigitalOcean');
    expect(sponsorNameIn('I want to tell you guys about DigitalOcean Spaces.')).toBe('DigitalOcean Spaces');
    expect(sponsorNameIn('Let me tell you real quick about Scout APM. They are big supporters.')).toBe('Scout APM');
    // Thanked without "to", and one sponsor named twice, the second time in full.
    expect(sponsorNameIn('I want to thank Microsoft and Microsoft for Startups for sponsoring this episode.')).toBe('Microsoft for Startups');
    // Pronouns and the word itself are not names.
    expect(sponsorNameIn('They are sponsoring this episode.')).toBeNull();
    expect(sponsorNameIn('Sponsors are sponsoring the show because listeners are listening.')).toBeNull();
    const lines: Line[] = [
      [0, 'Hello and welcome to the Example Show.'],
      [6, "Before we get to that, let's just say thanks to Acme Cloud."],
      [10, "They're sponsoring this episode, check them out."],
      [20, 'What do you got for us?'],
      ...talk(DB, 30, 200),
      [200, 'Thanks for listening, everyone.'],
    ];
    expect(segmentEpisode(turnsOf(lines), null).mentions).toEqual([{ sponsor: 'Acme Cloud', at: 10 }]);
  });

  it('names sponsors as the show notes spell them, and only from what follows the lead words', () => {
    expect(notesSponsorName('Sponsored by DigitalOcean: pythonbytes.fm/digitalocean')).toBe('DigitalOcean');
    expect(notesSponsorName('Sponsored by the IRL Podcast from Mozilla')).toBe('IRL Podcast from Mozilla');
    expect(notesSponsorName('Sponsor: Brought to you by FusionAuth - check them out at pythonbytes.fm/fusionauth')).toBe('FusionAuth');
    expect(notesSponsorName('Sponsored by rollbar https://rollbar.com/pythonbytes')).toBe('Rollbar');
    expect(notesSponsorName('Sponsored: RedHat: Compiler Podcast')).toBe('RedHat');
    expect(notesSponsorName('Sponsored by Microsoft for Startups Founders Hub.')).toBe('Microsoft for Startups Founders Hub');
    // Only a link, nothing, the show itself, or no lead words at all: the name is looked for elsewhere.
    expect(notesSponsorName('Sponsored by pythonbytes.fm/datadog')).toBeNull();
    expect(notesSponsorName('Sponsored by')).toBeNull();
    // Two letters would find the sponsor in every "do" of the show.
    expect(notesSponsorName('SPONSOR - DO')).toBeNull();
    expect(notesSponsorName('Sponsored by us! Support our work through')).toBeNull();
    expect(notesSponsorName('Our courses')).toBeNull();
  });

  it('finds a known sponsor name only as whole words, however it is spaced', () => {
    expect(knownNameIn('thanks to scout apm for supporting the show', ['ScoutAPM'])).toBe('ScoutAPM');
    expect(knownNameIn('visit pythonbytes.fm/digitalocean today', ['DigitalOcean'])).toBe('DigitalOcean');
    expect(knownNameIn('that position is a deposit', ['Posit'])).toBeNull();
    expect(knownNameIn('check out posit, they make', ['Posit'])).toBe('Posit');
  });

  it('takes a read for the notes\' sponsor when the read says the short name the notes link to', () => {
    const lines = showWithRead([
      'You know what else is welcome? InfluxDB. InfluxDB is all about time series data, at a massive scale.',
      'Try InfluxDB for free at pythonbytes.fm/influx, and thank you to InfluxDB for supporting the show.',
    ]);
    const notes = parseNotes('## Postgres\n\nSponsored by [**InfluxDB**](https://x.example/influx) from Influxdata.\n\n## Layout\n');
    const read = segmentEpisode(turnsOf(lines), notes).segments.find((s) => s.kind === 'sponsor')!;
    expect(read.start).toBe(200);
  });

  it('spells a name said in the show as the notes spell the same sponsor', () => {
    const known = ['DigitalOcean', 'IRL Podcast from Mozilla'];
    expect(sameName('Digitalocean', known)).toBe('DigitalOcean');
    expect(sameName('digital ocean', known)).toBe('DigitalOcean');
    expect(sameName('IRL', known)).toBe('IRL Podcast from Mozilla');
    expect(sameName('Ir', known)).toBe('Ir');
    expect(sameName('Datadog', known)).toBe('Datadog');
  });

  it('names a read as its transcript spells the sponsor most often when that spaces the notes\' name otherwise', () => {
    const lines = showWithRead([
      'Let me tell you real quick about scout APM. Scout APM finds slow queries, and Scout APM is built for developers.',
      'Visit pythonbytes.fm/scout and thank you to Scout APM for supporting the show.',
    ]);
    const notes = parseNotes('## Postgres\n\nSponsored by ScoutAPM: [pythonbytes.fm/scout](https://pythonbytes.fm/scout)\n\n## Layout\n');
    expect(segmentEpisode(turnsOf(lines), notes).segments.find((s) => s.kind === 'sponsor')!.sponsor).toBe('Scout APM');
    // Not a transcriber's lower-case spelling, nor one said less often than the notes' own.
    const spelled = (text: string, name: string) => spokenSpelling(text, text.toLowerCase(), name);
    expect(spelled('try digital ocean, at digital ocean dot com', 'DigitalOcean')).toBeNull();
    expect(spelled('InfluxDB is fast. Influx DB scales. InfluxDB is free.', 'InfluxDB')).toBeNull();
    expect(spelled('Red Hat builds it.', 'RedHat')).toBe('Red Hat');
  });

  it('titles each read with the sponsor the notes name, or just "Sponsor" when nothing names it', () => {
    const lines = showWithRead([
      'Before we move on, let me tell you about our sponsor. Visit pythonbytes.fm/digitalocean and get a free trial.',
      'They run your apps and sponsor this show, check them out at pythonbytes.fm/digitalocean today.',
    ]);
    const notes = parseNotes('## Postgres\n\n## Sponsored by DigitalOcean: [pythonbytes.fm/digitalocean](https://pythonbytes.fm/digitalocean)\n\n## Layout\n');
    const named = segmentEpisode(turnsOf(lines), notes).segments.find((s) => s.kind === 'sponsor')!;
    expect([named.sponsor, named.title]).toEqual(['DigitalOcean', 'Sponsor: DigitalOcean']);
    const unnamed = lines.map(([t, text]): Line => [t, text.replace(/pythonbytes\.fm\/digitalocean/g, 'their site')]);
    const read = segmentEpisode(turnsOf(unnamed), null).segments.find((s) => s.kind === 'sponsor')!;
    expect([read.sponsor, read.title]).toEqual([undefined, 'Sponsor']);
  });
});

describe('speaker changes', () => {
  it('raise the score of a line where a new presenter takes over, and only there', () => {
    const said = (speaker: string, from: number, to: number): Line[] => talk(DB, from, to, 10).map(([t, text]) => [t, `${speaker}: ${text}`]);
    // The same words throughout: only who is talking changes, at 20 (after Ada's welcome), 300 and 580.
    const lines: Line[] = [[0, 'ADA: Hello and welcome to the Example Show.'], ...said('BEN', 20, 300), ...said('ADA', 300, 580), ...said('BEN', 580, 860)];
    const ctx = analyzeTranscript(turnsOf(lines))!;
    const withSpeakers = boundaryScores(ctx);
    const without = boundaryScores(ctx, { ...topicTuning, speakerWeight: 0 });
    const raised = ctx.units.filter((_, i) => withSpeakers[i]! > without[i]!).map((u) => u.start);
    expect(raised).toContain(300);
    expect(raised).toContain(580);
    // Only near the changes: nothing in the middle of a presenter's stretch.
    expect(raised.filter((t) => ![20, 300, 580].some((c) => Math.abs(t - c) <= 120))).toEqual([]);
  });
});

describe('joke and extras rules', () => {
  it('does not take a joke announced for later as the joke', () => {
    const lines = afterTalk(300, [
      [300, "That's it for our main items. Extras?"],
      [320, 'Before we get to the joke, one more extra about the conference.'],
      [360, 'All right.'],
      [362, 'Are you ready for a joke?'],
      [400, 'Thanks for listening, everyone.'],
    ]);
    const { segments } = segmentEpisode(turnsOf(lines), null);
    expect(segments.find((s) => s.kind === 'joke')!.start).toBe(360);
  });

  it('does not take the last main item announced for the end of the main items', () => {
    const lines = afterTalk(200, [
      [200, 'So the last thing I want to cover for our main items is pytest.'],
      ...talk(TEST, 210, 400),
      [400, "Well, that's it for our main items. Any extras?"],
      [410, 'Just one extra: the conference talk is online.'],
      [440, 'Thanks for listening, everyone.'],
    ]);
    const { segments } = segmentEpisode(turnsOf(lines), null);
    expect(segments.find((s) => s.kind === 'extras')!.start).toBe(400);
  });

  it('reads a cue on into the next caption line when the line breaks mid-sentence', () => {
    const lines = afterTalk(300, [
      [300, 'Cool. All right. Well, Ada, those are our main'],
      [305, 'topics for the week. But I have a couple of quick things to throw in.'],
      [330, 'The conference talk is online.'],
      [360, 'Thanks for listening, everyone.'],
    ]);
    const turns = turnsOf(lines);
    expect(turns.some((t) => (t.parts?.length ?? 0) > 1)).toBe(true);
    const { segments } = segmentEpisode(turns, null);
    expect(segments.find((s) => s.kind === 'extras')!.start).toBe(300);
  });

  it('ends the main items where early shows said so: "that\'s it for the news", "those are our items"', () => {
    for (const said of ["All right, well, that's it for the news this week, Brian.", 'Well, those are our items.', 'So that rounds out our news items.', "That's all our news for the week."]) {
      const lines = afterTalk(300, [
        [300, said],
        [305, 'I was on a mission this weekend to finish my course.'],
        [340, 'Thanks for listening, everyone.'],
      ]);
      expect(segmentEpisode(turnsOf(lines), null).segments.find((s) => s.kind === 'extras')?.start, said).toBe(300);
    }
  });

  it('takes "how about something funny?" for the joke', () => {
    const lines = afterTalk(300, [
      [300, "That's it for our main items. Any extras?"],
      [310, 'Just the conference talk.'],
      [330, 'How about something funny?'],
      [335, 'This one is a cartoon.'],
      [380, 'Thanks for listening, everyone.'],
    ]);
    const { segments } = segmentEpisode(turnsOf(lines), null);
    expect(segments.find((s) => s.kind === 'joke')!.start).toBe(330);
  });

  it('reads a sponsor read that follows the end of the main items before the extras, not a host\'s plug there', () => {
    const show = (read: [string, string]): Line[] =>
      afterTalk(300, [
        [300, 'Well, those are our items.'],
        [305, read[0]],
        [320, read[1]],
        [340, 'Any extras? Yes, the conference talk is online.'],
        [400, 'Thanks for listening, everyone.'],
      ]);
    const read = show(['Before we get to our extras, let me tell you about our sponsor Acme Cloud.', 'Check out pythonbytes.fm/acme for a free trial of Acme Cloud, thanks to Acme Cloud for sponsoring.']);
    const { segments } = segmentEpisode(turnsOf(read), null);
    expect(segments.filter((s) => s.kind === 'sponsor' || s.kind === 'extras').map((s) => [s.kind, s.start])).toEqual([
      ['sponsor', 305],
      ['extras', 340],
    ]);
    const plug = segmentEpisode(turnsOf(show(['We have Patreon pages so people can help sponsor the show.', 'Support us at pythonbytes.fm/patreon and check out our courses.'])), null).segments;
    expect(plug.filter((s) => s.kind === 'sponsor' || s.kind === 'extras').map((s) => [s.kind, s.start])).toEqual([['extras', 300]]);
  });

  it('takes "extra stuff" for the extras when it is offered, not when a topic mentions it', () => {
    const lines = afterTalk(300, [
      [300, "I'm always surprised that there's extra stuff in the standard library."],
      ...talk(DB, 310, 400),
      [400, 'Brian, you got any extra stuff you want to throw out there?'],
      [410, 'Just the conference talk.'],
      [440, 'Thanks for listening, everyone.'],
    ]);
    const { segments } = segmentEpisode(turnsOf(lines), null);
    expect(segments.find((s) => s.kind === 'extras')!.start).toBe(400);
  });
});

describe('the extras offered in other words', () => {
  const names = (text: string) => scoreCues('extras', text.toLowerCase()).hits.map((h) => h.name);

  it('hears news, personal news and anything else to share offered as the extras, not "anything else you want to add"', () => {
    for (const line of ['What other news you got?', 'Do you have any news for us?', 'Nick, anything else you want to throw out there?', 'Brian, what do you got going on with you personally?', 'Any personal news to share?', 'Well, I have one shout-out out of my own personal news.']) {
      expect(names(line), line).toContain('extras');
    }
    expect(names('Anything else you want to add about pytest?')).not.toContain('extras');
  });

  it('hears "that\'s the items for this week" as the end of the main items', () => {
    expect(names("Well, Miguel, that's the items for this week that we had picked out.")).toContain('main-items-done');
  });

  it('starts the extras where another news item is asked for', () => {
    const lines = afterTalk(300, [
      ...talk(WEB, 300, 400),
      [400, 'Cool. Do you have any news for us?'],
      [405, 'Just the conference talk.'],
      [440, 'Thanks for listening, everyone.'],
    ]);
    expect(segmentEpisode(turnsOf(lines), null).segments.find((s) => s.kind === 'extras')?.start).toBe(400);
  });
});

describe('the outro', () => {
  it('does not take "good to see you" or "I see you" for a goodbye', () => {
    const lines = afterTalk(500, [
      [500, 'Very cool. Good to see you making progress there.'],
      [510, 'I see you smiling at the schema migration.'],
      ...talk(DB, 520, 560),
      [560, 'Thanks for listening, everyone.'],
    ]);
    const { segments } = segmentEpisode(turnsOf(lines), null);
    expect(segments.find((s) => s.kind === 'outro')!.start).toBe(560);
  });

  it('comes after the joke: a guest\'s thanks before "let\'s go to a joke" is not the outro', () => {
    const lines = afterTalk(480, [
      [480, 'Guest, anything else you want to throw out there?'],
      [490, 'Nothing really comes to mind. But thanks for having me.'],
      [495, 'I see on our schedule we have a joke coming next. Let\'s go to a joke.'],
      ...talk(WEB, 500, 560),
      [560, 'Thanks for listening, everyone.'],
    ]);
    const { segments } = segmentEpisode(turnsOf(lines), null);
    expect(segments.find((s) => s.kind === 'outro')!.start).toBe(560);
    expect(segments.find((s) => s.kind === 'joke')!.start).toBe(495);
  });
});

describe('segments aligned with the show notes', () => {
  const notes = parseNotes([
    'Sponsored by Acme Cloud: [pythonbytes.fm/acme](https://pythonbytes.fm/acme)',
    '',
    '**Ada #1:** [Faster database queries with Postgres](https://db.example/postgres-index)',
    '',
    '- Query plans, index and schema migration.',
    '',
    '**Ben #2:** [Component render kit](https://web.example/render)',
    '',
    '- Browser layout, component and stylesheet.',
    '',
    '**Ada #3:** [pytest fixtures](https://test.example/fixture)',
    '',
    '- Parametrize, mock, assert and coverage.',
    '',
    '**Extras**',
    '',
    '**Joke:** a programmer joke',
  ].join('\n'));

  it('places each notes item at the time its discussion starts, with its number and presenter', () => {
    const { segments } = segmentEpisode(turnsOf(fullShow()), notes);
    const topics = segments.filter((s) => s.kind === 'topic');
    expect(topics.map((t) => [t.n, t.presenter, t.title, t.start])).toEqual([
      [1, 'Ada', 'Faster database queries with Postgres', 15],
      [2, 'Ben', 'Component render kit', 200],
      [3, 'Ada', 'pytest fixtures', 420],
    ]);
    expect(topics[0]!.links![0]).toEqual({ url: 'https://db.example/postgres-index', text: 'Faster database queries with Postgres' });
  });

  it('does not start an item in the lead-in to a sponsor read, where its name is only teased', () => {
    const lines = afterTalk(180, [
      [180, 'Ben, I hear the next one is a component render kit for the browser, with layout and stylesheet.'],
      [190, 'Yes, the browser component render kit.'],
      [200, 'Before we move on, let me tell you about our sponsor Acme Cloud. Visit pythonbytes.fm/acme and get a free trial.'],
      [215, 'Acme Cloud runs your apps and sponsors this show, check them out at pythonbytes.fm/acme today.'],
      [235, 'So this kit renders a component in the browser.'],
      ...talk(WEB, 240, 400),
      [400, 'Thanks for listening, everyone.'],
    ]);
    const twoItems = parseNotes(
      ['**Ada #1:** [Faster database queries with Postgres](https://db.example/postgres-index)', '**Ben #2:** [Component render kit](https://web.example/render)', 'Sponsored by Acme Cloud'].join('\n\n'),
    );
    const { segments } = segmentEpisode(turnsOf(lines), twoItems);
    expect(segments.filter((s) => s.kind === 'topic' || s.kind === 'sponsor').map((s) => [s.kind, s.start])).toEqual([
      ['topic', 10],
      ['sponsor', 200],
      ['topic', 235],
    ]);
  });

  /** Topic starts with the notes of an opening, the first item's talk from `talkFrom`, and the items at 200 and 380 s. */
  const notesTopicStarts = (opening: Line[], talkFrom: number) => {
    const lines: Line[] = [
      ...opening,
      ...talk(DB, talkFrom, 200),
      [200, 'All right, next up, let me tell you about a project called Component Render Kit.'],
      ...talk(WEB, 210, 380),
      [380, 'Over to you, Ben. What have you got for us next?'],
      ...talk(TEST, 390, 560),
      [600, 'Thanks for listening, everyone. Bye!'],
    ];
    return segmentEpisode(turnsOf(lines), notes).segments.filter((s) => s.kind === 'topic').map((t) => t.start);
  };

  it('starts the first topic after the sponsor mention that opens the show', () => {
    const opening: Line[] = [
      [0, 'Hello and welcome to the Example Show. This is episode 12.'],
      [10, 'Ada is back, and she has been tuning postgres index queries all week.'],
      [20, 'Yes, database schema migration everywhere.'],
      [30, 'This episode is brought to you by Acme Cloud. More about them later.'],
      [40, 'So, Ada, kick us off.'],
      [45, 'I want to talk about an article called Faster Database Queries With Postgres.'],
    ];
    expect(notesTopicStarts(opening, 50)).toEqual([40, 200, 380]);
  });

  it('starts the first topic after the opening lines, not at the hosts introducing themselves', () => {
    const opening: Line[] = [
      [0, 'Hello and welcome to the Example Show. This is episode 12.'],
      [6, "I'm Ada Lovelace, and I've been tuning postgres queries all week."],
      [9, "And I'm Ben Franklin."],
      [12, 'Follow us on Mastodon to send in your ideas.'],
      [20, 'Join us live on YouTube every Tuesday.'],
      [28, 'Sign up for the newsletter to get every link.'],
      [36, 'Companies still run a lot of legacy database code.'],
    ];
    expect(notesTopicStarts(opening, 46)).toEqual([36, 200, 380]);
  });

  it('leaves out a part the notes do not have', () => {
    const withoutJoke = notes.filter((i) => i.kind !== 'joke');
    const { segments } = segmentEpisode(turnsOf(fullShow()), withoutJoke);
    expect(segments.some((s) => s.kind === 'joke')).toBe(false);
  });

  const CONF = ['conference', 'keynote', 'venue', 'tickets', 'speakers', 'workshop'];
  const BADGE = ['badge', 'merit', 'cartoon', 'picture', 'circle', 'regex'];
  /** Three topics, then talk about a conference and a cartoon with no extras or joke cue, then the outro. */
  const quietParts = (): Line[] => [
    [0, 'Hello and welcome to the Example Show.'],
    [10, 'Ada, what do you got for us first?'],
    ...talk(DB, 15, 200),
    [200, 'All right, next up, let me tell you about a project called Component Render Kit.'],
    ...talk(WEB, 205, 400),
    [400, 'Over to you, Ada. What have you got for us next?'],
    ...talk(TEST, 405, 600),
    [600, 'Cool. Well, I have one shout-out out of my own personal life.'],
    ...talk(CONF, 605, 700),
    [700, 'All right, this last one is a picture someone sent us.'],
    ...talk(BADGE, 705, 800),
    [800, 'Thanks for listening, everyone.'],
  ];
  const withParts = (extras: string, joke: string) =>
    parseNotes(
      [
        '**Ada #1:** [Faster database queries with Postgres](https://db.example/postgres-index)',
        '**Ben #2:** [Component render kit](https://web.example/render)',
        '**Ada #3:** [pytest fixtures](https://test.example/fixture)',
        `**Extras**\n\n${extras}`,
        `**Joke:** ${joke}`,
      ].join('\n\n'),
    );

  it('places the extras and the joke the notes list by their words when the transcript gives no clear sign of them', () => {
    const lines = quietParts();
    expect(segmentEpisode(turnsOf(lines), null).segments.some((s) => s.kind === 'extras' || s.kind === 'joke')).toBe(false);
    const notes = withParts('- The conference keynote and workshop tickets are on sale.', '[Merit badges](https://badge.example/merit-cartoon)');
    const { segments } = segmentEpisode(turnsOf(lines), notes);
    expect(segments.filter((s) => s.kind !== 'topic').map((s) => [s.kind, s.start])).toEqual([
      ['intro', 0],
      ['extras', 600],
      ['joke', 700],
      ['outro', 800],
    ]);
    expect(segments.filter((s) => s.kind === 'topic').map((s) => s.start)).toEqual([10, 200, 400]);
  });

  it('places the joke the notes list after the extras the transcript found', () => {
    const lines = quietParts().map(([t, text]): Line => [t, t === 600 ? "Well, that's it for our main items. Any extras?" : text]);
    const notes = withParts('- The conference keynote and workshop tickets are on sale.', '[Merit badges](https://badge.example/merit-cartoon)');
    const { segments } = segmentEpisode(turnsOf(lines), notes);
    expect(segments.filter((s) => s.kind === 'extras' || s.kind === 'joke').map((s) => [s.kind, s.start])).toEqual([
      ['extras', 600],
      ['joke', 700],
    ]);
  });

  it('leaves out a part its words would squeeze into the last seconds, and places the topics as without it', () => {
    const lines: Line[] = [...quietParts().filter(([t]) => t < 600), ...talk(TEST, 600, 800), [800, 'Thanks for listening, everyone.']];
    const notes = withParts('- Something never said.', '[Merit badges](https://badge.example/merit-cartoon)');
    const { segments } = segmentEpisode(turnsOf(lines), notes);
    const kinds = segments.map((s) => s.kind);
    expect(kinds).not.toContain('extras');
    expect(kinds).not.toContain('joke');
    const topicsOnly = notes.filter((i) => i.kind === 'topic');
    expect(segments.filter((s) => s.kind === 'topic')).toEqual(segmentEpisode(turnsOf(lines), topicsOnly).segments.filter((s) => s.kind === 'topic'));
  });

  it('lets front matter start times win over detection', () => {
    const seg = segmentEpisode(turnsOf(fullShow()), notes);
    const out = applyOverrides(seg, [{ kind: 'topic', n: 2, start: 250 }, { kind: 'joke', start: 650, title: 'The joke' }], 720);
    expect(out.segments.find((s) => s.n === 2)!.start).toBe(250);
    expect(out.segments.find((s) => s.kind === 'joke')).toMatchObject({ start: 650, title: 'The joke' });
    for (let i = 1; i < out.segments.length; i++) expect(out.segments[i]!.start).toBe(out.segments[i - 1]!.end);
  });
});

describe('cue scores', () => {
  /** Every pattern of the kind run on its own, as scoreCues did before it ruled kinds out with one test. */
  const eachPattern = (kind: CueKind, lower: string) => {
    const hits = CUES[kind].flatMap((c) => {
      const m = c.pattern.exec(lower);
      return m ? [{ kind, name: c.name, weight: c.weight, index: m.index }] : [];
    });
    return { score: hits.reduce((a, h) => a + h.weight, 0), hits };
  };
  const kinds = Object.keys(CUES) as CueKind[];
  const lines = ['so, first, an article called fast queries.', 'all right, next up, take it away.', 'that is all for our main items. any extras?', 'thanks for listening, bye!', 'this episode is brought to you by acme, visit acme.com', 'nothing to see here', ''];

  it('finds the same cues with one test per kind ruling out lines that hold none', () => {
    for (const line of lines) for (const kind of kinds) expect(scoreCues(kind, line), `${kind}: ${line}`).toEqual(eachPattern(kind, line));
    expect(scoreCues('handoff', lines[1]!).hits.map((h) => h.name)).toEqual(['next-item', 'take-it-away', 'ack']);
  });

  it('hears "tell us about it", "and with that" and "I\'m going to talk about" as hand-offs, and a guest asked about themselves or a listener "up for it" as none', () => {
    const names = (text: string) => scoreCues('handoff', text.toLowerCase()).hits.map((h) => h.name);
    expect(names('So Brian, tell us about Markdown.')).toEqual(['tell-us']);
    expect(names('And with that, Brian, let\'s talk about deprecations.')).toEqual(['talk-about', 'with-that']);
    expect(names('Right. And with that I think we are done here.')).toEqual(['with-that']);
    expect(names("So I'm going to talk about PD call.")).toEqual(['talk-about']);
    expect(names('Tell us about yourself.')).toEqual([]);
    expect(names("the first topic that Brian's going to tell us about, just give us your background")).toEqual(['next-item']);
    expect(names("Go over to the site if you're up for it.")).toEqual([]);
    expect(names('Playing with that was fun.')).toEqual([]);
  });

  it('hears a co-host addressed after a short first sentence, and not an adverb or linking word opening one', () => {
    expect(addressesSomeone('Exactly. All right, Brian, have people been doing things wrong?')).toBe(true);
    expect(addressesSomeone('Seriously, no joke.')).toBe(false);
    expect(addressesSomeone("However, it didn't support any of the C extensions.")).toBe(false);
  });

  it('splits a pattern into its top-level alternatives only, past groups, classes and escapes', () => {
    expect(alternatives(String.raw`\bab|(?:c|d)e|[|x]f|g\|h|^i`)).toEqual([String.raw`\bab`, '(?:c|d)e', '[|x]f', String.raw`g\|h`, '^i']);
    expect(alternatives(String.raw`[\]|]|(a(b|c))`)).toEqual([String.raw`[\]|]`, '(a(b|c))']);
    expect(alternatives('abc')).toEqual(['abc']);
    // Each pattern is the alternation of its parts again.
    for (const kind of Object.keys(CUES) as CueKind[]) for (const c of CUES[kind]) expect(alternatives(c.pattern.source).join('|')).toBe(c.pattern.source);
  });

  corpusSkipNotice('comparing cue scores on corpus transcripts');
  it.skipIf(!hasCorpus)('finds the same cues as every pattern run on its own, on every line of 40 corpus transcripts', () => {
    const files = readdirSync(join(corpus, 'transcripts')).filter((f) => f.endsWith('.txt')).slice(0, 40);
    for (const f of files) {
      for (const unit of toUnits(parseTranscript(readFileSync(join(corpus, 'transcripts', f), 'utf8'), new Diagnostics()).turns)) {
        for (const kind of kinds) expect(scoreCues(kind, unit.lower)).toEqual(eachPattern(kind, unit.lower));
      }
    }
  });
});

describe('content words', () => {
  // The definition tokens() keeps: what the regular expression matches, a plural s folded, stop words (in either form) out.
  const fold = (w: string) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  const byRegex = (lower: string) => (lower.match(/[a-z][a-z0-9+#]{2,}/g) ?? []).filter((w) => !STOP_WORDS.has(w) && !STOP_WORDS.has(fold(w))).map(fold);
  const edges = ['', 'ab', 'abc', '1ab', '12abc', 'a#b c++ c# x1', 'café crème', 'the classes of pythons', 'numpy, pandas; scipy!', 'a'.repeat(40), `${'b'.repeat(30)}s`, 'über-fast', 'ab1c 9z9z', 'she knows what it means'];

  it('drops a stop word said in its plural or third person: "knows", "means", "makes"', () => {
    expect(tokens('she knows what it means and makes pandas')).toEqual(['panda']);
  });

  it('finds the words /[a-z][a-z0-9+#]{2,}/g matches, the same again from the table of words met', () => {
    for (const line of [...edges, ...edges]) expect(tokens(line), line).toEqual(byRegex(line));
  });

  corpusSkipNotice('comparing content words on corpus transcripts');
  it.skipIf(!hasCorpus)('finds the same words as the regular expression on every line of 60 corpus transcripts', () => {
    for (const f of readdirSync(join(corpus, 'transcripts')).filter((f) => f.endsWith('.txt')).slice(0, 60)) {
      for (const unit of toUnits(parseTranscript(readFileSync(join(corpus, 'transcripts', f), 'utf8'), new Diagnostics()).turns)) {
        expect(tokens(unit.lower)).toEqual(byRegex(unit.lower));
      }
    }
  });
});

describe('drafted titles', () => {
  it('takes what follows "an article called"', () => {
    expect(draftTitle('There is an article called Our Journey To Type Checking 4 Million Lines of Python. Wow.', [])).toBe('An article called Our Journey To Type Checking 4 Million Lines of Python');
  });
  it('does not end a title on the word where it was cut', () => {
    expect(draftTitle('Let me tell you about a project I never heard of called pyenv or the like. Yes.', [])).toBe('A project I never heard of called pyenv');
  });
  it('takes no title from a word that only points at the topic: "what I want to talk about next"', () => {
    expect(draftTitle('Yeah. Which is what I want to talk about next. This project by Hugo.', ['humanize'])).toBe('Humanize');
  });
  it('falls back to the stretch\'s own words', () => {
    expect(draftTitle('Hmm. Yes.', ['postgres', 'index'])).toBe('Postgres, index');
  });
  it('writes the fallback words as the stretch says them, not as the segmenter folds them', () => {
    const spoken = 'We love dictionaries. JavaScript has objects, and javascript devs use Dictionaries too. C++ folks? The dictionaries win.';
    expect(draftTitle('Hmm. Yes.', ['dictionarie', 'javascript', 'c++', 'kenneth'], [{ text: spoken, lower: spoken.toLowerCase() }])).toBe('Dictionaries, JavaScript, C++, kenneth');
  });
});
