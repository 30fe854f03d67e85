/**
 * Removes what terminals, loggers and transports add around an error:
 * colour codes, control bytes, timestamps and level prefixes, escaped newlines.
 */

import { endsLikeException, EXCEPTION_SUFFIX, shortName } from './exception-line';

// ESC [ ... letter (CSI), ESC ] ... BEL (OSC), and bare "[31m" left after copy-paste drops the ESC byte.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[@-_]|\[(?:\d{1,3};)*\d{1,3}m/g;
// Control bytes other than tab and newline, and the replacement character from broken encodings.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/g;

export function stripAnsi(text: string): string {
	return text.replace(ANSI, '');
}

export function stripControl(text: string): string {
	return text.replace(CONTROL, '');
}

/**
 * Leading log decorations of one line: ISO or bracketed timestamps, syslog dates,
 * levels, logger names with a colon, container prefixes like "web-1  | ".
 */
const LINE_PREFIX = new RegExp(
	[
		String.raw`^\s*[\w.-]+\s+\|\s`, // docker compose: "api-1  | "
		String.raw`^\s*\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\]?\s*`, // 2026-03-14 09:12:44,112
		String.raw`^\s*\[?\d\d:\d\d:\d\d(?:[.,]\d+)?\]?\s+`, // 09:12:44.112
		String.raw`^\s*[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d\s+\S+\s+\S+?:\s`, // syslog: "Mar 14 09:12:44 host app[12]: "
		String.raw`^\s*\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|CRITICAL|FATAL|SEVERE)\]?(?:\s*[:|-]\s*|\s+)`, // "ERROR " / "[ERROR] "
	].join('|'),
);

/** Strips log prefixes from the start of every line (repeatedly: a timestamp then a level). */
export function stripLogPrefixes(text: string): string {
	return text
		.split('\n')
		.map((line) => {
			let current = line;
			for (let i = 0; i < 4; i++) {
				const next = current.replace(LINE_PREFIX, '');
				if (next === current) break;
				current = next;
			}
			return current;
		})
		.join('\n');
}

/**
 * Lines an IDE, editor or runtime prints after a program dies. Copied with the
 * traceback, they would read as the end of the error's message.
 */
const RUNNER_TRAILER = new RegExp(
	[
		String.raw`^\s*Process finished with exit code -?\d+\s*$`, // PyCharm, IntelliJ
		String.raw`^\s*\[Done\] exited with code=-?\d+ in [\d.]+ seconds\s*$`, // VS Code Code Runner
		String.raw`^\s*\[Finished in [\d.]+m?s(?: with exit code -?\d+)?\]\s*$`, // Sublime Text
		String.raw`^\s*Node\.js v\d+\.\d+\.\d+\s*$`, // Node after an uncaught exception
	].join('|'),
);

export function stripRunnerTrailers(text: string): string {
	return text
		.split('\n')
		.filter((line) => !RUNNER_TRAILER.test(line))
		.join('\n');
}

/**
 * A paste copied out of a JSON log or a string literal has its newlines
 * escaped ("\\n") and its quotes escaped ("\\\""). Unescape when escaped
 * newlines clearly outnumber real ones.
 */
