import { z } from 'astro/zod';
import {
	CodeLanguageSchema,
	DifficultySchema,
	ExceptionOriginSchema,
	RetrySchema,
	SeveritySchema,
	SourceKindSchema,
} from './vocabulary';
import { PROVIDER_IDS, SDK_IDS, providersOfSdk, sdkById } from '../providers';
import { IMPACTS, impactContradiction, severityFor } from '../lib/severity-rule';

/** A permanent, lowercase kebab-case id: it becomes a URL and is never renamed. */
export const EntryIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase kebab-case, e.g. openai-429-insufficient-quota' });

/** Markdown prose: inline code, links and lists, no headings. */
const Prose = (what: string, max = 2000) =>
	z
		.string({ error: `needs ${what} (Markdown text)` })
		.trim()
		.min(20, { error: `is too short to explain ${what}: write at least a full sentence` })
		.max(max, { error: `is longer than ${max} characters: keep ${what} focused` });

/** An http(s) URL. */
const Url = z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' });

/** One class name exactly as a traceback or stack prints it. */
export const ExceptionSchema = z.strictObject({
	/** The name as printed, e.g. `openai.RateLimitError`, `openai.error.RateLimitError`, `RateLimitError`. */
	name: z.string().min(2).regex(/^[A-Za-z_][\w.]*$/, { error: 'must be a class name such as openai.RateLimitError' }),
	/** Which library prints this spelling. */
	origin: ExceptionOriginSchema,
});

/** One exact message, as an SDK or the API sends it. */
export const MessageSchema = z.strictObject({
	/**
	 * The exact text, copied from the SDK source or an official payload. Variable parts are
	 * `{placeholders}` with a lowercase name: `{model}`, `{org_id}`, `{n}`, `{duration}`, `{request_id}`.
	 */
	text: z.string().trim().min(3),
	/** Where and when this wording appears, e.g. "API, since 2024" or "Node SDK rendering". */
	label: z.string().trim().min(2).max(80),
});

/** A source the facts of an entry were checked against. */
export const SourceSchema = z.strictObject({
	/** Link text: what the page is, e.g. "OpenAI docs: Error codes". */
	title: z.string().trim().min(3).max(160),
	url: Url,
	/** `docs` (provider documentation), `sdk` (the SDK's own source), `community` (an issue or forum thread). */
	kind: SourceKindSchema,
});

/** One reason the error happens and the fix for that reason. */
export const CauseSchema = z.strictObject({
	/** Stable anchor fragment (`#cause-<id>`): lowercase kebab-case, never renamed once published. */
	id: EntryIdSchema,
	/** The cause, one or two sentences of Markdown. */
	cause: Prose('the cause', 600),
	/** The concrete fix for this cause, Markdown. */
	fix: Prose('the fix', 1200),
});

/** A broken and a fixed version of the same code in one language. */
export const ExampleSchema = z.strictObject({
	/** `python` or `typescript` (the two official SDK languages), or `bash` for curl. */
	lang: CodeLanguageSchema,
	/** Code that triggers the error. */
	broken: z.string().trim().min(10),
	/** The same code with the fix applied. */
	fixed: z.string().trim().min(10),
});

/**
 * The versions an entry's facts and examples apply to. A row about an SDK names it (\`sdk\`) and
 * its runtime line ("Python 3.10+") comes from that SDK's runtime floors in the registry; only a
 * row about something else (the REST API, a CLI, a browser) describes its \`runtime\` in words.
 */
