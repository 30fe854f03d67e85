/**
 * npm run ledger: records every URL of the built site in content/published-urls.txt.
 * Only adds: a URL once published stays in the ledger, and the tests then
 * require it to keep resolving (as a page or as an alias redirect).
 */
import { writeFileSync } from 'node:fs';
import { builtPaths, LEDGER, readLedger } from './lib/dist';

const known = new Set(readLedger());
const added = builtPaths().filter((path) => !known.has(path) && path !== '/404.html');
const all = [...known, ...added].sort();
writeFileSync(
	LEDGER,
	`# Every URL Error Atlas has published. Never delete a line: a URL that goes away must be kept\n# alive as an alias of its new entry. Append with \`npm run ledger\` after a build.\n${all.join('\n')}\n`,
);
console.log(`${added.length} URL(s) added, ${all.length} in the ledger.`);
