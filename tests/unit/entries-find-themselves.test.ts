/**
 * Data-driven: every entry's own example stack trace, and every message it
 * declares (placeholders filled in), pasted into the search, must come back as
 * the answer (`done`) with that entry first. A class-level page shows one
 * concrete error of its class: when that error's message is another entry's,
 * that entry is the right answer and must come first. The search runs over
 * every real entry through an in-memory index, with the registry's hints, as
 * in the browser.
 */
import { describe, expect, it } from 'vitest';
import { literalWords, matchesTemplate } from '../../src/lib/search/template';
import { parseSignature } from '../../src/lib/traceback/signature';
import { answer, entries, searchOptions as options } from '../support/real-search';

/** Placeholders filled the way real messages fill them. */
const SAMPLES: Record<string, string> = { status: '405', model: 'gpt-4o-mini', n: '4096', org_id: 'org-Xy12345678', duration: '20s', request_id: 'req_123' };
const fill = (template: string) => template.replace(/\{([a-z_][a-z0-9_]*)\}/g, (_m, name: string) => SAMPLES[name] ?? `${name}-value`);

/** A template of placeholders alone ("{status} {message}") names no error by itself. */
const naming = (template: string) => literalWords(template).length >= 2;

describe('every entry finds itself', () => {
	it.each(entries.map((e) => [e.id, e] as const))('%s: its own stack trace', async (id, entry) => {
		const result = await answer(entry.data.stackTrace.text);
		const shown = parseSignature(entry.data.stackTrace.text, options).message ?? '';
		const owners = entries
			.filter((other) => other.id !== id && other.data.messages.some((m) => naming(m.text) && matchesTemplate(m.text, shown)))
			.map((other) => other.id);
		expect(result.answered, `${id} → ${result.top.join(', ')}`).toBe(true);
		expect([id, ...owners], `${id} → ${result.top.join(', ')}`).toContain(result.first);
	});

	const messages = entries.flatMap((e) => e.data.messages.filter((m) => naming(m.text)).map((m, i) => [`${e.id} message ${i + 1}`, e.id, m.text] as const));
	it.each(messages)('%s', async (_label, id, template) => {
		const result = await answer(fill(template));
		expect(result, `"${template.slice(0, 60)}" → ${result.top.join(', ')}`).toMatchObject({ first: id, answered: true });
	});
});
