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
	const spans = all.filter((e) => e.tagName === 'span');
	const inline = spans.filter((e) => typeof e.properties.style === 'string' && e.properties.style.startsWith('--0:'));
	const classed = spans.filter((e) => /^ec-t\d+$/.test(String(([] as unknown[]).concat(e.properties.className ?? [])[0])));
	expect(inline.filter((e) => String(e.properties.style).toLowerCase() === plainStyle)).toEqual([]);
	if (language !== 'text') expect(classed.length).toBeGreaterThanOrEqual(3);
	else expect([...inline, ...classed]).toEqual([]);
});

test('a token with a class has, in each theme, the colour Expressive Code gives it inline', async () => {
	const code = "from openai import OpenAI  # comment\nOpenAI(max_retries=5, x='s').chat()\nconst n = await client.models.list();";
	const colouredTokens = async (options: typeof ecConfig) => {
		const { ec, baseStyles } = await createRenderer(options);
		const { renderedGroupAst } = await ec.render({ code, language: 'python' });
		const css = baseStyles.replace(/\s+/g, '');
		const light = css.slice(css.indexOf('prefers-color-scheme:light'));
		return elements(renderedGroupAst)
			.filter((e) => e.tagName === 'span' && !e.children.some((c) => c.type === 'element'))
			.map((span) => {
				const style = typeof span.properties.style === 'string' ? span.properties.style.toLowerCase() : '';
				const name = String(([] as unknown[]).concat(span.properties.className ?? [])[0] ?? '');
				const colour = (sheet: string) => new RegExp(`\\.ec-line\\.${name}\\{color:(#[0-9a-f]{6})`).exec(sheet)?.[1];
				const colours = /^ec-t\d+$/.test(name) ? [colour(css), colour(light)] : [/--0:(#[0-9a-f]+)/.exec(style)?.[1], /--1:(#[0-9a-f]+)/.exec(style)?.[1]];
				return { text: textOf(span), colours };
			})
			.filter((token) => token.colours[0]);
	};
	const asRendered = await colouredTokens(ecConfig);
	const inline = await colouredTokens({ ...ecConfig, plugins: [] });
	const plain = inline.filter((token) => token.colours.join() === '#e1e4e8,#24292e');
	expect(asRendered.length).toBeGreaterThanOrEqual(8);
	expect(asRendered).toEqual(inline.filter((token) => !plain.includes(token)));
});
