import { OPENAI_SDKS } from './openai';
import type { ProviderDefinition } from './types';

export const azureOpenai: ProviderDefinition = {
	id: 'azure-openai',
	name: 'Azure OpenAI',
	description: 'OpenAI models served by Microsoft Azure, called through the same SDKs with the AzureOpenAI client.',
	docs: 'https://learn.microsoft.com/azure/ai-services/openai/reference',
	catalog: 'openai.md',
	words: ['azure'],
	sdks: OPENAI_SDKS,
	integrations: { modules: [], paths: ['site-packages/langchain_openai/chat_models/azure.py'] },
	hosts: ['openai.azure.com', 'cognitiveservices.azure.com'],
	markers: ['AzureException', 'AzureOpenAIException'],
	errorBody: { types: [] },
	// Azure deployments serve OpenAI's models under OpenAI's names.
	models: [String.raw`\bgpt-(?:35|3\.5|4|4o|4\.1|5)[\w.-]*`],
};
