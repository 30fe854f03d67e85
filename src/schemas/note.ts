import { z } from 'astro/zod';
import { EntryIdSchema } from './entry';

/** Longest note body, in characters: a tip, not an article. */
export const NOTE_MAX_CHARS = 1200;

/**
 * A community note (`content/notes/<entry-id>/<YYYY-MM-DD>-<slug>.md`): a short,
 * version-specific tip from a reader, reviewed like code. Its Markdown body is
 * rendered with any raw HTML shown as text.
 */
export const NoteSchema = z.strictObject({
	/** The id of the entry the note belongs to; must exist. */
	entry: EntryIdSchema,
	/** The contributor's public handle (GitHub), without "@". */
	author: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { error: 'must be a GitHub handle, without @' }),
	/** When the tip was given, YYYY-MM-DD. */
	date: z.coerce.date({ error: 'must be a date like 2026-11-23' }),
	/** The runtime and SDK versions the tip applies to, e.g. "openai (Python) 1.30", "Node 20". */
	appliesTo: z.array(z.string().trim().min(2).max(60)).min(1, { error: 'name at least one runtime or SDK version' }),
	/** The public thread the tip comes from, if any. */
	source: z.url({ protocol: /^https$/, error: 'must be an https URL' }).optional(),
});

export type NoteData = z.infer<typeof NoteSchema>;
