/** /errors.json: a machine-readable index of every entry, for tools and bots. */
import type { APIRoute } from 'astro';
import { allEntries, urlOf } from '../data/entries';
import { toPublicRecord } from '../lib/public-record';

export const GET: APIRoute = async ({ site }) => {
	const entries = await allEntries();
	const records = entries
		.map((e) => toPublicRecord(e.id, urlOf(e), new URL(urlOf(e), site).href, e.data))
		.sort((a, b) => a.id.localeCompare(b.id));
	return new Response(JSON.stringify({ version: 1, count: records.length, entries: records }, null, 2), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
