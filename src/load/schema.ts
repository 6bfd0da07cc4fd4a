// The front matter of an episode and the podcast's own metadata, as schemas with clear messages.
// zod's tree-shakable "mini" API: a build's three threads each load the schemas, and the whole of zod's classic API
// came to half of the bundle they load (see bench/HISTORY.md). Its messages are English ones, as zod's are.
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());

const nonEmpty = (message?: string) => z.string().check(z.minLength(1, message));
const count = () => z.int().check(z.nonnegative());

const personRef = z.union([
  nonEmpty(),
  z.object({
    id: z.optional(z.string()),
    name: nonEmpty(),
    url: z.optional(z.string()),
    image: z.optional(z.string()),
    role: z.optional(z.string()),
  }),
]);

const timeValue = z.union([z.number().check(z.nonnegative()), z.string().check(z.regex(/^(?:\d{1,3}:)?\d{1,2}:\d{2}(?:\.\d+)?$/, 'use seconds or H:MM:SS'))]);

export const episodeSchema = z.object({
  title: z.string({ error: 'title is required: add `title: ...` to the front matter' }).check(z.minLength(1, 'title must not be empty')),
  date: z.union([z.date(), z.string()], { error: 'date is required: add `date: YYYY-MM-DD` to the front matter' }),
  slug: z.optional(z.string()),
  number: z.optional(count()),
  season: z.optional(count()),
  description: z.optional(z.string()),
  audio: z.optional(z.union([nonEmpty(), z.object({ url: nonEmpty(), type: z.optional(z.string()), length: z.optional(count()) })])),
  duration: z.optional(timeValue),
  image: z.optional(z.string()),
  explicit: z.optional(z.boolean()),
  episodeType: z.optional(z.enum(['full', 'trailer', 'bonus'])),
  tags: z.optional(z.array(nonEmpty())),
  hosts: z.optional(z.array(personRef)),
  guests: z.optional(z.array(personRef)),
  sponsors: z.optional(z.array(z.union([nonEmpty(), z.object({ name: nonEmpty(), url: z.optional(z.string()) })]))),
  speakers: z.optional(z.record(z.string(), z.string())),
  segments: z.optional(
    z.array(
      z.object({
        kind: z.optional(z.enum(['intro', 'topic', 'sponsor', 'extras', 'joke', 'outro'])),
        n: z.optional(z.int()),
        title: z.optional(z.string()),
        start: timeValue,
      }),
    ),
  ),
  soundbites: z.optional(z.array(z.object({ start: timeValue, duration: z.number().check(z.positive()), title: z.optional(z.string()) }))),
  guid: z.optional(z.string()),
  draft: z.optional(z.boolean()),
  transcript: z.optional(z.string()),
});

export type EpisodeFrontMatter = z.infer<typeof episodeSchema>;
export const episodeFields = Object.keys(episodeSchema.shape);

export const podcastSchema = z.object({
  title: nonEmpty('the podcast needs a title'),
  description: z._default(z.string(), ''),
  author: z._default(z.string(), ''),
  // Not a string at all keeps zod's own message, as the rest do.
  url: z.url({ error: (issue) => (issue.code === 'invalid_type' ? undefined : "url must be the site's absolute URL, such as https://example.com/") }),
  language: z._default(z.string(), 'en'),
  categories: z._default(z.array(z.string()), []),
  image: z.optional(z.string()),
  explicit: z._default(z.boolean(), false),
  email: z.optional(z.string()),
  copyright: z.optional(z.string()),
  type: z._default(z.enum(['episodic', 'serial']), 'episodic'),
  people: z._default(z.record(z.string(), z.object({ name: nonEmpty(), url: z.optional(z.string()), image: z.optional(z.string()), bio: z.optional(z.string()) })), {}),
  hosts: z._default(z.array(z.string()), []),
  pageSize: z._default(z.int().check(z.positive()), 20),
  markdown: z._default(z.object({ html: z._default(z.boolean(), false) }), { html: false }),
  search: z._default(z.object({ skipWords: z._default(z.array(nonEmpty()), []) }), { skipWords: [] }),
});

export type PodcastConfig = z.infer<typeof podcastSchema>;
export const podcastFields = Object.keys(podcastSchema.shape);
