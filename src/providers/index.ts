/**
 * The provider registry: everything provider-specific the site knows, as
 * data. Pages, the schema, the content rules, the search and the tests read
 * it; adding a provider is a file here plus a folder under `content/errors/`.
 */
import type { EvidenceHints } from '../lib/traceback/provider-evidence';
import { anthropic } from './anthropic';
import { azureOpenai } from './azure-openai';
import { gemini } from './gemini';
import { openai } from './openai';
import type { ProviderDefinition, SdkDefinition } from './types';
import { WRAPPERS } from './wrappers';

export type { ProviderDefinition, SdkDefinition, WrapperDefinition } from './types';
export { WRAPPERS } from './wrappers';

/** Every provider, in the order pages list them (and ties between equal candidates are broken). */
export const PROVIDERS: readonly ProviderDefinition[] = [openai, azureOpenai, anthropic, gemini];

export const PROVIDER_IDS = PROVIDERS.map((p) => p.id) as [string, ...string[]];

/** Every SDK once (Azure OpenAI shares OpenAI's). */
export const SDKS: readonly SdkDefinition[] = [...new Map(PROVIDERS.flatMap((p) => p.sdks).map((s) => [s.id, s])).values()];

export const SDK_IDS = SDKS.map((s) => s.id) as [string, ...string[]];

/** Exception origins that are not an SDK: the language itself, or a wrapping framework. */
export const GENERIC_ORIGINS = ['runtime', 'framework'] as const;

export function providerById(id: string): ProviderDefinition {
	const provider = PROVIDERS.find((p) => p.id === id);
	if (!provider) throw new Error(`Unknown provider "${id}": add it to src/providers/ (one of ${PROVIDER_IDS.join(', ')})`);
	return provider;
}

export function sdkById(id: string): SdkDefinition | undefined {
	return SDKS.find((s) => s.id === id);
}

/** The providers whose SDK list includes this SDK. */
export function providersOfSdk(sdkId: string): string[] {
	return PROVIDERS.filter((p) => p.sdks.some((s) => s.id === sdkId)).map((p) => p.id);
}

/** The HTTP statuses a provider names beyond HTTP's own, e.g. 529 "Overloaded". */
export const PROVIDER_STATUS_TEXT: Record<number, string> = Object.assign({}, ...PROVIDERS.map((p) => p.statusText ?? {}));

/** What the traceback parser needs to tell which provider a paste came from. */
export function evidenceHints(providers: readonly ProviderDefinition[] = PROVIDERS): EvidenceHints {
	return {
		providers: providers.map((p) => ({
			id: p.id,
			name: p.name,
			modules: [...new Set([...p.sdks.flatMap((s) => s.modules), ...(p.integrations?.modules ?? [])])],
			paths: [...new Set([...p.sdks.flatMap((s) => s.paths), ...(p.integrations?.paths ?? [])])],
			hosts: p.hosts,
			markers: p.markers ?? [],
			bodyTypes: p.errorBody?.types ?? [],
			bodyStatuses: p.errorBody?.statuses ?? [],
			models: p.models ?? [],
			words: p.words,
		})),
		wrapperModules: WRAPPERS.flatMap((w) => w.modules),
		wrapperNames: WRAPPERS.flatMap((w) => w.names ?? []),
		logMessages: [...new Set(providers.flatMap((p) => p.sdks.flatMap((s) => s.logMessages ?? [])))],
		compatibleClients: [...new Set(providers.flatMap((p) => p.sdks.filter((s) => s.compatibleClient).flatMap((s) => [...s.modules, ...s.paths])))],
	};
}
