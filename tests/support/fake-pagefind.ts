/**
 * An in-memory stand-in for Pagefind that matches pages holding every word of
 * a query, as Pagefind does, and counts what a browser would download: queries
 * run and fragments loaded.
 */
import type { PagefindLike, PagefindResult } from '../../src/lib/search/engine';
import { ENTRY_META_KEY, type IndexedEntry } from '../../src/lib/search/indexed-entry';

export class FakeIndex implements PagefindLike {
	queries: string[] = [];
	fragments = 0;
	private readonly texts: string[];
	constructor(readonly entries: IndexedEntry[]) {
		this.texts = entries.map((e) =>
			[e.title, e.summary, e.fix ?? '', e.provider, String(e.status ?? ''), e.code ?? '', e.type ?? '', e.param ?? '', ...e.exceptions, ...e.messages]
				.join(' ')
				.toLowerCase(),
		);
	}
	async search(term: string | null, options?: { filters?: Record<string, string> }) {
		this.queries.push(term ?? '');
		const wanted = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
		// The filters the pages declare (data-pagefind-filter): provider, status, severity, scope.
		const filterValue: Record<string, (e: IndexedEntry) => string> = {
			provider: (e) => e.provider,
			status: (e) => String(e.status ?? 'client-side'),
			severity: (e) => e.severity,
			scope: (e) => e.scope,
		};
		const kept = (e: IndexedEntry) => Object.entries(options?.filters ?? {}).every(([key, value]) => filterValue[key]?.(e) === value);
		// Ranked like a search engine, by how often the words occur on the page, not by file order.
		const occurrences = (text: string) => wanted.reduce((sum, w) => sum + text.split(w).length - 1, 0);
		const results: PagefindResult[] = this.entries
			.map((e, i) => ({ e, text: this.texts[i]! }))
			.filter(({ e, text }) => kept(e) && wanted.every((w) => text.includes(w)))
			.sort((a, b) => occurrences(b.text) - occurrences(a.text))
			.map(({ e }, i) => ({
				id: e.id,
				score: 1 / (1 + i),
				data: async () => {
					this.fragments++;
					return { url: e.url, excerpt: e.summary, meta: { [ENTRY_META_KEY]: JSON.stringify(e) } };
				},
			}));
		return { results };
	}
}
