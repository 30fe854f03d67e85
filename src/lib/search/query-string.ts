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
		sig.apiStatus && `"status": ${quote(sig.apiStatus)}`,
		sig.param && `"param": ${quote(sig.param)}`,
		sig.code && `"code": ${quote(sig.code)}`,
	].filter(Boolean);
	if (fields.length) parts.push(`{"error": {${fields.join(', ')}}}`);
	// Where the provider showed itself outside the exception and the body (an SDK's
	// frames, a host, a wrapper's tag), as stack lines: they stay out of the message.
	const query = parts.join(' ');
	const seen = (sig.provider?.evidence ?? []).filter((e) => e.kind === 'path' || e.kind === 'host' || e.kind === 'marker').map((e) => e.detail);
	return [query, ...seen.filter((detail) => !query.includes(detail)).map((detail) => `    at ${detail}`)].join('\n');
}
