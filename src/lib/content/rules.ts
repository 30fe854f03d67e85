/**
 * Rules that span the whole collection of error entries: things no single
 * entry's schema can see. Pure: the build, the tests and scripts all call it.
 */

export interface CheckedEntry {
	id: string;
	/** Path of the source file, for messages. */
	file: string;
	data: {
		provider: string;
		related: string[];
		aliases: string[];
		messages: { text: string }[];
		causes: { id: string }[];
	};
}

export interface Problem {
	file: string;
	field: string;
	message: string;
}

/** Two templates are the same claim when they differ only in spacing or case. */
export function normalizeTemplate(text: string): string {
	return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function entryUrl(provider: string, id: string): string {
	return `/${provider}/${id}/`;
}

export function checkCollection(entries: CheckedEntry[]): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map<string, CheckedEntry>();
	const templateOwner = new Map<string, string>();
	const pathOwner = new Map<string, string>();

	for (const entry of entries) {
		const twin = byId.get(entry.id);
		if (twin) {
			problems.push({ file: entry.file, field: 'id', message: `the id "${entry.id}" is already used by ${twin.file}` });
		}
		byId.set(entry.id, entry);
		pathOwner.set(entryUrl(entry.data.provider, entry.id), entry.id);
		pathOwner.set(`/e/${entry.id}/`, entry.id);
	}

	for (const entry of entries) {
		const folder = entry.file.split('/').at(-2);
		if (folder && folder !== entry.data.provider) {
			problems.push({
				file: entry.file,
				field: 'provider',
				message: `is "${entry.data.provider}" but the file lives in the folder "${folder}"`,
			});
		}

		for (const related of entry.data.related) {
			if (related === entry.id) {
				problems.push({ file: entry.file, field: 'related', message: 'lists the entry itself' });
			} else if (!byId.has(related)) {
				problems.push({ file: entry.file, field: 'related', message: `names "${related}", which is not an entry` });
			}
		}

		const seenTemplates = new Set<string>();
		for (const { text } of entry.data.messages) {
			// Unique within a provider: SDKs generated from one template share default
			// messages across providers ("Connection error." in openai and anthropic).
			const key = `${entry.data.provider}\u0000${normalizeTemplate(text)}`;
			const owner = templateOwner.get(key);
			if (owner && owner !== entry.id) {
				problems.push({
					file: entry.file,
					field: 'messages',
					message: `the message "${text.slice(0, 80)}" is already claimed by the ${entry.data.provider} entry "${owner}"`,
				});
			} else if (seenTemplates.has(key)) {
				problems.push({ file: entry.file, field: 'messages', message: `lists "${text.slice(0, 80)}" twice` });
			}
			seenTemplates.add(key);
			templateOwner.set(key, entry.id);
		}

		const causeIds = new Set<string>();
		for (const { id } of entry.data.causes) {
			if (causeIds.has(id)) problems.push({ file: entry.file, field: 'causes', message: `has two causes with the id "${id}"` });
			causeIds.add(id);
		}

		for (const alias of entry.data.aliases) {
			const owner = pathOwner.get(alias);
			if (owner && owner !== entry.id) {
				problems.push({ file: entry.file, field: 'aliases', message: `"${alias}" is already the URL of "${owner}"` });
			} else if (owner === entry.id && !alias.startsWith('/e/')) {
				problems.push({ file: entry.file, field: 'aliases', message: `"${alias}" is the entry's own URL` });
			}
			pathOwner.set(alias, entry.id);
		}
	}
	return problems;
}

export function formatProblems(problems: Problem[]): string {
	return problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`).join('\n');
}
