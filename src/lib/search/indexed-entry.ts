/**
 * What each entry page hands to the search index as Pagefind metadata, and
 * what the reranker reads back for the few candidates Pagefind returns.
 */
import type { EntryData } from '../../schemas/entry';
import { statusKey } from '../format';

export type Runtime = 'python' | 'node';

export interface IndexedEntry {
	id: string;
	url: string;
	title: string;
	/** One line for the result list: the usual cause. */
	summary: string;
	/** One line for the result list: the fix. */
	fix?: string;
	/** The entry's quick fix (Markdown with inline code), shown in the answer card. */
	quickFix?: string;
	provider: string;
	status: number | null;
	/** Other statuses the entry covers (a gateway entry's 503 and 504). */
	otherStatuses?: number[];
	type: string | null;
	code: string | null;
	param: string | null;
	/** `class` entries answer a paste that shows only an exception class or a status. */
	scope: 'class' | 'message';
	severity: string;
	/** Every exception spelling, e.g. `openai.RateLimitError`, `RateLimitError`. */
	exceptions: string[];
	/**
	 * The spellings that are the language's own classes (`ValueError`, `TypeError`):
	 * on their own they say nothing about which entry a paste belongs to.
	 */
	genericExceptions?: string[];
	/** Exact message templates with `{placeholders}`. */
	messages: string[];
	/** Phrases that identify the error when no exact message is published, matched as written. */
	phrases?: string[];
	/** The runtimes of the SDKs the exception spellings come from. */
	runtimes: Runtime[];
}

/** The Pagefind metadata key that carries an IndexedEntry as JSON. */
export const ENTRY_META_KEY = 'entry';

/**
 * The Pagefind filters of an entry, one value each: declared by its page
 * (`data-pagefind-filter`) and carried by its status shard's record alike.
 */
export function searchFilters(entry: IndexedEntry): Record<'provider' | 'status' | 'severity' | 'scope', string> {
	return { provider: entry.provider, status: statusKey(entry.status), severity: entry.severity, scope: entry.scope };
}

export function parseIndexedEntry(json: string | undefined): IndexedEntry | undefined {
	if (!json) return undefined;
	try {
		return JSON.parse(json) as IndexedEntry;
	} catch {
		return undefined;
	}
}

/**
 * An entry as the index carries it. `runtimeOf` tells an exception origin's
 * runtime (from the SDK table of the provider registry), or undefined for
 * origins that are not an SDK.
 */
export function toIndexedEntry(id: string, url: string, data: EntryData, runtimeOf: (origin: string) => Runtime | undefined): IndexedEntry {
	const runtimes = new Set<Runtime>();
	for (const { origin } of data.exceptions) {
		const runtime = runtimeOf(origin);
		if (runtime) runtimes.add(runtime);
	}
	return {
		id,
		url,
		title: data.title,
		summary: data.shortCause,
		fix: data.shortFix,
		quickFix: data.quickFix,
		provider: data.provider,
		status: data.status,
		...(data.otherStatuses.length ? { otherStatuses: data.otherStatuses } : {}),
		type: data.type,
		code: data.code,
		param: data.param ?? null,
		scope: data.scope,
		severity: data.severity,
		exceptions: data.exceptions.map((e) => e.name),
		genericExceptions: data.exceptions.filter((e) => e.origin === 'runtime').map((e) => e.name),
		messages: data.messages.map((m) => m.text),
		...(data.phrases.length ? { phrases: data.phrases } : {}),
		runtimes: [...runtimes],
	};
}
