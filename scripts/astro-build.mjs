/**
 * npm run build [-- astro build options]: `astro build`, in a Node process set up
 * to give memory back as it goes. Measured at 10,000 entries (npm run bench:build):
 *
 * - The bundler (Rolldown), Astro's compiler and the card renderer (resvg), all Rust,
 *   allocate with mimalloc, which by default keeps freed pages for reuse: after
 *   bundling, the process held over a gigabyte that nothing used, through all of
 *   rendering. MIMALLOC_PURGE_DELAY=0 returns them to the system when freed.
 * - V8 lets its heap grow up to four times what a collection leaves alive before it
 *   collects again; rendering ten thousand pages makes a lot of short-lived garbage,
 *   and the heap grew past 2 GB around a live set under 1 GB. A growth factor of
 *   1.5 keeps it near the live set, and still scales with it (no fixed cap to outgrow).
 *
 * Both only change when memory is reclaimed, never what is built.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const { status, signal } = spawnSync(process.execPath, ['--heap-growing-percent=50', astro, 'build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { MIMALLOC_PURGE_DELAY: '0', ...process.env },
});
if (signal) process.kill(process.pid, signal);
process.exit(status ?? 1);
