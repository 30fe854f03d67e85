/**
 * Bounds a paste before any regular expression sees it. The raising exception
 * is at the end of a traceback, so the tail matters most; the head is kept too
 * because curl output and log excerpts often start with the status line.
 */
export const MAX_HEAD = 4_000;
export const MAX_TAIL = 40_000;
/** Lines longer than this are cut: no message we match is anywhere near it. */
export const MAX_LINE = 4_000;

export interface Bounded {
	text: string;
	/** True when part of the paste was dropped. */
	truncated: boolean;
}

/** Keeps the head and the tail of the paste, where the status line and the raised exception are. */
export function boundInput(raw: string): Bounded {
	if (raw.length <= MAX_HEAD + MAX_TAIL) return { text: raw, truncated: false };
	return { text: `${raw.slice(0, MAX_HEAD)}\n…\n${raw.slice(-MAX_TAIL)}`, truncated: true };
}

/** Cuts over-long lines, keeping both ends of each: a message can sit at either. */
export function boundLines(text: string): Bounded {
	let truncated = false;
	const lines = text.split('\n').map((line) => {
		if (line.length <= MAX_LINE) return line;
		truncated = true;
		return `${line.slice(0, MAX_LINE / 2)} … ${line.slice(-MAX_LINE / 2)}`;
	});
	return { text: lines.join('\n'), truncated };
}
