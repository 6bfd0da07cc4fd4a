// The spoken cues that mark where parts of a show begin, as data: a pattern and a weight for each.
// Patterns run on lower-cased text; each one is linear (no nested quantifiers).

export interface Cue {
  name: string;
  pattern: RegExp;
  weight: number;
}

export type CueKind = 'welcome' | 'opening' | 'handoff' | 'extras' | 'joke' | 'jokeDeferred' | 'outro' | 'sponsorRead' | 'selfPromo' | 'adTalk' | 'sponsorNegative' | 'sponsorBack';

/** "Kick us off": a host asked to open the items, the first or the next. */
export const KICK_OFF = /\bkick (?:it|us|this|things) off\b/;
/**
 * The show's items begun: "let's get started", "how should we start the show?", "let's jump right in", "what would you
 * like to start with?", "let's get on with the show".
 */
export const GET_STARTED = /\bwhat (?:would you like|do you want|do we have|have we got|you got for us) to start (?:with|off)\b|\blet'?s start (?:off )?with (?:you|what)\b|\bget on with (?:the|our) show\b|\b(?:let'?s|we should|should we|shall we) get (?:it |this |things )?started\b|\bhow (?:should|shall) we (?:start|begin)\b|\bstart (?:the|this) show\b|\blet'?s (?:jump|dive|get) (?:right |straight )?in(?:to)?\b/;

