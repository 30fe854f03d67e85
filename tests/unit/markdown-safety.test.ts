/** Notes and entry fields are Markdown from contributors: none of it may become markup or script. */
import { describe, expect, it } from 'vitest';
import { isSafeHref, renderInlineMarkdown, renderMarkdown } from '../../src/lib/markdown';

describe('Markdown rendering of contributed text', () => {
	it('shows a raw <script> block as text', () => {
		const html = renderMarkdown('Before\n\n<script>alert(1)</script>\n\nAfter');
		expect(html).not.toContain('<script');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('shows inline HTML with an event handler as text', () => {
		const html = renderMarkdown('Try <img src=x onerror="alert(1)"> this');
		expect(html).not.toMatch(/<img/i);
		expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
	});

	it('drops javascript: and data: links but keeps their text', () => {
		const html = renderMarkdown('[click](javascript:alert(1)) and [data](data:text/html,hi)');
		expect(html).not.toMatch(/href=/);
		expect(html).toContain('click');
	});

	it('keeps https links, marking them external', () => {
		expect(renderInlineMarkdown('[docs](https://platform.openai.com/docs)')).toBe(
			'<a href="https://platform.openai.com/docs" rel="external noopener">docs</a>',
		);
	});

	it('does not render images', () => {
		expect(renderMarkdown('![x](https://example.com/a.png)')).not.toMatch(/<img/);
	});

	it('escapes HTML inside code spans', () => {
		expect(renderInlineMarkdown('`<b>`')).toBe('<code>&lt;b&gt;</code>');
	});

	it.each(['https://a.b', 'http://a.b', '/openai/x/', '#causes', 'mailto:a@b.c'])('accepts %s as a link target', (href) => {
		expect(isSafeHref(href)).toBe(true);
	});

	it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', '//evil.example', 'vbscript:x'])('refuses %s', (href) => {
		expect(isSafeHref(href)).toBe(false);
	});
});
