import type { IndexedEntry } from '../../src/lib/search/indexed-entry';

/** A made-up entry as the search index carries it, for unit tests; only the fields given differ from a bland default. */
export function indexedEntry(id: string, fields: Partial<IndexedEntry>): IndexedEntry {
	return {
		id,
		url: `/test/${id}/`,
		title: id,
		summary: `${id} summary`,
		provider: 'test',
		status: null,
		type: null,
		code: null,
		param: null,
		scope: 'message',
		severity: 'medium',
		exceptions: [],
		messages: [],
		runtimes: ['python', 'node'],
		...fields,
	};
}
