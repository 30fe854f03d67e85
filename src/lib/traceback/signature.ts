/**
 * Turns whatever a user pasted into a signature: the exception raised last,
 * the HTTP status, the API's type, code and param, and the message. Pure and
 * bounded: safe on a megabyte of junk, in the browser and in Node.
 */
import { boundInput, boundLines } from './bound';
import { cleanPaste, restoreLineBreaks, stripAnsi, stripControl, stripHtml } from './clean';
import { redactSecrets } from './redact';
import { readBodyFields, findStatus } from './error-body';
import { findExceptionHeaders, findInlineClassNames, peelWrappers, shortName } from './exception-line';
import { findProviderEvidence, foreignModule, NO_HINTS, readProvider, type EvidenceHints, type ProviderReading } from './provider-evidence';

export interface Signature {
	/**
	 * `query` for a few words typed into the box ("api key", "openai 429"): they are
	 * searched as words. `paste` for program output or a message: it is matched.
	 */
	kind: 'paste' | 'query';
	/** The exception raised last, as printed. */
	exception?: string;
	/** Every exception class seen, the one raised last first. */
	exceptions: string[];
	status?: number;
	type?: string;
	code?: string;
	/** Every code the body carries: an inner code (`innererror.code`) beside the API's own. */
	codes?: string[];
	param?: string;
	/** A status name from the body, e.g. `RESOURCE_EXHAUSTED`. */
	apiStatus?: string;
	/** Which provider the paste came from, and the evidence for it. */
	provider?: ProviderReading;
	/** The module of the raised exception when no SDK, wrapper or entry knows it (`groq`, `java.lang`). */
	foreignModule?: string;
	/** The error message, secrets redacted, wrappers peeled. */
	message?: string;
	/** Messages of the exceptions that caused the raised one (Node `cause`, Python "direct cause"). */
	causeMessages: string[];
	/** Messages of earlier exceptions the raised one happened while handling. */
	otherMessages: string[];
	/** The language whose stack the paste shows. */
	runtime?: 'python' | 'node';
	/**
	 * True when status, type or code were read from an earlier exception of a chain,
	 * not from the one raised last: they describe the paste less directly.
	 */
	fieldsFromEarlier: boolean;
	/** The paste looked like a person's own words rather than program output. */
	prose: boolean;
	/** The cleaned, redacted, bounded paste. */
	text: string;
	redactions: number;
	truncated: boolean;
}

/** Request ids that proxies and SDKs append to a message. */
const TRAILING_NOISE = [
	/\s*\((?:request id|Request ID|request_id)[:=]?\s*[^)]*\)\s*$/,
	/\s*\{\s*$/, // Node inspect: "RateLimitError: 429 ... {" opens the error's own fields
	/\s*Process finished with exit code -?\d+\s*$/, // an IDE's trailer, glued on when the newlines were lost
];

function tidyMessage(message: string): string {
	let result = message.trim();
	// Legacy SDK v0: "Request req_abc123: message".
	result = result.replace(/^Request [\w-]+:\s+/, '');
	for (const noise of TRAILING_NOISE) result = result.replace(noise, '');
	return result.trim();
}

/** "429 Rate limit reached ..." (the Node SDK's rendering) → status and message; "429" alone → the status. */
function splitLeadingStatus(message: string): { status?: number; message: string } {
	// A bare status ("429") is a status with no message.
	const match = /^(\d{3})(?:\s+(?!-)(.*))?$/s.exec(message);
	if (!match) return { message };
	const status = Number(match[1]);
	return status >= 400 && status <= 599 ? { status, message: match[2] ?? '' } : { message };
}

function looksLikeProse(text: string): boolean {
	const trimmed = text.trim();
	return trimmed.length > 0 && trimmed.length <= 300 && !trimmed.includes('\n') && /\s/.test(trimmed);
}

export interface ParseOptions {
	/**
	 * Exception names the entries declare (`openai.RateLimitError`, `NotFoundError`): they
	 * show where a paste whose newlines were deleted must be split again.
	 */
	knownNames?: readonly string[];
	/** What tells providers apart (`evidenceHints()` of `src/providers/`). */
	hints?: EvidenceHints;
}

/** A typed query: one short line that is not program output. */
const MAX_QUERY_LENGTH = 100;

const nameSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function nameSet(names: readonly string[] = []): ReadonlySet<string> {
	let set = nameSets.get(names);
	if (!set) {
		// Short names too: a Node stack or a notebook prints the class without its module.
		set = new Set(names.flatMap((name) => [name, shortName(name)]));
		nameSets.set(names, set);
	}
	return set;
}

