// The front matter of an episode and the podcast's own metadata, as schemas with clear messages.
import { z } from 'zod';

const personRef = z.union([
  z.string().min(1),
  z.object({
    id: z.string().optional(),
    name: z.string().min(1),
    url: z.string().optional(),
    image: z.string().optional(),
    role: z.string().optional(),
  }),
]);

const timeValue = z.union([z.number().nonnegative(), z.string().regex(/^(?:\d{1,3}:)?\d{1,2}:\d{2}(?:\.\d+)?$/, 'use seconds or H:MM:SS')]);

export const episodeSchema = z.object({
  title: z.string({ error: 'title is required: add `title: ...` to the front matter' }).min(1, 'title must not be empty'),
  date: z.union([z.date(), z.string()], { error: 'date is required: add `date: YYYY-MM-DD` to the front matter' }),
  slug: z.string().optional(),
  number: z.number().int().nonnegative().optional(),
  season: z.number().int().nonnegative().optional(),
  description: z.string().optional(),
  audio: z
    .union([
      z.string().min(1),
      z.object({ url: z.string().min(1), type: z.string().optional(), length: z.number().int().nonnegative().optional() }),
    ])
    .optional(),
  duration: timeValue.optional(),
  image: z.string().optional(),
  explicit: z.boolean().optional(),
  episodeType: z.enum(['full', 'trailer', 'bonus']).optional(),
  tags: z.array(z.string().min(1)).optional(),
  hosts: z.array(personRef).optional(),
  guests: z.array(personRef).optional(),
  sponsors: z.array(z.union([z.string().min(1), z.object({ name: z.string().min(1), url: z.string().optional() })])).optional(),
  speakers: z.record(z.string(), z.string()).optional(),
  segments: z
    .array(
      z.object({
        kind: z.enum(['intro', 'topic', 'sponsor', 'extras', 'joke', 'outro']).optional(),
        n: z.number().int().optional(),
        title: z.string().optional(),
        start: timeValue,
      }),
    )
    .optional(),
  guid: z.string().optional(),
  transcript: z.string().optional(),
});

export type EpisodeFrontMatter = z.infer<typeof episodeSchema>;
export const episodeFields = Object.keys(episodeSchema.shape);

export const podcastSchema = z.object({
  title: z.string().min(1, 'the podcast needs a title'),
  description: z.string().default(''),
  author: z.string().default(''),
  url: z.string().url('url must be the site\'s absolute URL, such as https://example.com/'),
  language: z.string().default('en'),
  categories: z.array(z.string()).default([]),
  image: z.string().optional(),
  explicit: z.boolean().default(false),
  email: z.string().optional(),
  copyright: z.string().optional(),
  type: z.enum(['episodic', 'serial']).default('episodic'),
  people: z
    .record(z.string(), z.object({ name: z.string().min(1), url: z.string().optional(), image: z.string().optional(), bio: z.string().optional() }))
    .default({}),
  hosts: z.array(z.string()).default([]),
  pageSize: z.number().int().positive().default(20),
  markdown: z.object({ html: z.boolean().default(false) }).default({ html: false }),
  search: z.object({ skipWords: z.array(z.string().min(1)).default([]) }).default({ skipWords: [] }),
});

export type PodcastConfig = z.infer<typeof podcastSchema>;
export const podcastFields = Object.keys(podcastSchema.shape);
