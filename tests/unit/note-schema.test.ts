import { describe, expect, it } from 'vitest';
import { NoteSchema } from '../../src/schemas/note';

const valid = { entry: 'openai-429-insufficient-quota', author: 'octocat', date: '2024-03-02', appliesTo: ['openai (Python) 1.12'] };

describe('note schema', () => {
	it('accepts a complete note', () => {
		expect(NoteSchema.safeParse(valid).success).toBe(true);
	});

	it.each([
		['entry', { entry: 'Not An Id' }],
		['author', { author: '@octocat' }],
		['date', { date: 'yesterday' }],
		['appliesTo', { appliesTo: [] }],
		['source', { source: 'javascript:alert(1)' }],
	])('rejects a bad %s', (field, change) => {
		const result = NoteSchema.safeParse({ ...valid, ...change });
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]!.path[0]).toBe(field);
	});

	it('rejects unknown fields', () => {
		expect(NoteSchema.safeParse({ ...valid, html: '<b>x</b>' }).success).toBe(false);
	});
});
