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
	},
	{
		id: 'openai-node',
		runtime: 'node',
		label: 'Node/TypeScript SDK v4+',
		package: 'openai',
		modules: [],
		paths: ['node_modules/openai/'],
			compatibleClient: true,
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
