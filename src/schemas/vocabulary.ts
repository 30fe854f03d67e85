import { z } from 'astro/zod';

/**
 * The fixed vocabularies an entry chooses from. Each list is ordered from
 * mildest to worst (or easiest to hardest) so pages can sort by it.
 */

/** How much damage the error does to a running application. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES, {
	error: `must be one of ${SEVERITIES.join(', ')}`,
});
export type Severity = z.infer<typeof SeveritySchema>;

/** How much experience it takes to apply the fix. */
export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export const DifficultySchema = z.enum(DIFFICULTIES, {
	error: `must be one of ${DIFFICULTIES.join(', ')}`,
});
export type Difficulty = z.infer<typeof DifficultySchema>;

/**
 * Whether sending the same request again can succeed:
 * `no` (it fails the same way until something is changed),
 * `yes` (a plain retry is fine), `backoff` (retry with exponential backoff and jitter).
 */
export const RETRY_ADVICE = ['no', 'yes', 'backoff'] as const;
export const RetrySchema = z.enum(RETRY_ADVICE, {
	error: `must be one of ${RETRY_ADVICE.join(', ')} (backoff = retry with exponential backoff)`,
});
export type RetryAdvice = z.infer<typeof RetrySchema>;

/**
 * Which library prints an exception name: the Python SDK v1+, the legacy
 * Python SDK v0.x (`openai.error.*`), the Node/TypeScript SDK v4+, the Node SDK v3
 * (axios), the language runtime itself, or a framework wrapping the SDK.
 */
export const EXCEPTION_ORIGINS = ['python', 'python-v0', 'node', 'node-v3', 'runtime', 'framework'] as const;
export const ExceptionOriginSchema = z.enum(EXCEPTION_ORIGINS, {
	error: `must be one of ${EXCEPTION_ORIGINS.join(', ')}`,
});
export type ExceptionOrigin = z.infer<typeof ExceptionOriginSchema>;

/** Languages an example or stack trace is written in. */
export const CODE_LANGUAGES = ['python', 'typescript', 'javascript', 'bash', 'json', 'http', 'text'] as const;
export const CodeLanguageSchema = z.enum(CODE_LANGUAGES, {
	error: `must be one of ${CODE_LANGUAGES.join(', ')}`,
});
export type CodeLanguage = z.infer<typeof CodeLanguageSchema>;

/** Where a source comes from: the provider's docs, the SDK's source code, or a public thread. */
export const SOURCE_KINDS = ['docs', 'sdk', 'community'] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS, {
	error: `must be one of ${SOURCE_KINDS.join(', ')}`,
});
