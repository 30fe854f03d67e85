/**
 * What the verification parts of a page claim is what was checked: the runtime lines are the
 * SDK table's, the Node trace starts with the line the proof run observed, and every example
 * that is not run links to its reason. These read the built pages in dist/ from disk.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileFor } from '../../scripts/lib/dist';
import { readAllEntries } from '../../scripts/lib/entries';
import { readProofResults } from '../../scripts/lib/proof-results';
import type { Proof } from '../../scripts/lib/prove';
import { PROOF_EXEMPTIONS } from '../../src/data/proof-exemptions';
import { floorAt, floorRange } from '../../src/lib/runtime-floors';
import { parseRange, inRange, parseVersion, rangesOverlap } from '../../src/lib/versions';
import { errorLineKey } from '../../src/lib/error-line';
import { entryUrl } from '../../src/lib/content/rules';
import { sdkById } from '../../src/providers';

const { entries } = readAllEntries();
const proofs = readProofResults()?.proofs ?? {};
const RUNTIME = { python: 'Python', node: 'Node' } as const;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
function textOf(html: string): string {
	return html
		.replace(/<[^>]+>/g, '')
		.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!)
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

function pageOf(entry: (typeof entries)[number]): string {
	const file = fileFor(entryUrl(entry.data.provider, entry.id));
	expect(file, `${entry.id} has no built page`).toBeDefined();
	return readFileSync(file!, 'utf8');
}

/** The release a row's runtime line is about: the run's for the SDK it ran on, else the one checked. */
function releaseOf(row: (typeof entries)[number]['data']['compatibility'][number], proof?: Proof): string | undefined {
	const run = [proof, proof?.fixedWith].find((r) => r?.sdkId === row.sdk);
	if (run) return run.version;
	return row.checked ?? parseRange(row.versions)?.max?.join('.');
}

test('every runtime line on an entry page is the SDK table’s floor for the release the row names', () => {
	const wrong: string[] = [];
	for (const entry of entries) {
		const html = pageOf(entry);
		const shown = [...html.matchAll(/<span class="runtime(?: astro-\w+)?" data-runtime[^>]*>([^<]*)<\/span>/g)].map((m) => textOf(m[1]!));
		const expected = entry.data.compatibility.map((row) => {
			if (!row.sdk) return row.runtime!;
			const sdk = sdkById(row.sdk)!;
			const release = releaseOf(row, proofs[entry.id]);
			const floor = release ? floorAt(sdk, release) : undefined;
			return floor ? `${RUNTIME[sdk.runtime]} ${floor.minimum}+` : RUNTIME[sdk.runtime];
		});
		if (JSON.stringify(shown) !== JSON.stringify(expected)) wrong.push(`${entry.id}: shows ${JSON.stringify(shown)}, table says ${JSON.stringify(expected)}`);
	}
	expect(wrong).toEqual([]);
});

test('no entry page states a Python or Node floor that the SDK table does not give for the versions it names', () => {
	const wrong: string[] = [];
	for (const entry of entries) {
		const text = textOf(pageOf(entry).replace(/<script[\s\S]*?<\/script>/g, ''));
		const allowed = new Set<string>();
		for (const row of entry.data.compatibility.filter((r) => r.sdk)) {
			const sdk = sdkById(row.sdk!)!;
			const range = parseRange(row.versions);
			const release = releaseOf(row, proofs[entry.id]);
			for (const floor of sdk.runtimeFloors ?? []) {
				const releases = floorRange(floor);
				const named = (range && rangesOverlap(releases, range)) || (release && inRange(parseVersion(release)!, releases));
				if (named) allowed.add(`${RUNTIME[sdk.runtime]} ${floor.minimum}+`);
			}
		}
		for (const match of text.matchAll(/\b(Python|Node(?:\.js)?) (\d+(?:\.\d+)*)\+/g)) {
			const claim = `${match[1]!.replace('.js', '')} ${match[2]}+`;
			if (!allowed.has(claim)) wrong.push(`${entry.id}: "${match[0]}"`);
		}
	}
	expect(wrong).toEqual([]);
});

test('the Node trace of every proven entry starts with the line its proof run printed', () => {
	const wrong: string[] = [];
	for (const entry of entries) {
		const proof = proofs[entry.id];
		if (!proof) continue;
		const html = pageOf(entry);
		const at = html.indexOf('<div data-node-trace');
		if (at < 0) {
			wrong.push(`${entry.id}: no Node trace on the page`);
			continue;
		}
		const line = /<div class="ec-line[^"]*"[^>]*>([\s\S]*?)<\/div><\/div>/.exec(html.slice(at))?.[1] ?? '';
		if (errorLineKey(textOf(line)) !== errorLineKey(proof.printed)) wrong.push(`${entry.id}: page "${textOf(line).slice(0, 100)}", proof "${proof.printed.split('\n')[0]!.slice(0, 100)}"`);
	}
	expect(wrong).toEqual([]);
});

test('an example trace that shows the class the proof raised agrees with what the proof printed', () => {
	const wrong: string[] = [];
	for (const entry of entries) {
		const proof = proofs[entry.id];
		if (!proof || entry.data.stackTrace.lang === 'python') continue;
		const first = entry.data.stackTrace.text.split('\n').find((l) => l.trim())!.trim();
		if (!new RegExp(`^${proof.raised}\\b`).test(first)) continue;
		if (errorLineKey(first) !== errorLineKey(proof.printed)) wrong.push(`${entry.id}: "${first.slice(0, 100)}" vs "${proof.printed.split('\n')[0]!.slice(0, 100)}"`);
	}
	expect(wrong).toEqual([]);
});

test('every example that is not run says why and links to its line in the exemption list', () => {
	const list = readFileSync(fileFor('/verification/')!, 'utf8');
	const missing: string[] = [];
	for (const entry of entries.filter((e) => e.id in PROOF_EXEMPTIONS)) {
		if (!list.includes(`id="${entry.id}"`)) missing.push(`${entry.id}: not in /verification/`);
		const html = pageOf(entry);
		const typescript = entry.data.examples.some((ex) => ex.lang === 'typescript' || ex.lang === 'javascript');
		if (typescript && !html.includes(`href="/verification/#${entry.id}"`)) missing.push(`${entry.id}: its page does not link its exemption`);
	}
	expect(missing).toEqual([]);
});
