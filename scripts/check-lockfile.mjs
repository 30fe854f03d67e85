/**
 * node scripts/check-lockfile.mjs
 *
 * `npm ci` installs exactly what package-lock.json lists, so a lock written on
 * one machine after an install records only that platform's optional binaries
 * (Astro's compiler, Pagefind, esbuild) and fails on every other platform.
 * This checks that every optional dependency of every locked package is itself
 * in the lock. Plain JavaScript, so it runs before anything is installed.
 * Fix a failure by regenerating the lock from a clean tree:
 *   rm -rf node_modules package-lock.json && npm install --package-lock-only
 */
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const packages = lock.packages ?? {};

/** Where npm would resolve `name` from the package at `path`: its own node_modules, then each parent's. */
function resolves(path, name) {
	let base = path;
	for (;;) {
		if (`${base ? `${base}/` : ''}node_modules/${name}` in packages) return true;
		if (!base) return false;
		const at = base.lastIndexOf('/node_modules/');
		base = at < 0 ? '' : base.slice(0, at);
	}
}

const missing = [];
for (const [path, info] of Object.entries(packages)) {
	for (const name of Object.keys(info.optionalDependencies ?? {})) {
		if (!resolves(path, name)) missing.push(`${path || '(root)'} → ${name}`);
	}
}
if (missing.length) {
	console.error(`package-lock.json lacks ${missing.length} optional package(s) that other platforms need:\n  ${missing.join('\n  ')}`);
	console.error('Regenerate it from a clean tree: rm -rf node_modules package-lock.json && npm install --package-lock-only');
	process.exit(1);
}
console.log(`package-lock.json: ${Object.keys(packages).length} packages, every optional dependency locked for every platform.`);
