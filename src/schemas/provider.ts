import { z } from 'astro/zod';

/**
 * The provider registry (`src/providers/`) checked as data: the registry is plain
 * TypeScript so the browser can load it, and this schema is what a unit test
 * holds every provider file to.
 */
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase kebab-case' });
/** A Python module path: `openai`, `google.api_core.exceptions`. */
const Module = z.string().regex(/^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*$/, { error: 'must be a Python module path such as google.genai' });
/** A stack-frame path fragment with `/` separators that ends with `/` (a folder) or a file name. */
const PathFragment = z.string().regex(/^[\w@.-]+(?:\/[\w@.-]+)*\/?$/, { error: 'must be a path fragment such as node_modules/openai/' });
const RegexSource = z.string().refine(
	(source) => {
		try {
			new RegExp(source);
			return true;
		} catch {
			return false;
		}
	},
	{ error: 'must be a valid regular expression' },
);

const Release = z.string().regex(/^\d+(?:\.(?:\d+|x))*$/, { error: 'must be a release such as 2.49.0 or 1.53.x' });

export const RuntimeFloorSchema = z
	.strictObject({
		from: Release,
		until: Release.optional(),
		through: Release.optional(),
		minimum: z.string().regex(/^\d+(?:\.\d+){0,2}$/, { error: 'must be a runtime version such as 3.10 or 22' }),
		declaredIn: z.enum(['requires-python', 'python_requires', 'engines', 'README']),
		source: z.url({ protocol: /^https$/ }),
	})
	.refine((floor) => Boolean(floor.until) !== Boolean(floor.through), { error: 'needs exactly one of until (the next run starts) or through (last release checked)' });

export const SdkSchema = z.strictObject({
	id: Id,
	runtime: z.enum(['python', 'node']),
	label: z.string().min(3).max(60),
	package: z.string().min(1),
	legacy: z.boolean().optional(),
	modules: z.array(Module),
	paths: z.array(PathFragment).min(1, { error: 'needs at least one path its stack frames show' }),
	logMessages: z.array(z.string().min(3)).optional(),
	compatibleClient: z.boolean().optional(),
	namesCheckedAt: Release.optional(),
	runtimeFloors: z.array(RuntimeFloorSchema).optional(),
});

export const ProviderSchema = z.strictObject({
	id: Id,
	name: z.string().min(2).max(40),
	description: z.string().min(30).max(300),
	docs: z.url({ protocol: /^https$/ }),
	catalog: z.string().regex(/^[a-z0-9-]+\.md$/).optional(),
	words: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
	sdks: z.array(SdkSchema).min(1),
	integrations: z.strictObject({ modules: z.array(Module), paths: z.array(PathFragment) }).optional(),
	hosts: z.array(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, { error: 'must be a host name' })).min(1),
	markers: z.array(z.string().min(4)).optional(),
	errorBody: z.strictObject({ types: z.array(z.string()).optional(), statuses: z.array(z.string().regex(/^[A-Z_]+$/)).optional() }).optional(),
	models: z.array(RegexSource).optional(),
	statusText: z.record(z.string().regex(/^[1-5]\d\d$/), z.string().min(2)).optional(),
});

export const WrapperSchema = z.strictObject({
	id: Id,
	name: z.string().min(2),
	modules: z.array(Module),
	names: z.array(z.string().regex(/^[A-Za-z_]\w*$/)).optional(),
});
