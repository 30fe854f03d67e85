/**
 * Turns a broken URL's last path segment into search words:
 * "/openai/openai-429-rate-limit/" → "openai 429 rate limit".
 */
export function searchTermsFromPath(pathname: string): string {
	const segment = pathname.split('/').filter(Boolean).at(-1) ?? '';
	let decoded = segment;
	try {
		decoded = decodeURIComponent(segment);
	} catch {
		// A malformed escape: use the raw segment.
	}
	return decoded
		.replace(/\.(html?|php|aspx?)$/i, '')
		.replace(/[-_+.]+/g, ' ')
		.replace(/[^\p{L}\p{N} ]+/gu, '')
		.trim()
		.slice(0, 100);
}
