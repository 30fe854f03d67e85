import { z } from 'astro/zod';
import { GENERIC_ORIGINS, SDK_IDS } from '../providers';
import { CODE_LANGUAGES, DIFFICULTIES, RETRY_ADVICE, SEVERITIES, SOURCE_KINDS } from '../lib/vocabulary';

export type { CodeLanguage, Difficulty, RetryAdvice, Severity } from '../lib/vocabulary';
export { SEVERITIES } from '../lib/vocabulary';

const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;

export const SeveritySchema = z.enum(SEVERITIES, { error: oneOf(SEVERITIES) });
export const DifficultySchema = z.enum(DIFFICULTIES, { error: oneOf(DIFFICULTIES) });
export const RetrySchema = z.enum(RETRY_ADVICE, {
	error: `${oneOf(RETRY_ADVICE)} (backoff = retry with exponential backoff)`,
});

/**
 * Which library prints an exception name: an SDK of the provider registry
 * (`openai-python`, `openai-python-v0`, `anthropic-node`, …), the language
 * runtime itself, or a framework wrapping the SDK.
 */
export const EXCEPTION_ORIGINS = [...SDK_IDS, ...GENERIC_ORIGINS] as [string, ...string[]];
export const ExceptionOriginSchema = z.enum(EXCEPTION_ORIGINS, {
	error: `${oneOf(EXCEPTION_ORIGINS)}: an SDK id from src/providers/, runtime or framework`,
});
export type ExceptionOrigin = z.infer<typeof ExceptionOriginSchema>;

export const CodeLanguageSchema = z.enum(CODE_LANGUAGES, { error: oneOf(CODE_LANGUAGES) });
export const SourceKindSchema = z.enum(SOURCE_KINDS, { error: oneOf(SOURCE_KINDS) });
