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
	])('explains what is wrong with %s', (field, message) => {
		const problem = problems.find((p) => p.field === field);
		expect(problem, `no problem reported for ${field}; got ${fields.join(', ')}`).toBeDefined();
		expect(problem!.message).toMatch(message);
	});
});
