import { describe, expect, it } from 'vitest';
import { ogCardSvg, wrap } from '../../src/lib/og-image';

describe('OpenGraph card', () => {
	it('escapes text, so a title cannot break the SVG', () => {
		const svg = ogCardSvg({ title: 'Bad <script> & "quotes"', status: 400, severity: 'high', provider: 'OpenAI', siteName: 'Error Atlas' });
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('Bad &lt;script&gt; &amp; &quot;quotes&quot;');
	});

	it('shows the exception, status and severity', () => {
		const svg = ogCardSvg({ title: 'T', exception: 'openai.RateLimitError', status: 429, severity: 'critical', provider: 'OpenAI', siteName: 'Error Atlas' });
		expect(svg).toContain('openai.RateLimitError');
		expect(svg).toContain('HTTP 429');
		expect(svg).toContain('Critical severity');
	});

	it('wraps a long title and marks what was cut', () => {
		const lines = wrap('one two three four five six seven eight nine ten eleven twelve', 12, 2);
		expect(lines).toHaveLength(2);
		expect(lines.every((l) => l.length <= 13)).toBe(true);
		expect(lines[1]!.endsWith('…')).toBe(true);
	});
});
