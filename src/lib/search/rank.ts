/**
 * Scores candidate entries against a signature, using only what the entries
 * declare (exception names, status, type, code, param, message templates).
 * No entry is named here: an exact template beats a class, which beats a word.
 */
import { shortName } from '../traceback/exception-line';
import type { Signature } from '../traceback/signature';
import type { IndexedEntry } from './indexed-entry';
import { informativeness, literalWords, matchesTemplate, messageCoverage, templateCoverage, words } from './template';

export const WEIGHTS = {
	/** A template found whole in the message, scaled by how informative the template is. */
	templateExact: 100,
	/** Part of a template found in the message (cut-off pastes, reworded variants). */
	templatePartial: 70,
	/** One of the entry's identifying phrases found in the message, for errors whose exact wording is not published. */
	phrase: 80,
	/**
	 * A long template (a whole SDK rendering, body included) found whole in the paste although
	 * not in the message read from it, scaled by informativeness.
	 */
	renderingExact: 100,
	/** Templates matched against the exception that caused the raised one. */
	causeMessageFactor: 0.8,
	/** Templates matched against earlier exceptions the raised one happened while handling. */
	otherMessageFactor: 0.5,
	exceptionRaised: 25,
	exceptionShortName: 18,
	exceptionOther: 6,
	status: 15,
	statusConflict: -30,
	code: 30,
	codeConflict: -15,
	type: 8,
	param: 6,
	/** A class-level entry (for the paste's status, if it names one) is the right answer when no message was recognised. */
	classWhenNoMessage: 14,
	/** An entry for one SDK only, on a stack of that runtime / of the other runtime. */
	runtimeMatch: 15,
	runtimeConflict: -20,
	/** The entry's provider is one the paste's evidence names / is not. */
	providerMatch: 20,
	providerConflict: -60,
	/** Words of a person's description found in the entry's title, code and templates. */
	proseWord: 10,
	/** A typed query's word found in the entry's title; a word that is the entry's code, type, param or class. */
	typedTitleWord: 12,
	typedExactWord: 16,
	/** A typed query whose words are all in the title. */
	typedWholeTitle: 10,
	/** A typed line that contains one of the entry's templates whole: a message pasted on its own. */
	typedWholeMessage: 60,
	/** A typed query's word found in the entry's messages, code or type. */
	typedTextWord: 6,
	/** A typed query's place in Pagefind's own ranking (whole-text relevance), the first place's points. */
	typedRetrieval: 20,
	/** Status, type and code read from an earlier exception of a chain count this much. */
	earlierFieldsFactor: 0.4,
	/** Pagefind's own rank, for a person's description only. */
	retrieval: 4,
	/**
	 * A typed query that names no provider is read as one about the registry's first provider,
	 * where most pastes come from: other providers' entries still list, below its comparable ones.
	 */
	typedUnnamedProvider: -40,
} as const;

export interface Scored {
	entry: IndexedEntry;
	score: number;
	/** Why, for debugging and tests: component → points. */
	reasons: Record<string, number>;
}

/** Something in the paste speaks against the candidate (a status, code or runtime that differs): a negative reason. */
export function isContradicted({ reasons }: Scored): boolean {
	return Object.values(reasons).some((points) => points < 0);
}

function bestTemplateScore(templates: string[], message: string | undefined): number {
	if (!message) return 0;
	let best = 0;
	for (const template of templates) {
		const info = informativeness(template);
		if (matchesTemplate(template, message)) {
			best = Math.max(best, WEIGHTS.templateExact * info);
			continue;
		}
		const covered = templateCoverage(template, message);
		const explained = messageCoverage(template, message);
		// Both directions must agree: a short message inside a long template, or a cut-off paste.
		const agreement = Math.min(covered, explained) * 0.4 + Math.max(covered, explained) * 0.6;
		if (agreement >= 0.5) best = Math.max(best, WEIGHTS.templatePartial * info * agreement);
	}
	return best;
}

/** The entry is about this HTTP status: its own, or one of the others it covers. */
function coversStatus(entry: IndexedEntry, status: number): boolean {
	return entry.status === status || Boolean(entry.otherStatuses?.includes(status));
}

/**
 * One of the entry's identifying phrases anywhere in the paste (a finish reason in a logged
 * response, a limit named in a message), exactly as written: `MAX_TOKENS`, not `max_tokens`.
 */
function phraseScore(entry: IndexedEntry, text: string | undefined): number {
	if (!text || !entry.phrases?.length) return 0;
	return entry.phrases.some((phrase) => text.includes(phrase)) ? WEIGHTS.phrase : 0;
}

/** Templates this long describe a whole rendering (an SDK's printed body), not a short phrase that could be anywhere. */
const RENDERING_WORDS = 6;

/**
 * Some templates are an SDK's whole rendering of an error (the dict a stream error prints),
 * while the message the parser reads from it is only the body's inner message: look for
 * those templates in the paste itself, when the message did not already match them.
 */
