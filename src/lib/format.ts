/**
 * Labels and orderings shared by pages, feeds and the search results.
 * Plain TypeScript: no Astro imports.
 */
import { SEVERITIES, type Difficulty, type RetryAdvice, type Severity } from './vocabulary';

const STATUS_TEXT: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	409: 'Conflict',
	413: 'Payload Too Large',
	415: 'Unsupported Media Type',
	422: 'Unprocessable Entity',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

/** "HTTP 429" or "Client-side" for errors raised without a response. */
export function statusLabel(status: number | null): string {
	return status === null ? 'Client-side' : `HTTP ${status}`;
}

/** HTTP's reason phrase, or one a provider gives a status HTTP does not name (`PROVIDER_STATUS_TEXT` of the registry). */
export function statusText(status: number | null, providerTexts: Readonly<Record<number, string>> = {}): string {
	if (status === null) return 'Raised by the SDK or runtime, no HTTP response';
	return STATUS_TEXT[status] ?? providerTexts[status] ?? '';
}

/** The key a status is grouped and linked under: "429" or "client-side". */
export function statusKey(status: number | null): string {
	return status === null ? 'client-side' : String(status);
}

export function severityLabel(severity: Severity): string {
	return `${severity[0]!.toUpperCase()}${severity.slice(1)} severity`;
}

export function severityRank(severity: Severity): number {
	return SEVERITIES.indexOf(severity);
}

export function difficultyLabel(difficulty: Difficulty): string {
	return `${difficulty[0]!.toUpperCase()}${difficulty.slice(1)}`;
}

/** The same advice in a few words, for the facts row and the catalog rows. */
export const RETRY_SHORT: Record<RetryAdvice, string> = { no: 'no, fix first', yes: 'yes', backoff: 'yes, with backoff' };

export const RETRY_LABEL: Record<RetryAdvice, string> = {
	no: 'No: retrying fails the same way until the cause is fixed',
	yes: 'Yes: a plain retry can succeed',
	backoff: 'Yes, with exponential backoff and jitter',
};

/** Whole months between a "YYYY-MM" verification and a date. */
export function monthsSince(verified: string, now: Date): number {
	const [year, month] = verified.split('-').map(Number) as [number, number];
	return (now.getUTCFullYear() - year) * 12 + (now.getUTCMonth() + 1 - month);
}

/** A verification older than this is flagged on the page. */
export const STALE_AFTER_MONTHS = 6;

export function formatMonth(verified: string): string {
	const [year, month] = verified.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "1 error", "2 errors". */
export function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
