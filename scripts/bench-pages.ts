/**
 * npm run bench:pages [-- DIST]
 *
 * Page weight of the built site against its budget: for every entry page, the
 * compressed bytes a reader downloads before touching search (HTML + the CSS
 * and JS it links), and whether any script blocks rendering. Prints median,
 * p95 and max, and the pages over budget. Builds nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST } from './lib/dist';

const dist = process.argv[2] ?? DIST;
const BUDGET = 30 * 1024;

const size = (file: string) => {
	const body = readFileSync(file);
	return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotliCompressSync(body).length };
};
const cache = new Map<string, ReturnType<typeof size>>();
const assetSize = (path: string) => {
	if (!cache.has(path)) cache.set(path, size(join(dist, path)));
	return cache.get(path)!;
};

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /^[a-z0-9-]+\/[a-z0-9-]+\/index\.html$/.test(f) && !f.startsWith('e/') && !f.startsWith('status/'));
const rows: { page: string; gzip: number; brotli: number; html: number; blocking: string[]; comments: number }[] = [];
for (const page of pages) {
	const html = readFileSync(join(dist, page), 'utf8');
	const assets = [
		...[...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!),
		...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
	];
	// Static imports of those modules load before the reader acts too.
	const seen = new Set<string>();
	const queue = assets.filter((a) => a.startsWith('/'));
	while (queue.length) {
		const asset = queue.shift()!;
		if (seen.has(asset)) continue;
		seen.add(asset);
		if (asset.endsWith('.js')) {
			const code = readFileSync(join(dist, asset), 'utf8');
			for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g)) queue.push(`/_astro/${m[1]}`);
		}
	}
	const head = html.slice(0, html.indexOf('</head>'));
	const blocking = [...head.matchAll(/<script(?![^>]*(?:type="module"|type="application\/ld\+json"|async|defer))[^>]*>/g)].map((m) => m[0]);
	const own = size(join(dist, page));
	const total = [...seen].reduce(
		(sum, asset) => {
			const s = assetSize(asset);
			return { gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli };
		},
		{ gzip: own.gzip, brotli: own.brotli },
	);
	// Astro keeps a template's HTML comments in the page: bytes every reader downloads for nothing.
	const comments = [...html.matchAll(/<!--[\s\S]*?-->/g)].reduce((sum, m) => sum + m[0].length, 0);
	rows.push({ page, html: own.gzip, ...total, blocking, comments });
}

const q = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? 0;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = rows.map((r) => r.gzip);
console.log(`${rows.length} entry pages; budget ${kb(BUDGET)} compressed (HTML + CSS + JS loaded before search is touched)`);
console.log(`gzip: median ${kb(q(gz, 0.5))}, p95 ${kb(q(gz, 0.95))}, max ${kb(Math.max(...gz))}; HTML alone median ${kb(q(rows.map((r) => r.html), 0.5))}; brotli median ${kb(q(rows.map((r) => r.brotli), 0.5))}`);
const over = rows.filter((r) => r.gzip > BUDGET);
console.log(over.length ? `over budget: ${over.map((r) => `${r.page} (${kb(r.gzip)})`).join(', ')}` : 'over budget: none');
const blocking = rows.filter((r) => r.blocking.length);
console.log(blocking.length ? `render-blocking scripts on ${blocking.length} pages: ${blocking[0]!.blocking.join(' ')}` : 'render-blocking scripts: none');
const commented = rows.filter((r) => r.comments > 0);
console.log(commented.length ? `HTML comments on ${commented.length} pages, up to ${Math.max(...commented.map((r) => r.comments))} bytes a page` : 'HTML comments: none');
const searchCode = [...cache.keys()].filter((a) => /pagefind|search-page|engine/.test(a));
console.log(searchCode.length ? `search code loaded up front: ${searchCode.join(', ')}` : 'search code loaded up front: none (Pagefind loads on the search page only)');
