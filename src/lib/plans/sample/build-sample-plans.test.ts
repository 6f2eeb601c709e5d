import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildSamplePlans } from './build-sample-plans';
import { generatedSample, sampleInputs } from './sample-inputs.fixture';

/*
 * The generator on the real inputs. The files it writes are checked in sample-files.test.ts;
 * this checks what does not depend on the writers.
 */

describe('buildSamplePlans', () => {
	it('gives the same plans and defects on a second run', { timeout: 60_000 }, () => {
		const again = buildSamplePlans(sampleInputs());
		expect(JSON.stringify(again)).toBe(JSON.stringify(generatedSample()));
	});

	it('keeps every coordinate on the millimetre grid', { timeout: 60_000 }, () => {
		const off = generatedSample().plans.flatMap((p) =>
			p.document.features.flatMap((f) => {
				const g = f.geometry as Polygon | MultiPolygon;
				const values = (g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2)).flat();
				return values.filter((v) => Math.abs(v * 1000 - Math.round(v * 1000)) > 1e-4);
			})
		);
		expect(off).toEqual([]);
	});

	it(
		'makes about 250, 300 and 350 Voronoi cells into 150–300 land-use areas per plan',
		{ timeout: 60_000 },
		() => {
			const counts = generatedSample().plans.map(
				(p) => p.document.features.filter((f) => f.properties.kind === 'landuse').length
			);
			expect(counts.every((n) => n >= 150 && n <= 300)).toBe(true);
		}
	);

	it(
		'gives 5–10 hensynssoner per plan, one of them shared by Asker and Røyken',
		{ timeout: 60_000 },
		() => {
			const zones = generatedSample().plans.map((p) =>
				p.document.features.filter((f) => f.properties.kind === 'zone')
			);
			const ids = zones.map((list) => new Set(list.map((z) => z.properties.objectId)));
			const shared = [...ids[0]!].filter((id) => ids[1]!.has(id));
			expect([zones.every((list) => list.length >= 5 && list.length <= 10), shared.length]).toEqual(
				[true, 1]
			);
		}
	);

	it(
		'lists unique defect ids, the seeded ones before the natural ones',
		{ timeout: 60_000 },
		() => {
			const ids = generatedSample().defects.map((d) => d.id);
			expect([new Set(ids).size === ids.length, ids.slice(0, 3), ids.at(-1)]).toEqual([
				true,
				['D01', 'D02', 'D03'],
				'N5'
			]);
		}
	);

	it('seeds every kind of defect the merge must meet', { timeout: 60_000 }, () => {
		const kinds = new Set(generatedSample().defects.map((d) => d.kind));
		expect([...kinds].sort()).toEqual([
			'arc',
			'duplicate-zone',
			'expired-code',
			'gap',
			'hole',
			'overlap',
			'overlap-within-plan',
			'sliver',
			'status-3',
			'unknown-code'
		]);
	});

	it(
		'seeds slivers of 0.5, 2 and 4.5 m and overlaps reaching 12 and 15 m',
		{ timeout: 60_000 },
		() => {
			const width = (kind: string) =>
				generatedSample()
					.defects.filter((d) => d.kind === kind && !d.natural)
					.map((d) => d.widthM)
					.sort((a, b) => (a ?? 0) - (b ?? 0));
			expect([width('sliver'), width('overlap')]).toEqual([
				[0.5, 2, 4.5],
				[12, 15]
			]);
		}
	);
});
