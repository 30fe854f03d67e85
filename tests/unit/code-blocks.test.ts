/**
 * Code blocks as the site renders them (ec.config.mjs): the same text, token
 * colours kept, and no span for text that already has the block's colour.
 */
import { expect, test } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { createRenderer } from 'astro-expressive-code';
import ecConfig from '../../ec.config.mjs';

function elements(node: Root | Element, found: Element[] = []): Element[] {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		found.push(child);
		elements(child, found);
	}
	return found;
}

function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

const hasClass = (element: Element, name: string) => ([] as unknown[]).concat(element.properties.className ?? []).includes(name);

const EXAMPLES = [
	{ language: 'python', code: "from openai import OpenAI\nclient = OpenAI(max_retries=5)  # retries\n    print('hi')" },
	{ language: 'typescript', code: "import OpenAI from 'openai';\nconst client = new OpenAI({ maxRetries: 5 });" },
	{ language: 'text', code: 'Traceback (most recent call last):\n  File "/app/main.py", line 9, in <module>\nopenai.RateLimitError: Error code: 429' },
];

test.each(EXAMPLES)('a $language block shows its text unchanged, colours its tokens, and wraps no plain text in a span', async ({ language, code }) => {
	const { ec } = await createRenderer(ecConfig);
	const { renderedGroupAst } = await ec.render({ code, language });
	const all = elements(renderedGroupAst);
	const lines = all.filter((e) => hasClass(e, 'ec-line'));
	expect(lines.map(textOf).join('\n')).toBe(code);

	const plainStyle = ec.styleVariants.map(({ theme }, i) => `--${i}:${theme.fg}`).join(';').toLowerCase();
	const styled = all.filter((e) => e.tagName === 'span' && typeof e.properties.style === 'string' && e.properties.style.startsWith('--0:'));
	expect(styled.filter((e) => String(e.properties.style).toLowerCase() === plainStyle)).toEqual([]);
	if (language !== 'text') expect(styled.length).toBeGreaterThanOrEqual(3);
	else expect(styled).toEqual([]);
});
