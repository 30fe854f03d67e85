/**
 * Turns a signature into a few short Pagefind queries. Pagefind needs every
 * term of a query on one page and drops punctuation, so a whole paste finds
 * nothing; several small queries, merged, find the candidates.
 */
import type { Signature } from '../traceback/signature';

export interface PlannedQuery {
	/** The search term, or null for a filter-only query. */
	term: string | null;
	filters?: Record<string, string>;
	/** What the query stands for, for debugging. */
	why: string;
}

const STOPWORDS = new Set(
	'the and for are but not you your with this that have has had was were will would could should can may might from into onto than then them they their there here what when where which while who why how all any each few more most other some such only own same very just also over under again further once does did doing been being our out off about above below after before between both during through until against because its it his her him she its yes please error errors request requests try again learn more visit information read docs http https www com org api'
		.split(' '),
);

/** Words worth searching: real words, not ids, numbers, URLs or file names. */
export function distinctiveWords(text: string, limit: number): string[] {
	const cleaned = text
		.replace(/https?:\/\/\S+/g, ' ')
		.replace(/`[^`]*`/g, ' ')
		.replace(/\b[\w-]*\d[\w-]*\b/g, ' ')
		.replace(/\[redacted[^\]]*\]/g, ' ');
	const seen = new Set<string>();
	const candidates: { word: string; order: number }[] = [];
	for (const match of cleaned.matchAll(/[A-Za-z][A-Za-z_']{2,}/g)) {
		const word = match[0].replace(/'s$/, '').replace(/^'+|'+$/g, '').toLowerCase();
		if (word.length < 4 || STOPWORDS.has(word) || seen.has(word)) continue;
		seen.add(word);
		candidates.push({ word, order: candidates.length });
	}
	return candidates
		.sort((a, b) => b.word.length - a.word.length || a.order - b.order)
		.slice(0, limit)
		.sort((a, b) => a.order - b.order)
		.map((c) => c.word);
}

const shortName = (name: string) => name.split('.').at(-1)!;

export function planQueries(sig: Signature): PlannedQuery[] {
	const queries: PlannedQuery[] = [];
	const add = (term: string | null, why: string, filters?: Record<string, string>) => {
		if (!queries.some((q) => q.term === term && JSON.stringify(q.filters) === JSON.stringify(filters))) {
			queries.push({ term, why, ...(filters ? { filters } : {}) });
		}
	};

	const classes = [...new Set(sig.exceptions.map(shortName))].filter((name) => name !== 'Error' && name !== 'Exception').slice(0, 3);
	for (const name of classes) add(name, 'exception');
	if (sig.code && !/^\d+$/.test(sig.code)) add(sig.code, 'code');
	if (sig.type) add(sig.type, 'type');

	const messageWords = sig.message ? distinctiveWords(sig.message, 6) : [];
	if (messageWords.length >= 2) add(messageWords.slice(0, 3).join(' '), 'message words');
	for (const word of messageWords) add(word, 'message word');
	for (const other of sig.otherMessages.slice(-2)) {
		const otherWords = distinctiveWords(other, 3);
		if (otherWords.length) add(otherWords.join(' '), 'other exception message');
	}

	if (sig.status !== undefined) {
		const status = String(sig.status);
		if (classes[0]) add(classes[0], 'exception with status', { status });
		add(null, 'class entries for the status', { status, scope: 'class' });
	}
	if (queries.length === 0 && sig.text.trim()) {
		for (const word of distinctiveWords(sig.text, 4)) add(word, 'text word');
	}
	return queries.slice(0, 14);
}
