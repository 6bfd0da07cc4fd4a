// The segment rules, in the order they run. Each reads what the ones before it found.
import type { SegmentRule } from '../context.js';
import { notesSponsorRule } from './notesSponsors.js';
import { welcomeRule } from './welcome.js';
import { outroRule } from './outro.js';
import { extrasRule } from './extras.js';
import { jokeRule } from './joke.js';
import { sponsorMentionRule } from './sponsorMentions.js';
import { sponsorReadRule } from './sponsorReads.js';
import { topicRule } from './topics.js';

export const segmentRules: readonly SegmentRule[] = [
  notesSponsorRule,
  welcomeRule,
  outroRule,
  extrasRule,
  jokeRule,
  sponsorMentionRule,
  sponsorReadRule,
  topicRule,
];
