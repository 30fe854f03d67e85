/**
 * Grouping and ordering of entries for the browse pages. Plain TypeScript.
 */
import { severityRank, statusKey } from './format';
import type { Severity } from './vocabulary';

export interface Browsable {
	id: string;
	data: { status: number | null; provider: string; severity: Severity; title: string; scope: 'class' | 'message' };
}

/** Statuses ascending, client-side errors last; inside a group, the class-level entry first, then by title. */
export function groupByStatus<T extends Browsable>(entries: T[]): { key: string; status: number | null; entries: T[] }[] {
	const groups = new Map<string, { key: string; status: number | null; entries: T[] }>();
	for (const entry of entries) {
		const key = statusKey(entry.data.status);
		if (!groups.has(key)) groups.set(key, { key, status: entry.data.status, entries: [] });
		groups.get(key)!.entries.push(entry);
	}
	const sorted = [...groups.values()].sort((a, b) => (a.status ?? 1000) - (b.status ?? 1000));
	for (const group of sorted) group.entries.sort(compareEntries);
	return sorted;
}

export function compareEntries(a: Browsable, b: Browsable): number {
	if (a.data.scope !== b.data.scope) return a.data.scope === 'class' ? -1 : 1;
	return a.data.title.localeCompare(b.data.title);
}

/** Counts per key, e.g. entries per provider. */
export function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return counts;
}

export function bySeverity<T extends Browsable>(a: T, b: T): number {
	return severityRank(b.data.severity) - severityRank(a.data.severity);
}
