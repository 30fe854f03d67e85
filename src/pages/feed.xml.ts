/** /feed.xml: new and re-verified entries, newest verification first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_TAGLINE } from '../config';
import { allEntries, urlOf } from '../data/entries';

export const GET: APIRoute = async ({ site }) => {
	const entries = (await allEntries()).sort((a, b) => b.data.verified.localeCompare(a.data.verified) || a.id.localeCompare(b.id));
	return rss({
		title: SITE_NAME,
		description: SITE_TAGLINE,
		site: site!,
		items: entries.map((entry) => ({
			title: entry.data.title,
			link: urlOf(entry),
			description: entry.data.meaning,
			pubDate: new Date(`${entry.data.verified}-01T00:00:00Z`),
			categories: [entry.data.provider, entry.data.status === null ? 'client-side' : String(entry.data.status), entry.data.severity],
		})),
		customData: '<language>en</language>',
	});
};
