/**
 * Reads the fields of an API error body wherever it appears: JSON
 * (`{"error": {"message": ...}}`), a Python dict repr (`{'error': {'message': ...}}`),
 * a Node inspect dump (`message: '...'`), or key=value log fields (`error_message='...'`).
 * Regular expressions rather than a parser, because pastes are cut, nested and escaped.
 */

export interface BodyFields {
	message?: string;
	type?: string;
	/** A status name in the body (`"status": "RESOURCE_EXHAUSTED"`), as Google's APIs send. */
	apiStatus?: string;
	code?: string;
	/** Every code in the body, outer and inner (Azure's `innererror.code`), in order. */
	codes?: string[];
	param?: string;
	status?: number;
}

/** A quoted string in single or double quotes, with backslash escapes. */
const QUOTED = String.raw`(?:'((?:[^'\\\n]|\\.){0,3000})'|"((?:[^"\\\n]|\\.){0,3000})")`;

/** An unquoted identifier value, as YAML-ish logs print codes: `code: ip_not_authorized`. */
const BARE = String.raw`([A-Za-z_][\w.-]{1,80})(?=[\s,;)}\]]|$)`;

function fieldPattern(name: string, bare: boolean): RegExp {
	// 'name': '...', "name": "...", name: '...', name='...', name="..."; for codes also name: value
	return new RegExp(String.raw`(?:['"]?\b${name}['"]?\s*[:=]\s*)(?:${QUOTED}${bare ? `|${BARE}` : ''})`, 'g');
}

function unquote(single: string | undefined, double: string | undefined, bare?: string): string {
	const raw = single ?? double ?? bare ?? '';
	return raw.replace(/\\(["'\\])/g, '$1').replace(/\\n/g, '\n');
}

/**
 * Every value of a field in the text, in order of appearance. `bare` also
 * accepts an unquoted identifier, for fields whose values are identifiers.
 */
export function findField(text: string, name: string, bare = false): string[] {
	const values: string[] = [];
	for (const match of text.matchAll(fieldPattern(name, bare))) {
		const value = unquote(match[1], match[2], match[3]).trim();
		if (value) values.push(value);
	}
	return values;
}

const STATUS_PATTERNS: RegExp[] = [
	/\bError code: (\d{3})\b/, // openai-python v1
	/\bHTTP\/\d(?:\.\d)?\s+(\d{3})\b/, // raw HTTP status line, httpx logs
	/\b(?:status(?:_code|Code)?|http_status|response_code|rcode)['"]?\s*[:=]\s*['"]?(\d{3})\b/, // status=429, status: 429
	/\bHTTP (?:code|status|error) (\d{3})\b/i, // v0 "HTTP code 502 from API"
	/\bRequest failed with status code (\d{3})\b/, // axios (Node SDK v3)
	/\b(\d{3}) (?:Too Many Requests|Bad Request|Unauthorized|Forbidden|Not Found|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Conflict|Unprocessable Entity)\b/i,
	/['"]?code['"]?\s*[:=]\s*['"]?(\d{3})['"]?\s*[,}]/, // Azure: "code": "429"
];

/** The HTTP status the paste reports, the last one mentioned winning (retries come first). */
export function findStatus(text: string): number | undefined {
	let found: { index: number; status: number } | undefined;
	for (const pattern of STATUS_PATTERNS) {
		const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
		for (const match of text.matchAll(global)) {
			const status = Number(match[1]);
			if (status >= 400 && status <= 599 && (!found || match.index! >= found.index)) found = { index: match.index!, status };
		}
	}
	return found?.status;
}

/** A value that is a real API code/type/param rather than a placeholder or a number. */
function meaningful(value: string | undefined): string | undefined {
	if (!value || value === 'None' || value === 'null' || value === 'undefined') return undefined;
	if (value.length > 80 || /\s/.test(value)) return undefined;
	return value;
}

/**
 * The fields of the error body. `ignoredMessages` are `message=` values of an
 * SDK's own log lines (from the provider registry), which are not the error.
 */
export function readBodyFields(text: string, ignoredMessages: readonly string[] = []): BodyFields {
	const messages = [...findField(text, 'message'), ...findField(text, 'error_message')].filter(
		(m) => !ignoredMessages.includes(m) && !/^HTTP Request\b/i.test(m),
	);
	const last = <T,>(values: T[]) => values.at(-1);
	// Google's bodies put the finer code in `details[].reason` (ErrorInfo), in JSON, in Python
	// dict reprs and in google-api-core's text rendering (`reason: "API_KEY_INVALID"`).
	const reasons = findField(text, 'reason', true).filter((r) => /^[A-Z][A-Z0-9_]{3,}$/.test(r));
	const codes = [...findField(text, 'code', true), ...findField(text, 'error_code', true), ...reasons].map(meaningful).filter(Boolean) as string[];
	return {
		message: last(messages),
		type: meaningful(last([...findField(text, 'type', true), ...findField(text, 'error_type', true)])),
		code: last(reasons) ?? last(codes.filter((c) => !/^\d+$/.test(c))) ?? last(codes),
		codes: codes.length ? codes : undefined,
		param: meaningful(last([...findField(text, 'param', true), ...findField(text, 'error_param', true)])),
		apiStatus: last(findField(text, 'status', true).filter((s) => /^[A-Z][A-Z_]{3,}$/.test(s))),
		status: findStatus(text),
	};
}
