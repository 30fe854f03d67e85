/** Reads the built site in `dist/`: its pages, their links and their anchors. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './entries';

export const DIST = join(ROOT, 'dist');

/** Site paths of every built HTML page ("/openai/x/") and of the other public files. */
export function builtPaths(dist = DIST): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => !file.startsWith('_astro/') && !file.startsWith('pagefind/'))
		.filter((file) => /\.(html|json|xml|txt)$/.test(file))
		.map((file) => (file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
		.map((path) => path.replace(/\/\/$/, '/'))
		.sort();
}

/** The file a site path is served from, or undefined. */
export function fileFor(path: string, dist = DIST): string | undefined {
	const clean = decodeURI(path.split('#')[0]!.split('?')[0]!);
	const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
	return candidates.find((file) => existsSync(file));
}

export function htmlFiles(dist = DIST): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
		.map((file) => join(dist, file));
}

/** Internal href/src values of a page (site paths and fragments). */
export function internalLinks(html: string): string[] {
	const links: string[] = [];
	for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
		const value = match[1]!.replace(/&amp;/g, '&');
		if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) continue;
		links.push(value);
	}
	return links;
}

export function idsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

export const LEDGER = join(ROOT, 'content/published-urls.txt');

/** Every URL the site has ever published, one site path a line ("#" starts a comment). */
export function readLedger(path = LEDGER): string[] {
	if (!existsSync(path)) return [];
	return readFileSync(path, 'utf8')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'));
}
