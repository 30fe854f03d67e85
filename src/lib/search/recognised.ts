/**
 * What the search page says it read from a paste, in words: the recognised
 * parts ("Anthropic · 529 · overloaded_error") and, when no entry is claimed,
 * why ("Python KeyError: not an API error").
 */
import type { Signature } from '../traceback/signature';
import type { Verdict } from './verdict';

export type ProviderNames = (id: string) => string;

/** The provider (when the paste shows exactly one), exception, status, and the body's code, type or status name. */
export function recognisedParts(sig: Signature, providerName: ProviderNames = (id) => id): string[] {
	const provider = sig.provider?.ids.length === 1 ? providerName(sig.provider.ids[0]!) : undefined;
	return [provider, sig.exception, sig.status !== undefined ? String(sig.status) : undefined, sig.code ?? sig.type ?? sig.apiStatus].filter(
		(part): part is string => Boolean(part),
	);
}

const RUNTIME_NAME = { python: 'Python', node: 'Node.js' } as const;

/**
 * One sentence for the "No entry for this error yet" state. `covered` are the
 * providers that have entries.
 */
export function noEntryNote(sig: Signature, verdict: Verdict, covered: readonly string[], providerName: ProviderNames = (id) => id): string {
	const providers = sig.provider?.ids ?? [];
	const uncovered = providers.filter((id) => !covered.includes(id));
	if (providers.length && uncovered.length === providers.length) {
		return `${uncovered.map(providerName).join(' / ')} is not covered yet: the site has no entries for it so far.`;
	}
	if (verdict.reason === 'foreign-library' && sig.foreignModule) {
		return `${sig.exception} comes from ${sig.foreignModule}, a library the site does not cover.`;
	}
	const apiError = providers.length > 0 || sig.status !== undefined || Boolean(sig.code ?? sig.type ?? sig.apiStatus);
	if (!apiError && sig.exception) {
		const runtime = sig.runtime ? `${RUNTIME_NAME[sig.runtime]} ` : '';
		return `${runtime}${sig.exception}: not an API error of a provider the site covers.`;
	}
	const where = providers.length === 1 ? ` ${providerName(providers[0]!)}` : '';
	return `No${where} entry explains this error yet.`;
}
