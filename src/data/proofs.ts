/** What the example tests proved, read from the record they write (content/proofs.json). */
import record from '../../content/proofs.json';

export interface ProofView {
	sdk: string;
	version: string;
	raised: string;
	fixed: 'succeeds' | 'recovers';
}

export function proofFor(id: string): ProofView | undefined {
	const proof = (record.proofs as Record<string, { raised: string; fixed: 'succeeds' | 'recovers' }>)[id];
	return proof && { sdk: record.sdk.name, version: record.sdk.version, ...proof };
}
