/** The provider registry is data every part of the site reads: it must be well-formed and complete. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceHints, PROVIDERS, SDKS, WRAPPERS } from '../../src/providers';
import { ProviderSchema, WrapperSchema } from '../../src/schemas/provider';

const ROOT = join(import.meta.dirname, '../..');

describe('the provider registry', () => {
	it.each(PROVIDERS.map((p) => [p.id, p] as const))('%s matches the provider schema', (_id, provider) => {
		const result = ProviderSchema.safeParse(provider);
		expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
	});

	it('wrappers match their schema', () => {
		for (const wrapper of WRAPPERS) expect(WrapperSchema.safeParse(wrapper).success, wrapper.id).toBe(true);
	});

	it('gives every provider and every SDK a distinct id', () => {
		expect(new Set(PROVIDERS.map((p) => p.id)).size).toBe(PROVIDERS.length);
		const sdkIds = PROVIDERS.flatMap((p) => p.sdks).map((s) => s.id);
		expect(new Set(sdkIds).size).toBe(SDKS.length);
	});

	it('knows a content folder only as a registered provider', () => {
		const folders = readdirSync(join(ROOT, 'content/errors'));
		expect(folders.filter((f) => !PROVIDERS.some((p) => p.id === f))).toEqual([]);
	});

	it('names a catalog that exists in ../shared/catalog for every provider that has one', () => {
		for (const provider of PROVIDERS.filter((p) => p.catalog)) {
			expect(existsSync(join(ROOT, '../shared/catalog', provider.catalog!)), provider.id).toBe(true);
		}
	});

	it('claims each module, path and host for one provider family only', () => {
		// Azure OpenAI shares OpenAI's SDKs, so sharing is allowed exactly between providers with the same SDKs.
		const family = (id: string) => PROVIDERS.find((p) => p.id === id)!.sdks.map((s) => s.id).sort().join();
		const owners = new Map<string, Set<string>>();
		for (const hint of evidenceHints().providers) {
			for (const sign of [...hint.modules, ...hint.hosts, ...hint.markers]) {
				owners.set(sign, (owners.get(sign) ?? new Set()).add(family(hint.id)));
			}
		}
		// Vertex AI serves Gemini and Claude from one host: a model name or an SDK tells them apart.
		const sharedOnPurpose = new Set(['aiplatform.googleapis.com']);
		expect([...owners].filter(([sign, families]) => families.size > 1 && !sharedOnPurpose.has(sign)).map(([sign]) => sign)).toEqual([]);
	});
});
