/**
 * The runtime line of a compatibility row is read from the SDK's runtime floors in the
 * registry: these are the floors the catalogs' sources give (openai-python's requires-python,
 * openai-node's README and engines), so a wrong lookup shows here as a wrong version.
 */
import { describe, expect, it } from 'vitest';
import { floorAt, runtimeLine } from '../../src/lib/runtime-floors';
import { compatibilityRows } from '../../src/lib/compatibility';
import { parseRange, parseVersion, inRange } from '../../src/lib/versions';
import { sdkById } from '../../src/providers';

const openaiPython = sdkById('openai-python')!;
const openaiNode = sdkById('openai-node')!;

describe('release ranges as entries write them', () => {
	it.each([
		['>=1.0.0', '1.0.0', true],
		['>=1.0.0', '0.28.1', false],
		['<1.0.0', '0.28.1', true],
		['<1.0.0', '1.0.0', false],
		['0.47.0-0.107.x (_exceptions)', '0.107.9', true],
		['0.47.0-0.107.x (_exceptions)', '0.108.0', false],
		['>=3.0.0 <4.0.0', '3.3.0', true],
		['<=0.8.5', '0.8.6', false],
		['<0.27.0 or 1.0.0-1.1.2', '0.26.0', true],
	])('%s contains %s: %s', (range, release, expected) => {
		expect(inRange(parseVersion(release)!, parseRange(range)!)).toBe(expected);
	});

	it('reads no range from text that names none', () => {
		expect(parseRange('2026')).toBeUndefined();
		expect(parseRange('all')).toBeUndefined();
	});
});

describe('runtime floors', () => {
	it.each([
		['1.0.0', '3.7.1'],
		['1.53.9', '3.7.1'],
		['1.54.0', '3.8'],
		['2.48.0', '3.9'],
		['2.49.0', '3.10'],
		['3.3.1', '3.10'],
	])('openai-python %s needs Python %s', (release, minimum) => {
		expect(floorAt(openaiPython, release)?.minimum).toBe(minimum);
	});

	it.each([
		['4.0.0', '16'],
		['4.12.0', '18'],
		['6.49.0', '20'],
		['7.5.0', '22'],
		['7.57.0', '22'],
	])('openai-node %s needs Node %s', (release, minimum) => {
		expect(floorAt(openaiNode, release)?.minimum).toBe(minimum);
	});

	it('assumes nothing outside the releases the table covers', () => {
		expect(floorAt(openaiPython, '0.28.1')).toBeUndefined();
		expect(floorAt(openaiPython, '9.0.0')).toBeUndefined();
		expect(floorAt(sdkById('anthropic-python')!, '0.50.0')).toBeUndefined();
		expect(runtimeLine(sdkById('anthropic-python')!, '0.47.0-0.107.x').label).toBe('Python');
	});

	it('labels the checked release and lists the older floors its range spans', () => {
		const line = runtimeLine(openaiPython, '>=1.0.0', '3.3.1');
		expect(line.label).toBe('Python 3.10+');
		expect(line.others.map((row) => row.minimum)).toEqual(['3.7.1', '3.8', '3.9']);
	});

	it('gives every floor a source at https', () => {
		for (const sdk of [openaiPython, openaiNode, sdkById('openai-python-v0')!]) {
			for (const row of sdk.runtimeFloors!) expect(row.source).toMatch(/^https:\/\//);
		}
	});
});

describe('compatibility rows', () => {
	it('take the release an example ran against for the SDK it ran on, one version per row', () => {
		const rows = compatibilityRows(
			[
				{ sdk: 'openai-python', versions: '>=1.0.0', checked: '3.3.1' },
				{ sdk: 'openai-node', versions: '>=4.0.0', checked: '7.5.0' },
				{ runtime: 'any HTTP client', package: 'REST API', versions: 'v1' },
			],
			sdkById,
			{ sdkId: 'openai-node', version: '7.57.0' },
		);
		expect(rows.map((r) => [r.runtime, r.package, r.release])).toEqual([
			['Python 3.10+', 'openai', { kind: 'checked', version: '3.3.1' }],
			['Node 22+', 'openai (npm)', { kind: 'run', version: '7.57.0' }],
			['any HTTP client', 'REST API', undefined],
		]);
	});

	it('say when the range reaches below the releases whose floors are recorded', () => {
		const [row] = compatibilityRows([{ sdk: 'anthropic-node', versions: '>=0.5.0', checked: '0.120.0' }], sdkById);
		expect(row!.runtime).toBe('Node 20+');
		expect(row!.recordedFrom).toBe('0.120.0');
	});
});
