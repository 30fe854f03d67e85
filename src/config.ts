/** Site-wide settings that are not the public URL (that one is `site` in astro.config.mjs). */
export const SITE_NAME = 'Error Atlas';
export const SITE_TAGLINE = 'Paste an error, get the fix: a reference for API and SDK errors.';
/** Where the content lives, for "edit this page" and "share a note" links. */
export const REPOSITORY_URL = 'https://github.com/error-atlas/error-atlas';
export const REPOSITORY_BRANCH = 'main';
