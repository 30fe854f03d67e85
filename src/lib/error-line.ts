/**
 * The first line of a printed error with its variable parts (request ids, long hex ids,
 * hosts with ports, counts of four digits or more) replaced, so an example trace and the
 * line a proof observed compare on what matters: the class, the status and the wording.
 */
export function errorLineKey(text: string): string {
	const line = text.split('\n').find((l) => l.trim()) ?? '';
	return line
		.trim()
		.replace(/^Uncaught (?:\(in promise\) )?/, '')
		.replace(/\b(?:req|msg|thread|run|chatcmpl|resp|file|asst|org|proj|batch|toolu)_[A-Za-z0-9]+/g, '<id>')
		.replace(/\b[0-9a-f]{16,}\b/gi, '<hex>')
		.replace(/\b\d{1,3}(?:\.\d{1,3}){3}:\d+\b/g, '<host>')
		.replace(/\b\d{1,3}(?:,\d{3})+\b|\d{4,}/g, '<n>')
		.replace(/\s+/g, ' ');
}

export function sameErrorLine(a: string, b: string): boolean {
	return errorLineKey(a) === errorLineKey(b);
}
