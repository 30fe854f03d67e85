/**
 * npm run validate: checks every error entry without building the site —
 * the schema, the collection rules, and that every code example is valid code.
 * Prints each problem as "file → field: message" and exits 1 when there is any.
 */
import { readAllEntries } from './lib/entries';
import { checkPython, checkTypeScript, entrySnippets, type Snippet } from './lib/code-check';
import { formatProblems } from '../src/lib/content/rules';

const { entries, problems } = readAllEntries();
const snippets: Snippet[] = entrySnippets(entries);
const codeProblems = [...checkPython(snippets), ...checkTypeScript(snippets)];

if (problems.length) console.error(`Entry problems:\n${formatProblems(problems)}`);
for (const p of codeProblems) console.error(`  ${p.label}: ${p.message}`);
console.log(`${entries.length} entries read, ${snippets.length} code examples checked, ${problems.length + codeProblems.length} problem(s).`);
process.exit(problems.length + codeProblems.length > 0 ? 1 : 0);
