import type { ProviderDefinition } from './types';

export const gemini: ProviderDefinition = {
	id: 'gemini',
	name: 'Google Gemini',
	description:
		'The Gemini API and Gemini on Vertex AI, through google-genai and @google/genai, the legacy google-generativeai and @google/generative-ai, and the Gemini CLI.',
	docs: 'https://ai.google.dev/gemini-api/docs/troubleshooting',
	catalog: 'gemini.md',
	words: ['gemini', 'google'],
	sdks: [
		{
			id: 'google-genai',
			runtime: 'python',
			label: 'Python SDK (google-genai)',
			package: 'google-genai',
			modules: ['google.genai'],
			paths: ['site-packages/google/genai/'],
			namesCheckedAt: '2.25.0',
			runtimeFloors: [
				{ from: '2.25.0', through: '2.25.0', minimum: '3.10', declaredIn: 'requires-python', source: 'https://pypi.org/project/google-genai/2.25.0/' },
			],
		},
		{
			id: 'google-generativeai',
			runtime: 'python',
			label: 'Legacy Python SDK (google-generativeai)',
			package: 'google-generativeai',
			legacy: true,
			modules: ['google.generativeai', 'google.api_core.exceptions'],
			paths: ['site-packages/google/generativeai/', 'site-packages/google/api_core/'],
			namesCheckedAt: '0.8.5',
		},
		{
			id: 'google-genai-js',
			runtime: 'node',
			label: 'JS/TS SDK (@google/genai)',
			package: '@google/genai',
			modules: [],
			paths: ['node_modules/@google/genai/'],
			runtimeFloors: [
				{ from: '2.18.0', through: '2.18.0', minimum: '20', declaredIn: 'engines', source: 'https://www.npmjs.com/package/@google/genai/v/2.18.0' },
			],
		},
		{
			id: 'google-generative-ai-js',
			runtime: 'node',
			label: 'Legacy JS SDK (@google/generative-ai)',
			package: '@google/generative-ai',
			legacy: true,
			modules: [],
			paths: ['node_modules/@google/generative-ai/'],
			runtimeFloors: [
				{ from: '0.24.1', through: '0.24.1', minimum: '18', declaredIn: 'engines', source: 'https://www.npmjs.com/package/@google/generative-ai/v/0.24.1' },
			],
		},
	],
	integrations: {
		modules: ['langchain_google_genai', 'langchain_google_vertexai'],
		paths: ['site-packages/langchain_google_genai/', 'node_modules/@langchain/google-genai/', 'node_modules/@ai-sdk/google/'],
	},
	hosts: ['generativelanguage.googleapis.com', 'aiplatform.googleapis.com', 'cloudcode-pa.googleapis.com'],
	markers: ['GeminiException', 'VertexAIException', 'VertexAIError', '[GoogleGenerativeAI Error]'],
	// google.rpc.Code names, as the Gemini API writes them in `error.status`.
	errorBody: {
		statuses: [
			'INVALID_ARGUMENT',
			'FAILED_PRECONDITION',
			'OUT_OF_RANGE',
			'UNAUTHENTICATED',
			'PERMISSION_DENIED',
			'NOT_FOUND',
			'RESOURCE_EXHAUSTED',
			'CANCELLED',
			'INTERNAL',
			'UNAVAILABLE',
			'DEADLINE_EXCEEDED',
		],
	},
	models: [String.raw`\bgemini-[\d.]+[\w.-]*`],
	statusText: { 499: 'Client Closed Request' },
};
