/**
 * Scores candidate entries against a signature, using only what the entries
 * declare (exception names, status, type, code, param, message templates).
 * No entry is named here: an exact template beats a class, which beats a word.
 */
import { shortName } from '../traceback/exception-line';
import type { Signature } from '../traceback/signature';
import type { IndexedEntry } from './indexed-entry';
import { informativeness, matchesTemplate, messageCoverage, templateCoverage, words } from './template';

export const WEIGHTS = {
	/** A template found whole in the message, scaled by how informative the template is. */
	templateExact: 100,
	/** Part of a template found in the message (cut-off pastes, reworded variants). */
	templatePartial: 70,
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
	/** A class-level entry is the right answer when no message was recognised. */
	classWhenNoMessage: 14,
	/** An entry for one SDK only, on a stack of that runtime / of the other runtime. */
	runtimeMatch: 15,
	runtimeConflict: -20,
	/** Words of a person's description found in the entry's title, code and templates. */
	proseWord: 10,
	/** Status, type and code read from an earlier exception of a chain count this much. */
	earlierFieldsFactor: 0.4,
	/** Pagefind's own rank, a tiebreaker. */
	retrieval: 4,
} as const;

export interface Scored {
	entry: IndexedEntry;
	score: number;
	/** Why, for debugging and tests: component → points. */
	reasons: Record<string, number>;
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

/** The runtimes an entry's exception spellings belong to, from their names' shape. */
export function entryRuntimes(entry: IndexedEntry): Set<'python' | 'node'> {
	const runtimes = new Set<'python' | 'node'>();
	for (const runtime of entry.runtimes ?? []) runtimes.add(runtime);
	return runtimes;
}

export function scoreEntry(entry: IndexedEntry, sig: Signature, retrievalRank = 0): Scored {
	const reasons: Record<string, number> = {};
	const add = (reason: string, points: number) => {
		if (points) reasons[reason] = (reasons[reason] ?? 0) + points;
	};

	const messageScore = bestTemplateScore(entry.messages, sig.message);
	add('message', messageScore);
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
		add('status', (sig.status === entry.status ? WEIGHTS.status : WEIGHTS.statusConflict) * fieldWeight);
	}
	if (sig.code && entry.code) {
		add('code', (sig.code.toLowerCase() === entry.code.toLowerCase() ? WEIGHTS.code : WEIGHTS.codeConflict) * fieldWeight);
	}
	if (sig.type && entry.type && sig.type === entry.type) add('type', WEIGHTS.type * fieldWeight);
	if (sig.param && entry.param && sig.param === entry.param) add('param', WEIGHTS.param);

	const recognisedMessage = messageScore >= 30 || causeScore >= 30 || otherScore >= 30;
	if (entry.scope === 'class' && !recognisedMessage && (reasons.exception || reasons.status)) {
		add('classEntry', WEIGHTS.classWhenNoMessage);
	}

	const runtimes = entryRuntimes(entry);
	if (sig.runtime && runtimes.size === 1) {
		add('runtime', runtimes.has(sig.runtime) ? WEIGHTS.runtimeMatch : WEIGHTS.runtimeConflict);
	}

	if (sig.prose && sig.message) {
		const haystack = new Set(words([entry.title, entry.code ?? '', entry.type ?? '', ...entry.messages].join(' ').replace(/_/g, ' ')));
		const said = new Set(words(sig.message.replace(/_/g, ' ')).filter((w) => w.length >= 4));
		let hits = 0;
		for (const w of said) if (haystack.has(w)) hits++;
		add('words', Math.min(5, hits) * WEIGHTS.proseWord);
	}

	add('retrieval', WEIGHTS.retrieval / (1 + retrievalRank));
	const score = Object.values(reasons).reduce((sum, points) => sum + points, 0);
	return { entry, score, reasons };
}

export function rankEntries(entries: IndexedEntry[], sig: Signature): Scored[] {
	return entries
		.map((entry, index) => scoreEntry(entry, sig, index))
		.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}
