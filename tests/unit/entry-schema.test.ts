import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readEntry } from '../../scripts/lib/entries';

const broken = fileURLToPath(new URL('../fixtures/broken-entries/openai/broken-entry.mdx', import.meta.url));

describe('entry schema', () => {
	const { entry, problems } = readEntry(broken);
	const fields = problems.map((p) => p.field);

	it('rejects a broken entry', () => {
		expect(entry).toBeUndefined();
	});

	it('names the file in every problem', () => {
		expect(problems.every((p) => p.file.endsWith('tests/fixtures/broken-entries/openai/broken-entry.mdx'))).toBe(true);
	});

	it.each([
		['severity', /low, medium, high, critical/],
		['retry', /no, yes, backoff/],
		['status', /599|less than or equal/i],
		['timeToFix', /2-5 min/],
		['verified', /month like 2026-11/],
		['verifyUrl', /http\(s\) URL/],
		['causes', /at least one cause/],
		['sources', /official source/],
		['meaning', /too short/],
		['exceptions.0.name', /class name/],
		['compatibility.0.runtime', /must not state a Python or Node version by hand/],
	])('explains what is wrong with %s', (field, message) => {
		const problem = problems.find((p) => p.field === field);
		expect(problem, `no problem reported for ${field}; got ${fields.join(', ')}`).toBeDefined();
		expect(problem!.message).toMatch(message);
	});
});

describe('a broken Anthropic entry', () => {
	const file = fileURLToPath(new URL('../fixtures/broken-entries/anthropic/broken-entry.mdx', import.meta.url));
	const { entry, problems } = readEntry(file);
	const fields = problems.map((p) => p.field);

	it('is rejected, and every problem names the file', () => {
		expect(entry).toBeUndefined();
		expect(problems.every((p) => p.file.endsWith('tests/fixtures/broken-entries/anthropic/broken-entry.mdx'))).toBe(true);
	});

	it.each([
		['status', /599|less than or equal/i],
		['retry', /no, yes, backoff/],
		['quickFix', /quick fix/],
		['verifyUrl', /http\(s\) URL/],
	])('explains what is wrong with %s', (field, message) => {
		const problem = problems.find((p) => p.field === field);
		expect(problem, `no problem reported for ${field}; got ${fields.join(', ')}`).toBeDefined();
		expect(problem!.message).toMatch(message);
	});

	it('names an SDK of another provider as the problem', () => {
		const other = readEntry(fileURLToPath(new URL('../fixtures/broken-entries/anthropic/wrong-sdk.mdx', import.meta.url)));
		expect(other.entry).toBeUndefined();
		expect(other.problems).toEqual([
			expect.objectContaining({ field: 'exceptions.0.origin', message: expect.stringMatching(/openai-python is an SDK of .*not of anthropic/) }),
		]);
	});
});

describe('a broken Gemini entry', () => {
	const file = fileURLToPath(new URL('../fixtures/broken-entries/gemini/broken-entry.mdx', import.meta.url));
	const { entry, problems } = readEntry(file);
	const fields = problems.map((p) => p.field);

	it('is rejected, and every problem names the file', () => {
		expect(entry).toBeUndefined();
		expect(problems.every((p) => p.file.endsWith('tests/fixtures/broken-entries/gemini/broken-entry.mdx'))).toBe(true);
	});

	it.each([
		['status', /integer|int/i],
		['severity', /low, medium, high, critical/],
		['verified', /month like 2026-11/],
		['examplesNote', /what the fix changed/],
	])('explains what is wrong with %s', (field, message) => {
		const problem = problems.find((p) => p.field === field);
		expect(problem, `no problem reported for ${field}; got ${fields.join(', ')}`).toBeDefined();
		expect(problem!.message).toMatch(message);
	});

	it('names an SDK of another provider as the problem', () => {
		const other = readEntry(fileURLToPath(new URL('../fixtures/broken-entries/gemini/wrong-sdk.mdx', import.meta.url)));
		expect(other.entry).toBeUndefined();
		expect(other.problems).toEqual([
			expect.objectContaining({ field: 'exceptions.0.origin', message: expect.stringMatching(/anthropic-python is an SDK of anthropic, not of gemini/) }),
		]);
	});
});