export const CompatibilitySchema = z
	.strictObject({
		/** The SDK, an id of the registry, e.g. `openai-python`. */
		sdk: z.enum(SDK_IDS, { error: `must be an SDK id of src/providers/: ${SDK_IDS.join(', ')}` }).optional(),
		/** Where the row is not about an SDK: the runtime in words, e.g. "any HTTP client". No version: floors come from the SDK table. */
		runtime: z
			.string()
			.trim()
			.min(2)
			.max(40)
			.refine((text) => !/\b(?:Python|Node(?:\.js)?)\s*\d/i.test(text), {
				error: 'must not state a Python or Node version by hand: name the SDK (sdk: ...) and its runtime floor is read from src/providers/',
			})
			.optional(),
		/** The package as installed when it is not the SDK's plain name (`anthropic[bedrock]`), or what a runtime row is about. */
		package: z.string().trim().min(2).max(40).optional(),
		/** The version range the entry applies to, e.g. ">=1.0.0" or "<1.0.0". */
		versions: z.string().trim().min(2).max(40),
		/** The version whose source the entry was checked against, e.g. "3.3.1". */
		checked: z.string().trim().min(1).max(20).optional(),
	})
	.superRefine((row, ctx) => {
		if (Boolean(row.sdk) === Boolean(row.runtime)) {
			ctx.addIssue({ code: 'custom', path: ['sdk'], message: 'needs either sdk (an SDK of the registry) or runtime (for a row about no SDK), not both' });
			return;
		}
		const sdk = row.sdk ? sdkById(row.sdk) : undefined;
		if (sdk && row.package && !row.package.startsWith(`${sdk.package}[`)) {
			ctx.addIssue({ code: 'custom', path: ['package'], message: `must be ${sdk.package} with extras, e.g. ${sdk.package}[bedrock]; the plain name comes from the SDK` });
		}
		if (row.runtime && !row.package) ctx.addIssue({ code: 'custom', path: ['package'], message: 'needs the package or API the row is about' });
	});

/**
 * The HTTP response that produces the error: what the API (or a mock of it) sends.
 * Used by tests that replay it to the real SDK.
 */
export const ResponseSchema = z.strictObject({
	status: z.number().int().min(100).max(599),
	headers: z.record(z.string(), z.string()).default({}),
	/** The JSON body, usually `{ error: { message, type, param, code } }`. */
	body: z.unknown(),
});

