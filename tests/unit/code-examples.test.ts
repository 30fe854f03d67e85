import { describe, expect, it } from 'vitest';
import { readAllEntries } from '../../scripts/lib/entries';
import { checkPython, checkTypeScript, type Snippet } from '../../scripts/lib/code-check';

describe('code examples', () => {
	const { entries } = readAllEntries();
	const snippets: Snippet[] = entries.flatMap((e) =>
		e.data.examples.flatMap((ex, i) => [
			{ label: `${e.id} examples.${i}.broken (${ex.lang})`, lang: ex.lang, code: ex.broken },
			{ label: `${e.id} examples.${i}.fixed (${ex.lang})`, lang: ex.lang, code: ex.fixed },
		]),
	);

	it('parses every Python example with CPython', () => {
		const problems = checkPython(snippets);
		expect(problems.map((p) => `${p.label}: ${p.message}`)).toEqual([]);
	});

	it('type-checks every TypeScript example against the openai package', () => {
		const problems = checkTypeScript(snippets);
		expect(problems.map((p) => `${p.label}: ${p.message}`)).toEqual([]);
	});

	it('catches a Python syntax error', () => {
		const [problem] = checkPython([{ label: 'bad', lang: 'python', code: 'def f(:\n  pass' }]);
		expect(problem?.label).toBe('bad');
	});

	it('catches a TypeScript call the openai package does not have', () => {
		const problems = checkTypeScript([
			{ label: 'bad', lang: 'typescript', code: "import OpenAI from 'openai';\nconst c = new OpenAI();\nawait c.chat.complete({ model: 'x' });" },
		]);
		expect(problems.some((p) => p.label === 'bad' && /complete/.test(p.message))).toBe(true);
	});
});
