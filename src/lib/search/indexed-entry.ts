/**
 * What each entry page hands to the search index as Pagefind metadata, and
 * what the reranker reads back for the few candidates Pagefind returns.
 */
export interface IndexedEntry {
	id: string;
	url: string;
	title: string;
	/** One line for the result list: the usual cause. */
	summary: string;
	provider: string;
	status: number | null;
	type: string | null;
	code: string | null;
	param: string | null;
	/** `class` entries answer a paste that shows only an exception class or a status. */
	scope: 'class' | 'message';
	severity: string;
	/** Every exception spelling, e.g. `openai.RateLimitError`, `RateLimitError`. */
	exceptions: string[];
	/** Exact message templates with `{placeholders}`. */
	messages: string[];
	/** The SDK runtimes the exception spellings come from (`python` for v1 and v0, `node`). */
	runtimes: ('python' | 'node')[];
}

/** The Pagefind metadata key that carries an IndexedEntry as JSON. */
export const ENTRY_META_KEY = 'entry';

export function parseIndexedEntry(json: string | undefined): IndexedEntry | undefined {
	if (!json) return undefined;
	try {
		return JSON.parse(json) as IndexedEntry;
	} catch {
		return undefined;
	}
}

/** Which SDK runtimes an entry's exception spellings belong to. */
export function runtimesOf(exceptions: { origin: string }[]): ('python' | 'node')[] {
	const runtimes = new Set<'python' | 'node'>();
	for (const { origin } of exceptions) {
		if (origin === 'python' || origin === 'python-v0') runtimes.add('python');
		if (origin === 'node' || origin === 'node-v3') runtimes.add('node');
	}
	return [...runtimes];
}
