import { describe, expect, it } from 'vitest';
import { readAllEntries } from '../../scripts/lib/entries';
import { checkPython, checkTypeScript, entrySnippets, type Snippet } from '../../scripts/lib/code-check';

describe('code examples', () => {
	const { entries } = readAllEntries();
	const snippets: Snippet[] = entrySnippets(entries);

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

	it('catches a name the openai-python version does not have', () => {
		const problems = checkPython([
			{ label: 'v1', lang: 'python', code: 'import openai\ntry:\n    pass\nexcept openai.error.RateLimitError:\n    pass', pythonVersion: 'v1' },
			{ label: 'v1-import', lang: 'python', code: 'from openai import InvalidRequestError', pythonVersion: 'v1' },
			{ label: 'v0', lang: 'python', code: 'import openai\nopenai.error.RateLimitError\nopenai.ChatCompletion.create()', pythonVersion: 'v0' },
		]);
		expect(problems.map((p) => p.label).sort()).toEqual(['v1', 'v1-import']);
	});

	it('catches a name the anthropic package does not export at the pinned version', () => {
		const problems = checkPython([
			{ label: 'top-level', lang: 'python', code: 'import anthropic\ntry:\n    pass\nexcept anthropic.OverloadedError:\n    pass' },
			{ label: 'private', lang: 'python', code: 'from anthropic._exceptions import ServiceUnavailableError' },
			{ label: 'not-exported', lang: 'python', code: 'import anthropic\nanthropic.ServiceUnavailableError' },
			{ label: 'invented', lang: 'python', code: 'from anthropic import OverloadError' },
		]);
		expect(problems.map((p) => p.label).sort()).toEqual(['invented', 'not-exported']);
	});

	it("follows import aliases into Google's SDKs and catches names they do not have", () => {
		const problems = checkPython([
			{ label: 'genai-ok', lang: 'python', code: 'from google import genai\nfrom google.genai import errors, types\nclient = genai.Client()\ntypes.HttpOptions(retry_options=types.HttpRetryOptions(attempts=5))\nerrors.ClientError' },
			{ label: 'genai-invented', lang: 'python', code: 'from google.genai import errors\nerrors.QuotaExceededError' },
			{ label: 'legacy-ok', lang: 'python', code: 'import google.generativeai as genai\ngenai.configure(api_key="k")\ngenai.GenerativeModel("gemini-1.5-flash")' },
			{ label: 'legacy-new-api', lang: 'python', code: 'import google.generativeai as genai\ngenai.Client()' },
		]);
		expect(problems.map((p) => p.label).sort()).toEqual(['genai-invented', 'legacy-new-api']);
	});

	it('catches a TypeScript call the openai package does not have', () => {
		const problems = checkTypeScript([
			{ label: 'bad', lang: 'typescript', code: "import OpenAI from 'openai';\nconst c = new OpenAI();\nawait c.chat.complete({ model: 'x' });" },
		]);
		expect(problems.some((p) => p.label === 'bad' && /complete/.test(p.message))).toBe(true);
	});
});
