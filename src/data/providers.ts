/** The providers the site covers, keyed by their folder under `content/errors/`. */
export interface Provider {
	id: string;
	name: string;
	description: string;
	docs: string;
}

export const PROVIDERS: Provider[] = [
	{
		id: 'openai',
		name: 'OpenAI',
		description:
			'The OpenAI API and its official SDKs: openai-python v1+ and legacy v0.x, openai-node, and the frameworks that wrap them.',
		docs: 'https://platform.openai.com/docs/guides/error-codes',
	},
	{
		id: 'azure-openai',
		name: 'Azure OpenAI',
		description: 'OpenAI models served by Microsoft Azure, called through the same SDKs with the AzureOpenAI client.',
		docs: 'https://learn.microsoft.com/azure/ai-services/openai/reference',
	},
];

export function providerById(id: string): Provider {
	const provider = PROVIDERS.find((p) => p.id === id);
	if (!provider) throw new Error(`Unknown provider "${id}": add it to src/data/providers.ts`);
	return provider;
}
