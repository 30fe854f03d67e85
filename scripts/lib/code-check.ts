/**
 * Checks that the code examples of the entries are real code: Python parses
 * and names only what its SDK exports, TypeScript type-checks against the
 * installed npm SDKs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT, type DiskEntry } from './entries';
import { OPENAI_PYTHON_V0, OPENAI_PYTHON_V1 } from './openai-python-names';
import { aboutMissingNames, brokenIsLegacy } from '../../src/lib/python-checks';
import { ANTHROPIC_PYTHON } from './anthropic-python-names';
import { unknownGoogleName } from './google-python-names';
import { sdkById } from '../../src/providers';

export interface Snippet {
	/** Where the snippet comes from, e.g. `openai-429-x examples[0].broken`. */
	label: string;
	lang: string;
	code: string;
	/** Which openai-python the snippet targets: legacy code is checked against v0.28. */
	pythonVersion?: 'v0' | 'v1';
	/** False for code that uses a missing name on purpose (the broken example of an AttributeError). */
	namesChecked?: boolean;
}

export interface SnippetProblem {
	label: string;
	message: string;
}

const PYTHON_PARSER = `
import ast, json, sys
# The SDK modules whose names are checked; any alias an import gives them is followed.
ROOTS = ("openai", "anthropic", "google.genai", "google.generativeai", "google.api_core.exceptions")
def checked(module):
    return any(module == r or module.startswith(r + ".") for r in ROOTS)
out = []
for item in json.load(sys.stdin):
    try:
        tree = ast.parse(item["code"])
    except SyntaxError as e:
        out.append({"label": item["label"], "message": f"Python syntax error line {e.lineno}: {e.msg}"})
        continue
    aliases = {"openai": "openai", "anthropic": "anthropic"}
    used = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if checked(a.name):
                    aliases[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module:
            for a in node.names:
                full = node.module + "." + a.name
                if checked(full) and not checked(node.module):
                    aliases[a.asname or a.name] = full  # from google import genai
                elif checked(node.module):
                    used.append(full)
                    aliases[a.asname or a.name] = full  # from google.genai import types
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            chain = []
            cur = node
            while isinstance(cur, ast.Attribute):
                chain.append(cur.attr)
                cur = cur.value
            if isinstance(cur, ast.Name) and cur.id in aliases and checked(aliases[cur.id]):
                used.append(".".join([aliases[cur.id]] + list(reversed(chain))))
    out.append({"label": item["label"], "names": sorted(set(used))})
print(json.dumps(out))
`;

/**
 * Why a dotted name an example takes from an SDK does not exist in the version
 * it targets, or undefined when it exists. Lowercase attributes (`openai.types`,
 * `anthropic.resources`) are modules and pass.
 */
function unknownName(used: string, legacy: boolean): string | undefined {
	if (used.startsWith('google.')) return unknownGoogleName(used);
	const [root, ...rest] = used.split('.');
	// A class and what is read off it (`openai.ChatCompletion.create`): the class is what must exist,
	// or the class inside a known submodule (`openai.error.RateLimitError`, `anthropic._exceptions.OverloadedError`).
	const name = rest[0] === 'error' || rest[0] === '_exceptions' ? rest.slice(0, 2).join('.') : (rest[0] ?? '');
	if (root === 'anthropic') {
		const known = name.startsWith('_exceptions.')
			? ANTHROPIC_PYTHON.exceptions.has(name.slice('_exceptions.'.length))
			: ANTHROPIC_PYTHON.names.has(name) || /^_?[a-z_]+$/.test(name);
		return known ? undefined : `uses anthropic.${name}, which anthropic ${ANTHROPIC_PYTHON.version} does not have`;
	}
	const known = legacy
		? name.startsWith('error.')
			? OPENAI_PYTHON_V0.errorClasses.has(name.slice(6))
			: OPENAI_PYTHON_V0.names.has(name)
		: !name.startsWith('error.') && (OPENAI_PYTHON_V1.names.has(name) || /^[a-z_]+$/.test(name));
	if (known) return undefined;
	const version = legacy ? OPENAI_PYTHON_V0.version : OPENAI_PYTHON_V1.version;
	return `uses openai.${name}, which openai ${version} does not have`;
}

/**
 * Parses every Python snippet with CPython's own parser, in one process, and
 * checks the names it takes from `openai` or `anthropic` exist in the SDK
 * version it targets: openai v1+ unless the snippet is legacy code
 * (`pythonVersion: 'v0'`).
 */
export function checkPython(snippets: Snippet[]): SnippetProblem[] {
	const python = snippets.filter((s) => s.lang === 'python');
	if (python.length === 0) return [];
	const run = spawnSync('python3', ['-c', PYTHON_PARSER], { input: JSON.stringify(python), encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
	const results = JSON.parse(run.stdout) as (SnippetProblem | { label: string; names: string[] })[];
	const problems: SnippetProblem[] = [];
	results.forEach((result, i) => {
		if ('message' in result) return problems.push(result);
		const legacy = python[i]!.pythonVersion === 'v0';
		if (python[i]!.namesChecked === false) return;
		for (const used of result.names) {
			const problem = unknownName(used, legacy);
			if (problem) problems.push({ label: result.label, message: problem });
		}
	});
	return problems;
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

/**
 * The code examples of entries, labelled, with the openai-python version each
 * targets. Broken examples of errors about missing names are only parsed.
 */
export function entrySnippets(entries: DiskEntry[]): Snippet[] {
	return entries.flatMap((e) => {
		const legacyOnly = brokenIsLegacy(e.data.exceptions, sdkById);
		const missingNames = aboutMissingNames(e.data.exceptions);
		return e.data.examples.flatMap((ex, i) => [
			{
				label: `${e.file} → examples.${i}.broken`,
				lang: ex.lang,
				code: ex.broken,
				pythonVersion: legacyOnly ? ('v0' as const) : ('v1' as const),
				namesChecked: !missingNames,
			},
			{ label: `${e.file} → examples.${i}.fixed`, lang: ex.lang, code: ex.fixed, pythonVersion: 'v1' as const, namesChecked: true },
		]);
	});
}
