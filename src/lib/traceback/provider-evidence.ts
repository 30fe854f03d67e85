/**
 * Which provider a paste came from, and why. The facts (SDK modules and
 * paths, hosts, body shapes, model names) come from the provider registry
 * (`src/providers/`) as `EvidenceHints`; nothing here names a provider.
 */
import { escapeRegExp } from '../escape-regexp';

/** One provider's tell-tale signs, as the registry derives them. */
export interface ProviderHint {
	id: string;
	name: string;
	/** Exception module prefixes (`anthropic`, `google.genai`). */
	modules: string[];
	/** Stack-frame path fragments with `/` separators (`node_modules/@anthropic-ai/sdk/`). */
	paths: string[];
	/** API hosts; a host matches its subdomains. */
	hosts: string[];
	/** Literal text only this provider's errors are printed with. */
	markers: string[];
	/** `error.type` values only this provider sends. */
	bodyTypes: string[];
	/** `error.status` values only this provider sends. */
	bodyStatuses: string[];
	/** Regular-expression sources for model names. */
	models: string[];
	/** Words a reader types to mean the provider. */
	words: string[];
}

export interface EvidenceHints {
	providers: ProviderHint[];
	/** Module prefixes of libraries that wrap the SDKs (`litellm`): known, but no provider evidence. */
	wrapperModules: string[];
	/** Unqualified class names those libraries print (`AI_APICallError`). */
	wrapperNames: string[];
	/** `message=` values that SDK log lines carry and that are not the error. */
	logMessages: string[];
	/** Modules and paths of SDKs that other providers' compatible endpoints are called with. */
	compatibleClients?: string[];
}

export const NO_HINTS: EvidenceHints = { providers: [], wrapperModules: [], wrapperNames: [], logMessages: [] };

/**
 * Kinds of evidence, strongest first. An exception's module or an SDK's own
 * frames name the library that raised; a wrapper's tag or a body type only
 * the provider sends come next; a host can be a proxy's and a model name a
 * gateway's, and a word a reader typed is the weakest.
 */
export const EVIDENCE_STRENGTH = { module: 6, path: 5, marker: 4, body: 3, host: 2, model: 1, word: 1 } as const;
export type EvidenceKind = keyof typeof EVIDENCE_STRENGTH;

export interface Evidence {
	kind: EvidenceKind;
	/** What was seen, e.g. `anthropic.RateLimitError` or `api.anthropic.com`. */
	detail: string;
	/** The providers it points at (an SDK several providers share points at each). */
	providers: string[];
}

export interface ProviderReading {
	/** The providers the evidence agrees on, most often one. */
	ids: string[];
	/** The strongest evidence first. */
	evidence: Evidence[];
}

export interface EvidenceInput {
	text: string;
	exceptions: string[];
	type?: string;
	apiStatus?: string;
	/** A typed query: only then do plain words count. */
	typed: boolean;
}

/** The module part of a qualified class name, or undefined for a bare one. */
export function moduleOf(name: string): string | undefined {
	const at = name.lastIndexOf('.');
	return at > 0 ? name.slice(0, at) : undefined;
}

/** True when `module` is `prefix` or one of its submodules. */
function withinModule(module: string, prefix: string): boolean {
	return module === prefix || module.startsWith(`${prefix}.`);
}

/** Patterns are compiled once: a paste is parsed again on every keystroke. */
const compiled = new Map<string, RegExp>();
function pattern(source: string): RegExp {
	let regex = compiled.get(source);
	if (!regex) {
		regex = new RegExp(source, 'i');
		compiled.set(source, regex);
	}
	return regex;
}

/** A host and its subdomains, not a longer name that ends like it. */
const hostPattern = (host: string) => pattern(`(?<![\\w-])(?:[\\w-]+\\.)*${escapeRegExp(host)}(?![\\w-])`);