export function unescapeIfEscaped(text: string): string {
	const escaped = (text.match(/\\n/g) ?? []).length;
	const real = (text.match(/\n/g) ?? []).length;
	if (escaped < 2 || escaped <= real) return text;
	return text
		.replace(/\\r\\n|\\n|\\r/g, '\n')
		.replace(/\\t/g, '\t')
		.replace(/\\"/g, '"')
		.replace(/\\'/g, "'")
		.replace(/\\\\/g, '\\');
}

/** Removes HTML tags, keeping the text (gateway error pages are HTML). */
export function stripHtml(text: string): string {
	return text
		.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]{0,500}>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

/**
 * Single-line fields (an <input>, a chat box, some log viewers) delete the
 * newlines of a paste. Puts them back before the places a new line always
 * starts: traceback frames, chain markers, Node frames, log timestamps, and
 * exception headers that follow a frame.
 */
const LINE_STARTS = new RegExp(
	[
		String.raw`Traceback \(most recent call last\):`,
		String.raw`\s{2,}File "`,
		String.raw`File [/\\A-Za-z]\S*:\d+, in `,
		String.raw`Cell In\[\d+\], line`,
		String.raw`-{3,}>\s*\d+`,
		String.raw`During handling of the above exception`,
		String.raw`The above exception was the direct cause`,
		String.raw`\s{2,}at\s`,
		String.raw`\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d`,
		String.raw`Node\.js v\d`,
		String.raw`\s*\[cause\]:`,
	].join('|'),
	'g',
);
/**
 * An exception header inside a flattened line: a class name and a colon after
 * whitespace, carets or a closing bracket. Not after ": " or " - " (a wrapper
 * chain inside a message) nor after `except`, `raise` or `new` (source code).
 * A class counts when it ends like an exception or is one the entries declare.
 */
function headerInLine(knownNames: readonly string[]): RegExp {
	const declared = [...new Set(knownNames.map(shortName))].filter((n) => /^[A-Z]\w+$/.test(n) && !endsLikeException(n));
	const ending = [String.raw`[A-Z]\w*${EXCEPTION_SUFFIX}`, ...declared].join('|');
	return new RegExp(String.raw`(?<=[\s^~()\]]|^)(?<!(?::|\s-|\bexcept|\braise|\bnew)\s{1,3})((?:[a-z_]\w*\.)*(?:${ending})):(?=\s|$)`, 'g');
}

interface LinePatterns {
	gluedModule?: RegExp;
	gluedClass?: RegExp;
	header: RegExp;
}

/** Built once per list of names: a flattened paste is re-split on every keystroke. */
const patternCache = new WeakMap<readonly string[], LinePatterns>();

function linePatterns(knownNames: readonly string[]): LinePatterns {
	let patterns = patternCache.get(knownNames);
	if (patterns) return patterns;
	const modules = new Set<string>();
	const classes = new Set<string>();
	for (const name of knownNames) {
		const parts = name.split('.');
		if (parts.length > 1 && /^[a-z_]\w*$/.test(parts[0]!)) modules.add(parts[0]!);
		const last = parts.at(-1)!;
		if (/^[A-Z]\w{5,}$/.test(last) && last !== 'Exception') classes.add(last);
	}
	patterns = {
		gluedModule: modules.size ? new RegExp(`(?<=\\w)(${[...modules].join('|')})\\.(?=(?:[a-z_]\\w*\\.)*[A-Z]\\w*:)`, 'g') : undefined,
		gluedClass: classes.size ? new RegExp(`(?<=[a-z0-9])(${[...classes].join('|')})(?=:\\s)`, 'g') : undefined,
		header: headerInLine(knownNames),
	};
	patternCache.set(knownNames, patterns);
	return patterns;
}

/**
 * Deleting newlines glues the end of one line to the exception header on the
 * next ("from Noneopenai.RateLimitError:", "node app.mjsNotFoundError: 404").
 * The exception names the entries declare show where to cut: their modules
 * (`openai`, `litellm`) and their class names.
 */
function unglueKnownNames(text: string, patterns: LinePatterns): string {
	let result = text;
	if (patterns.gluedModule) result = result.replace(patterns.gluedModule, ' $1.');
	if (patterns.gluedClass) result = result.replace(patterns.gluedClass, ' $1');
	return result;
}

const NO_NAMES: readonly string[] = [];

export function restoreLineBreaks(text: string, knownNames: readonly string[] = NO_NAMES): string {
	if (text.includes('\n') || text.length < 120) return text;
	const patterns = linePatterns(knownNames);
	return unglueKnownNames(text, patterns)
		.replace(LINE_STARTS, (start) => `\n${/^\s+(?:at\s|File ")/.test(start) ? start : start.replace(/^\s+/, '')}`)
		.replace(patterns.header, (header: string) => `\n${header}`);
}

export function cleanPaste(text: string): string {
	return stripRunnerTrailers(stripLogPrefixes(unescapeIfEscaped(stripControl(stripAnsi(text)))));
}
