/**
 * Pictograms for service locations, drawn on a canvas and added to the map as images.
 * Icon-only symbol layers need no glyphs, so they work offline where text labels cannot
 * (no glyph font ships with Planbord). Paths are 24×24 SVG path data, drawn in white on a
 * circle of the service type's legend colour.
 */
export const SERVICE_PICTOGRAMS: Record<string, string> = {
	// A school house with a pitched roof and a door.
	school: 'M12 3 3 9v2h2v9h5v-5h4v5h5v-9h2V9z',
	// Two figures, a large and a small one.
	kindergarten:
		'M8 4a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zm8 4a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM4 20v-6a4 4 0 0 1 8 0v6zm9 0v-4a3 3 0 0 1 6 0v4z',
	// A heart.
	nursing_home: 'M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z',
	// A plus: health services.
	health: 'M9 4h6v5h5v6h-5v5H9v-5H4V9h5z',
	// An open book.
	culture: 'M3 5c3-1 6-1 8.5 1v13C9 17 6 17 3 18zm18 0c-3-1-6-1-8.5 1v13c2.5-2 5.5-2 8.5-1z'
};

/** The RGBA image of one service icon at the given pixel ratio. */
export function drawServiceIcon(path: string, colour: string, pixelRatio = 2): ImageData {
	const size = 28 * pixelRatio;
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = size;
	const ctx = canvas.getContext('2d')!;
	ctx.scale(pixelRatio, pixelRatio);
	ctx.beginPath();
	ctx.arc(14, 14, 12.5, 0, Math.PI * 2);
	ctx.fillStyle = colour;
	ctx.fill();
	ctx.lineWidth = 1.5;
	ctx.strokeStyle = '#ffffff';
	ctx.stroke();
	ctx.translate(5, 5);
	ctx.scale(18 / 24, 18 / 24);
	ctx.fillStyle = '#ffffff';
	ctx.fill(new Path2D(path));
	return ctx.getImageData(0, 0, size, size);
}
