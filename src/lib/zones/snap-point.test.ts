import { describe, expect, it } from 'vitest';
import { deepFreeze, makeZone, polygon, rect, twoSquares } from './fixtures/build';
import { snapPoint } from './snap-point';

describe('snapPoint', () => {
	it('snaps to a shared vertex within tolerance and names both zones', () => {
		// (1000.4, 1000) is 0.4 m from the vertex both squares share at (1000, 1000).
		const result = snapPoint([1000.4, 1000], twoSquares(), 1);
		expect(result).toEqual({
			position: [1000, 1000],
			snappedTo: 'vertex',
			zoneIds: ['left', 'right'],
			onBoundary: true
		});
	});

	it('snaps to the perpendicular foot on an edge', () => {
		// 0.4 m right of the shared edge's midpoint (1000, 500); the nearest vertex is 500 m away.
		const result = snapPoint([1000.4, 500], twoSquares(), 1);
		expect(result).toEqual({
			position: [1000, 500],
			snappedTo: 'edge',
			zoneIds: ['left', 'right'],
			onBoundary: false
		});
	});

	it('finds the exact foot on a slanted edge at UTM coordinates', () => {
		// Edge from (580 000, 6 620 000) to (580 300, 6 620 400): direction (0.6, 0.8). A point
		// 0.5 m off its middle along the normal (0.8, −0.6) is (580 150.4, 6 620 199.7).
		const triangle = makeZone(
			't',
			polygon([
				[580_000, 6_620_000],
				[580_300, 6_620_400],
				[579_700, 6_620_400]
			])
		);
		const partition = deepFreeze({
			zones: [triangle],
			boundary: rect(579_000, 6_619_000, 581_000, 6_621_000)
		});
		const result = snapPoint([580_150.4, 6_620_199.7], partition, 1);
		expect(result.snappedTo).toBe('edge');
		expect(result.position[0]).toBeCloseTo(580_150, 6);
		expect(result.position[1]).toBeCloseTo(6_620_200, 6);
	});

	it('prefers a vertex to a nearer edge', () => {
		// (999.9, 999.5): 0.1 m from the shared edge, 0.51 m from the vertex (1000, 1000).
		const result = snapPoint([999.9, 999.5], twoSquares(), 1);
		expect(result.snappedTo).toBe('vertex');
		expect(result.position).toEqual([1000, 1000]);
	});

	it('snaps to the boundary where no zone is', () => {
		const partition = deepFreeze({
			zones: [makeZone('left', rect(0, 0, 1000, 1000))],
			boundary: rect(0, 0, 2000, 1000)
		});
		// 0.3 m below the boundary's bottom edge at x = 1500, where only the boundary runs.
		expect(snapPoint([1500, -0.3], partition, 1)).toEqual({
			position: [1500, 0],
			snappedTo: 'edge',
			zoneIds: [],
			onBoundary: true
		});
	});

	it('ignores the zone being drawn', () => {
		const result = snapPoint([1000.4, 500], twoSquares(), 1, { ignoreZoneId: 'right' });
		expect(result.zoneIds).toEqual(['left']);
	});

	it('leaves a point beyond the tolerance unchanged', () => {
		expect(snapPoint([1001.5, 500], twoSquares(), 1)).toEqual({
			position: [1001.5, 500],
			snappedTo: null,
			zoneIds: [],
			onBoundary: false
		});
	});

	it('ignores a dragged vertex and the edges ending at it, and still snaps to others', () => {
		const partition = twoSquares();
		// Near the shared corner (1000, 1000) but dragging it: no snap back onto itself, and
		// not onto its own edges (1000,0)-(1000,1000) or (0,1000)-(1000,1000).
		// (The boundary's top edge, 1.2 m away, is out of reach at 1 m.)
		const dragged = snapPoint([1000.6, 998.8], partition, 1, { ignoreVertex: [1000, 1000] });
		expect(dragged.snappedTo).toBeNull();
		expect(dragged.position).toEqual([1000.6, 998.8]);
		// Without the option it slides onto the dragged vertex's own edge x = 1000.
		expect(snapPoint([1000.6, 998.8], partition, 1)).toMatchObject({ snappedTo: 'edge' });
		// Other vertices are still targets: the boundary's corner at (2000, 1000).
		const other = snapPoint([1999.5, 999.5], partition, 1, { ignoreVertex: [1000, 1000] });
		expect(other).toMatchObject({ position: [2000, 1000], snappedTo: 'vertex' });
	});
});
