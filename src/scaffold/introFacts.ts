// Facts a show states in its opening words: "This is episode 149, recorded September 18th, 2019."
import type { Turn } from '../core/types.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

export interface IntroFacts {
  number?: number;
  /** YYYY-MM-DD when the year was said. */
  date?: string;
  /** Month and day when the year was not said. */
  monthDay?: { month: number; day: number };
}

export function introFacts(turns: readonly Turn[]): IntroFacts {
  const text = turns.filter((t) => t.start < 120).map((t) => t.text).join(' ').slice(0, 3000);
  const facts: IntroFacts = {};
  const num = /\bepisode (?:number )?(#?\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.exec(text);
  if (num) {
    const raw = num[1]!.replace('#', '').toLowerCase();
    facts.number = NUMBER_WORDS[raw] ?? Number(raw);
  }
  const date = new RegExp(`\\brecorded(?: on)?(?: [a-z]+day)?,? (${MONTHS.join('|')}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?`, 'i').exec(text);
  if (date) {
    const month = MONTHS.indexOf(date[1]!.toLowerCase()) + 1;
    const day = Number(date[2]);
    if (date[3]) facts.date = `${date[3]}-${pad(month)}-${pad(day)}`;
    else facts.monthDay = { month, day };
  }
  return facts;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
