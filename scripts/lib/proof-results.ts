/** The committed record of proven examples (`content/proofs.json`), written by `npm run prove`. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './entries';
import type { Proof } from './prove';

export const PROOFS_FILE = join(ROOT, 'content/proofs.json');

export interface ProofResults {
	/** How the file is made: never by hand. */
	generatedBy: string;
	/** The day the examples were run, YYYY-MM-DD: the date of every proof stamp. */
	ranOn: string;
	proofs: Record<string, Proof>;
}

export function readProofResults(): ProofResults | undefined {
	return existsSync(PROOFS_FILE) ? (JSON.parse(readFileSync(PROOFS_FILE, 'utf8')) as ProofResults) : undefined;
}

export function writeProofResults(results: ProofResults): void {
	const sorted = Object.fromEntries(Object.entries(results.proofs).sort(([a], [b]) => a.localeCompare(b)));
	writeFileSync(PROOFS_FILE, `${JSON.stringify({ ...results, proofs: sorted }, null, 2)}\n`);
}
