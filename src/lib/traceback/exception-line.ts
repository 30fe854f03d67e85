/**
 * Finds the exception headers of a traceback or stack: "openai.RateLimitError: ...",
 * "RateLimitError: 429 ...", "[cause]: TypeError: fetch failed", and class
 * names mentioned inline in log lines ("... failed: RateLimitError (status=429)").
 */

export interface ExceptionHeader {
	/** The class as printed, e.g. `openai.RateLimitError`. */
	name: string;
	/** The text after "Name: " on that line and its continuation lines. */
	message: string;
	/** Line index in the cleaned paste. */
	line: number;
	/** Node's "cause:" / "[cause]:", or the exception above Python's "direct cause" line. */
	isCause: boolean;
}

const CLASS = String.raw`(?:[A-Za-z_][\w]*\.)*[A-Za-z_]\w*`;
/** The last segment of an exception class: ends like one, or is module-qualified CamelCase. */
function looksLikeExceptionClass(name: string): boolean {
	const last = name.split('.').at(-1)!;
	if (!/^[A-Z_]/.test(last)) return false;
	if (/(?:Error|Exception|Warning|Timeout|TryAgain|Interrupt|Exit|Failure|Fault|V1|APIType)$/.test(last)) return true;
	return name.includes('.') && /^[A-Z][a-z]+[A-Z]\w*$/.test(last) && /(?:^|\.)(?:error|errors|exceptions?|_old_api|_exceptions)\./.test(name);
}

const HEADER = new RegExp(String.raw`^\s*(?:Uncaught(?:\s+\(in promise\))?\s+|Unhandled\s+(?:exception|rejection):?\s*|(\[cause\]):\s*|E\s{3}|raised\s+)?(${CLASS})(?:\s\[\w+\])?(?::\s?(.*)|\s*)$`);
const CHAIN_MARKERS = /^(?:During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)\s*$/;
const STACK_LINE = /^\s*(?:at\s|File\s"|Traceback \(most recent call last\)|\^+\s*$|~+\s*$|\d+\s*\||-{3,}|Cell In\[|\.\.\.\s*$|[│┃]|→|\{$|\}$)/;

/**
 * Message continuation lines after a header, up to the next stack or header line.
 * Messages can have paragraphs (Python's APIRemovedInV1, the Node SDK's browser
 * warning), so single blank lines are crossed.
 */
function continuation(lines: string[], from: number, crossBlankLines: boolean): string {
	const parts: string[] = [];
	let blanks = 0;
	for (let i = from; i < lines.length && parts.length < 30; i++) {
		const line = lines[i]!;
		if (!line.trim()) {
			if (!crossBlankLines || ++blanks > 1) break;
			continue;
		}
		blanks = 0;
		if (STACK_LINE.test(line) || matchHeader(line) || CHAIN_MARKERS.test(line)) break;
		parts.push(line.trim());
	}
	return parts.join(' ');
}

/** Logger names and Node's "cause:" key that can stand before a header on its line. */
const LEAD_IN = /^\s*(\[cause\]|cause|[a-z_][\w.]*):\s+(.*)$/;

function matchHeader(line: string): { name: string; message: string; isCause: boolean } | undefined {
	const direct = HEADER.exec(line);
	if (direct && looksLikeExceptionClass(direct[2]!)) {
		return { name: direct[2]!, message: (direct[3] ?? '').trim(), isCause: Boolean(direct[1]) };
	}
	const lead = LEAD_IN.exec(line);
	if (!lead || looksLikeExceptionClass(lead[1]!)) return undefined;
	const inner = HEADER.exec(lead[2]!);
	if (!inner || !looksLikeExceptionClass(inner[2]!)) return undefined;
	const isCause = /^\[?cause\]?$/.test(lead[1]!) || Boolean(inner[1]);
	return { name: inner[2]!, message: (inner[3] ?? '').trim(), isCause };
}

export function findExceptionHeaders(text: string): ExceptionHeader[] {
	const lines = text.split('\n');
	const headers: ExceptionHeader[] = [];
	lines.forEach((line, index) => {
		// "The above exception was the direct cause ...": the exception above it caused the next one.
		if (/^The above exception was the direct cause/.test(line.trim()) && headers.length) headers.at(-1)!.isCause = true;
		const header = matchHeader(line);
		if (!header) return;
		const rest = continuation(lines, index + 1, true);
		headers.push({
			name: header.name,
			message: [header.message, rest].filter(Boolean).join(' '),
			line: index,
			isCause: header.isCause,
		});
	});
	return headers;
}

/** Class names mentioned anywhere, e.g. inside a log line; last mention last. */
export function findInlineClassNames(text: string): string[] {
	const names: string[] = [];
	for (const match of text.matchAll(new RegExp(String.raw`(?<![\w.])(${CLASS})(?![\w])`, 'g'))) {
		const name = match[1]!;
		// A bare "Error" says nothing ("Error code: 429", "ERROR digest.jobs ...").
		if (name === 'Error' || name === 'Exception') continue;
		if (looksLikeExceptionClass(name) && /(?:Error|Exception|Timeout|TryAgain|V1)$/.test(name)) names.push(name);
	}
	return names;
}

/**
 * Peels wrapper prefixes off a message: frameworks re-raise with the inner class
 * and provider in front ("litellm.RateLimitError: RateLimitError: OpenAIException - ...").
 * Returns the inner message and every class name peeled.
 */
export function peelWrappers(message: string): { message: string; classes: string[] } {
	const classes: string[] = [];
	let current = message.trim();
	for (let i = 0; i < 8; i++) {
		const match = new RegExp(String.raw`^(${CLASS})(?::\s+|\s+-\s+)`).exec(current);
		if (!match || !(looksLikeExceptionClass(match[1]!) || /Exception$|Error$/.test(match[1]!))) break;
		classes.push(match[1]!);
		current = current.slice(match[0].length).trim();
	}
	return { message: current, classes };
}

/** The short class name: `openai.error.RateLimitError` → `RateLimitError`. */
export function shortName(name: string): string {
	return name.split('.').at(-1)!;
}
