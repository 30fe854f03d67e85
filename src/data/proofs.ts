/** What the example tests proved, read from the record they write (content/proofs.json). */
import record from '../../content/proofs.json';

export interface ProofView {
	/** The npm package the example ran against, e.g. "openai (npm)". */
	sdk: string;
	version: string;
	raised: string;
	fixed: 'succeeds' | 'recovers';
}

export function proofFor(id: string): ProofView | undefined {
	return (record.proofs as Record<string, ProofView>)[id];
}
