/**
 * The search's options in the browser: the catalog's hints (`/search-hints.json`,
 * fetched once) and the provider registry's evidence hints. Shared by the search
 * page and the header's suggestions.
 */
import type { SearchOptions } from '../lib/search/engine';
import type { SearchHints } from '../lib/search/hints';
import { evidenceHints, PROVIDERS } from '../providers';

export interface SearchContext {
	options: SearchOptions;
	hints: SearchHints;
	providerName(id: string): string;
}

/** The search's options for these hints, with the registry's: the browser's and the tests' alike. */
export function searchOptionsFor(hints: SearchHints): SearchOptions {
	return { knownNames: hints.knownNames, phrases: hints.phrases, hints: evidenceHints(), providerOrder: PROVIDERS.map((p) => p.id) };
}

let context: Promise<SearchContext> | undefined;

export function searchContext(): Promise<SearchContext> {
	context ??= (async () => {
		const response = await fetch('/search-hints.json');
		const hints: SearchHints = response.ok ? await response.json() : { knownNames: [], coveredProviders: [], phrases: [] };
		return {
			hints,
			options: searchOptionsFor(hints),
			providerName: (id: string) => PROVIDERS.find((p) => p.id === id)?.name ?? id,
		};
	})();
	// A failed load is retried by the next search instead of staying broken.
	context.catch(() => (context = undefined));
	return context;
}
