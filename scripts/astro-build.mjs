/**
 * npm run build [-- astro build options]: `astro build`, in a Node process set up
 * to give memory back as it goes. Measured at 10,000 entries (npm run bench:build):
 *
 * - The bundler (Rolldown), Astro's compiler and the card renderer (resvg), all Rust,
 *   allocate with mimalloc, which by default keeps freed pages for reuse: after
 *   bundling, the process held over a gigabyte that nothing used, through all of
 *   rendering. MIMALLOC_PURGE_DELAY=0 returns them to the system when freed.
 * - Pagefind's indexer (its own process, Rust) allocates with jemalloc, which keeps
 *   freed pages for ten seconds: returning them at once (`_RJEM_MALLOC_CONF`, the
 *   name its jemalloc reads) lowered its peak by 0.2-0.3 GB of 3.4 GB at 10,000 pages,
 *   for 3-7 s more of writing (two runs each).
 * - V8 lets its heap grow up to four times what a collection leaves alive before it
 *   collects again; rendering ten thousand pages makes a lot of short-lived garbage,
 *   and the heap grew past 2 GB around a live set under 1 GB. A growth factor of
 *   1.5 keeps it near the live set, and still scales with it (no fixed cap to outgrow).
 *
 * All three change only when memory is given back, never what is built.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const { status, signal } = spawnSync(process.execPath, ['--heap-growing-percent=50', astro, 'build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { MIMALLOC_PURGE_DELAY: '0', _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0', ...process.env },
});
if (signal) process.kill(process.pid, signal);
process.exit(status ?? 1);
