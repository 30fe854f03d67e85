/**
 * npm run prove: runs every provable entry's TypeScript example against a
 * local mock of its provider's API with the real npm SDK, prints what
 * failed, and records what was proven in content/proofs.json (shown on the
 * entry pages). Exits 1 when an example that should be provable is not.
 */
import { readAllEntries } from './lib/entries';
import { proveEntry, provable, type Proof, type ProofFailure } from './lib/prove';
import { writeProofResults } from './lib/proof-results';
import { PROOF_EXEMPTIONS } from '../src/data/proof-exemptions';

const { entries } = readAllEntries();
const targets = entries.filter((e) => provable(e) && !(e.id in PROOF_EXEMPTIONS));
const proofs: Record<string, Proof> = {};
const failures: ProofFailure[] = [];

// Two at a time: each run is a Node process, and the machines have two cores.
const queue = [...targets];
await Promise.all(
	[0, 1].map(async () => {
		for (let entry = queue.shift(); entry; entry = queue.shift()) {
			const result = await proveEntry(entry);
			if ('reason' in result) failures.push(result);
			else proofs[entry.id] = result;
		}
	}),
);

writeProofResults({ generatedBy: 'npm run prove', ranOn: new Date().toISOString().slice(0, 10), proofs });
for (const f of failures) console.error(`  ${f.id}: ${f.reason}`);
const unprovable = entries.filter((e) => !provable(e) && !(e.id in PROOF_EXEMPTIONS)).map((e) => e.id);
console.log(`${Object.keys(proofs).length} proven, ${failures.length} failed, ${Object.keys(PROOF_EXEMPTIONS).length} exempt, ${unprovable.length} without a TypeScript example or response to replay${unprovable.length ? `: ${unprovable.join(', ')}` : ''}`);
process.exit(failures.length ? 1 : 0);
