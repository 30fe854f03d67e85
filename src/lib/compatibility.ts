/**
 * The compatibility block of an entry as readers see it: per row, the runtime line read from
 * the SDK's table of runtime floors, the package and range, and the release the row was checked
 * or run against. Pure TypeScript, so tests compute the same lines the pages show.
 */
import { runtimeLabel, runtimeLine, type RuntimeFloorRow, type SdkFloors } from './runtime-floors';
import { compareVersions, parseRange, parseVersion } from './versions';

export interface CompatibilityInput {
	sdk?: string;
	runtime?: string;
	package?: string;
	versions: string;
	checked?: string;
}

export interface CompatibilitySdk extends SdkFloors {
	id: string;
}

/** The run that proved the entry's example: the SDK and version it ran against (the fixed code's too, when it differs). */
export interface ProofRun {
	sdkId: string;
	version: string;
	fixedWith?: { sdkId: string; version: string };
}

export interface CompatibilityRow {
	runtime: string;
	package: string;
	versions: string;
	/** "checked against 3.3.1" or "example run against 7.57.0". */
	release?: { kind: 'checked' | 'run'; version: string };
	/** Where the runtime floor is declared, when the row has one. */
	floor?: RuntimeFloorRow;
	/** Floors of older releases the range also covers, each with its runtime line ("Python 3.8+"). */
	others: (RuntimeFloorRow & { label: string })[];
	/** The oldest release the SDK table covers, when the range reaches below it. */
	recordedFrom?: string;
}

/** How pages name a package: npm packages with a Python namesake get "(npm)". */
export function packageLabel(sdk: CompatibilitySdk, installed?: string): string {
	const name = installed ?? sdk.package;
	return sdk.runtime === 'node' && !name.startsWith('@') ? `${name} (npm)` : name;
}

export function compatibilityRows(
	items: readonly CompatibilityInput[],
	sdkById: (id: string) => CompatibilitySdk | undefined,
	proof?: ProofRun,
): CompatibilityRow[] {
	return items.map((item) => {
		const sdk = item.sdk ? sdkById(item.sdk) : undefined;
		if (!sdk) return { runtime: item.runtime ?? '', package: item.package ?? '', versions: item.versions, others: [], ...(item.checked ? { release: { kind: 'checked' as const, version: item.checked } } : {}) };
		const label = packageLabel(sdk, item.package);
		// The release the example ran against speaks for the row of that SDK: one version per row.
		const ran = [proof, proof?.fixedWith].find((run) => run?.sdkId === sdk.id)?.version;
		const line = runtimeLine(sdk, item.versions, ran ?? item.checked);
		const first = sdk.runtimeFloors?.[0]?.from;
		return {
			runtime: line.label,
			package: label,
			versions: item.versions,
			...(ran ? { release: { kind: 'run' as const, version: ran } } : item.checked ? { release: { kind: 'checked' as const, version: item.checked } } : {}),
			...(line.floor ? { floor: line.floor } : {}),
			others: line.others.map((row) => ({ ...row, label: runtimeLabel(sdk.runtime, row) })),
			...(first && reachesBelow(item.versions, first) ? { recordedFrom: first } : {}),
		};
	});
}

/** Whether a range reaches below a release (a range that names no release is taken to). */
function reachesBelow(versions: string, release: string): boolean {
	const range = parseRange(versions);
	const low = range?.min ?? [0];
	return !range || compareVersions(low, parseVersion(release)!) < 0;
}
