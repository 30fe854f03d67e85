/**
 * /feed.xml: the entries verified most recently, newest first. A feed carries
 * what is new: readers fetch it often, and the whole catalog (the sitemap and
 * /errors.json list that) would make each fetch megabytes at 10,000 entries.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_TAGLINE } from '../config';
import { allEntries, urlOf } from '../data/entries';
import { statusKey } from '../lib/format';

/** Entries in the feed. */
export const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
	const entries = (await allEntries()).sort((a, b) => b.data.verified.localeCompare(a.data.verified) || a.id.localeCompare(b.id));
	return rss({
		title: SITE_NAME,
		description: SITE_TAGLINE,
		site: site!,
		items: entries.slice(0, FEED_SIZE).map((entry) => ({
			title: entry.data.title,
			link: urlOf(entry),
			description: entry.data.meaning,
			pubDate: new Date(`${entry.data.verified}-01T00:00:00Z`),
			categories: [entry.data.provider, statusKey(entry.data.status), entry.data.severity],
		})),
		customData: '<language>en</language>',
	});
};