export function parseSignature(raw: string, options: ParseOptions = {}): Signature {
	const bounded = boundInput(raw);
	const redacted = redactSecrets(bounded.text);
	const lines = boundLines(restoreLineBreaks(stripControl(stripAnsi(redacted.text)), options.knownNames));
	let text = cleanPaste(lines.text);
	if (/<(?:html|head|body|title|center|h1)\b/i.test(text)) text = stripHtml(text).replace(/[ \t]+/g, ' ');

	const known = nameSet(options.knownNames);
	const hints = options.hints ?? NO_HINTS;
	const headers = findExceptionHeaders(text, known);
	const raised = [...headers].reverse().find((h) => !h.isCause) ?? headers.at(-1);

	const exceptions: string[] = [];
	const addException = (name: string) => {
		if (!exceptions.includes(name)) exceptions.push(name);
	};

	let message: string | undefined;
	let status: number | undefined;
	if (raised) {
		addException(raised.name);
		const peeled = peelWrappers(raised.message, known);
		peeled.classes.forEach(addException);
		const split = splitLeadingStatus(peeled.message);
		status = split.status;
		message = split.message;
	}
	for (const header of [...headers].reverse()) addException(header.name);
	if (!raised) {
		for (const name of findInlineClassNames(text, known).reverse()) addException(name);
	}

	// A body inside the raised exception's message wins over bodies elsewhere in the paste;
	// what follows the raised header (Node prints the error's fields there) is still its own.
	const ownBody = message ? readBodyFields(message, hints.logMessages) : {};
	const tail = raised ? readBodyFields(text.split('\n').slice(raised.line).join('\n'), hints.logMessages) : {};
	const anyBody = readBodyFields(text, hints.logMessages);
	const bodyMessage = ownBody.message ?? (raised && message && !/^Error code: \d{3}/.test(message) ? undefined : anyBody.message);
	if (bodyMessage) message = bodyMessage;
	else if (message && /^Error code: \d{3}\s*-?\s*$/.test(message)) message = undefined;

	const prose = !raised && !anyBody.message && looksLikeProse(text);
	if (!message && !raised && !anyBody.message) {
		// A bare message or a person's words: the last meaningful lines are the message.
		const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
		message = lines.slice(-3).join(' ').slice(0, 1000) || undefined;
		const peeled = message ? peelWrappers(message, known) : undefined;
		if (peeled && peeled.classes.length) {
			peeled.classes.forEach(addException);
			message = peeled.message;
		}
	}

	if (message) {
		const split = splitLeadingStatus(tidyMessage(message));
		status ??= split.status;
		message = split.message || undefined;
	}
	status ??= ownBody.status ?? tail.status ?? anyBody.status ?? (prose ? proseStatus(text) : undefined);
	// "HTTP 429", "error 401": the status said in words is not a message.
	if (message && status !== undefined && new RegExp(`^(?:HTTP(?:/[\\d.]+)?|error|status(?: code)?|code)?\\s*:?\\s*${status}$`, 'i').test(message)) message = undefined;
	const pick = <K extends 'type' | 'code' | 'codes' | 'param' | 'apiStatus'>(key: K) => ownBody[key] ?? tail[key] ?? anyBody[key];
	const fieldsFromEarlier =
		Boolean(raised) &&
		headers.filter((h) => !h.isCause).length > 1 &&
		(['type', 'code', 'status'] as const).some((key) => ownBody[key] === undefined && tail[key] === undefined && anyBody[key] !== undefined);

	const messagesOf = (list: typeof headers) =>
		list
			.filter((h) => h !== raised && h.message)
			.map((h) => tidyMessage(peelWrappers(h.message, known).message))
			.filter(Boolean)
			.slice(-5);
	const causeMessages = messagesOf(headers.filter((h) => h.isCause));
	const otherMessages = messagesOf(headers.filter((h) => !h.isCause));

	const kind = !raised && !anyBody.message && !anyBody.type && !anyBody.code && !text.includes('\n') && text.trim().length <= MAX_QUERY_LENGTH ? 'query' : 'paste';
	const type = pick('type');
	const apiStatus = pick('apiStatus');
	const evidence = findProviderEvidence({ text, exceptions, type, apiStatus, typed: kind === 'query' }, hints);

	return {
		kind,
		exception: exceptions[0],
		exceptions,
		status,
		type,
		code: pick('code'),
		codes: pick('codes'),
		param: pick('param'),
		apiStatus,
		provider: readProvider(evidence, hints.compatibleClients),
		foreignModule: foreignModule(raised?.name ?? exceptions[0], hints, known),
		message: message?.slice(0, 2000),
		causeMessages,
		otherMessages,
		runtime: detectRuntime(text),
		fieldsFromEarlier,
		prose,
		text,
		redactions: redacted.count,
		truncated: bounded.truncated || lines.truncated,
	};
}

function detectRuntime(text: string): 'python' | 'node' | undefined {
	if (/Traceback \(most recent call last\)|^\s*File "[^"]+", line \d+/m.test(text)) return 'python';
	if (/^\s+at .+:\d+:\d+\)?\s*$|node:internal\/|^Node\.js v\d+/m.test(text)) return 'node';
	return undefined;
}

/** In a person's own words, a bare 4xx/5xx number is the status ("429 even though I paid"). */
function proseStatus(text: string): number | undefined {
	const match = /\b([45]\d\d)\b/.exec(text);
	return match ? Number(match[1]) : findStatus(text);
}
