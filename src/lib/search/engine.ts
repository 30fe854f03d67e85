/**
 * The search: paste → signature → a few Pagefind queries → candidates → rerank
 * with the candidates' own metadata. The Pagefind API is passed in, so the
 * same code runs in the browser and against a built site in Node.
 */
import { parseSignature, type Signature, type ParseOptions } from '../traceback/signature';
import { ENTRY_META_KEY, parseIndexedEntry, type IndexedEntry } from './indexed-entry';
import { planQueries, type PlannedQuery } from './queries';
import { rankEntries, type Scored } from './rank';

/** The part of Pagefind's JS API the search uses. */
export interface PagefindLike {
	search(
		term: string | null,
		options?: { filters?: Record<string, string | string[]> },
	): Promise<{ results: PagefindResult[] } | null>;
}
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}
export interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters?: Record<string, string[]>;
}

export interface SearchOptions extends ParseOptions {
	/** Filters chosen by the reader (provider, status, severity), applied to every query. */
	filters?: Record<string, string>;
	/** How many candidates' metadata to load for reranking. */
	candidates?: number;
}

export interface SearchHit {
	url: string;
	excerpt: string;
	entry: IndexedEntry;
	score: number;
	reasons: Record<string, number>;
}

export interface SearchOutcome {
	signature: Signature;
	queries: PlannedQuery[];
	hits: SearchHit[];
}

/** Reciprocal-rank fusion: a page found by several queries, high in each, comes first. */
function fuse(lists: PagefindResult[][]): PagefindResult[] {
	const fused = new Map<string, { result: PagefindResult; score: number }>();
	for (const list of lists) {
		list.slice(0, 20).forEach((result, rank) => {
			const current = fused.get(result.id) ?? { result, score: 0 };
			current.score += 1 / (3 + rank);
			fused.set(result.id, current);
		});
	}
	return [...fused.values()].sort((a, b) => b.score - a.score).map((f) => f.result);
}

export async function searchErrors(pagefind: PagefindLike, paste: string, options: SearchOptions = {}): Promise<SearchOutcome> {
	const signature = parseSignature(paste, options);
	const queries = planQueries(signature);
	const lists = await Promise.all(
		queries.map(async (q) => {
			const filters = options.filters ?? {};
			const response = await pagefind.search(q.term, Object.keys(filters).length ? { filters } : undefined);
			return response?.results ?? [];
		}),
	);
	const candidates = fuse(lists).slice(0, options.candidates ?? 8);
	const loaded = await Promise.all(candidates.map((c) => c.data()));
	const byUrl = new Map<string, PagefindData>();
	const entries: IndexedEntry[] = [];
	for (const data of loaded) {
		const entry = parseIndexedEntry(data.meta[ENTRY_META_KEY]);
		if (!entry || byUrl.has(entry.url)) continue;
		byUrl.set(entry.url, data);
		entries.push(entry);
	}
	const ranked: Scored[] = rankEntries(entries, signature);
	return {
		signature,
		queries,
		hits: ranked.map((r) => ({
			url: r.entry.url,
			excerpt: byUrl.get(r.entry.url)!.excerpt,
			entry: r.entry,
			score: r.score,
			reasons: r.reasons,
		})),
	};
}
