/**
 * The fixed vocabularies an entry chooses from, as plain values: pages and
 * browser code use them without loading zod (`src/schemas/vocabulary.ts` builds
 * the schemas from them). Each list is ordered from mildest to worst (or
 * easiest to hardest) so pages can sort by it.
 */

/** How much damage the error does to a running application. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How much experience it takes to apply the fix. */
export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/**
 * Whether sending the same request again can succeed:
 * `no` (it fails the same way until something is changed),
 * `yes` (a plain retry is fine), `backoff` (retry with exponential backoff and jitter).
 */
export const RETRY_ADVICE = ['no', 'yes', 'backoff'] as const;
export type RetryAdvice = (typeof RETRY_ADVICE)[number];

/** Languages an example or stack trace is written in. */
export const CODE_LANGUAGES = ['python', 'typescript', 'javascript', 'bash', 'json', 'http', 'text'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** Where a source comes from: the provider's docs, the SDK's source code, or a public thread. */
export const SOURCE_KINDS = ['docs', 'sdk', 'community'] as const;
