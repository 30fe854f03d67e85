/**
 * Status shards. Pagefind's first search loads the page list of the index it
 * searches (about 6 bytes a page: 60 KB at 10,000 pages) and one posting-list
 * chunk per word. So each HTTP status's entry pages are also indexed as a small
 * index of their own, and a paste that names its status searches that first.
 *
 * The indexes are Pagefind languages of one bundle, private-use subtags of the
 * site's language: `en-x-all` (every entry), `en-x-s429`, `en-x-client`. They
 * share the bundle's code and WebAssembly, which the browser then loads once.
 * Pagefind opens the document's language (`en`) first whatever it is asked, so
 * `en` itself holds a single placeholder record, and the index wanted is merged in.
 *
 * A shard holds what a paste is matched on, not the whole page: an entry's title,
 * exception names, API error fields and exact messages (the page's summary box).
 * Indexing whole pages twice doubled the index's size on disk and the indexer's
 * memory; a search over a status's full text runs on every entry with a filter.
 */
import { ENTRY_META_KEY, searchFilters, type IndexedEntry } from './indexed-entry';
import { statusKey } from '../format';

/** The site's language: the tiny index Pagefind opens first. */
export const SITE_LANGUAGE = 'en';

/** The index of every entry. */
export const ALL_LANGUAGE = `${SITE_LANGUAGE}-x-all`;

/** The one record of the site-language index: a word no paste contains. */
export const PLACEHOLDER_RECORD = { url: '/search/', content: 'errorsatlasplaceholder', language: SITE_LANGUAGE } as const;

/** A shard key is a status filter value: an HTTP status, or `client-side`. */
const SHARD_KEY = /^(?:[1-5]\d\d|client-side)$/;

export function isShardKey(key: string): boolean {
	return SHARD_KEY.test(key);
}

/** The Pagefind language of a shard, or undefined for a value that is not a shard key. */
export function shardLanguage(key: string): string | undefined {
	if (!isShardKey(key)) return undefined;
	return `${SITE_LANGUAGE}-x-${key === 'client-side' ? 'client' : `s${key}`}`;
}

/** An entry's shard key: the status filter value its page declares to Pagefind. */
export function shardKeyOf(entry: Pick<IndexedEntry, 'status'>): string {
	return statusKey(entry.status);
}

/** The words of an entry a shard indexes: those of its page's title and summary box. */
export function shardText(entry: IndexedEntry): string {
	const fields = [entry.status, entry.type, entry.code, entry.param].filter((value) => value !== null && value !== undefined).map(String);
	return [entry.title, ...entry.exceptions, ...fields, ...entry.messages].join('\n');
}

/**
 * An entry's record in its status shard, for Pagefind's addCustomRecord: the
 * shard's words, the metadata the reranker reads, and the page's filters.
 */
export function shardRecord(entry: IndexedEntry) {
	const key = shardKeyOf(entry);
	const language = shardLanguage(key);
	if (!language) throw new Error(`${entry.url}: status ${key} has no status shard`);
	return {
		url: shardUrl(entry.url, key),
		content: shardText(entry),
		language,
		meta: { title: entry.title, [ENTRY_META_KEY]: JSON.stringify(entry) },
		filters: Object.fromEntries(Object.entries(searchFilters(entry)).map(([name, value]) => [name, [value]])),
	};
}

/** The page's HTML tagged with another language, so Pagefind files it in that index. */
export function withLanguage(html: string, language: string): string {
	return html.replace(/<html([^>]*?)\slang="[^"]*"/, `<html$1 lang="${language}"`);
}

/**
 * The URL a page is indexed under in its shard. Pagefind keeps one record per
 * URL, so the shard's copy needs its own; the search reads an entry's real URL
 * from its metadata, never this one.
 */
export function shardUrl(url: string, key: string): string {
	return `${url}#${shardLanguage(key)}`;
}
