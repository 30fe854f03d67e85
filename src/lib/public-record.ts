/** The shape of one entry in /errors.json: a public contract, add fields but never remove one. */
import type { EntryData } from '../schemas/entry';

export interface PublicRecord {
	id: string;
	/** Site-relative permanent URL, e.g. `/openai/openai-429-insufficient-quota/`: the href search results use. */
	url: string;
	/** The same URL, absolute. */
	permalink: string;
	title: string;
	provider: string;
	status: number | null;
	type: string | null;
	code: string | null;
	exceptions: string[];
	messages: string[];
	severity: string;
	difficulty: string;
	retry: string;
	verified: string;
	sources: string[];
}

export function toPublicRecord(id: string, url: string, permalink: string, data: EntryData): PublicRecord {
	return {
		id,
		url,
		permalink,
		title: data.title,
		provider: data.provider,
		status: data.status,
		type: data.type,
		code: data.code,
		exceptions: data.exceptions.map((e) => e.name),
		messages: data.messages.map((m) => m.text),
		severity: data.severity,
		difficulty: data.difficulty,
		retry: data.retry,
		verified: data.verified,
		sources: data.sources.map((s) => s.url),
	};
}
