/**
 * What `npm run prove` needs to know per provider: the npm package the
 * TypeScript examples import, the environment a client reads its key and base
 * URL from, and how that SDK prints an error response, so a proof can tell the
 * SDK's own rendering from a message the example printed itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './entries';
import { sdkById } from '../../src/providers';

export interface ProofKit {
	/**
	 * The registry's id of the SDK the code is written for, e.g. `openai-node-v3`: its package is
	 * the one the example imports (see installDir for where it is installed).
	 */
	sdkId(code: string): string;
	/** Environment for one run: `origin` is the mock's http://127.0.0.1:port, `withKey` false to leave every key out. */
	env(origin: string, code: string, withKey: boolean): Record<string, string>;
	/** The start of what the SDK prints (`String(err)` without the class) for an error response. */
	rendering(status: number, body: unknown, code: string): string | undefined;
}

/** SDK generations the test suite installs under another name, beside the current one. */
const INSTALLED_AS: Record<string, string> = { 'openai-node-v3': 'openai-v3' };

/** Where an SDK's package is installed: `node_modules/<dir>`. */
export function installDir(sdkId: string): string {
	return INSTALLED_AS[sdkId] ?? sdkById(sdkId)!.package;
}

export function packageVersion(dir: string): string {
	return (JSON.parse(readFileSync(join(ROOT, 'node_modules', dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Code written for openai v3 (axios): `new OpenAIApi(new Configuration(...))`. */
const OPENAI_V3 = /\bOpenAIApi\b/;

const openai: ProofKit = {
	sdkId: (code) => (OPENAI_V3.test(code) ? 'openai-node-v3' : 'openai-node'),
	env(origin, code, withKey) {
		// The Azure client refuses OPENAI_BASE_URL next to its endpoint: give each client only its own.
		if (/\bAzureOpenAI\b/.test(code)) {
			// The API version only for code that reads it from the environment: an example about a missing one must miss it.
			const readsVersion = /process\.env(?:\.OPENAI_API_VERSION|\[['"]OPENAI_API_VERSION['"]\])/.test(code);
			return { AZURE_OPENAI_ENDPOINT: origin, ...(readsVersion ? { OPENAI_API_VERSION: '2024-10-21' } : {}), ...(withKey ? { AZURE_OPENAI_API_KEY: 'mock-azure-key' } : {}) };
		}
		// A proxy only for code that reads it (the mock answers CONNECT as a proxy does), and for
		// openai v3, whose axios sends every request through HTTPS_PROXY: the mock gets them all.
		const readsProxy = /process\.env(?:\.HTTPS_PROXY|\[['"]HTTPS_PROXY['"]\])/.test(code) || OPENAI_V3.test(code);
		return {
			OPENAI_BASE_URL: `${origin}/v1`,
			OPENAI_LOG: 'off',
			...(readsProxy ? { HTTPS_PROXY: origin } : {}),
			...(withKey ? { OPENAI_API_KEY: 'sk-mock-key-for-tests' } : {}),
		};
	},
	rendering(status, body, code) {
		// v3's axios names only the status.
		if (OPENAI_V3.test(code)) return `Request failed with status code ${status}`;
		const message = (body as { error?: { message?: unknown } } | undefined)?.error?.message;
		return typeof message === 'string' ? `${status} ${message.slice(0, 60)}` : undefined;
	},
};

const anthropic: ProofKit = {
	sdkId: (code) => (code.includes("from '@anthropic-ai/bedrock-sdk'") ? 'anthropic-bedrock-node' : code.includes("from '@anthropic-ai/vertex-sdk'") ? 'anthropic-vertex-node' : 'anthropic-node'),
	env(origin, _code, withKey) {
		return {
			ANTHROPIC_BASE_URL: origin,
			ANTHROPIC_LOG: 'off',
			// The Bedrock client signs with AWS credentials or takes a Bedrock API key; Vertex takes a region and project.
			AWS_REGION: 'us-east-1',
			CLOUD_ML_REGION: 'us-east5',
			ANTHROPIC_VERTEX_PROJECT_ID: 'mock-project',
			// Google's auth library asks the metadata server for a token when it finds no credentials: the mock is it.
			GCE_METADATA_HOST: new URL(origin).host,
			...(withKey ? { ANTHROPIC_API_KEY: 'sk-ant-mock-key-for-tests', AWS_BEARER_TOKEN_BEDROCK: 'mock-bedrock-key' } : {}),
		};
	},
	// APIError.makeMessage: a top-level `message` (Bedrock's body) is printed as is, any other body as JSON.
	rendering(status, body) {
		if (typeof body === 'string') return `${status} ${body.slice(0, 60)}`;
		const message = (body as { message?: unknown } | undefined)?.message;
		const text = typeof message === 'string' ? message : JSON.stringify(body);
		return `${status} ${text.slice(0, 80)}`;
	},
};

const gemini: ProofKit = {
	// The OpenAI SDK too, pointed at Gemini's OpenAI-compatible endpoint.
	sdkId: (code) =>
		code.includes("from '@google/generative-ai'") ? 'google-generative-ai-js' : code.includes("from 'openai'") ? 'openai-node' : 'google-genai-js',
	env(origin, code, withKey) {
		return {
			// A project and location only for code that reads them itself: an example about a missing project must miss it.
			...(code.includes('GOOGLE_CLOUD_PROJECT') ? { GOOGLE_CLOUD_PROJECT: 'mock-project', GOOGLE_CLOUD_LOCATION: 'us-central1' } : {}),
			// Google's auth library asks the metadata server (the mock) for a Vertex AI token.
			GCE_METADATA_HOST: new URL(origin).host,
			...(withKey ? { GEMINI_API_KEY: 'AIzaSyMockKeyForTests0000000000000000000' } : {}),
		};
	},
	// @google/genai prints the body as JSON (`ApiError: {"error":...}`); the legacy SDK prints
	// `[GoogleGenerativeAI Error]: Error fetching from {url}: [{status} {statusText}] {message}`.
	rendering(status, body) {
		if (status < 400) return undefined;
		const inner = Array.isArray(body) ? body[0] : body;
		const message = (inner as { error?: { message?: unknown } } | undefined)?.error?.message;
		// As it appears inside the printed JSON: quotes and line breaks escaped.
		return typeof message === 'string' ? JSON.stringify(message).slice(1, -1).slice(0, 60) : JSON.stringify(body).slice(0, 80);
	},
};

const KITS: Record<string, ProofKit> = { openai, 'azure-openai': openai, anthropic, gemini };

export function proofKit(provider: string): ProofKit | undefined {
	return KITS[provider];
}
