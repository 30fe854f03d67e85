import type { WrapperDefinition } from './types';

/**
 * Libraries that wrap the providers' SDKs and re-raise their errors under
 * their own names. A paste raised from one of them is still ours to answer;
 * which provider it came from is told by the rest of the paste.
 */
export const WRAPPERS: WrapperDefinition[] = [
	{ id: 'litellm', name: 'LiteLLM', modules: ['litellm'] },
	{
		id: 'langchain',
		name: 'LangChain',
		modules: ['langchain', 'langchain_core', 'langchain_community', 'langchain_openai', 'langchain_anthropic', 'langchain_google_genai', 'langchain_google_vertexai'],
	},
	{ id: 'llamaindex', name: 'LlamaIndex', modules: ['llama_index'] },
	{ id: 'vercel-ai', name: 'Vercel AI SDK', modules: [], names: ['AI_APICallError', 'AI_RetryError', 'AI_TypeValidationError', 'AI_NoObjectGeneratedError'] },
	{ id: 'tenacity', name: 'tenacity', modules: ['tenacity'] },
];
