/**
 * The search over status shards, against an in-memory stand-in for Pagefind
 * (tests/support/fake-pagefind.ts) that counts what a browser would download.
 */
import { describe, expect, it } from 'vitest';
import { indexedEntry as entry } from '../support/indexed-entry';
import { leadQuery, searchErrors, type PagefindSource } from '../../src/lib/search/engine';
import type { IndexedEntry } from '../../src/lib/search/indexed-entry';
import { FakeIndex } from '../support/fake-pagefind';
import { planQueries } from '../../src/lib/search/queries';
import { parseSignature } from '../../src/lib/traceback/signature';
import { shardKeyOf, shardLanguage, shardRecord, shardUrl, withLanguage } from '../../src/lib/search/shards';
import { ENTRY_META_KEY, parseIndexedEntry } from '../../src/lib/search/indexed-entry';

const rateLimitClass = entry('rate-limit-class', { scope: 'class', status: 429, exceptions: ['openai.RateLimitError', 'RateLimitError'] });
const quota = entry('quota', {
	status: 429,
	code: 'insufficient_quota',
	type: 'insufficient_quota',
	exceptions: ['openai.RateLimitError', 'RateLimitError'],
	messages: ['You exceeded your current quota, please check your plan and billing details.'],
});
const overloaded = entry('overloaded', {
	status: 503,
	exceptions: ['openai.InternalServerError', 'openai.error.RateLimitError'],
	messages: ['That model is currently overloaded with other requests. You can retry your request, or contact us through our help center.'],
});
const connection = entry('connection', {
	scope: 'class',
	exceptions: ['openai.APIConnectionError', 'APIConnectionError'],
	messages: ['Connection error.'],
});
const ENTRIES = [rateLimitClass, quota, overloaded, connection];

/** All entries, and one shard per status, each opened only when asked for. */
function sharded() {
	const opened: string[] = [];
	const indexes = new Map<string, FakeIndex>();
	const open = (key: string, entries: IndexedEntry[]) => {
		opened.push(key);
		if (!indexes.has(key)) indexes.set(key, new FakeIndex(entries));
		return indexes.get(key)!;
	};
	const source: PagefindSource = {
		all: async () => open('all', ENTRIES),
		shard: async (key) => {
			const members = ENTRIES.filter((e) => String(e.status ?? 'client-side') === key);
			return members.length ? open(key, members) : undefined;
		},
	};
	return { source, opened, index: (key: string) => indexes.get(key) };
}

const quotaPaste =
	"openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}";

describe('search over status shards', () => {
	it('answers a paste that names its status from that shard alone, with one query', async () => {
		const { source, opened, index } = sharded();
		const outcome = await searchErrors(source, quotaPaste);
		expect(outcome.hits[0]?.entry.id).toBe('quota');
		expect(opened).toEqual(['429']);
		expect(index('429')!.queries).toHaveLength(1);
		expect(outcome.queries.map((q) => q.index)).toEqual(['status 429']);
	});

	it('falls back to all entries when the shard is not sure', async () => {
		const { source, opened } = sharded();
		const paste =
			'openai.RateLimitError: Error code: 429 - That model is currently overloaded with other requests. You can retry your request, or contact us through our help center.';
		const outcome = await searchErrors(source, paste);
		expect(opened).toEqual(['429', 'all']);
		expect(outcome.hits[0]?.entry.id).toBe('overloaded');
	});

	it('answers an exception with no sign of a response from the shard of errors raised without one', async () => {
		const { source, opened } = sharded();
		const outcome = await searchErrors(source, 'openai.APIConnectionError: Connection error.');
		expect(opened).toEqual(['client-side']);
		expect(outcome.hits[0]?.entry.id).toBe('connection');
	});

	it('falls back to all entries when a paste that prints no status has a response\'s message', async () => {
		const { source, opened } = sharded();
		const outcome = await searchErrors(source, 'openai.error.RateLimitError: You exceeded your current quota, please check your plan and billing details.');
		expect(opened).toEqual(['client-side', 'all']);
		expect(outcome.hits[0]?.entry.id).toBe('quota');
	});

	it('searches every entry of a status the reader filtered on, not its summary-only shard', async () => {
		const { source, opened } = sharded();
		const outcome = await searchErrors(source, 'exceeded quota billing', { filters: { status: '429' } });
		expect(opened).toEqual(['all']);
		expect(outcome.hits.map((h) => h.entry.id)).toEqual(['quota']);
		const other = await searchErrors(source, 'retry your request overloaded', { filters: { status: '429' } });
		expect(other.hits.every((h) => h.entry.status === 429)).toBe(true);
	});

	it('searches the one index of a plain Pagefind, as before shards', async () => {
		const index = new FakeIndex(ENTRIES);
		const outcome = await searchErrors(index, quotaPaste);
		expect(outcome.hits[0]?.entry.id).toBe('quota');
		expect(outcome.queries.every((q) => q.index === 'all')).toBe(true);
	});

	it('loads at most five candidates when the first query settles it', async () => {
		const many = Array.from({ length: 12 }, (_, i) => entry(`quota-${i}`, { ...quota, id: `quota-${i}`, url: `/q/${i}/` }));
		const index = new FakeIndex([...many, quota]);
		await searchErrors(index, quotaPaste);
		expect(index.queries).toHaveLength(1);
		expect(index.fragments).toBeLessThanOrEqual(5);
	});
});

