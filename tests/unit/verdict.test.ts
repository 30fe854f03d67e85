/**
 * The decision the search page shows: is the best candidate this error, or only
 * related? One test per rule of `judge` (src/lib/search/verdict.ts).
 */
import { describe, expect, it } from 'vitest';
import { indexedEntry as entry } from '../support/indexed-entry';
import { rankEntries } from '../../src/lib/search/rank';
import { judge } from '../../src/lib/search/verdict';
import { parseSignature } from '../../src/lib/traceback/signature';
import { evidenceHints } from '../../src/providers';

const hints = evidenceHints();
const openai = { provider: 'openai', runtimes: ['python', 'node'] as ('python' | 'node')[] };
const rateLimitClass = entry('rate-limit-class', { ...openai, scope: 'class', status: 429, exceptions: ['openai.RateLimitError', 'RateLimitError'] });
const quota = entry('quota', {
	...openai,
	status: 429,
	code: 'insufficient_quota',
	exceptions: ['openai.RateLimitError', 'RateLimitError'],
	messages: ['You exceeded your current quota, please check your plan and billing details.'],
});
const moduleMissing = entry('module-missing', {
	...openai,
	exceptions: ['ModuleNotFoundError'],
	genericExceptions: ['ModuleNotFoundError'],
	messages: ["No module named 'openai.error'"],
});
const all = [rateLimitClass, quota, moduleMissing];
const knownNames = all.flatMap((e) => e.exceptions);
const verdictOf = (paste: string) => {
	const sig = parseSignature(paste, { hints, knownNames });
	return judge(sig, rankEntries(all, sig)[0]);
};

describe('the verdict', () => {
	it('answers when the message is the entry\'s', () => {
		expect(verdictOf("openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.'}}")).toEqual({ answer: true, reason: 'answer' });
	});

	it('answers a bare class line with the class entry', () => {
		expect(verdictOf('openai.RateLimitError: Error code: 429')).toEqual({ answer: true, reason: 'answer' });
	});

	it('lists a status alone with its class entry first', () => {
		const sig = parseSignature('HTTP 429', { hints, knownNames });
		const ranked = rankEntries(all, sig);
		expect(ranked[0]!.entry.id).toBe('rate-limit-class');
		expect(judge(sig, ranked[0])).toEqual({ answer: true, reason: 'listed' });
	});

	it('claims nothing for another provider\'s paste', () => {
		expect(verdictOf("anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}").reason).toBe('other-provider');
	});

	it('claims nothing for a library no entry covers', () => {
		expect(verdictOf("groq.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for model llama', 'code': 'rate_limit_exceeded'}}").reason).toBe('foreign-library');
	});

	it('claims nothing when the status contradicts', () => {
		expect(verdictOf('openai.RateLimitError: Error code: 503 - overloaded').answer).toBe(false);
	});

	it('claims nothing for the language\'s own class with another message', () => {
		expect(verdictOf("Traceback (most recent call last):\n  File \"/a.py\", line 1\nModuleNotFoundError: No module named 'torch'").reason).toBe('no-agreement');
	});

	it('answers the language\'s own class when the entry\'s message is there', () => {
		expect(verdictOf("ModuleNotFoundError: No module named 'openai.error'").answer).toBe(true);
	});

	it('keeps a message entry as related when the paste\'s message is another', () => {
		const sig = parseSignature("openai.RateLimitError: Error code: 429 - {'error': {'message': 'Something the catalog does not know yet about limits.'}}", { hints, knownNames });
		expect(judge(sig, rankEntries([quota], sig)[0])).toEqual({ answer: false, reason: 'message-differs' });
		expect(judge(sig, rankEntries(all, sig)[0])).toEqual({ answer: true, reason: 'answer' });
	});

	it('lists a typed query without claiming an answer, and reports an empty list', () => {
		const sig = parseSignature('quota', { hints, knownNames });
		expect(judge(sig, rankEntries(all, sig)[0])).toEqual({ answer: true, reason: 'listed' });
		expect(judge(sig, undefined)).toEqual({ answer: false, reason: 'no-candidate' });
	});
});
