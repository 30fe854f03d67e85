/**
 * The build benchmark's memory figure (scripts/lib/process-memory.ts): the peak
 * of a process and the processes it starts, together, as a machine must hold it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { watchMemory } from '../../scripts/lib/process-memory';

const MB = 1024 * 1024;

/** A Node process that holds `mb` megabytes for a while, then exits. */
const holder = (mb: number) => `const held = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => held.length, 1500);`;

describe.runIf(existsSync('/proc'))('peak memory of a process tree', () => {
	it("counts a child's children, at the same moment, and each command's own peak", async () => {
		// The parent holds 150 MB and starts a child that holds 250 MB at the same time.
		const parent = spawn(process.execPath, ['-e', `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(holder(250))}], { stdio: 'inherit' }); ${holder(150)}`]);
		const memory = watchMemory(parent.pid!, 50);
		await once(parent, 'exit');
		await new Promise((resolve) => setTimeout(resolve, 200));
		const peak = memory.stop()!;
		expect(peak.totalBytes).toBeGreaterThan(400 * MB);
		expect(peak.totalBytes).toBeLessThan(800 * MB);
		// Each command's own peak is one process's, not the sum (both are Node, named `node` or `MainThread`).
		const own = Math.max(...peak.byCommand.values());
		expect(own).toBeGreaterThan(250 * MB);
		expect(own).toBeLessThan(400 * MB);
		// What each held at the moment of the peak adds up to the peak.
		expect([...peak.atPeak.byCommand.values()].reduce((a, b) => a + b, 0)).toBe(peak.totalBytes);
		expect(peak.atPeak.afterMs).toBeGreaterThan(0);
	});
});
