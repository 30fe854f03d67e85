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

/** Endings that mark a class as an exception in any language the site reads. */
export const EXCEPTION_SUFFIX = String.raw`(?:Error|Exception|Warning|Timeout|Interrupt|Exit|Failure|Fault)`;
const ENDS_LIKE_EXCEPTION = new RegExp(`${EXCEPTION_SUFFIX}$`);

/** The name ends like an exception class (`RateLimitError`, `ReadTimeout`). */
export function endsLikeException(name: string): boolean {
	return ENDS_LIKE_EXCEPTION.test(name);
}

/**
 * The one rule for "is this name an exception class": a name an entry declares
 * (whatever its shape: `openai.error.TryAgain`, `APIRemovedInV1`), a name that
 * ends like an exception, or module-qualified CamelCase inside an errors module
 * (`google.api_core.exceptions.ResourceExhausted`).
 */
export function isExceptionClassName(name: string, known: ReadonlySet<string> = NO_NAMES): boolean {
	const last = shortName(name);
	if (known.has(name) || known.has(last)) return true;
	if (!/^[A-Z_]/.test(last)) return false;
	if (endsLikeException(last)) return true;
	return name.includes('.') && /^[A-Z][a-z]+[A-Z]\w*$/.test(last) && /(?:^|\.)(?:error|errors|exceptions?|_exceptions)\./.test(name);
}

const NO_NAMES: ReadonlySet<string> = new Set();

const HEADER = new RegExp(String.raw`^\s*(?:Uncaught(?:\s+\(in promise\))?\s+|Unhandled\s+(?:exception|rejection):?\s*|(\[cause\]):\s*|E\s{3}|raised\s+)?(${CLASS})(?:\s\[\w+\])?(?::\s?(.*)|\s*)$`);
const CHAIN_MARKERS = /^(?:During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)\s*$/;
const STACK_LINE = /^\s*(?:at\s|File\s"|Traceback \(most recent call last\)|\^+\s*$|~+\s*$|\d+\s*\||-{3,}|Cell In\[|\.\.\.\s*$|[│┃]|→|\{$|\}$)/;

/**
 * Message continuation lines after a header, up to the next stack or header line.
 * Messages can have paragraphs (Python's APIRemovedInV1, the Node SDK's browser
 * warning), so single blank lines are crossed.
 */
function continuation(lines: string[], from: number, crossBlankLines: boolean, known: ReadonlySet<string>): string {
	const parts: string[] = [];
	let blanks = 0;
	for (let i = from; i < lines.length && parts.length < 30; i++) {
		const line = lines[i]!;
		if (!line.trim()) {
			if (!crossBlankLines || ++blanks > 1) break;
			continue;
		}
		blanks = 0;
		if (STACK_LINE.test(line) || matchHeader(line, known) || CHAIN_MARKERS.test(line)) break;
		parts.push(line.trim());
	}
	return parts.join(' ');
}

/** Logger names and Node's "cause:" key that can stand before a header on its line. */
const LEAD_IN = /^\s*(\[cause\]|cause|[a-z_][\w.]*):\s+(.*)$/;

function matchHeader(line: string, known: ReadonlySet<string>): { name: string; message: string; isCause: boolean } | undefined {
	const direct = HEADER.exec(line);
	if (direct && isExceptionClassName(direct[2]!, known)) {
		return { name: direct[2]!, message: (direct[3] ?? '').trim(), isCause: Boolean(direct[1]) };
	}
	const lead = LEAD_IN.exec(line);
	if (!lead || isExceptionClassName(lead[1]!, known)) return undefined;
	const inner = HEADER.exec(lead[2]!);
	if (!inner || !isExceptionClassName(inner[2]!, known)) return undefined;
	const isCause = /^\[?cause\]?$/.test(lead[1]!) || Boolean(inner[1]);
	return { name: inner[2]!, message: (inner[3] ?? '').trim(), isCause };
}

export function findExceptionHeaders(text: string, known: ReadonlySet<string> = NO_NAMES): ExceptionHeader[] {
	const lines = text.split('\n');
	const headers: ExceptionHeader[] = [];
	lines.forEach((line, index) => {
		// "The above exception was the direct cause ...": the exception above it caused the next one.
		if (/^The above exception was the direct cause/.test(line.trim()) && headers.length) headers.at(-1)!.isCause = true;
		const header = matchHeader(line, known);
		if (!header) return;
		const rest = continuation(lines, index + 1, true, known);
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
export function findInlineClassNames(text: string, known: ReadonlySet<string> = NO_NAMES): string[] {
	const names: string[] = [];
	for (const match of text.matchAll(new RegExp(String.raw`(?<![\w.])(${CLASS})(?![\w])`, 'g'))) {
		const name = match[1]!;
		// A bare "Error" says nothing ("Error code: 429", "ERROR digest.jobs ...").
		if (name === 'Error' || name === 'Exception') continue;
		// Inline, only a declared name or a name that ends like an exception: CamelCase words are common in logs.
		if (known.has(name) || (isExceptionClassName(name, known) && endsLikeException(name))) names.push(name);
	}
	return names;
}

/**
 * Peels wrapper prefixes off a message: frameworks re-raise with the inner class
 * and provider in front ("litellm.RateLimitError: RateLimitError: OpenAIException - ...").
 * Returns the inner message and every class name peeled.
 */
export function peelWrappers(message: string, known: ReadonlySet<string> = NO_NAMES): { message: string; classes: string[] } {
	const classes: string[] = [];
	let current = message.trim();
	for (let i = 0; i < 8; i++) {
		const match = new RegExp(String.raw`^(${CLASS})(?::\s+|\s+-\s+)`).exec(current);
		if (!match || !isExceptionClassName(match[1]!, known)) break;
		classes.push(match[1]!);
		current = current.slice(match[0].length).trim();
	}
	return { message: current, classes };
}

/** The short class name: `openai.error.RateLimitError` → `RateLimitError`. */
export function shortName(name: string): string {
	return name.split('.').at(-1)!;
}
