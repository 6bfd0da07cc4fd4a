// The output-format table: every file the build writes comes from one of these entries.
import type { EpisodeFormat, SiteFormat } from './types.js';
import { episodePage } from './episodePage.js';
import { chaptersJson } from './chaptersJson.js';
import { transcriptVtt } from './transcriptVtt.js';
import { transcriptSrt } from './transcriptSrt.js';
import { transcriptJson } from './transcriptJson.js';
import { transcriptHtml } from './transcriptHtml.js';
import { searchRecords, searchSkipWords } from './searchRecords.js';
import { searchClient } from './searchClient.js';
import { indexPages } from './indexPages.js';
import { feed } from './feed.js';
import { peoplePages } from './peoplePages.js';
import { tagPages } from './tagPages.js';
import { aboutPage, notFoundPage, searchPage } from './fixedPages.js';
import { sitemap, robots } from './sitemap.js';

export const episodeFormats: readonly EpisodeFormat[] = [episodePage, chaptersJson, transcriptVtt, transcriptSrt, transcriptJson, transcriptHtml, searchRecords];

export const siteFormats: readonly SiteFormat[] = [indexPages, feed, peoplePages, tagPages, aboutPage, notFoundPage, searchPage, searchSkipWords, searchClient, sitemap, robots];
