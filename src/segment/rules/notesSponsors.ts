// Sponsor names the show notes give ("Sponsored by Datadog", "Sponsored by us!") name the reads and mentions.
import type { SegmentRule } from '../context.js';
import { notesSponsorName, sponsorNameIn } from '../sponsorName.js';
import { hasName } from './sponsorMentions.js';

export const notesSponsorRule: SegmentRule = {
  name: 'notes-sponsors',
  apply(ctx) {
    for (const item of ctx.notes ?? []) {
      if (item.kind !== 'sponsor') continue;
      // The name as the notes spell it names the reads; what the item says or links to ("InfluxDB" of "Sponsored by
      // InfluxDB from Influxdata") is also looked for in the transcript.
      for (const name of [notesSponsorName(item.title), sponsorNameIn(item.text) ?? item.links[0]?.text]) {
        if (name && !hasName(ctx.board.sponsorNames, name)) ctx.board.sponsorNames.push(name);
      }
    }
  },
};
