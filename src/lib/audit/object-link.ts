/**
 * Where in Planbord an audited object is shown, for links from the log; undefined for
 * objects without a page of their own (users, share links).
 * @example objectLink('zone', '3/z-1') // '/lokalomrader/3'
 */
export function objectLink(objectType: string, objectId: string): string | undefined {
	const id = encodeURIComponent(objectId);
	switch (objectType) {
		case 'building':
			return `/eiendom/${id}`;
		case 'proposal':
			return `/lokalomrader/${id}`;
		case 'zone':
			return `/lokalomrader/${encodeURIComponent(objectId.split('/')[0]!)}`;
		case 'plan':
			return `/plan/${id}`;
		case 'benchmark':
			return '/eiendom/normtall';
		default:
			return undefined;
	}
}
