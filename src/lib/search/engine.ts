/**
 * The search: paste → signature → a few Pagefind queries → candidates → rerank
 * with the candidates' own metadata. The Pagefind API is passed in, so the
 * same code runs in the browser and against a built site in Node.
 */
import { parseSignature, type Signature, type ParseOptions } from '../traceback/signature';
import { ENTRY_META_KEY, parseIndexedEntry, type IndexedEntry } from './indexed-entry';
import { planQueries, type PlannedQuery } from './queries';
import { EVIDENCE_STRENGTH } from '../traceback/provider-evidence';
import { isContradicted, rankEntries, WEIGHTS, type Scored } from './rank';
import { judge, messageAgrees, type Verdict } from './verdict';

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

/**
 * Where the search finds its indexes: the whole site's, and (optionally) the
 * small index of one HTTP status's entries (src/lib/search/shards.ts).
 * Both load lazily, so a search that the shard answers never loads the whole index.
 */
export interface PagefindSource {
	all(): Promise<PagefindLike>;
	shard?(key: string): Promise<PagefindLike | undefined>;
}

export interface SearchOptions extends ParseOptions {
	/** Filters chosen by the reader (provider, status, severity), applied to every query. */
	filters?: Record<string, string>;
	/** How many candidates' metadata to load for reranking. */
	candidates?: number;
	/** Provider ids in registry order: breaks ties between equal candidates. */
	providerOrder?: readonly string[];
	/** The catalog's identifying phrases (search hints): a paste containing one is also searched for it. */
	phrases?: readonly string[];
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
	/** The queries that ran, in order, with the index each ran on. */
	queries: (PlannedQuery & { index: string })[];
	hits: SearchHit[];
	/** Whether the first hit is offered as the answer, and if not, why. */
	verdict: Verdict;
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

/** Candidates loaded by the first, cheapest query. */
const LEAD_CANDIDATES = 5;

/**
 * The query to try alone first: the one likeliest to find the page with a
 * single posting-list chunk, an API code or the rarest-looking message word.
 * A code read from an earlier exception of a chain belongs to that one, not to the error raised.
 */
export function leadQuery(plan: PlannedQuery[], signature: Signature): PlannedQuery | undefined {
	const code = signature.fieldsFromEarlier ? undefined : plan.find((q) => q.why === 'code');
	return code ?? plan.find((q) => q.why === 'message word') ?? plan[0];
}

/**
 * Sure enough to stop searching: the best candidate matches an informative
 * message template whole (or nearly), and nothing in the paste contradicts it.
 */
export function isConfident(best: Scored | undefined): boolean {
	if (!best || isContradicted(best)) return false;
	// A partial match (at most templatePartial) never settles it alone: the other queries may find the whole one.
	return (best.reasons.message ?? 0) > WEIGHTS.templatePartial;
}

/**
 * Sure enough that a status shard holds the answer. Besides an informative
 * template match, an entry that declares the raised exception settles it when
 * nothing outside the shard could beat it, which only a message could do:
 * when the paste has no message.
 */
export function settlesInShard(best: Scored | undefined, signature: Signature): boolean {
	if (signature.kind === 'query') return Boolean(best);
	if (isConfident(best)) return true;
	if (!best || isContradicted(best)) return false;
	// Only a status was given ("HTTP 429"): that status's class entry is the answer.
	if (!signature.message && !signature.exception && best.reasons.status && best.reasons.classEntry) return true;
	return Boolean(best.reasons.exception) && !signature.message;
}

interface Attempt {
	ranked: Scored[];
	data: Map<string, PagefindData>;
	confident: boolean;
}

/**
 * Searches one index progressively: the lead query alone, and only when that
 * does not settle it, the whole plan, fused. Each new word can cost a chunk
 * download, so a paste that the lead query answers costs one.
 */
async function searchIndex(
	pagefind: PagefindLike,
	label: string,
	plan: PlannedQuery[],
	signature: Signature,
	filters: Record<string, string>,
	candidates: number,
	log: SearchOutcome['queries'],
	providerOrder: readonly string[],
	providers: readonly string[],
	settles: (best: Scored | undefined) => boolean = isConfident,
): Promise<Attempt> {
	// One search per provider the paste names (Pagefind's filters take one value), merged as separate lists.
	const filterSets = providers.length ? providers.map((provider) => (provider === ANY_PROVIDER ? filters : { ...filters, provider })) : [filters];
	const loaded = new Map<string, Promise<PagefindData>>();
	const lists = new Map<string, PagefindResult[]>();
	const ran = new Set<string>();
	const run = async (query: PlannedQuery) => {
		ran.add(query.term);
		log.push({ ...query, index: label });
		await Promise.all(
			filterSets.map(async (set, i) => {
				const options = Object.keys(set).length ? { filters: set } : undefined;
				lists.set(`${i}:${query.term}`, (await pagefind.search(query.term, options))?.results ?? []);
			}),
		);
	};
	const idOf = new Map<string, string>();
	const rank = async (limit: number): Promise<Attempt> => {
		for (const c of fuse([...lists.values()]).slice(0, limit)) {
			if (!loaded.has(c.id)) loaded.set(c.id, c.data().then((d) => (idOf.set(d.url, c.id), d)));
		}
		// Everything loaded so far is reranked, so the lead query's finds stay in the running.
		const all = await Promise.all(loaded.values());
		const data = new Map<string, PagefindData>();
		const entries: IndexedEntry[] = [];
		for (const item of all) {
			const entry = parseIndexedEntry(item.meta[ENTRY_META_KEY]);
			if (!entry || data.has(entry.url)) continue;
			data.set(entry.url, item);
			entries.push(entry);
		}
		// Pagefind's order, which typed queries weigh: that of the last search set (the assumed provider's, for a typed
		// query that names none, so its pages keep the order they would have alone), then that of the others.
		const last = `${filterSets.length - 1}:`;
		const ordered = [
			...fuse([...lists].filter(([key]) => key.startsWith(last)).map(([, list]) => list)),
			...fuse([...lists].filter(([key]) => !key.startsWith(last)).map(([, list]) => list)),
		];
		const order = new Map<string, number>();
		for (const r of ordered) if (!order.has(r.id)) order.set(r.id, order.size);
		const position = (entry: IndexedEntry) => order.get(idOf.get(entry.url) ?? '') ?? order.size;
		const byRetrieval = entries.map((entry, i) => ({ entry, i })).sort((a, b) => position(a.entry) - position(b.entry) || a.i - b.i).map((x) => x.entry);
		const ranked = rankEntries(byRetrieval, signature, providerOrder);
		return { ranked, data, confident: settles(ranked[0]) };
	};

	// A typed query lists a topic: every query runs, none alone can settle it.
	const lead = signature.kind === 'paste' ? leadQuery(plan, signature) : undefined;
	if (lead && plan.length > 1) {
		await run(lead);
		const first = await rank(Math.min(candidates, LEAD_CANDIDATES));
		if (first.confident) return first;
	}
	await Promise.all(plan.filter((q) => !ran.has(q.term)).map(run));
	return rank(candidates);
}

/** The shard of errors raised without an HTTP response (src/lib/search/shards.ts). */
const NO_RESPONSE_SHARD = 'client-side';

type ShardChoice = { key: string; chosenBy: 'status' | 'no-response' };

/**
 * The status shard to search first: the status the paste names, else, for a
 * paste that shows an exception but nothing of a response (no status, no body
 * fields), the errors raised without one. A shard holds each entry's summary
 * only (src/lib/search/shards.ts), so a status the reader filtered on is
 * searched among every entry, with the filter, over the whole text.
 */
function shardFor(signature: Signature, filters: Record<string, string>): ShardChoice | undefined {
	if (filters.status) return undefined;
	if (signature.status !== undefined && !signature.fieldsFromEarlier) return { key: String(signature.status), chosenBy: 'status' };
	const responseSeen = signature.type ?? signature.code ?? signature.apiStatus;
	if (signature.kind === 'paste' && signature.exception && !responseSeen) return { key: NO_RESPONSE_SHARD, chosenBy: 'no-response' };
	return undefined;
}

/**
 * Settled in the shard chosen for its kind of failure: by the status rules, or
 * for the no-response shard, when the best entry there declares the raised
 * class and the paste's message (if any) is one of its own. Anything less falls
 * back to every entry, where an entry with a status may explain the message.
 */
function settles(choice: ShardChoice, best: Scored | undefined, signature: Signature): boolean {
	if (choice.chosenBy === 'status') return settlesInShard(best, signature);
	if (isConfident(best)) return true;
	if (!best?.reasons.exception || !judge(signature, best).answer) return false;
	return !signature.message || messageAgrees(best);
}

/** A search over every provider's entries, next to provider-filtered ones. */
const ANY_PROVIDER = '';

/** Evidence this strong (an SDK's module or path, a wrapper's tag, a provider-only body type) settles the provider. */
const SETTLING_EVIDENCE = EVIDENCE_STRENGTH.body;

/**
 * A paste that names its provider beyond doubt is searched among that
 * provider's entries only (or those of the providers sharing its SDK), so
 * other providers' pages with the same class names do not crowd its own out
 * of the candidates. A reader's own provider filter wins.
 */
function providersToSearch(filters: Record<string, string>, signature: Signature, providerOrder: readonly string[]): string[] {
	const reading = signature.provider;
	if (filters.provider) return [];
	// A typed query that names no provider is read as one about the first provider (rank.ts):
	// its entries must be among the candidates, whatever else the words find.
	if (signature.kind === 'query') return reading ? [ANY_PROVIDER, ...reading.ids] : providerOrder[0] ? [ANY_PROVIDER, providerOrder[0]] : [];
	if (!reading) return [];
	const strongest = Math.max(...reading.evidence.map((e) => EVIDENCE_STRENGTH[e.kind]));
	return strongest >= SETTLING_EVIDENCE ? reading.ids : [];
}

/** Candidates loaded for reranking: a typed query lists more of them. */
const CANDIDATES = { paste: 8, query: 16 } as const;

export async function searchErrors(
	source: PagefindLike | PagefindSource,
	paste: string,
	options: SearchOptions = {},
): Promise<SearchOutcome> {
	const indexes: PagefindSource = 'search' in source ? { all: async () => source } : source;
	const signature = parseSignature(paste, options);
	const plan = planQueries(signature, options.phrases);
	const filters = options.filters ?? {};
	const candidates = options.candidates ?? CANDIDATES[signature.kind];
	const providerOrder = options.providerOrder ?? [];
	const providers = providersToSearch(filters, signature, providerOrder);
	const queries: SearchOutcome['queries'] = [];

	let attempt: Attempt | undefined;
	const chosen = shardFor(signature, filters);
	const shard = chosen && indexes.shard ? await indexes.shard(chosen.key).catch(() => undefined) : undefined;
	if (chosen && shard) {
		attempt = await searchIndex(shard, `status ${chosen.key}`, plan, signature, filters, candidates, queries, providerOrder, providers, (best) =>
			settles(chosen, best, signature),
		);
	}
	// The shard settles it only when it is sure (`settles`).
	if (!attempt?.confident) {
		attempt = await searchIndex(await indexes.all(), 'all', plan, signature, filters, candidates, queries, providerOrder, providers);
	}
	const { ranked, data } = attempt;
	return {
		signature,
		queries,
		verdict: judge(signature, ranked[0]),
		hits: ranked.map((r) => ({
			url: r.entry.url,
			excerpt: data.get(r.entry.url)!.excerpt,
			entry: r.entry,
			score: r.score,
			reasons: r.reasons,
		})),
	};
}
