/**
 * The runtime line of an entry's compatibility block ("Python 3.10+", "Node 22+"), read from
 * the SDK's own table of runtime floors, never typed by hand. Pure TypeScript.
 */
import { compareVersions, inRange, parseRange, parseVersion, rangesOverlap, type VersionRange } from './versions';

export interface RuntimeFloorRow {
	from: string;
	until?: string;
	through?: string;
	minimum: string;
	declaredIn: string;
	source: string;
}

export interface SdkFloors {
	runtime: 'python' | 'node';
	package: string;
	runtimeFloors?: readonly RuntimeFloorRow[];
}

const RUNTIME_NAME = { python: 'Python', node: 'Node' } as const;

/** The releases a row covers. */
export function floorRange(row: RuntimeFloorRow): VersionRange {
	return { min: parseVersion(row.from), ...(row.until ? { below: parseVersion(row.until) } : { max: parseVersion(row.through!) }) };
}

/** The floor declared for one release, or undefined when the table does not cover it. */
export function floorAt(sdk: SdkFloors, release: string): RuntimeFloorRow | undefined {
	const version = parseVersion(release);
	return version ? sdk.runtimeFloors?.find((row) => inRange(version, floorRange(row))) : undefined;
}

/** "Python 3.10+" for a known floor, "Python" when the table has none for the release. */
export function runtimeLabel(runtime: 'python' | 'node', floor?: RuntimeFloorRow): string {
	return floor ? `${RUNTIME_NAME[runtime]} ${floor.minimum}+` : RUNTIME_NAME[runtime];
}

export interface RuntimeLine {
	/** The release the line is about: the one checked, else the newest the range names. */
	release?: string;
	label: string;
	floor?: RuntimeFloorRow;
	/** Other floors the range spans, oldest first, so a reader on an older release knows too. */
	others: RuntimeFloorRow[];
}

/** The newest release a range names, when it names one. */
function newestNamed(range: VersionRange | undefined): string | undefined {
	const top = range?.max;
	return top && !top.includes(Number.MAX_SAFE_INTEGER) ? top.join('.') : undefined;
}

export function runtimeLine(sdk: SdkFloors, versions: string, checked?: string): RuntimeLine {
	const range = parseRange(versions);
	const release = checked ?? newestNamed(range);
	const floor = release ? floorAt(sdk, release) : undefined;
	const others = (sdk.runtimeFloors ?? [])
		.filter((row) => row !== floor && (!range || rangesOverlap(floorRange(row), range)))
		.filter((row) => !release || compareVersions(parseVersion(row.from)!, parseVersion(release)!) < 0);
	return { release, label: runtimeLabel(sdk.runtime, floor), floor, others };
}
