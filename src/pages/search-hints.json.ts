import type { APIRoute } from 'astro';
import { allEntries } from '../data/entries';
import { searchHints } from '../lib/search/hints';

export const GET: APIRoute = async () => {
	const entries = await allEntries();
	return new Response(JSON.stringify(searchHints(entries.map((e) => e.data))), {
		headers: { 'Content-Type': 'application/json' },
	});
};
