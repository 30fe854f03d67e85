/**
 * Reranking is driven by what entries declare. These entries are made up for
 * the test; their shapes follow the real ones.
 */
import { describe, expect, it } from 'vitest';
import { indexedEntry as entry } from '../support/indexed-entry';
import { rankEntries } from '../../src/lib/search/rank';
import { parseSignature } from '../../src/lib/traceback/signature';
import { matchesTemplate, templateCoverage } from '../../src/lib/search/template';

const classEntry = entry('rate-limit-class', { scope: 'class', status: 429, exceptions: ['openai.RateLimitError', 'RateLimitError'] });
const quota = entry('quota', {
	status: 429,
	code: 'insufficient_quota',
	type: 'insufficient_quota',
	exceptions: ['openai.RateLimitError', 'RateLimitError'],
	messages: ['You exceeded your current quota, please check your plan and billing details.'],
});
const rateLimit = entry('rate-limit-reached', {
	status: 429,
	code: 'rate_limit_exceeded',
	exceptions: ['openai.RateLimitError', 'RateLimitError'],
	messages: ['Rate limit reached for {model} in organization {org_id} on tokens per min (TPM): Limit {n}, Used {n}, Requested {n}.'],
});
const connection = entry('connection', { exceptions: ['openai.APIConnectionError', 'APIConnectionError'], messages: ['Connection error.'] });
const nodeFetch = entry('node-fetch', { exceptions: ['APIConnectionError'], messages: ['fetch failed'], runtimes: ['node'] });
const all = [classEntry, quota, rateLimit, connection, nodeFetch];
const top = (paste: string) => rankEntries(all, parseSignature(paste))[0]!.entry.id;

describe('template matching', () => {
	it('fills placeholders with anything', () => {
		expect(matchesTemplate(rateLimit.messages[0]!, 'Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 1, Used 1, Requested 5.')).toBe(true);
	});

	it('measures how much of a cut-off message matches', () => {
		expect(templateCoverage(quota.messages[0]!, 'You exceeded your current quota, please check')).toBeGreaterThan(0.5);
	});
});

describe('ranking', () => {
	it('puts the entry whose template matches the message first', () => {
		expect(top("openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'code': 'insufficient_quota'}}")).toBe('quota');
	});

	it('tells two messages of one class apart', () => {
		expect(top('RateLimitError: 429 Rate limit reached for gpt-4o in organization org-abcdefgh1234 on tokens per min (TPM): Limit 10, Used 10, Requested 4.')).toBe('rate-limit-reached');
	});

	it('uses the API code when the message is missing', () => {
		expect(top("openai.RateLimitError: Error code: 429 - {'error': {'code': 'insufficient_quota'}}")).toBe('quota');
	});

	it('answers a bare class and status with the class-level entry', () => {
		expect(top('job failed after 3 attempts: RateLimitError (status=429)')).toBe('rate-limit-class');
	});

	it('prefers the runtime-specific entry that also explains the cause', () => {
		expect(top('APIConnectionError: Connection error.\n    at OpenAI.makeRequest (file:///a/client.mjs:1:1) {\n  cause: TypeError: fetch failed\n      at node:internal/deps/undici/undici:1:1\n}')).toBe('node-fetch');
	});

	it('keeps the general entry for the same error from Python', () => {
		expect(top('Traceback (most recent call last):\n  File "/a.py", line 1, in <module>\nopenai.APIConnectionError: Connection error.')).toBe('connection');
	});

	it('demotes entries whose status contradicts the paste', () => {
		const withStatus = entry('other-status', { status: 400, messages: ['You exceeded your current quota, please check your plan and billing details.'] });
		const ranked = rankEntries([withStatus, quota], parseSignature("Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.'}}"));
		expect(ranked[0]!.entry.id).toBe('quota');
	});

	it('matches a person\'s own words against titles and codes', () => {
		expect(top('getting insufficient quota 429 even though I paid')).toBe('quota');
	});
});
