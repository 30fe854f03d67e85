/**
 * Turns a signature into a few short Pagefind queries. Pagefind needs every
 * term of a query on one page and drops punctuation, so a whole paste finds
 * nothing; several small queries, merged, find the candidates.
 */
import { shortName } from '../traceback/exception-line';
import type { Signature } from '../traceback/signature';
import { typedWords } from './rank';

export interface PlannedQuery {
	term: string;
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
		// Dotted names (`openai.api_resources.chat_completion`) are the variable part of a message.
		.replace(/\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\b/g, ' ')
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

/** At most this many queries: each distinct term can load another index chunk. */
export const MAX_QUERIES = 6;

/**
 * A typed query's words, all of them (Pagefind wants every word on a page),
 * then each alone, longest first, so that one word the pages lack does not
 * empty the list. Short words count: "api key", "TPM". A query of only a
 * status or a provider ("openai 429") searches for the status, or the name.
 */
function planTyped(sig: Signature): PlannedQuery[] {
	const queries: PlannedQuery[] = [];
	const add = (term: string | undefined, why: string) => {
		if (term && !queries.some((q) => q.term === term)) queries.push({ term, why });
	};
	const wanted = typedWords(sig).filter((w) => !/^\d{3}$/.test(w) || Number(w) !== sig.status);
	// A compound token ("x-api-key", "thinking.budget_tokens") is the most specific thing typed: search it whole.
	for (const token of sig.text.match(/\b[\w]+(?:[-.][\w]+)+\b/g) ?? []) if (token.length >= 5 && !/^\d/.test(token)) add(token.toLowerCase(), 'typed compound');
	add(wanted.join(' '), 'typed words');
	for (const word of [...wanted].sort((a, b) => b.length - a.length)) add(word, 'typed word');
	if (queries.length === 0 && sig.status !== undefined) add(String(sig.status), 'status');
	if (queries.length === 0) add(sig.provider?.evidence.find((e) => e.kind === 'word')?.detail, 'provider');
	return queries.slice(0, MAX_QUERIES);
}

export function planQueries(sig: Signature, phrases: readonly string[] = []): PlannedQuery[] {
	if (sig.kind === 'query') return planTyped(sig);
	const queries: PlannedQuery[] = [];
	const add = (term: string | null, why: string) => {
		if (term && !queries.some((q) => q.term === term)) queries.push({ term, why });
	};

	const classes = [...new Set(sig.exceptions.map(shortName))].filter((name) => name !== 'Error' && name !== 'Exception');
	if (classes[0]) add(classes[0], 'exception');
	// An identifying phrase names one entry even where its exact message is not published.
	for (const phrase of phrases) if (sig.text.includes(phrase)) add(phrase.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim(), 'phrase');
	if (sig.code && !/^\d+$/.test(sig.code)) add(sig.code, 'code');
	else if (sig.type) add(sig.type, 'type');

	const messageWords = sig.message ? distinctiveWords(sig.message, 4) : [];
	if (messageWords.length >= 2) add(messageWords.slice(0, 3).join(' '), 'message words');
	// The rarest-looking words alone, in case one of them is not on the page (a variant wording).
	for (const word of [...messageWords].sort((a, b) => b.length - a.length).slice(0, 2)) add(word, 'message word');
	const other = sig.causeMessages.at(-1) ?? sig.otherMessages.at(-1);
	if (other) {
		const otherWords = distinctiveWords(other, 2);
		if (otherWords.length) add(otherWords.join(' '), 'other exception message');
	}
	if (classes[1]) add(classes[1], 'wrapped exception');
	if (queries.length === 0 && sig.text.trim()) {
		for (const word of distinctiveWords(sig.text, 3)) add(word, 'text word');
	}
	// Nothing but a status ("HTTP 429"): every entry shows its status, and the ranking prefers the class entry.
	if (queries.length === 0 && sig.status !== undefined) add(String(sig.status), 'status');
	return queries.slice(0, MAX_QUERIES);
}
