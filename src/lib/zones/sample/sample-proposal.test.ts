import { describe, expect, it } from 'vitest';
import { planarArea } from '../../geometry/area';
import { checkPartition } from '../check-partition';
import { rect } from '../fixtures/build';
import { benchProposal, sampleProposal } from './sample-proposal';

describe('sampleProposal', () => {
	it('grows one zone from each primary school, labelled as a sample', () => {
		const boundary = rect(0, 0, 12000, 4000);
		const sample = sampleProposal(boundary, [
			{ name: 'Vest skole', x: 2000, y: 2000 },
			{ name: 'Midt skole', x: 6000, y: 2000 },
			{ name: 'Øst skole', x: 10000, y: 2000 },
			{ name: 'Midt videregående skole', x: 6500, y: 2500 }
		]);
		expect(sample.name).toMatch(/^Eksempel/);
		// Sorted by name: Midt, Vest, Øst. Cells split at x = 4000 and x = 8000.
		expect(sample.zones.map((z) => [z.name, Math.round(planarArea(z.geometry))])).toEqual([
			['Midt', 16_000_000],
			['Vest', 16_000_000],
			['Øst', 16_000_000]
		]);
		expect(checkPartition({ zones: sample.zones, boundary })).toEqual([]);
	});

	it('falls back to twelve seeded zones when the register has too few schools', () => {
		const boundary = rect(0, 0, 12000, 12000);
		const sample = sampleProposal(boundary, [{ name: 'Eneste skole', x: 10, y: 10 }]);
		expect(sample.name).toMatch(/^Eksempel/);
		expect(sample.zones.map((z) => z.name)).toEqual(
			Array.from({ length: 12 }, (_, i) => `Sone ${i + 1}`)
		);
		expect(checkPartition({ zones: sample.zones, boundary })).toEqual([]);
	});
});

describe('benchProposal', () => {
	it('makes 50 zones that exactly cover the boundary', () => {
		const boundary = rect(570_000, 6_610_000, 590_000, 6_630_000);
		const zones = benchProposal(boundary);
		expect(zones).toHaveLength(50);
		expect(new Set(zones.map((z) => z.id)).size).toBe(50);
		expect(checkPartition({ zones, boundary })).toEqual([]);
		const total = zones.reduce((sum, z) => sum + planarArea(z.geometry), 0);
		expect(total).toBeCloseTo(400_000_000, 0);
	});
});
