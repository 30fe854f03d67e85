/**
 * Public names of Google's two Python SDKs for Gemini. google-genai: read
 * mechanically from the google_genai-2.25.0 wheel (python-names/google-genai.json,
 * the top-level names of `google/genai/__init__.py`, `errors.py` and `types.py`).
 * google-generativeai: no wheel is reachable here, so the names its examples may
 * use are listed by hand from `google/generativeai/__init__.py` and `types/` at
 * 0.8.5, its last release.
 */
import { readFileSync } from 'node:fs';
import { sdkById } from '../../src/providers';

interface NameFile {
	package: string;
	version: string;
	modules: Record<string, string[]>;
}

const genai = JSON.parse(readFileSync(new URL('./python-names/google-genai.json', import.meta.url), 'utf8')) as NameFile;

if (genai.version !== sdkById('google-genai')!.namesCheckedAt) {
	throw new Error(`python-names/google-genai.json lists google-genai ${genai.version}; src/providers/gemini.ts says names are checked at ${sdkById('google-genai')!.namesCheckedAt}`);
}

export const GOOGLE_GENAI_PYTHON = {
	version: genai.version,
	modules: new Map(Object.entries(genai.modules).map(([module, names]) => [module, new Set(names)])),
};

export const GOOGLE_GENERATIVEAI_PYTHON = {
	version: sdkById('google-generativeai')!.namesCheckedAt!,
	modules: new Map<string, Set<string>>([
		[
			'google.generativeai',
			new Set(
				`configure GenerativeModel ChatSession GenerationConfig list_models get_model list_tuned_models get_tuned_model
				create_tuned_model delete_tuned_model upload_file get_file list_files delete_file embed_content
				embed_content_async count_message_tokens count_text_tokens generate_text generate_embeddings types protos
				caching __version__`.split(/\s+/),
			),
		],
		[
			'google.generativeai.types',
			new Set(
				`GenerationConfig GenerateContentResponse AsyncGenerateContentResponse BlockedPromptException StopCandidateException
				IncompleteIterationError BrokenResponseError HarmCategory HarmBlockThreshold SafetySettingDict ContentDict PartDict
				RequestOptions Tool FunctionDeclaration File helper_types generation_types safety_types content_types`.split(/\s+/),
			),
		],
		['google.generativeai.types.generation_types', new Set(['BlockedPromptException', 'StopCandidateException', 'GenerationConfig', 'GenerateContentResponse'])],
		['google.api_core.exceptions', new Set(
			`GoogleAPICallError GoogleAPIError ClientError ServerError BadRequest InvalidArgument FailedPrecondition OutOfRange
			Unauthorized Unauthenticated Forbidden PermissionDenied NotFound Conflict TooManyRequests ResourceExhausted Cancelled
			InternalServerError Unknown DataLoss MethodNotImplemented ServiceUnavailable GatewayTimeout DeadlineExceeded RetryError`.split(/\s+/),
		)],
	]),
};

/** Why a dotted name under one of these SDKs does not exist, or undefined. */
export function unknownGoogleName(used: string): string | undefined {
	for (const sdk of [GOOGLE_GENAI_PYTHON, GOOGLE_GENERATIVEAI_PYTHON]) {
		// The longest module the name lives in: google.genai.types.Part is `Part` of `google.genai.types`.
		const module = [...sdk.modules.keys()].filter((m) => used.startsWith(`${m}.`)).sort((a, b) => b.length - a.length)[0];
		if (!module) continue;
		const rest = used.slice(module.length + 1);
		const name = rest.split('.')[0]!;
		if (sdk.modules.get(module)!.has(name) || sdk.modules.has(`${module}.${name}`)) return undefined;
		const pkg = sdk === GOOGLE_GENAI_PYTHON ? 'google-genai' : 'google-generativeai';
		return `uses ${module}.${name}, which ${pkg} ${sdk.version} does not have`;
	}
	return undefined;
}
