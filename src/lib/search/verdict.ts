/**
 * The one decision the search page shows: is the best candidate *this* error,
 * or only related? A reference that answers with confidence must be right, so
 * the best candidate is offered as the answer only when the paste's evidence
 * agrees with it and nothing in the paste speaks against it.
 */
import { shortName } from '../traceback/exception-line';
import type { Signature } from '../traceback/signature';
import { isContradicted, RECOGNISED_MESSAGE, WEIGHTS, type Scored } from './rank';

export type VerdictReason =
	/** The first result is the answer. */
	| 'answer'
	/** A typed query: results are listed best first, none is claimed. */
	| 'listed'
	/** Nothing came back. */
	| 'no-candidate'
	/** The paste names another provider than the best candidate's. */
	| 'other-provider'
	/** The raised exception comes from a library no entry covers. */
	| 'foreign-library'
	/** Its status, code or runtime differs from the best candidate's. */
	| 'contradicted'
	/** The paste's message is not one of the candidate's. */
	| 'message-differs'
	/** No class, message, code or status ties the paste to the candidate. */
	| 'no-agreement';

export interface Verdict {
	/** The first result is offered as the answer (`done`); otherwise the results are only related. */
	answer: boolean;
	reason: VerdictReason;
}

const verdict = (answer: boolean, reason: VerdictReason): Verdict => ({ answer, reason });

/** One of the candidate's templates is the paste's message (or the message of its cause, or of an earlier error). */
export function messageAgrees({ reasons }: Scored): boolean {
	return (
		(reasons.message ?? 0) >= RECOGNISED_MESSAGE ||
		(reasons.causeMessage ?? 0) >= RECOGNISED_MESSAGE * WEIGHTS.causeMessageFactor ||
		(reasons.otherMessage ?? 0) >= RECOGNISED_MESSAGE * WEIGHTS.otherMessageFactor
	);
}

/**
 * Rules, in order:
 * 1. A typed query lists results; it claims none, so any result list is `done`.
 * 2. Provider: when the paste names its provider, the candidate must be that provider's.
 * 3. A raised exception from a module no SDK, wrapper or entry knows, with no
 *    evidence of a covered provider, is another library's error.
 * 4. Nothing may contradict: a different status, code or runtime.
 * 5. Something must agree: a recognised message template, the API code, the
 *    class (an SDK's class, not the language's own `ValueError`), or, for a bare
 *    status, the status's class entry. A message entry whose templates do not
 *    match the paste's message is only related: its class entry is the answer.
 */
export function judge(sig: Signature, best: Scored | undefined): Verdict {
	if (!best) return verdict(false, 'no-candidate');
	if (sig.kind === 'query') return verdict(true, 'listed');
	const { entry, reasons } = best;
	if (sig.provider && !sig.provider.ids.includes(entry.provider)) return verdict(false, 'other-provider');
	if (sig.foreignModule && !sig.provider) return verdict(false, 'foreign-library');
	if (isContradicted(best)) return verdict(false, 'contradicted');

	if (messageAgrees(best) || reasons.code) return verdict(true, 'answer');

	const generic = new Set((entry.genericExceptions ?? []).map(shortName));
	const classAgrees = Boolean(reasons.exception) && !generic.has(shortName(sig.exception ?? ''));
	if (classAgrees) return entry.scope === 'class' || !sig.message ? verdict(true, 'answer') : verdict(false, 'message-differs');
	if (!sig.message && !sig.exception && reasons.status && entry.scope === 'class') return verdict(true, 'answer');
	return verdict(false, 'no-agreement');
}
