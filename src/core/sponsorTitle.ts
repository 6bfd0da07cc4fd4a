// How a sponsor read is titled wherever it is listed: in chapters, the timeline, and the segments the segmenter gives.

/** "Sponsor: Datadog", or "Sponsor" when nothing names the sponsor. */
export function sponsorTitle(sponsor: string | undefined): string {
  return sponsor ? `Sponsor: ${sponsor}` : 'Sponsor';
}