function renderingScore(entry: IndexedEntry, sig: Signature, messageScore: number): number {
	// Only the last exception of a chain: earlier ones are what the raised one happened while handling.
	const last = sig.text.split(/\n(?:During handling of the above exception|The above exception was the direct cause)[^\n]*\n/).at(-1) ?? sig.text;
	let best = 0;
	for (const template of entry.messages) {
		if (literalWords(template).length < RENDERING_WORDS || !matchesTemplate(template, last)) continue;
		best = Math.max(best, WEIGHTS.renderingExact * informativeness(template));
	}
	return Math.max(0, best - messageScore);
}

/** A template match at least this strong means the message was recognised as the entry's. */
export const RECOGNISED_MESSAGE = 30;

export function scoreEntry(entry: IndexedEntry, sig: Signature, retrievalRank = 0): Scored {
	if (sig.kind === 'query') return scoreTyped(entry, sig, retrievalRank);
	const reasons: Record<string, number> = {};
	const add = (reason: string, points: number) => {
		if (points) reasons[reason] = (reasons[reason] ?? 0) + points;
	};

	const messageScore = Math.max(bestTemplateScore(entry.messages, sig.message), phraseScore(entry, sig.text));
	add('message', messageScore);
	add('rendering', renderingScore(entry, sig, messageScore));
	const causeScore = Math.max(0, ...sig.causeMessages.map((m) => bestTemplateScore(entry.messages, m)));
	add('causeMessage', causeScore * WEIGHTS.causeMessageFactor);
	const otherScore = Math.max(0, ...sig.otherMessages.map((m) => bestTemplateScore(entry.messages, m)));
	add('otherMessage', otherScore * WEIGHTS.otherMessageFactor);

	const declared = new Set(entry.exceptions);
	const declaredShort = new Set(entry.exceptions.map(shortName));
	if (sig.exception) {
		if (declared.has(sig.exception)) add('exception', WEIGHTS.exceptionRaised);
		else if (declaredShort.has(shortName(sig.exception))) add('exception', WEIGHTS.exceptionShortName);
	}
	const others = sig.exceptions.slice(1).filter((name) => declaredShort.has(shortName(name)));
	add('otherException', Math.min(2, others.length) * WEIGHTS.exceptionOther);

	const fieldWeight = sig.fieldsFromEarlier ? WEIGHTS.earlierFieldsFactor : 1;
	if (sig.status !== undefined && entry.status !== null) {
		add('status', (coversStatus(entry, sig.status) ? WEIGHTS.status : WEIGHTS.statusConflict) * fieldWeight);
	}
	if (sig.code && entry.code) {
		// Any code of the body may be the entry's: Azure nests its own under `innererror`.
		const same = (sig.codes ?? [sig.code]).some((code) => code.toLowerCase() === entry.code!.toLowerCase());
		add('code', (same ? WEIGHTS.code : WEIGHTS.codeConflict) * fieldWeight);
	}
	if (sig.type && entry.type && sig.type === entry.type) add('type', WEIGHTS.type * fieldWeight);
	if (sig.param && entry.param && sig.param === entry.param) add('param', WEIGHTS.param);

	const recognisedMessage = messageScore + (reasons.rendering ?? 0) >= RECOGNISED_MESSAGE || causeScore >= RECOGNISED_MESSAGE || otherScore >= RECOGNISED_MESSAGE;
	// A class entry for any status does not outrank one for the very status the paste names.
	const statusFits = sig.status === undefined || coversStatus(entry, sig.status);
	if (entry.scope === 'class' && !recognisedMessage && statusFits && (reasons.exception || reasons.status)) {
		add('classEntry', WEIGHTS.classWhenNoMessage);
	}

	if (sig.runtime && entry.runtimes.length === 1) {
		add('runtime', entry.runtimes[0] === sig.runtime ? WEIGHTS.runtimeMatch : WEIGHTS.runtimeConflict);
	}
	addProvider(add, entry, sig);

	if (sig.prose && sig.message) {
		const haystack = new Set(words([entry.title, entry.code ?? '', entry.type ?? '', ...entry.messages].join(' ').replace(/_/g, ' ')));
		const said = new Set(words(sig.message.replace(/_/g, ' ')).filter((w) => w.length >= 4));
		let hits = 0;
		for (const w of said) if (haystack.has(w)) hits++;
		add('words', Math.min(5, hits) * WEIGHTS.proseWord);
	}

	// Only a person's own words lean on Pagefind's ranking; a paste is judged on its evidence alone.
	if (sig.prose) add('retrieval', WEIGHTS.retrieval / (1 + retrievalRank));
	const score = Object.values(reasons).reduce((sum, points) => sum + points, 0);
	return { entry, score, reasons };
}

function addProvider(add: (reason: string, points: number) => void, entry: IndexedEntry, sig: Signature): void {
	if (!sig.provider) return;
	add('provider', sig.provider.ids.includes(entry.provider) ? WEIGHTS.providerMatch : WEIGHTS.providerConflict);
}

