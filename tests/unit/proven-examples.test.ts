/**
 * "Verified" must mean something: every entry's TypeScript example is run
 * against a mock of the API with the real openai package, or the entry is
 * exempt with a reason; the record on the pages is the one these runs produce.
 */
import { describe, expect, it } from 'vitest';
import { readAllEntries } from '../../scripts/lib/entries';
import { proveEntry, provable, type Proof } from '../../scripts/lib/prove';
import { readProofResults } from '../../scripts/lib/proof-results';
import { MAX_PROOF_EXEMPTIONS, PROOF_EXEMPTIONS } from '../../src/data/proof-exemptions';
import { matchesTemplate } from '../../src/lib/search/template';

const { entries } = readAllEntries();
const recorded = readProofResults();

describe('the proof checker (tidy)', () => {
	it('every entry has a proven example or a stated exemption', () => {
		const missing = entries.filter((e) => !recorded?.proofs[e.id] && !(e.id in PROOF_EXEMPTIONS)).map((e) => e.id);
		expect(missing).toEqual([]);
	});

	it("every exemption names an entry, gives a reason, and no provider's list grows", () => {
		const byId = new Map(entries.map((e) => [e.id, e]));
		const perProvider: Record<string, number> = {};
		for (const [id, reason] of Object.entries(PROOF_EXEMPTIONS)) {
			expect(byId.has(id), id).toBe(true);
			expect(reason.length, id).toBeGreaterThan(20);
			const provider = byId.get(id)!.data.provider;
			perProvider[provider] = (perProvider[provider] ?? 0) + 1;
		}
		for (const [provider, count] of Object.entries(perProvider)) {
			expect(count, provider).toBeLessThanOrEqual(MAX_PROOF_EXEMPTIONS[provider] ?? 0);
		}
	});

	it('no entry is both proven and exempt', () => {
		expect(Object.keys(PROOF_EXEMPTIONS).filter((id) => recorded?.proofs[id])).toEqual([]);
	});
});

describe('example stack traces', () => {
	it.each(entries.map((e) => [e.id, e] as const))('%s shows its own exception and message', (_id, entry) => {
		const trace = entry.data.stackTrace.text;
		// A raw HTTP exchange (curl, a JSON body) has no exception to show.
		const rawHttp = ['bash', 'json', 'http'].includes(entry.data.stackTrace.lang);
		if (entry.data.exceptions.length && !rawHttp) {
			expect(entry.data.exceptions.some((x) => trace.includes(x.name.split('.').at(-1)!))).toBe(true);
		}
		// A class-level entry shows one representative concrete error of its class.
		if (entry.data.messages.length && entry.data.scope === 'message') {
			const flat = trace.replace(/\\'/g, "'").replace(/\\"/g, '"').replace(/\s+/g, ' ');
			expect(entry.data.messages.some((m) => matchesTemplate(m.text, flat))).toBe(true);
		}
	});
});

describe('proven examples', { timeout: 600_000 }, () => {
	it('re-running the proofs gives the recorded results (run `npm run prove` after changing an example)', async () => {
		const targets = entries.filter((e) => provable(e) && !(e.id in PROOF_EXEMPTIONS));
		const results: Record<string, Proof | { reason: string }> = {};
		const queue = [...targets];
		await Promise.all(
			[0, 1].map(async () => {
				for (let entry = queue.shift(); entry; entry = queue.shift()) {
					const result = await proveEntry(entry);
					results[entry.id] = 'reason' in result ? { reason: result.reason } : result;
				}
			}),
		);
		const failures = Object.entries(results).filter(([, r]) => 'reason' in r);
		expect(failures).toEqual([]);
		expect(Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)))).toEqual(recorded?.proofs ?? {});
	});
});
