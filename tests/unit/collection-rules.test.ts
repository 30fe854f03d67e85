import { describe, expect, it } from 'vitest';
import { checkCollection, type CheckedEntry } from '../../src/lib/content/rules';

function entry(id: string, overrides: Partial<CheckedEntry['data']> = {}, file = `content/errors/openai/${id}.mdx`): CheckedEntry {
	return {
		id,
		file,
		data: { provider: 'openai', related: [], aliases: [], messages: [], causes: [{ id: 'one' }], ...overrides },
	};
}

describe('collection rules', () => {
	it('accepts a consistent collection', () => {
		expect(checkCollection([entry('a', { related: ['b'] }), entry('b', { related: ['a'] })])).toEqual([]);
	});

	it('rejects a related id that is not an entry', () => {
		const [problem] = checkCollection([entry('a', { related: ['missing'] })]);
		expect(problem).toMatchObject({ file: 'content/errors/openai/a.mdx', field: 'related' });
		expect(problem!.message).toContain('"missing"');
	});

	it('rejects two entries claiming the same message template, ignoring spacing and case', () => {
		const problems = checkCollection([
			entry('a', { messages: [{ text: 'Rate limit reached for {model}.' }] }),
			entry('b', { messages: [{ text: 'rate limit  reached for {model}.' }] }),
		]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/errors/openai/b.mdx', field: 'messages' });
		expect(problems[0]!.message).toContain('"a"');
	});

	it('rejects a duplicate id', () => {
		const problems = checkCollection([entry('a'), entry('a', {}, 'content/errors/azure-openai/a.mdx')]);
		expect(problems.some((p) => p.field === 'id')).toBe(true);
	});

	it('rejects a provider that does not match the folder', () => {
		const [problem] = checkCollection([entry('a', { provider: 'azure-openai' })]);
		expect(problem).toMatchObject({ field: 'provider' });
	});

	it('rejects an alias that is another entry\'s URL', () => {
		const problems = checkCollection([entry('a', { aliases: ['/openai/b/'] }), entry('b')]);
		expect(problems[0]).toMatchObject({ file: 'content/errors/openai/a.mdx', field: 'aliases' });
	});

	it('rejects two causes with one anchor', () => {
		const [problem] = checkCollection([entry('a', { causes: [{ id: 'x' }, { id: 'x' }] })]);
		expect(problem).toMatchObject({ field: 'causes' });
	});
});
