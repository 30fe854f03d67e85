import type { ProviderDefinition } from './types';

export const anthropic: ProviderDefinition = {
	id: 'anthropic',
	name: 'Anthropic',
	description:
		'The Anthropic (Claude) API and its official SDKs: anthropic for Python, @anthropic-ai/sdk for Node, and the Bedrock and Vertex AI clients.',
	docs: 'https://docs.claude.com/en/api/errors',
	catalog: 'anthropic.md',
	words: ['anthropic', 'claude'],
	sdks: [
		{
			id: 'anthropic-python',
			runtime: 'python',
			label: 'Python SDK (anthropic)',
			package: 'anthropic',
			modules: ['anthropic'],
			paths: ['site-packages/anthropic/'],
			namesCheckedAt: '1.13.0',
			runtimeFloors: [
				{ from: '1.13.0', through: '1.13.0', minimum: '3.10', declaredIn: 'requires-python', source: 'https://pypi.org/project/anthropic/1.13.0/' },
			],
		},
		{
			id: 'anthropic-node',
			runtime: 'node',
			label: 'Node/TypeScript SDK (@anthropic-ai/sdk)',
			package: '@anthropic-ai/sdk',
			modules: [],
			paths: ['node_modules/@anthropic-ai/sdk/'],
			runtimeFloors: [
				{ from: '0.120.0', through: '0.120.0', minimum: '20', declaredIn: 'README', source: 'https://www.npmjs.com/package/@anthropic-ai/sdk/v/0.120.0' },
			],
		},
		{
			id: 'anthropic-bedrock-node',
			runtime: 'node',
			label: 'Bedrock client (@anthropic-ai/bedrock-sdk)',
			package: '@anthropic-ai/bedrock-sdk',
			modules: [],
			paths: ['node_modules/@anthropic-ai/bedrock-sdk/'],
			runtimeFloors: [
				{ from: '0.33.1', through: '0.33.1', minimum: '18', declaredIn: 'README', source: 'https://www.npmjs.com/package/@anthropic-ai/bedrock-sdk/v/0.33.1' },
			],
		},
		{
			id: 'anthropic-vertex-node',
			runtime: 'node',
			label: 'Vertex AI client (@anthropic-ai/vertex-sdk)',
			package: '@anthropic-ai/vertex-sdk',
			modules: [],
			paths: ['node_modules/@anthropic-ai/vertex-sdk/'],
			runtimeFloors: [
				{ from: '0.19.5', through: '0.19.5', minimum: '18', declaredIn: 'README', source: 'https://www.npmjs.com/package/@anthropic-ai/vertex-sdk/v/0.19.5' },
			],
		},
	],
	integrations: {
		modules: ['langchain_anthropic'],
		paths: ['site-packages/langchain_anthropic/', 'node_modules/@langchain/anthropic/', 'node_modules/@ai-sdk/anthropic/'],
	},
	// Claude on Vertex AI answers from Google's Vertex host, which Gemini shares: a model name tells them apart.
	hosts: ['api.anthropic.com', 'aiplatform.googleapis.com'],
	markers: ['AnthropicException'],
	// The error types of the Messages API ("Error shapes" in Anthropic's docs) that OpenAI never sends.
	errorBody: {
		types: [
			'overloaded_error',
			'rate_limit_error',
			'not_found_error',
			'authentication_error',
			'permission_error',
			'billing_error',
			'api_error',
			'timeout_error',
			'request_too_large',
		],
	},
	models: [String.raw`\bclaude-[\w.-]+`],
	statusText: { 529: 'Overloaded' },
};
