/**
 * The peak resident memory of a process and everything it starts, polled from
 * Linux's /proc. A build is more than one process (Pagefind's indexer is its
 * own), and GNU time's figure covers only the processes it waits for: what a
 * machine must have is the peak of their sum.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface MemoryPeak {
	/** The largest sum of every process of the tree at one moment, in bytes. */
	totalBytes: number;
	/** Each command's own peak, in bytes (not at the same moment). */
	byCommand: Map<string, number>;
	/** What each command held at the moment of the total's peak, in bytes, and when that was (ms after the start). */
	atPeak: { afterMs: number; byCommand: Map<string, number> };
}

const PAGE_BYTES = 4096;

interface ProcessInfo {
	pid: number;
	parent: number;
	command: string;
	rssBytes: number;
}

function readProcess(pid: number): ProcessInfo | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command is in parentheses and may hold spaces; the fields after it are numbers.
		const open = stat.indexOf('(');
		const close = stat.lastIndexOf(')');
		const fields = stat.slice(close + 2).split(' ');
		return { pid, command: stat.slice(open + 1, close), parent: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_BYTES };
	} catch {
		return undefined; // it ended between the listing and the read
	}
}

function tree(root: number): ProcessInfo[] {
	const all = readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.map((name) => readProcess(Number(name)))
		.filter((p): p is ProcessInfo => p !== undefined);
	const members = new Set([root]);
	// Parents have lower pids than their children only until pids wrap: repeat until nothing is added.
	for (let grew = true; grew; ) {
		grew = false;
		for (const p of all) {
			if (members.has(p.pid) || !members.has(p.parent)) continue;
			members.add(p.pid);
			grew = true;
		}
	}
	return all.filter((p) => members.has(p.pid));
}

/** Starts polling `root` and its descendants; `stop()` returns the peak, or undefined where /proc is missing. */
export function watchMemory(root: number, everyMs = 200): { stop(): MemoryPeak | undefined } {
	let available = true;
	try {
		readdirSync('/proc');
	} catch {
		available = false;
	}
	const start = performance.now();
	const peak: MemoryPeak = { totalBytes: 0, byCommand: new Map(), atPeak: { afterMs: 0, byCommand: new Map() } };
	const poll = () => {
		const members = tree(root);
		const total = members.reduce((sum, p) => sum + p.rssBytes, 0);
		if (total > peak.totalBytes) {
			const now = new Map<string, number>();
			for (const p of members) now.set(p.command, (now.get(p.command) ?? 0) + p.rssBytes);
			Object.assign(peak, { totalBytes: total, atPeak: { afterMs: performance.now() - start, byCommand: now } });
		}
		for (const p of members) peak.byCommand.set(p.command, Math.max(peak.byCommand.get(p.command) ?? 0, p.rssBytes));
	};
	const timer = available ? setInterval(poll, everyMs) : undefined;
	return {
		stop: () => {
			clearInterval(timer);
			return available ? peak : undefined;
		},
	};
}
