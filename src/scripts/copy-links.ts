/**
 * "#" links next to headings: a click follows the anchor and also copies its
 * absolute URL, so a reader can paste a link to the exact section.
 */
export function enableCopyLinks(root: ParentNode = document): void {
	root.addEventListener('click', async (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
		if (!link) return;
		try {
			await navigator.clipboard.writeText(link.dataset.copyLink!);
			link.setAttribute('data-copied', '');
			setTimeout(() => link.removeAttribute('data-copied'), 2000);
		} catch {
			// Clipboard refused (permissions, insecure context): following the link still works.
		}
	});
}
