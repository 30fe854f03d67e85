/**
 * npm run build [-- astro build options]: `astro build`, in a Node process set up
 * to give memory back as it goes. Measured at 10,000 entries (npm run bench:build):
 *
 * - The bundler (Rolldown), Astro's compiler and the card renderer (resvg), all Rust,
 *   allocate with mimalloc, which by default keeps freed pages for reuse: after
 *   bundling, the process held over a gigabyte that nothing used, through all of
 *   rendering. MIMALLOC_PURGE_DELAY=0 returns them to the system when freed. A delay of
 *   10 ms spares the card renderer (108 cards) 2-3 s of system time, but the build peaked at 5.1 GB
 *   instead of 3.8 GB (2026-12-08, README).
 * - Pagefind's indexer (its own process, Rust) allocates with jemalloc, which keeps
 *   freed pages for ten seconds: returning them at once (`_RJEM_MALLOC_CONF`, the
 *   name its jemalloc reads) lowered its peak by 0.2-0.3 GB of 3.4 GB at 10,000 pages,
 *   for 3-7 s more of writing (two runs each).
 * - V8 lets its heap grow up to four times what a collection leaves alive before it
 *   collects again; rendering ten thousand pages makes a lot of short-lived garbage,
 *   and the heap grew past 2 GB around a live set under 1 GB. A growth factor of
 *   1.2 keeps it near the live set, and still scales with it (no fixed cap to outgrow).
 *   The whole build peaks as rendering ends, when Astro's process and Pagefind's
 *   indexer (1 GB) are both at their largest: at 10,000 entries, four pages at once,
 *   4,097 MB with 1.3 and 3,992 MB with 1.2, in less time (383.5 s, 361.8 s). At 1,000,
 *   one page at a time, 1.3 and 1.5 built in the same time (67.8 s, 66.8 s).
 *
 * All three change only when memory is given back, never what is built.
 *
 * It also holds the build's search index (src/integrations/search-index.mjs): `astro build`
 * sends it the entry pages as it renders them, and it writes the Pagefind bundle once
 * `astro build` has exited, so that the indexer's peak and Astro's never add up.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { INDEXER_ENV, SearchIndex } from '../src/integrations/search-index.mjs';

// Inherited by `astro build` and by Pagefind's indexer, which this process starts; a value already set wins.
process.env.MIMALLOC_PURGE_DELAY ??= '0';
process.env._RJEM_MALLOC_CONF ??= 'dirty_decay_ms:0,muzzy_decay_ms:0';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const args = process.argv.slice(2);
const build = spawn(process.execPath, ['--heap-growing-percent=20', astro, 'build', ...args], {
	stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
	env: { ...process.env, [INDEXER_ENV]: '1' },
});

const index = new SearchIndex();
/** @type {{ bundle: string, summary: string } | undefined} */
let toWrite;
build.on('message', (/** @type {import('../src/integrations/search-index.mjs').ToIndexer} */ message) => {
	if (message.type === 'write') toWrite = message;
	else if (message.type === 'add')
		index.add(message.items).then(
			() => build.connected && build.send({ type: 'added', seq: message.seq }),
			(/** @type {Error} */ error) => build.connected && build.send({ type: 'added', seq: message.seq, error: error.message }),
		);
});

const [status, signal] = /** @type {[number | null, NodeJS.Signals | null]} */ (await once(build, 'exit'));
try {
	if (status === 0 && toWrite) {
		await index.write(toWrite.bundle);
		if (!args.includes('--silent')) console.log(`${new Date().toLocaleTimeString('en-GB')} [error-atlas:pagefind] ${toWrite.summary}`);
	} else if (status === 0) {
		throw new Error('astro build finished without asking for its search index to be written (src/integrations/pagefind.ts)');
	}
} finally {
	await index.close();
}
if (signal) process.kill(process.pid, signal);
process.exit(status ?? 1);
