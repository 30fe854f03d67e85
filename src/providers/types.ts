/**
 * The shape of the provider registry. Plain TypeScript with no Astro or zod
 * imports, so the browser, Node scripts and unit tests all load it; the zod
 * schema that checks it is `src/schemas/provider.ts`.
 */

/**
 * The oldest runtime a run of an SDK's releases supports, as the SDK itself declares it.
 * A run covers \`from\` up to \`until\` (exclusive, the next run's first release) or, for the
 * newest run, up to \`through\` (inclusive, the last release checked): nothing is assumed beyond.
 */
export interface RuntimeFloor {
	from: string;
	until?: string;
	through?: string;
	/** The oldest runtime version, e.g. "3.10" (Python) or "22" (Node). */
	minimum: string;
	/** Where the SDK declares it. */
	declaredIn: 'requires-python' | 'python_requires' | 'engines' | 'README';
	/** The file at that release, or the registry page that shows it. */
	source: string;
}

/** One official SDK (one package, one generation): where its errors come from and how they look. */
export interface SdkDefinition {
	/** Permanent id, used as an exception's `origin` in entries, e.g. `openai-python`. */
	id: string;
	/** The language whose stack traces it prints. */
	runtime: 'python' | 'node';
	/** How pages label its spelling of an exception, e.g. "Python SDK v1+". */
	label: string;
	/** Registry package name, e.g. `openai` on PyPI or `@anthropic-ai/sdk` on npm. */
	package: string;
	/** A generation readers still paste but that is no longer maintained. */
	legacy?: boolean;
	/** Module prefixes its exception classes print with, e.g. `openai.error` (Python only). */
	modules: string[];
	/** Path fragments its stack frames show, with `/` separators, e.g. `site-packages/openai/`. */
	paths: string[];
	/**
	 * Log lines the SDK itself writes that carry a `message=` field but are not the error,
	 * e.g. openai-python v0's `message='Request to OpenAI API'`.
	 */
	logMessages?: string[];
	/**
	 * Other providers serve endpoints compatible with this SDK (OpenAI's is called against Gemini's
	 * and others' OpenAI-compatible APIs): its module says which client asked, not which server answered.
	 */
	compatibleClient?: boolean;
	/**
	 * Python SDKs: the release whose public names the Python examples are checked against
	 * (the name lists in \`scripts/lib/*-python-names.ts\`), shown in each page's Python stamp.
	 */
	namesCheckedAt?: string;
	/** Its runtime floors, oldest releases first: the only source of a page's "Python 3.10+" or "Node 22+". */
	runtimeFloors?: RuntimeFloor[];
}

/**
 * A library that wraps SDKs (LiteLLM, LangChain, the Vercel AI SDK): its
 * exceptions are not foreign to the site, but say nothing about the provider.
 */
export interface WrapperDefinition {
	id: string;
	name: string;
	/** Module prefixes of its exception classes, e.g. `litellm`. */
	modules: string[];
	/** Class names it prints without a module, e.g. `AI_APICallError`. */
	names?: string[];
}

export interface ProviderDefinition {
	/** Permanent id: the content folder `content/errors/<id>/` and the URL `/<id>/`. */
	id: string;
	name: string;
	/** One sentence for the home page and the catalog page. */
	description: string;
	/** The provider's own error reference. */
	docs: string;
	/** The file in `../shared/catalog/` that lists every entry the site must have. */
	catalog?: string;
	/** Words a reader types to mean this provider, lowercase, e.g. `claude`. */
	words: string[];
	/** SDKs whose errors belong to this provider (Azure OpenAI reuses OpenAI's). */
	sdks: SdkDefinition[];
	/** Integrations that name the provider in their own module or path, e.g. `langchain_anthropic`. */
	integrations?: { modules: string[]; paths: string[] };
	/** API hosts; a suffix matches its subdomains (`openai.azure.com`). */
	hosts: string[];
	/**
	 * Literal text that only this provider's errors are printed with: a wrapper's tag
	 * (LiteLLM's `AnthropicException - ...`) or an SDK's prefix (`[GoogleGenerativeAI Error]`).
	 */
	markers?: string[];
	/** The error body: values of `error.type` or `error.status` that only this provider sends. */
	errorBody?: { types?: string[]; statuses?: string[] };
	/** Regular-expression sources for its model names, e.g. `\bclaude-[\w.-]+`. */
	models?: string[];
	/** Statuses this provider uses that HTTP does not name, e.g. 529 "Overloaded". */
	statusText?: Record<number, string>;
}
