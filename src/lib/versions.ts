/**
 * Release numbers and the ranges entries write ("1.0.0", "2.48.x", ">=1.0.0",
 * "<1.0.0", "0.47.0-0.107.x", ">=3.0.0 <4.0.0"), compared numerically.
 * Pure TypeScript: pages, scripts and tests share it.
 */

/** A release as numbers; an `x` part stands for every release it covers, so it sorts after them. */
export type Version = number[];

const WILDCARD = Number.MAX_SAFE_INTEGER;

export function parseVersion(text: string): Version | undefined {
	const match = /^v?(\d+(?:\.(?:\d+|x))*)$/.exec(text.trim());
	return match ? match[1]!.split('.').map((part) => (part === 'x' ? WILDCARD : Number(part))) : undefined;
}

export function compareVersions(a: Version, b: Version): number {
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const diff = (a[i] ?? 0) - (b[i] ?? 0);
		if (diff !== 0) return Math.sign(diff);
	}
	return 0;
}

export interface VersionRange {
	min?: Version;
	/** Inclusive upper end. */
	max?: Version;
	/** Exclusive upper end. */
	below?: Version;
}

/**
 * The range an entry's `versions` text starts with; anything after it (a parenthesis,
 * "or ...") is a comment for readers. Undefined when the text is no range ("2026", "all").
 */
export function parseRange(text: string): VersionRange | undefined {
	const head = text.replace(/\(.*$/, '').split(/\s+or\s+/)[0]!.trim();
	const span = /^(\S+)\s*-\s*(\S+)$/.exec(head);
	if (span) {
		const [min, max] = [parseVersion(span[1]!), parseVersion(span[2]!)];
		return min && max ? { min, max } : undefined;
	}
	// One release, or a series such as "4.x" (a bare number such as "2026" is a year, not a release).
	const first = head.split(/\s+/)[0]!;
	const single = first.includes('.') ? parseVersion(first) : undefined;
	if (single) return { min: single.map((part) => (part === WILDCARD ? 0 : part)), max: single };
	const range: VersionRange = {};
	for (const part of head.split(/\s+/)) {
		const bound = /^(>=|<=|<)(.+)$/.exec(part);
		const version = bound && parseVersion(bound[2]!);
		if (!bound || !version) return undefined;
		if (bound[1] === '>=') range.min = version;
		else if (bound[1] === '<=') range.max = version;
		else range.below = version;
	}
	return range.min || range.max || range.below ? range : undefined;
}

export function inRange(version: Version, range: VersionRange): boolean {
	if (range.min && compareVersions(version, range.min) < 0) return false;
	if (range.max && compareVersions(version, range.max) > 0) return false;
	if (range.below && compareVersions(version, range.below) >= 0) return false;
	return true;
}

/** Whether two ranges share a release. */
export function rangesOverlap(a: VersionRange, b: VersionRange): boolean {
	const lowA = a.min ?? [0];
	const lowB = b.min ?? [0];
	const low = compareVersions(lowA, lowB) >= 0 ? lowA : lowB;
	return inRange(low, a) && inRange(low, b);
}
