// Finding the sponsor's name in what is said: "brought to you by Datadog", "pythonbytes.fm/datadog", "thank you to Sentry".

const WORD = "[A-Z0-9][\\w&'-]*(?:\\.[\\w&'-]+)*";
const NAME = `(${WORD}(?:\\s+(?:for|of|&|and|${WORD})){0,5})`;
const SAID: readonly RegExp[] = [
  new RegExp(`\\b(?:[Bb]rought to you by|[Ss]ponsored by|[Ss]upported by|[Ss]ponsor(?: this week)? is)\\s+${NAME}`),
  new RegExp(`\\b[Tt]hanks? (?:you )?(?:to\\s+)?${NAME}\\s+for (?:sponsoring|supporting)`),
  new RegExp(`\\b[Tt]ell (?:you|everyone|everybody|folks)(?: all| guys)?(?: real quick| quickly)? about\\s+${NAME}[,.]`),
  new RegExp(`\\b${NAME}\\s+(?:is|are|has been|have been) (?:sponsoring|supporting) (?:this|the|our) (?:episode|show|podcast)`),
  new RegExp(`\\b[Ss]ay(?: real quick| a big| a quick)? thanks? (?:you )?to\\s+${NAME}[.,!]`),
];
const SHOW_URL = /python ?bytes\.fm ?\/ ?([a-z0-9-]+)/i;
const SELF = /\b(?:us|ourselves|our work|our courses|talk ?python training|patreon)\b/i;

/** The sponsor named in a passage, or null. Self-promotion reads are named after what they promote. */
export function sponsorNameIn(text: string): string | null {
  if (/\b(?:brought to you by|sponsored by|supported by) (?:us|ourselves|our (?:work|courses|own)|\w+ and (?:me|myself))\b/i.test(text)) return selfName(text);
  for (const re of SAID) {
    const m = re.exec(text);
    if (m) {
      const name = trimName(m[1]!);
      if (name && !/^(?:the|this|our|us|you|me|it|they|we|he|she|that|which|who|everyone|everybody|all|(?:our )?sponsors?)$/i.test(name)) return name;
      if (name && /^(?:us|our)$/i.test(name)) return selfName(text);
    }
  }
  const url = SHOW_URL.exec(text);
  if (url && /^(?:courses?|training|pytest|books?|patreon|biz)$/i.test(url[1]!)) return selfName(text);
  if (url && !/^(?:live|stream|friends|episodes?|youtube|the|this|that|our|your|and|slash|\d+)$/i.test(url[1]!)) return capitalize(url[1]!);
  if (SELF.test(text)) return selfName(text);
  return null;
}

const NOTES_LEAD = /^\s*(?:this episode (?:is|was) (?:sponsored|brought to you) by|sponsored(?: by)?|brought to you by|sponsor(?:s|ed)?(?: segment| read)?)\b[\s:\u2013\u2014-]*/i;
const LINK_WORD = /[/@]|^https?\b|\.(?:com|fm|io|co|org|net|dev)\b/i;

/**
 * The sponsor a show-notes heading names, as the notes spell it: "Sponsored by DigitalOcean: pythonbytes.fm/digitalocean"
 * gives "DigitalOcean", "Sponsored by the IRL Podcast from Mozilla" "IRL Podcast from Mozilla". Null when the heading
 * gives only a link, or nothing, after its lead words, or says the show sponsors itself.
 */
export function notesSponsorName(title: string): string | null {
  let rest = title;
  for (let lead = NOTES_LEAD.exec(rest); lead?.[0]; lead = NOTES_LEAD.exec(rest)) rest = rest.slice(lead[0].length);
  if (rest === title) return null;
  const words = rest.split(/\s*(?:[:;,!(]|\s[-\u2013\u2014]+\s|\.(?:\s|$))/)[0]!.replace(/^the\s+/i, '').replace(/[.*_]+$/, '').trim().split(/\s+/);
  const link = words.findIndex((w) => LINK_WORD.test(w));
  const name = (link === -1 ? words : words.slice(0, link)).join(' ');
  // Two letters ("SPONSOR - DO") are too short to tell the sponsor's name from any other word in a read.
  if (name.replace(/[^\p{L}\p{N}]/gu, '').length < 3 || words.length > 6) return null;
  // "Sponsored by us!": what the show promotes is in the item's text, for sponsorNameIn() to find.
  return /^(?:us|ourselves)$/i.test(name) ? null : capitalize(name);
}

function selfName(text: string): string {
  const parts: string[] = [];
  if (/talk ?python training|our courses|courses/i.test(text)) parts.push('Talk Python Training');
  if (/pytest (?:book|course)|python testing with pytest|pythontest/i.test(text)) parts.push('Python Testing with pytest');
  if (/patreon/i.test(text)) parts.push('Patreon');
  return parts.length ? parts.join(' / ') : 'the show';
}

function trimName(raw: string): string {
  return raw
    .replace(/^(?:(?:so|and|yeah|now|also|well|oh|but|okay|again)\s+)+/i, '')
    .replace(/\s+(?:for|of|and|&)$/i, '')
    .replace(/[.,'’-]+$/, '')
    // "Microsoft and Microsoft for Startups": the fuller of two names for one sponsor.
    .replace(/^(.+?) and (\1\b.*)$/i, '$2')
    .split(/\s+/)
    .filter((w, i, all) => i === 0 || !/^(?:for|of|and)$/i.test(w) || i < all.length - 1)
    .join(' ');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
