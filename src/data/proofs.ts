/** What the example tests proved, read from the record they write (content/proofs.json). */
import record from '../../content/proofs.json';

export interface ProofView {
	/** The npm package the example ran against, e.g. "openai (npm)", and the registry's id of that SDK. */
	sdk: string;
	sdkId: string;
	version: string;
	raised: string;
	/** What Node printed for the error: its line and the stack frames under it. */
	printed: string;
	fixed: 'succeeds' | 'recovers';
	/** The SDK the fixed code ran against, when an upgrade is the fix. */
	fixedWith?: { sdk: string; sdkId: string; version: string };
	/** The day of the run, YYYY-MM-DD. */
	ranOn: string;
}

/** The npm package name as pages print it: "openai" for the record's "openai (npm)". */
export function packageOf(sdk: string): string {
	return sdk.replace(/ \(npm\)$/, '');
}

export function proofFor(id: string): ProofView | undefined {
	const proof = (record.proofs as Record<string, Omit<ProofView, 'ranOn'>>)[id];
	return proof && { ...proof, ranOn: (record as { ranOn: string }).ranOn };
}
