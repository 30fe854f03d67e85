/**
 * The search over every real entry, through the in-memory index, with the
 * registry's hints and the catalog's known names: as the browser runs it, minus Pagefind.
 */
import { readAllEntries } from '../../scripts/lib/entries';
import { searchErrors } from '../../src/lib/search/engine';
import { searchHints } from '../../src/lib/search/hints';
import { toIndexedEntry } from '../../src/lib/search/indexed-entry';
import { entryUrl } from '../../src/lib/content/rules';
import { sdkById } from '../../src/providers';
import { searchOptionsFor } from '../../src/scripts/search-context';
import { FakeIndex } from './fake-pagefind';

export const { entries } = readAllEntries();
const index = new FakeIndex(entries.map((e) => toIndexedEntry(e.id, entryUrl(e.data.provider, e.id), e.data, (origin) => sdkById(origin)?.runtime)));

export const searchOptions = searchOptionsFor(searchHints(entries.map((e) => e.data)));

/** The first hit, whether it is offered as the answer, and the first three ids. */
export async function answer(paste: string) {
	const outcome = await searchErrors(index, paste, searchOptions);
	return {
		first: outcome.hits[0]?.entry.id,
		answered: outcome.verdict.answer,
		reason: outcome.verdict.reason,
		top: outcome.hits.slice(0, 3).map((h) => h.entry.id),
	};
}
