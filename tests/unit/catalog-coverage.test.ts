/**
 * Every id the shared catalog lists must have an entry, and every entry must
 * be valid: schema and collection rules.
 */
import { describe, expect, it } from 'vitest';
import { readAllEntries } from '../../scripts/lib/entries';
import { readCatalogIds } from '../../scripts/lib/catalog';
import { formatProblems } from '../../src/lib/content/rules';

describe('content', () => {
	const { entries, problems } = readAllEntries();
	const catalog = readCatalogIds();

	it('has no invalid entry', () => {
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	it.skipIf(!catalog)('has an entry for every id of the shared OpenAI catalog', () => {
		expect(catalog!.length).toBeGreaterThan(50);
		const have = new Set(entries.map((e) => e.id));
		expect(catalog!.filter((id) => !have.has(id))).toEqual([]);
	});
});