/** The frontmatter of an error entry (`content/errors/<provider>/<id>.mdx`); its body is "Why it happens". */
export const EntrySchema = z.strictObject({
	/** Page title: the exception and the canonical message, e.g. "RateLimitError: You exceeded your current quota". */
	title: z.string().trim().min(10).max(120, { error: 'must be at most 120 characters (it is the page title and the search result)' }),
	/** The provider folder the entry lives in, e.g. `openai`: an id of the registry in `src/providers/`. */
	provider: z.enum(PROVIDER_IDS, { error: `must be one of ${PROVIDER_IDS.join(', ')}: add a new provider to src/providers/ first` }),
	/** The SDK or library this error comes from, e.g. "openai-python / openai-node". */
	library: z.string().trim().min(2).max(80),
	/** Every class name as it appears in tracebacks, most common first. Empty only for raw HTTP errors. */
	exceptions: z.array(ExceptionSchema).default([]),
	/**
	 * `class` for an entry about an exception class or status in general (the right answer when a
	 * paste shows only the class or status); `message` for an entry about one concrete message.
	 */
	scope: z.enum(['class', 'message'], { error: 'must be class or message' }).default('message'),
	/** HTTP status of the response, or `null` for an error raised in the client before or without a response. */
	status: z.number().int().min(100).max(599).nullable(),
	/** Other statuses the same entry covers, e.g. 503 and 504 on a gateway entry whose `status` is 502. */
	otherStatuses: z.array(z.number().int().min(100).max(599)).default([]),
	/** The API's `error.type`, or `null`. */
	type: z.string().trim().min(1).nullable(),
	/** The API's `error.code`, or `null`. */
	code: z.string().trim().min(1).nullable(),
	/** The API's `error.param` when it is characteristic of the error, e.g. `max_tokens`. */
	param: z.string().trim().min(1).nullable().optional(),
	/** Exact message texts, most common first. May be empty only for an umbrella entry. */
	messages: z.array(MessageSchema).default([]),
	/**
	 * Distinctive phrases that identify the error in a paste when its exact wording cannot be
	 * published (a message seen only in unverifiable places), e.g. "output tokens per minute".
	 * The search matches them; pages never show them as the error's message.
	 */
	phrases: z.array(z.string().trim().min(8).max(80)).default([]),
	/** How much of an application it stops; must be what the severity rule (`src/lib/severity-rule.ts`) gives `impact`. */
	severity: SeveritySchema,
	/** What the error does to calls: the fact the severity rule reads. */
	impact: z.enum(IMPACTS, { error: `must be one of ${IMPACTS.join(', ')} (see /severity/)` }),
	difficulty: DifficultySchema,
	/** Typical time to apply the fix, e.g. "2-5 min". */
	timeToFix: z.string().regex(/^\d+(-\d+)? (min|h|days?)$/, { error: 'must look like "2-5 min", "1 h" or "1-2 days"' }),
	retry: RetrySchema,
	/** One sentence: what the error means; also the meta description. */
	meaning: Prose('what the error means', 400),
	/** One line for the provider catalog: the cause. */
	shortCause: z.string().trim().min(10).max(160),
	/** One line for the provider catalog: the solution. */
	shortFix: z.string().trim().min(10).max(200),
	/** An example stack trace or response, as a user would see it. */
	stackTrace: z.strictObject({ lang: CodeLanguageSchema, text: z.string().trim().min(10) }),
	/** The fastest fix, one short paragraph. */
	quickFix: Prose('the quick fix', 600),
	/** What to log and alert on to catch this error in production. */
	detection: Prose('detection', 1200),
	/** Causes, most frequent first, each with its own fix. */
	causes: z.array(CauseSchema).min(1, { error: 'needs at least one cause with its fix' }),
	/** Broken vs fixed code, one item per language. */
	examples: z.array(ExampleSchema).min(1, { error: 'needs at least one broken/fixed example' }),
	/** What the fixed example changed and why it works. */
	examplesNote: Prose('what the fix changed', 600),
	/** How to keep working while the real fix is pending. */
	workaround: Prose('the workaround', 1000),
	/** How to stop it happening again. */
	prevention: Prose('prevention', 1200),
	/** Versions the entry applies to. */
	compatibility: z.array(CompatibilitySchema).min(1, { error: 'needs at least one runtime/package range' }),
	/** Month the entry was last checked against its sources, "YYYY-MM". */
	verified: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, { error: 'must be a month like 2026-11' }),
	/** The official page to re-check the entry against (the "Verify" link). */
	verifyUrl: Url,
	/** Every source the entry was written from; at least one official (docs or sdk). */
	sources: z
		.array(SourceSchema)
		.min(1)
		.refine((sources) => sources.some((s) => s.kind !== 'community'), {
			error: 'needs at least one official source (kind: docs or sdk)',
		}),
	/** Ids of entries a reader may confuse with this one. */
	related: z.array(EntryIdSchema).default([]),
	/** Old paths (e.g. "/openai/old-id/") that must keep redirecting here. */
	aliases: z.array(z.string().regex(/^\/[a-z0-9/-]+\/$/, { error: 'must be a site path like /openai/old-id/' })).default([]),
	/** The response that produces this error, for tests that replay it. */
	response: ResponseSchema.optional(),
	/**
	 * How `npm run prove` produces the error when it is not `response` replayed as it is:
	 * `stream-error` (a 200 event stream that ends in an `event: error` carrying `response.body`),
	 * `no-response` (the server never answers, so the client times out), `closed-port` (nothing
	 * listens: a connection error), `no-api-key` (no key in the environment), `browser-like`
	 * (the code runs where a browser's `window` and `document` exist) or `refused-before-sending`
	 * (the SDK rejects the call's own arguments before any request) or \`signed-webhook\` (the example
	 * is a webhook handler: it is sent a webhook signed with the secret, as OpenAI signs one).
	 */
	reproduce: z
		.enum(['stream-error', 'no-response', 'closed-port', 'no-api-key', 'browser-like', 'refused-before-sending', 'signed-webhook'], {
			error: 'must be stream-error, no-response, closed-port, no-api-key, browser-like, refused-before-sending or signed-webhook',
		})
		.optional(),
}).superRefine((entry, ctx) => {
	const expected = severityFor(entry.impact);
	if (entry.severity !== expected) {
		ctx.addIssue({ code: 'custom', path: ['severity'], message: `must be ${expected}: the severity rule gives ${expected} to impact ${entry.impact}` });
	}
	const contradiction = impactContradiction(entry);
	if (contradiction) ctx.addIssue({ code: 'custom', path: ['impact'], message: contradiction });
	// An SDK's spelling belongs to the providers that ship that SDK (Azure OpenAI uses OpenAI's).
	entry.exceptions.forEach((exception, index) => {
		const sdk = sdkById(exception.origin);
		if (sdk && !providersOfSdk(sdk.id).includes(entry.provider)) {
			ctx.addIssue({
				code: 'custom',
				path: ['exceptions', index, 'origin'],
				message: `${sdk.id} is an SDK of ${providersOfSdk(sdk.id).join(', ')}, not of ${entry.provider}`,
			});
		}
	});
});

export type EntryData = z.infer<typeof EntrySchema>;
export type EntryInput = z.input<typeof EntrySchema>;
