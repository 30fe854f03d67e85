/**
 * "#" links next to headings: a click follows the anchor and also copies its
 * absolute URL, so a reader can paste a link to the exact section. The URL is
 * the page's canonical one (the published site's, even on a preview server)
 * with the link's fragment: worked out here rather than written into each link,
 * which cost a kilobyte an entry page.
 */
export function enableCopyLinks(root: ParentNode = document): void {
	root.addEventListener('click', async (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
		if (!link) return;
		try {
			await navigator.clipboard.writeText(sectionUrl(link));
			link.setAttribute('data-copied', '');
			setTimeout(() => link.removeAttribute('data-copied'), 2000);
		} catch {
			// Clipboard refused (permissions, insecure context): following the link still works.
		}
	});
}

function sectionUrl(link: HTMLAnchorElement): string {
	const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
	return new URL(link.getAttribute('href')!, canonical).href;
}
