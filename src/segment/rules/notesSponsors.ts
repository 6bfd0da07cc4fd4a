// Sponsor names the show notes give ("Sponsored by Datadog", "Sponsored by us!") name the reads and mentions.
import type { SegmentRule } from '../context.js';
import { notesSponsorName, sponsorNameIn } from '../sponsorName.js';

export const notesSponsorRule: SegmentRule = {
  name: 'notes-sponsors',
  apply(ctx) {
    for (const item of ctx.notes ?? []) {
      if (item.kind !== 'sponsor') continue;
      const name = notesSponsorName(item.title) ?? sponsorNameIn(item.text) ?? item.links[0]?.text;
      if (name && !ctx.board.sponsorNames.includes(name)) ctx.board.sponsorNames.push(name);
    }
  },
};