export function findProviderEvidence(input: EvidenceInput, hints: EvidenceHints): Evidence[] {
	const found = new Map<string, Evidence>();
	const add = (kind: EvidenceKind, detail: string, provider: string) => {
		const key = `${kind}\u0000${detail}`;
		const current = found.get(key) ?? { kind, detail, providers: [] };
		if (!current.providers.includes(provider)) current.providers.push(provider);
		found.set(key, current);
	};
	const text = input.text.replace(/\\\\?/g, '/');
	const lower = input.text.toLowerCase();
	// Whole typed words only: `OPENAI_API_VERSION` is not the word "openai".
	const words = input.typed ? new Set(lower.split(/\s+/).map((w) => w.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, ''))) : new Set<string>();

	for (const hint of hints.providers) {
		for (const name of input.exceptions) {
			const module = moduleOf(name);
			if (module && hint.modules.some((m) => withinModule(module, m))) add('module', name, hint.id);
		}
		for (const path of hint.paths) if (text.includes(path)) add('path', path, hint.id);
		for (const marker of hint.markers) if (input.text.includes(marker)) add('marker', marker, hint.id);
		if (input.type && hint.bodyTypes.includes(input.type)) add('body', input.type, hint.id);
		if (input.apiStatus && hint.bodyStatuses.includes(input.apiStatus)) add('body', input.apiStatus, hint.id);
		for (const host of hint.hosts) {
			if (hostPattern(host).test(input.text)) add('host', host, hint.id);
		}
		for (const source of hint.models) {
			const model = pattern(source).exec(input.text)?.[0];
			if (model) add('model', model, hint.id);
		}
		for (const word of hint.words) if (words.has(word)) add('word', word, hint.id);
	}
	return [...found.values()].sort((a, b) => EVIDENCE_STRENGTH[b.kind] - EVIDENCE_STRENGTH[a.kind]);
}

/**
 * The providers the evidence agrees on. The strongest kind decides; each
 * weaker kind narrows the answer when it agrees with part of it (the openai
 * SDK's module says OpenAI or Azure OpenAI, an `openai.azure.com` host says
 * which) and is outvoted when it does not (a Claude model behind a gateway).
 */
export function readProvider(evidence: Evidence[], compatibleClients: readonly string[] = []): ProviderReading | undefined {
	if (evidence.length === 0) return undefined;
	// The body says which server answered. The module or path of a client that other providers' compatible
	// endpoints are called with (OpenAI's SDK against Gemini's endpoint) only says which client asked:
	// when all the client evidence is of that kind and disagrees with the body, the body wins.
	const clientEvidence = evidence.filter((e) => e.kind === 'module' || e.kind === 'path');
	const compatible = (detail: string) => compatibleClients.some((c) => detail === c || detail.startsWith(`${c}.`) || detail.includes(c));
	const body = [...new Set(evidence.filter((e) => e.kind === 'body').flatMap((e) => e.providers))];
	const client = [...new Set(clientEvidence.flatMap((e) => e.providers))];
	if (body.length && client.length && clientEvidence.every((e) => compatible(e.detail)) && !body.some((id) => client.includes(id))) {
		return { ids: body, evidence };
	}
	const strengths = [...new Set(evidence.map((e) => EVIDENCE_STRENGTH[e.kind]))].sort((a, b) => b - a);
	let ids: string[] | undefined;
	for (const strength of strengths) {
		const level = [...new Set(evidence.filter((e) => EVIDENCE_STRENGTH[e.kind] === strength).flatMap((e) => e.providers))];
		if (!ids) ids = level;
		else {
			const narrowed = ids.filter((id) => level.includes(id));
			if (narrowed.length) ids = narrowed;
		}
	}
	return { ids: ids!, evidence };
}

/**
 * The module of the raised exception when it belongs to no SDK, wrapper or
 * entry the site knows (`groq`, `stripe._error`, `java.lang`): the paste comes
 * from a library the site does not cover.
 */
export function foreignModule(exception: string | undefined, hints: EvidenceHints, knownNames: ReadonlySet<string>): string | undefined {
	// With no registry to compare against, nothing can be called foreign.
	if (!exception || knownNames.has(exception) || hints.providers.length === 0) return undefined;
	const module = moduleOf(exception);
	if (!module) return undefined;
	const known = [...hints.providers.flatMap((p) => p.modules), ...hints.wrapperModules];
	return known.some((m) => withinModule(module, m)) ? undefined : module;
}