export const CUES: Record<CueKind, readonly Cue[]> = {
  welcome: [
    { name: 'hello-and-welcome', pattern: /\b(?:hello|hey|hi)(?: there| everyone| everybody)?,? and welcome\b/, weight: 3 },
    { name: 'welcome-to', pattern: /\bwelcome to\b/, weight: 2 },
    { name: 'this-is-episode', pattern: /\bthis is (?:episode|show|number)\b|\bepisode (?:number )?\d+/, weight: 1 },
  ],
  // The housekeeping of a show's opening minutes: where to follow, watch and support it, and who is on today.
  opening: [
    { name: 'guests', pattern: /\b(?:i'm|i am) your (?:co-?)?host\b|\bspecial guests?\b|\bjoined by\b/, weight: 1 },
    { name: 'follow-us', pattern: /\b(?:newsletter|live ?stream(?:ing)?|join us (?:live|on)|connect with (?:us|your hosts|the hosts)|on socials|follow (?:us|the show)|(?:mastodon|fosstodon|bluesky|youtube|patreon)|subscribe|support (?:us|our work|the show|our show)|send (?:us|in) (?:those |your |some )?(?:topics|ideas|suggestions)|contact (?:form|list|us)|(?:your|the) inbox|sign(?:ed|ing)? up|email (?:summary|digest)|spam you)\b/, weight: 1 },
  ],
  handoff: [
    { name: 'what-do-you-got', pattern: /\bwhat (?:do |did |have )?(?:you |ya )?(?:got|have|gotta)\b|\bwhatcha got\b|\bwhat'?s (?:your )?(?:first|next)\b|\bwhat you got\b/, weight: 2.5 },
    { name: 'next-item', pattern: /\b(?:next|first|second|third|last|final) (?:item|topic|one up|up)\b|\bnext one\b|\bthis next one\b|\bup next\b|\bnext up\b|\bthe next thing\b/, weight: 2 },
    { name: 'on-to', pattern: /\b(?:on ?to|let'?s move on to|moving on to) (?:the )?(?:next|your|my)\b|\bcarry on\b/, weight: 2 },
    { name: 'take-it-away', pattern: new RegExp(String.raw`\btake it away\b|\bover to you\b|\byou(?:'re| are) up\b(?! for\b)|\byour turn\b|${KICK_OFF.source}|\bwant to start us off\b`), weight: 2.5 },
    { name: 'get-started', pattern: GET_STARTED, weight: 2 },
    // "Tell us about it", "so Brian, tell us about Markdown" (not a guest's "tell us about yourself").
    { name: 'tell-us', pattern: /\btell us (?:about|what)\b(?! (?:yourself|you)\b)(?![,.])/, weight: 1.5 },
    { name: 'talk-about', pattern: /\b(?:i want(?:ed)? to|i'd like to|i would like to|let'?s|let me|wanna|gonna|(?:i'm|i am) going to) (?:talk|tell you|share|start|cover|chat|kick)(?: a little bit| a bit)? (?:about|with|off)\b|\bi'?ve been (?:thinking|reading|looking|playing|working) (?:about|at|with|on)\b/, weight: 1.5 },
    // "And with that, Brian, let's talk about deprecations": what came before is done, at the start of a sentence.
    { name: 'with-that', pattern: /(?:^|[.?!] )(?:and |so |okay,? |ok,? |all right,? |alright,? )?with that\b/, weight: 1 },
    { name: 'first-off', pattern: /^(?:so,? )?(?:first|first up|first off|to start|to kick things off),/, weight: 1.5 },
    { name: 'speaking-of', pattern: /\bspeaking of\b/, weight: 1 },
    { name: 'ack', pattern: /^(?:-)?(?:all right|alright|okay|ok|cool|nice|awesome|very cool|so)\b[.,!]/, weight: 0.6 },
    { name: 'article-called', pattern: /\b(?:an?|this) (?:article|project|package|library|tool|post|blog post|video|paper|talk) (?:called|named|titled|by)\b/, weight: 1 },
  ],
  extras: [
    // "That's it for our main items", and as early shows said it: "that's it for the news", "that's all our news for
    // the week", "those are our items", "that rounds out our news items", "that leads us into our own news".
    { name: 'main-items-done', pattern: /\b(?:that'?s|that is|those are) (?:it|all)\b[^.?!]{0,40}?\b(?:items|topics)\b|\bour main items\b|\bmain (?:items|topics)\b|\b(?:that'?s|that is|that was) (?:pretty much )?(?:it |all )?for (?:our|the) (?:\w+ )?(?:news|items|topics)\b|\b(?:that'?s|that is|that was|those are|those were) (?:pretty much )?(?:all )?(?:of )?our (?:\w+ )?(?:news|items|topics)\b|\brounds? out our (?:\w+ )?(?:news|items|topics)\b|\bour own news\b|\b(?:that'?s|those are|those were) the items\b/, weight: 3 },
    // "Extra stuff" is a hand-off when offered ("got any extra stuff", "a few extra things I want to share"),
    // not in "there's extra stuff like virtual and wrapper".
    { name: 'extras', pattern: /\bextras\b|\bany(?:thing)? extra\b|\bextra,? extra\b|\bextra for us\b|\b(?:any|some|few|couple of|(?:got|have)(?: no)?)(?: little)? extra (?:items?|stuff|things)\b|\bextra (?:items?|stuff|things) (?:for us|to share|(?:i|you) want)\b|\bwhat other news\b|\b(?:any|other) news for us\b|\bgoing on with you personally\b|\b(?:any|other|my|our|own) personal news\b|\bany(?:thing)? else you want to (?:share|throw out)\b/, weight: 2 },
    { name: 'anything-else', pattern: /\banything (?:else|extra)\b|\bother (?:news|things)\b|\bany(?:thing)? (?:news|else) (?:for us|to share)\b/, weight: 1 },
  ],
  jokeDeferred: [
    { name: 'before-the-joke', pattern: /\bbefore (?:we|the|our|i|you)\b[^.?!]{0,30}\bjoke|\bjoke\b[^.?!]{0,60}\b(?:first|extras?)\b/, weight: 1 },
  ],
  joke: [
    { name: 'joke', pattern: /\bjokes?\b/, weight: 2 },
    // "How about something funny?", "ready for some laughs?", "that brings us to the laughs": the joke offered.
    { name: 'something-funny', pattern: /\b(?:something|anything) funny\b|\b(?:some|the) (?:laughs|humou?r)\b/, weight: 2 },
    { name: 'funny', pattern: /\bfunny (?:one|thing|bit)\b|\blaughs?\b|\bhumou?r\b|\bmake (?:us|you) laugh\b/, weight: 1.5 },
  ],
  outro: [
    { name: 'thanks-for-listening', pattern: /\bthank(?:s| you)(?: all| everyone| everybody| so much)? for (?:listening|being here|joining|coming on|having me|tuning in)\b/, weight: 3 },
    { name: 'thanks-everyone', pattern: /\bthank(?:s| you),? (?:everyone|everybody|all|as always|again|once again)\b|\bthank you once again\b/, weight: 2 },
    { name: 'bye', pattern: /\b(?:bye|goodbye|see ya|see you (?:later|next time|next week|all|around|soon|everyone|everybody)|(?<!\b(?:to|i) )see you(?=[.!]|$)|catch you (?:later|next)|talk to you (?:later|next)|until next time|that'?s a wrap|call it a show)\b/, weight: 2 },
    { name: 'closing-credits', pattern: /\bfollow the show on\b|\bget the full show notes\b|\bthis is michael kennedy\b|\bon behalf of\b/, weight: 2 },
  ],
  sponsorRead: [
    { name: 'sponsor', pattern: /\bsponsor(?:s|ed|ing|ship)?\b/, weight: 1.5 },
    { name: 'brought-to-you', pattern: /\bbrought to you by\b|\bsupported by\b|\bsupport (?:the|our) show\b|\bsupport (?:for|from) (?:the|this|our) (?:show|episode)\b/, weight: 1.5 },
    { name: 'show-url', pattern: /\bpython ?bytes\.fm ?\/ ?\w|\bpython ?bytes ?(?:dot )?fm slash\b|\.(?:com|io|fm|dev)\/python ?bytes\b/, weight: 2.5 },
    { name: 'tell-you-about', pattern: /\b(?:let me|i(?: just)? want to|i wanna|let'?s) tell (?:you|everyone|everybody|folks)(?: all| guys)?(?: real quick| quickly)? about\b|\bbefore we (?:move on|get (?:on )?to|go on)\b|\bquick (?:word|thanks) (?:from|to)\b/, weight: 2 },
    { name: 'supporters', pattern: /\b(?:big |great |longtime )?supporters? of (?:the show|python ?bytes|this show|us)\b/, weight: 1.5 },
    { name: 'thanks-to-sponsor', pattern: /\bthank(?:s| you) to [a-z0-9][a-z0-9 .&-]{1,40} for (?:sponsoring|supporting)\b|\bthanks? (?:to )?(?:our|this week'?s) sponsor\b/, weight: 2 },
    { name: 'check-them-out', pattern: /\bcheck (?:them|it) out at\b|\bvisit [a-z0-9-]+\.(?:com|io|fm)\b|\bfree trial\b/, weight: 1 },
  ],
  selfPromo: [
    { name: 'our-courses', pattern: /\btalk ?python training\b|\btraining\.talkpython\b|\bour courses\b|\bcourses? (?:over )?at talk ?python\b/, weight: 2 },
    { name: 'book', pattern: /\bpytest (?:book|course)\b|\bpython testing with pytest\b|\bpythontest\.com\b|\bmy book\b/, weight: 2 },
    { name: 'patreon', pattern: /\bpatreon\b/, weight: 1.5 },
  ],
  adTalk: [
    { name: 'ad-talk', pattern: /\b(?:pricing|free trial|for free|sign up|signing up|get started|no hidden|per seat|discount|coupon|promo code|(?:use|with) the code|for developers by developers|get set up|set it up in|sign-?up|visit (?:them|their)|head (?:over )?to|go to [a-z]+\.(?:com|io|fm|dev)|link in (?:your|the) (?:podcast|show ?notes)|in the show notes|thank you to|thanks to)\b/, weight: 1 },
  ],
  sponsorNegative: [
    { name: 'no-sponsor', pattern: /\bno sponsors?\b|\bnot (?:sponsoring|a sponsor|sponsored)\b|\bnormally (?:we|there)\b|\bwould (?:have|do) (?:like )?a sponsor\b|\b(?:want|like) to sponsor\b|\binterested in sponsoring\b|\bbecome a sponsor\b|\bsponsor(?:ship)? (?:spot|slot)s? (?:are|is) (?:open|available)\b/, weight: 3 },
  ],
  sponsorBack: [
    { name: 'back-to', pattern: /\b(?:back to|anyway,? back|on (?:to|with) the (?:show|topics|items))\b/, weight: 1 },
  ],
};

export interface CueHit {
  kind: CueKind;
  name: string;
  weight: number;
  /** Character offset of the match in the unit's text. */
  index: number;
}

/**
 * For each kind, one expression that matches wherever any of its cues would: most units hold no cue of a given kind,
 * and one test rules them out where running every pattern took twice as long. (Only for kinds whose patterns have no
 * flags and no back-references, which an alternation would change.) The alternatives that begin at a word boundary
 * share one `\b`, tested once at each place rather than once by each alternative: that made the gates of the kinds
 * with many alternatives 20–40% faster over the archive's units.
 */
const ANY = Object.fromEntries(
  (Object.keys(CUES) as CueKind[]).map((kind) => {
    const plain = CUES[kind].every((c) => !c.pattern.flags && !/\\[1-9k]/.test(c.pattern.source));
    return [kind, plain ? anyOf(CUES[kind].flatMap((c) => alternatives(c.pattern.source))) : null];
  }),
) as Record<CueKind, RegExp | null>;

/** An expression that matches where any of the alternatives does, with their leading `\b`s taken out as one. */
function anyOf(alts: readonly string[]): RegExp {
  const atWord = alts.filter((a) => a.startsWith('\\b')).map((a) => a.slice(2));
  const others = alts.filter((a) => !a.startsWith('\\b'));
  return new RegExp([...(atWord.length ? [`\\b(?:${atWord.join('|')})`] : []), ...others].join('|'));
}

/** The top-level alternatives of a pattern's source: split at each `|` outside groups and classes. */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

export interface CueScore {
  score: number;
  hits: readonly CueHit[];
}

/** The score of most units for most kinds, one object for all of them (the segmenter asks for hundreds of thousands). */
const NO_CUES: CueScore = Object.freeze({ score: 0, hits: Object.freeze([]) });

/** All cues of a kind found in a lower-cased text: the weight of each distinct cue, summed. */
export function scoreCues(kind: CueKind, lower: string): CueScore {
  if (ANY[kind]?.test(lower) === false) return NO_CUES;
  let score = 0;
  const hits: CueHit[] = [];
  for (const cue of CUES[kind]) {
    const m = cue.pattern.exec(lower);
    if (m) {
      score += cue.weight;
      hits.push({ kind, name: cue.name, weight: cue.weight, index: m.index });
    }
  }
  return { score, hits };
}
