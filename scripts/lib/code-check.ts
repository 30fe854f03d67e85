/**
 * Checks that the code examples of the entries are real code: Python parses,
 * TypeScript type-checks against the installed `openai` package.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './entries';

export interface Snippet {
	/** Where the snippet comes from, e.g. `openai-429-x examples[0].broken`. */
	label: string;
	lang: string;
	code: string;
}

export interface SnippetProblem {
	label: string;
	message: string;
}

const PYTHON_PARSER = `
import ast, json, sys
out = []
for item in json.load(sys.stdin):
    try:
        ast.parse(item["code"])
    except SyntaxError as e:
        out.append({"label": item["label"], "message": f"Python syntax error line {e.lineno}: {e.msg}"})
print(json.dumps(out))
`;

/** Parses every Python snippet with CPython's own parser, in one process. */
export function checkPython(snippets: Snippet[]): SnippetProblem[] {
	const python = snippets.filter((s) => s.lang === 'python');
	if (python.length === 0) return [];
	const run = spawnSync('python3', ['-c', PYTHON_PARSER], { input: JSON.stringify(python), encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
	return JSON.parse(run.stdout) as SnippetProblem[];
}

/**
 * Type-checks every TypeScript snippet as its own ES module against the real
 * `openai` package; JavaScript snippets (legacy SDKs) are only parsed.
 */
export function checkTypeScript(snippets: Snippet[]): SnippetProblem[] {
	const scripts = snippets.filter((s) => s.lang === 'typescript' || s.lang === 'javascript');
	if (scripts.length === 0) return [];
	const dir = mkdtempSync(join(ROOT, 'node_modules/.snippets-'));
	try {
		const files = scripts.map((s, i) => {
			const file = join(dir, `snippet${i}.${s.lang === 'typescript' ? 'ts' : 'js'}`);
			writeFileSync(file, `${s.code}\nexport {};\n`);
			return file;
		});
		const program = ts.createProgram(files, {
			target: ts.ScriptTarget.ES2022,
			module: ts.ModuleKind.ESNext,
			moduleResolution: ts.ModuleResolutionKind.Bundler,
			strict: true,
			noEmit: true,
			skipLibCheck: true,
			allowJs: true,
			checkJs: false,
			types: ['node'],
			lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
		});
		const problems: SnippetProblem[] = [];
		files.forEach((file, i) => {
			const source = program.getSourceFile(file)!;
			const diagnostics = [
				...program.getSyntacticDiagnostics(source),
				...(scripts[i]!.lang === 'typescript' ? program.getSemanticDiagnostics(source) : []),
			];
			for (const d of diagnostics) {
				const line = d.start === undefined ? '?' : source.getLineAndCharacterOfPosition(d.start).line + 1;
				problems.push({
					label: scripts[i]!.label,
					message: `line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
				});
			}
		});
		return problems;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
