import type { ProviderDefinition, SdkDefinition } from './types';

/** openai-python and openai-node, every generation readers still paste. Azure OpenAI uses them too. */
export const OPENAI_SDKS: SdkDefinition[] = [
	{
		id: 'openai-python',
		runtime: 'python',
		label: 'Python SDK v1+',
		package: 'openai',
		modules: ['openai'],
		paths: ['site-packages/openai/'],
		compatibleClient: true,
		namesCheckedAt: '3.3.1',
		runtimeFloors: [
			{ from: '1.0.0', until: '1.54.0', minimum: '3.7.1', declaredIn: 'requires-python', source: 'https://github.com/openai/openai-python/blob/v1.0.0/pyproject.toml' },
			{ from: '1.54.0', until: '2.7.2', minimum: '3.8', declaredIn: 'requires-python', source: 'https://github.com/openai/openai-python/blob/v1.54.0/pyproject.toml' },
			{ from: '2.7.2', until: '2.49.0', minimum: '3.9', declaredIn: 'requires-python', source: 'https://github.com/openai/openai-python/blob/v2.7.2/pyproject.toml' },
			{ from: '2.49.0', through: '3.22.1', minimum: '3.10', declaredIn: 'requires-python', source: 'https://github.com/openai/openai-python/blob/v2.49.0/pyproject.toml' },
		],
	},
	{
		id: 'openai-python-v0',
		runtime: 'python',
		label: 'Python SDK v0 (legacy)',
		package: 'openai',
		legacy: true,
		modules: ['openai.error'],
		paths: ['site-packages/openai/'],
		// v0 logs every request at INFO with a message= field (openai/util.py log_info).
		logMessages: ['Request to OpenAI API', 'OpenAI API response', 'OpenAI API error received'],
		namesCheckedAt: '0.28.1',
		runtimeFloors: [
			{ from: '0.27.0', through: '0.28.1', minimum: '3.7.1', declaredIn: 'python_requires', source: 'https://github.com/openai/openai-python/blob/v0.28.1/setup.cfg' },
		],
	},
	{
		id: 'openai-node',
		runtime: 'node',
		label: 'Node/TypeScript SDK v4+',
		package: 'openai',
		modules: [],
		paths: ['node_modules/openai/'],
		compatibleClient: true,
		runtimeFloors: [
			{ from: '4.0.0', until: '4.12.0', minimum: '16', declaredIn: 'README', source: 'https://github.com/openai/openai-node/blob/v4.0.0/README.md#requirements' },
			{ from: '4.12.0', until: '5.0.0', minimum: '18', declaredIn: 'README', source: 'https://github.com/openai/openai-node/blob/v4.12.0/README.md#requirements' },
			{ from: '5.0.0', until: '7.0.0', minimum: '20', declaredIn: 'README', source: 'https://github.com/openai/openai-node/blob/v5.0.0/README.md#requirements' },
			{ from: '7.0.0', through: '7.60.0', minimum: '22', declaredIn: 'engines', source: 'https://github.com/openai/openai-node/blob/v7.0.0/package.json' },
		],
	},
	{
		id: 'openai-node-v3',
		runtime: 'node',
		label: 'Node SDK v3 (axios)',
		package: 'openai',
		legacy: true,
		modules: [],
		paths: ['node_modules/openai/'],
	},
];

export const openai: ProviderDefinition = {
	id: 'openai',
	name: 'OpenAI',
	description:
		'The OpenAI API and its official SDKs: openai-python v1+ and legacy v0.x, openai-node, and the frameworks that wrap them.',
	docs: 'https://platform.openai.com/docs/guides/error-codes',
	catalog: 'openai.md',
	words: ['openai', 'chatgpt'],
	sdks: OPENAI_SDKS,
	integrations: { modules: ['langchain_openai'], paths: ['site-packages/langchain_openai/', 'node_modules/@langchain/openai/'] },
	hosts: ['api.openai.com'],
	markers: ['OpenAIException'],
	errorBody: { types: ['insufficient_quota', 'billing_limit_user_error', 'image_generation_user_error'] },
	models: [String.raw`\bgpt-(?:3\.5|4|4o|4\.1|5)[\w.-]*`, String.raw`\b(?:o1|o3|o4)-[\w.-]+`, String.raw`\b(?:text-davinci|dall-e|whisper|tts|gpt-image)-[\w.-]+`],
};