describe('the first query', () => {
	it('is the API code of the error raised', () => {
		const signature = parseSignature(quotaPaste);
		expect(leadQuery(planQueries(signature), signature)?.term).toBe('insufficient_quota');
	});

	it('is a message word, not a code read from an earlier exception of a chain', () => {
		const signature = parseSignature(
			[
				"openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached', 'type': 'requests', 'code': 'rate_limit_exceeded'}}",
				'',
				'During handling of the above exception, another exception occurred:',
				'',
				'Traceback (most recent call last):',
				'  File "/app/retry.py", line 3, in <module>',
				"AttributeError: module 'openai' has no attribute 'error'",
			].join('\n'),
		);
		expect(signature.fieldsFromEarlier).toBe(true);
		expect(leadQuery(planQueries(signature), signature)?.why).toBe('message word');
	});
});

describe('a status alone', () => {
	it('searches its shard for the status and puts the class entry first', async () => {
		const { source, opened } = sharded();
		for (const typed of ['429', 'HTTP 429']) {
			const outcome = await searchErrors(source, typed);
			expect(outcome.queries.map((q) => q.why)).toEqual(['status']);
			expect(opened.at(-1)).toBe('429');
			expect(outcome.hits[0]?.entry.id).toBe('rate-limit-class');
		}
	});
});

describe('shard naming', () => {
	it('names a shard by status, and nothing else', () => {
		expect(shardLanguage('429')).toBe('en-x-s429');
		expect(shardLanguage('client-side')).toBe('en-x-client');
		for (const junk of ['../etc', '4290', 'en', '<script>', '']) expect(shardLanguage(junk)).toBeUndefined();
	});

	it('files an entry under its status, or with the errors raised without a response, and retags a page language', () => {
		expect(shardKeyOf(quota)).toBe('429');
		expect(shardKeyOf(connection)).toBe('client-side');
		const html = '<html lang="en" data-theme="auto"><body><span hidden data-pagefind-filter="status">429</span></body></html>';
		expect(withLanguage(html, 'en-x-s429')).toContain('<html lang="en-x-s429" data-theme="auto">');
		expect(shardUrl('/openai/x/', '429')).toBe('/openai/x/#en-x-s429');
	});

	it("indexes in a shard what a paste is matched on, with the page's metadata and filters", () => {
		const record = shardRecord(quota);
		expect(record.language).toBe('en-x-s429');
		expect(record.url).toBe(shardUrl(quota.url, '429'));
		for (const words of [quota.title, 'openai.RateLimitError', 'insufficient_quota', '429', quota.messages[0]!]) expect(record.content).toContain(words);
		// The one-line cause and fix are the page's body text, searched in the index of every entry.
		expect(record.content).not.toContain(quota.summary);
		expect(parseIndexedEntry(record.meta[ENTRY_META_KEY])).toEqual(quota);
		expect(record.filters).toEqual({ provider: [quota.provider], status: ['429'], severity: [quota.severity], scope: [quota.scope] });
		expect(shardRecord(connection).filters.status).toEqual(['client-side']);
		expect(() => shardRecord({ ...quota, status: 999 })).toThrow(/999/);
	});
});
