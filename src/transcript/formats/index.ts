// Every transcript format the generator reads. Order breaks ties in sniffing scores.
import type { TranscriptFormat } from '../format.js';
import { vtt } from './vtt.js';
import { srt } from './srt.js';
import { podcastJson } from './podcastJson.js';
import { markdownTranscript } from './markdown.js';
import { timestamped } from './timestamped.js';

export const transcriptFormats: readonly TranscriptFormat[] = [vtt, srt, podcastJson, markdownTranscript, timestamped];
