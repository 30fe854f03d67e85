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

/** Placeholders filled the way real messages fill them; a model name is one of the entry's own provider. */
const SAMPLES: Record<string, string> = { status: '405', n: '4096', org_id: 'org-Xy12345678', duration: '20s', request_id: 'req_123' };
const MODELS: Record<string, string> = { openai: 'gpt-4o-mini', 'azure-openai': 'gpt-4o-mini', anthropic: 'claude-sonnet-4-5', gemini: 'gemini-2.5-flash' };
/** Vertex AI base-model names, which name the publisher's model. */
const BASE_MODELS: Record<string, string> = { anthropic: 'anthropic-claude-sonnet-4', gemini: 'gemini-1.5-pro' };
const fill = (template: string, provider: string) =>
	template.replace(/\{([a-z_][a-z0-9_]*)\}/g, (_m, name: string) => (name === 'model' ? MODELS[provider] : name === 'base_model' ? BASE_MODELS[provider] : SAMPLES[name]) ?? `${name}-value`);

/** The other entries that declare a template matching this text: a text several entries share names each of them. */
const ownersOf = (id: string, text: string) =>
	entries.filter((other) => other.id !== id && other.data.messages.some((m) => naming(m.text) && matchesTemplate(m.text, text))).map((other) => other.id);

/** A template of placeholders alone ("{status} {message}") names no error by itself. */
const naming = (template: string) => literalWords(template).length >= 2;

describe('every entry finds itself', () => {
	it.each(entries.map((e) => [e.id, e] as const))('%s: its own stack trace', async (id, entry) => {
		const result = await answer(entry.data.stackTrace.text);
		const shown = parseSignature(entry.data.stackTrace.text, options).message ?? '';
		const owners = ownersOf(id, shown);
		expect(result.answered, `${id} → ${result.top.join(', ')}`).toBe(true);
		expect([id, ...owners], `${id} → ${result.top.join(', ')}`).toContain(result.first);
	});

	const messages = entries.flatMap((e) =>
		e.data.messages.filter((m) => naming(m.text)).map((m, i) => [`${e.id} message ${i + 1}`, e.id, e.data.provider, m.text] as const),
	);
	it.each(messages)('%s', async (_label, id, provider, template) => {
		const text = fill(template, provider);
		const result = await answer(text);
		const label = `"${template.slice(0, 60)}" → ${result.top.join(', ')}`;
		expect(result.answered, label).toBe(true);
		expect([id, ...ownersOf(id, text)], label).toContain(result.first);
	});
});
