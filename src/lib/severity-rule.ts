/**
 * The severity rule: a badge says how much of an application an error stops, read from what
 * the error does to calls (its impact) and checked against the entry's other facts. Written
 * out on /severity/, where every badge links; a unit test holds every entry to it.
 */
import type { RetryAdvice, Severity } from './vocabulary';

/** What the error does to the calls of an application. */
export const IMPACTS = ['service-down', 'request-fails', 'transient', 'varies', 'output-incomplete'] as const;
export type Impact = (typeof IMPACTS)[number];

export interface ImpactRule {
	severity: Severity;
	/** The rule in words, as /severity/ shows it. */
	means: string;
	examples: string;
}

export const SEVERITY_RULE: Record<Impact, ImpactRule> = {
	'service-down': {
		severity: 'critical',
		means: 'Every call with this key, project, account or client configuration fails, whatever the code sends, until someone changes a key, a billing setting, an account or the client setup.',
		examples: 'invalid or missing API key, exhausted quota or credit, deactivated account, unsupported region, a client that cannot be created',
	},
	'request-fails': {
		severity: 'high',
		means: 'This request fails every time it is sent as it is; other requests still work. The code, the input or the model name has to change.',
		examples: 'context too long, unsupported parameter, unknown model, invalid schema, a content-policy refusal',
	},
	transient: {
		severity: 'medium',
		means: 'Some calls fail and the same call succeeds later: a retry, a wait or backoff recovers without changing anything.',
		examples: 'rate limits, overloaded or failing servers, timeouts, dropped connections',
	},
	varies: {
		severity: 'medium',
		means: 'An entry about a whole exception class: how bad it is depends on the concrete error, which has its own entry with its own badge.',
		examples: 'APIStatusError in general, an SDK’s generic API error class',
	},
	'output-incomplete': {
		severity: 'low',
		means: 'The call itself went through (or the caller stopped it), but the output is cut short, filtered, malformed or empty, and the code has to handle that.',
		examples: 'a finish reason of length or safety, an empty or blocked response, a request the caller aborted',
	},
};

/** The severity the rule gives an impact. */
export function severityFor(impact: Impact): Severity {
	return SEVERITY_RULE[impact].severity;
}

/**
 * Why an entry's facts contradict its impact, or undefined: transient errors are worth retrying
 * and errors that stop a service or a request are not, an incomplete output comes with a 200
 * or no status at all, and only a class entry can vary.
 */
export function impactContradiction(entry: { impact: Impact; retry: RetryAdvice; status: number | null; scope: 'class' | 'message' }): string | undefined {
	const retried = entry.retry !== 'no';
	if (entry.impact === 'transient' && !retried) return 'a transient error is one worth retrying: retry must be yes or backoff';
	// A cut or empty output may come out whole next time; a class entry's members differ.
	if ((entry.impact === 'service-down' || entry.impact === 'request-fails') && retried) return `retry is ${entry.retry}, so the error is transient`;
	if (entry.impact === 'output-incomplete' && entry.status !== null && entry.status !== 200) return `an incomplete output comes with a 200 or no status, not ${entry.status}`;
	if (entry.impact === 'varies' && entry.scope !== 'class') return 'only a class entry (scope: class) can vary';
	return undefined;
}
