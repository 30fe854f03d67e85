/**
 * Every id of a live provider's shared catalog must have an entry, and every
 * entry must be valid: schema and collection rules. A provider is live once it
 * has an entry; it goes live with its whole catalog, and when a catalog gains an
 * id this test fails until the entry is written.
 */
import { describe, expect, it } from 'vitest';
import { readAllEntries } from '../../scripts/lib/entries';
import { readCatalogIds } from '../../scripts/lib/catalog';
import { formatProblems } from '../../src/lib/content/rules';
import { PROVIDERS } from '../../src/providers';

const { entries, problems } = readAllEntries();
const live = PROVIDERS.filter((p) => p.catalog && entries.some((e) => e.data.provider === p.id));
const catalogs = [...new Set(live.map((p) => p.catalog!))];

describe('content', () => {
	it('has no invalid entry', () => {
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	it('gives every entry at least two related entries, so a reader on the wrong page finds the right one', () => {
		expect(entries.filter((e) => e.data.related.length < 2).map((e) => e.id)).toEqual([]);
	});

	it('has at least one live provider with a catalog', () => {
		expect(catalogs.length).toBeGreaterThan(0);
	});

	it.each(catalogs)('has an entry for every id of the shared catalog %s', (file) => {
		const ids = readCatalogIds(file);
		if (!ids) return; // ../shared is not beside this clone
		expect(ids.length).toBeGreaterThan(20);
		const have = new Set(entries.map((e) => e.id));
		expect(ids.filter((id) => !have.has(id))).toEqual([]);
	});
});
