/**
 * The 404 page's "Perhaps you meant": the words of the missing path (an old or
 * mistyped entry URL) searched as a typed query, the closest entries listed.
 * Nothing is shown when the search finds nothing or cannot load.
 */
import { searchErrors } from '../lib/search/engine';
import { el } from './dom';
import { pagefindSource } from './pagefind-source';
import { searchContext } from './search-context';

const SHOWN = 5;

export async function suggestForMissingPage(terms: string): Promise<void> {
	const section = document.querySelector<HTMLElement>('[data-suggestions]');
	const list = section?.querySelector('[data-suggestion-list]');
	if (!section || !list || !terms.trim()) return;
	try {
		const { hits } = await searchErrors(pagefindSource, terms, (await searchContext()).options);
		if (hits.length === 0) return;
		list.replaceChildren(
			...hits.slice(0, SHOWN).map((hit) => {
				const item = el('li');
				item.append(el('a', hit.entry.title, { href: hit.url, 'data-suggestion': hit.entry.id }));
				return item;
			}),
		);
		section.hidden = false;
	} catch {
		// The search box above still works; suggestions are a convenience.
	}
}
