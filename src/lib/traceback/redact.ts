/**
 * Removes secrets from a paste before any of it is shown in a URL, stored in
 * the history or sent anywhere. Errors often carry API keys (in the message of
 * a 401, in a printed header, in an environment dump).
 */
const SECRET_PATTERNS: [RegExp, string][] = [
	// OpenAI-style keys: sk-..., sk-proj-..., sk-svcacct-..., sk-admin-...; also masked forms "sk-proj-****abcd".
	[/\bsk-[A-Za-z0-9_*-]{6,}/g, 'sk-[redacted]'],
	// Other common provider keys and tokens.
	[/\b(?:sess|rk|pk|ak|xox[abposr])-[A-Za-z0-9_-]{10,}/g, '[redacted-token]'],
	[/\bgh[pousr]_[A-Za-z0-9]{20,}/g, '[redacted-token]'],
	[/\bAIza[0-9A-Za-z_-]{20,}/g, '[redacted-token]'],
	[/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, '[redacted-jwt]'],
	// Authorization headers and key=value assignments.
	[/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]'],
	[/\b((?:api[_-]?key|apikey|access[_-]?token|secret|password|passwd|token)["']?\s*[:=]\s*["']?)(?![<{\[])[^\s"',}]{6,}/gi, '$1[redacted]'],
	// Organization and project ids identify an account.
	[/\borg-[A-Za-z0-9]{8,}/g, 'org-[redacted]'],
	[/\bproj_[A-Za-z0-9]{8,}/g, 'proj_[redacted]'],
	// E-mail addresses.
	[/(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g, '[redacted-email]'],
];

export function redactSecrets(text: string): { text: string; count: number } {
	let count = 0;
	let result = text;
	for (const [pattern, replacement] of SECRET_PATTERNS) {
		const found = result.match(pattern);
		if (!found) continue;
		count += found.length;
		result = result.replace(pattern, replacement);
	}
	return { text: result, count };
}