/** Words of a typed query worth matching: not a provider's name, not a status. */
export function typedWords(sig: Signature): string[] {
	const providerWords = new Set(sig.provider?.evidence.filter((e) => e.kind === 'word').map((e) => e.detail));
	return words(sig.text.toLowerCase()).filter((w) => !providerWords.has(w) && !TYPED_STOPWORDS.has(w));
}

const TYPED_STOPWORDS = new Set(['the', 'an', 'of', 'to', 'in', 'on', 'for', 'is', 'my', 'with', 'and', 'or', 'error', 'errors', 'http', 'status', 'code']);

/** Two words agree when one is the other plus an ending ("verified" and "verify" share "verif"). */
function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	const stem = Math.min(a.length, b.length) >= 4 ? Math.max(4, Math.min(a.length, b.length) - 2) : Infinity;
	return a.slice(0, stem) === b.slice(0, stem);
}

/**
 * A typed query ("api key", "openai 429", "TPM") names a topic, not one error:
 * Pagefind's whole-text ranking leads, the entry's title and identifiers
 * confirm, and a status or a provider word narrows without emptying the list.
 */
function scoreTyped(entry: IndexedEntry, sig: Signature, retrievalRank: number): Scored {
	const reasons: Record<string, number> = {};
	const add = (reason: string, points: number) => {
		if (points) reasons[reason] = (reasons[reason] ?? 0) + points;
	};
	const wanted = typedWords(sig);
	const title = words(entry.title.replace(/_/g, ' '));
	const identifiers = new Set(
		[entry.code, entry.type, entry.param, ...entry.exceptions.map(shortName)].filter((x): x is string => Boolean(x)).map((x) => x.toLowerCase()),
	);
	const text = words([entry.code ?? '', entry.type ?? '', ...entry.messages].join(' ').replace(/_/g, ' '));
	let inTitle = 0;
	for (const word of wanted) {
		if (title.some((t) => sameWord(t, word))) inTitle++;
		else if (text.some((t) => sameWord(t, word))) add('text', WEIGHTS.typedTextWord);
		if (identifiers.has(word)) add('identifier', WEIGHTS.typedExactWord);
	}
	add('title', inTitle * WEIGHTS.typedTitleWord);
	if (wanted.length > 1 && inTitle === wanted.length) add('wholeTitle', WEIGHTS.typedWholeTitle);
	if (sig.status !== undefined && entry.status !== null) add('status', coversStatus(entry, sig.status) ? WEIGHTS.status : WEIGHTS.statusConflict);
	// "429" or "openai 429" alone: the class entry explains what the reader named.
	if (wanted.length === 0 && entry.scope === 'class') add('classEntry', WEIGHTS.classWhenNoMessage);
	// A message pasted on its own is short and looks typed: an entry's own template still decides.
	add('message', bestTemplateScore(entry.messages, sig.text));
	// A template of placeholders alone ("{status} {message}") contains any line: it names nothing.
	const whole = entry.messages.filter((t) => literalWords(t).length > 0 && matchesTemplate(t, sig.text)).map(informativeness);
	if (whole.length) add('wholeMessage', WEIGHTS.typedWholeMessage * Math.max(...whole));
	add('phrase', phraseScore(entry, sig.text));
	addProvider(add, entry, sig);
	// Pagefind's relevance orders topics. Entries whose own template the line contains whole all get its full points,
	// so two entries with the same template are ordered by the written tie rule, not by the index.
	add('retrieval', whole.length ? WEIGHTS.typedRetrieval : WEIGHTS.typedRetrieval / (1 + retrievalRank));
	const score = Object.values(reasons).reduce((sum, points) => sum + points, 0);
	return { entry, score, reasons };
}

/** A template at least this informative (three literal words) found whole is the reader's own message. */
const OWN_MESSAGE_INFORMATIVENESS = 0.5;

/**
 * Best first. Equal scores are broken by a written rule, never by the order the
 * index returned them in: the registry's provider order (`providerOrder`), then the id.
 */
export function rankEntries(entries: IndexedEntry[], sig: Signature, providerOrder: readonly string[] = []): Scored[] {
	const order = (id: string) => {
		const at = providerOrder.indexOf(id);
		return at < 0 ? providerOrder.length : at;
	};
	const assumed = sig.kind === 'query' && !sig.provider ? providerOrder[0] : undefined;
	return entries
		.map((entry, index) => {
			const scored = scoreEntry(entry, sig, index);
			// A line that is one of the entry's own informative messages, whole, names its entry whatever the provider.
			const ownMessage = (scored.reasons.wholeMessage ?? 0) >= WEIGHTS.typedWholeMessage * OWN_MESSAGE_INFORMATIVENESS;
			if (!assumed || entry.provider === assumed || ownMessage) return scored;
			return {
				...scored,
				score: scored.score + WEIGHTS.typedUnnamedProvider,
				reasons: { ...scored.reasons, unnamedProvider: WEIGHTS.typedUnnamedProvider },
			};
		})
		.sort((a, b) => b.score - a.score || order(a.entry.provider) - order(b.entry.provider) || a.entry.id.localeCompare(b.entry.id));
}
