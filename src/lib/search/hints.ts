/**
 * What the search needs to know about the whole catalog, computed once at
 * build time and served as `/search-hints.json`: small, cached, and shared by
 * the search page and the header's suggestions.
 */

export interface SearchHints {
	/** Every exception name the entries declare: they are classes whatever their shape. */
	knownNames: string[];
	/** Providers that have entries; a paste from another registered provider is "not covered yet". */
	coveredProviders: string[];
	/** The entries' identifying phrases: a paste that contains one is searched for it. */
	phrases: string[];
}

export function searchHints(
	entries: readonly { provider: string; exceptions: readonly { name: string }[]; phrases?: readonly string[] }[],
): SearchHints {
	return {
		knownNames: [...new Set(entries.flatMap((e) => e.exceptions.map((x) => x.name)))].sort(),
		coveredProviders: [...new Set(entries.map((e) => e.provider))].sort(),
		phrases: [...new Set(entries.flatMap((e) => e.phrases ?? []))].sort(),
	};
}
