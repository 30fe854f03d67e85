/**
 * What goes into `?q=`: never the paste itself (it may hold secrets and is
 * long), only the recognised signature, written so that parsing it again
 * gives the same signature.
 */
import type { Signature } from '../traceback/signature';

export const MAX_QUERY_MESSAGE = 300;

const quote = (text: string) => JSON.stringify(text);

export function signatureToQuery(sig: Signature): string {
	if (sig.prose) return sig.text.trim().slice(0, MAX_QUERY_MESSAGE);
	const parts: string[] = [];
	if (sig.exception) parts.push(`${sig.exception}:`);
	if (sig.status !== undefined) parts.push(`Error code: ${sig.status} -`);
	const fields = [
		sig.message && `"message": ${quote(sig.message.slice(0, MAX_QUERY_MESSAGE))}`,
		sig.type && `"type": ${quote(sig.type)}`,
		sig.param && `"param": ${quote(sig.param)}`,
		sig.code && `"code": ${quote(sig.code)}`,
	].filter(Boolean);
	if (fields.length) parts.push(`{"error": {${fields.join(', ')}}}`);
	return parts.join(' ');
}

/** A short human summary: "openai.RateLimitError · 429 · insufficient_quota". */
export function recognisedParts(sig: Signature): string[] {
	return [sig.exception, sig.status !== undefined ? String(sig.status) : undefined, sig.code ?? sig.type].filter(
		(part): part is string => Boolean(part),
	);
}
