import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BuildingCollection } from '../src/lib/buildings/types';
import { CANONICAL_SRID, converter, WGS84_SRID } from '../src/lib/geometry/crs';
import { toUtm32 } from '../src/lib/geometry/reproject';
import type { Wgs84 } from '../src/lib/geometry/types';
import { checkPartition } from '../src/lib/zones/check-partition';
import { seededRandom, voronoiPartition } from '../src/lib/zones/fixtures/voronoi-partition';
import { moveSharedVertex } from '../src/lib/zones/move-shared-vertex';
import type {
	OldMunicipalityArea,
	PopulationArea,
	ServiceBuilding,
	StatisticsInputs
} from '../src/lib/zones/statistics/types';
import { createZoneStatistics } from '../src/lib/zones/statistics/zone-statistics';
import type { Partition, Zone } from '../src/lib/zones/types';
import { envCount } from './lib/env-count';
import { percentile } from './lib/percentile';
import { printAligned } from './lib/table';

/**
 * The zone editor's issue target: topology check + statistics after one vertex move < 16 ms
 * (one frame) for a 50-zone proposal. Inputs are the shipped data: the three old
 * municipalities (geodata/municipalities, reprojected to EPSG:25832), their 1.1.2019
 * population (SSB 07459) and the 399 buildings of the sample register at their footprints'
 * mean vertex. The proposal is a seeded 50-cell Voronoi partition of a 20 × 20 km square
 * over the junction of Asker, Røyken and Hurum, densified to ~95 vertices a zone, so zones
 * cross municipality borders and each move may need real overlays. Each move takes a random
 * vertex off the outer boundary and moves it up to 20 m, and the edits accumulate as in a
 * session (a move can make a zone invalid or open a gap; the check then reports it).
 */

const MOVES = envCount('BENCH_ZONE_MOVES', 500);
const COLD_RUNS = envCount('BENCH_ZONE_COLD_RUNS', 5);
const TARGET_MS = 16;
const SIZE = 20_000;

const inputs = readInputs();
const origin = squareOrigin(inputs.oldMunicipalities);
const start = voronoiPartition({ seed: 1, count: 50, size: SIZE, step: 120, origin });
const vertices = start.zones.reduce((n, z) => n + vertexCount(z), 0);
console.log(
	`Proposal: ${start.zones.length} zones, ${vertices} vertices (${(vertices / start.zones.length).toFixed(0)} per zone), ` +
		`${SIZE / 1000} × ${SIZE / 1000} km from E ${origin[0]} N ${origin[1]}; ` +
		`${inputs.services.length} buildings, ${inputs.oldMunicipalities.length} old municipalities`
);

// Cold: every zone new to both caches, as when the editor opens a proposal.
const coldCheck: number[] = [];
const coldStats: number[] = [];
for (let i = 0; i < COLD_RUNS; i++) {
	const fresh = structuredClone(start) as Partition;
	const statistics = createZoneStatistics(inputs);
	coldCheck.push(time(() => checkPartition(fresh)));
	coldStats.push(time(() => statistics(fresh.zones)));
}

// Warm: one vertex move at a time, each part timed on its own and together.
const statistics = createZoneStatistics(inputs);
let zones: readonly Zone[] = start.zones;
checkPartition({ zones, boundary: start.boundary });
statistics(zones);
const random = seededRandom(42);
const parts = {
	move: [] as number[],
	check: [] as number[],
	stats: [] as number[],
	all: [] as number[]
};
let changedZones = 0;
let problems = 0;
for (let i = 0; i < MOVES; i++) {
	const from = pickVertex(zones, random);
	const to: Position = [from[0]! + (random() - 0.5) * 40, from[1]! + (random() - 0.5) * 40];
	const t0 = performance.now();
	const moved = moveSharedVertex(zones, from, to);
	const t1 = performance.now();
	problems += checkPartition({ zones: moved.zones, boundary: start.boundary }).length;
	const t2 = performance.now();
	statistics(moved.zones);
	const t3 = performance.now();
	parts.move.push(t1 - t0);
	parts.check.push(t2 - t1);
	parts.stats.push(t3 - t2);
	parts.all.push(t3 - t0);
	changedZones += moved.changed.length;
	zones = moved.zones;
}

const baseline = percentile(parts.check, 50);
const row = (label: string, values: number[]) => [
	label,
	String(values.length),
	percentile(values, 50).toFixed(2),
	percentile(values, 95).toFixed(2),
	Math.max(...values).toFixed(2),
	`${(percentile(values, 50) / baseline).toFixed(2)}×`
];
console.log(`Baseline (1.00×): p50 of checkPartition after one vertex move`);
printAligned(
	['measurement', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'p50 × base'],
	[
		row('moveSharedVertex', parts.move),
		row('checkPartition after a move', parts.check),
		row('zone statistics after a move', parts.stats),
		row('move + check + statistics (target)', parts.all),
		row('checkPartition, 50 new zones (cold)', coldCheck),
		row('zone statistics, 50 new zones (cold)', coldStats)
	]
);
const p95 = percentile(parts.all, 95);
console.log(
	`${(changedZones / MOVES).toFixed(2)} zones changed per move; ${problems} problems reported over ${MOVES} checks`
);
console.log(
	`move + check + statistics: p95 ${p95.toFixed(2)} ms, ${(p95 / TARGET_MS).toFixed(2)}× the ${TARGET_MS} ms target: ${p95 < TARGET_MS ? 'met' : 'NOT met'}`
);

function time(work: () => unknown): number {
	const t0 = performance.now();
	work();
	return performance.now() - t0;
}

function vertexCount(zone: Zone): number {
	const g = zone.geometry;
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	return polygons.reduce((n, rings) => n + rings.reduce((m, r) => m + r.length - 1, 0), 0);
}

/** A random vertex of a random zone, not on the square's outer boundary (that must stay put). */
function pickVertex(current: readonly Zone[], next: () => number): Position {
	for (;;) {
		const zone = current[Math.floor(next() * current.length)]!;
		if (zone.geometry.type !== 'Polygon') continue;
		const ring = zone.geometry.coordinates[0]!;
		const p = ring[Math.floor(next() * (ring.length - 1))]!;
		const [x, y] = p as [number, number];
		const inside = x > origin[0] && x < origin[0] + SIZE && y > origin[1] && y < origin[1] + SIZE;
		if (inside) return p;
	}
}

/** A square of SIZE centred on the middle of the three municipalities' bounding box. */
function squareOrigin(areas: OldMunicipalityArea[]): [number, number] {
	const xs: number[] = [];
	const ys: number[] = [];
	for (const a of areas) {
		const polygons =
			a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
		for (const [x, y] of polygons.flat(2) as [number, number][]) {
			xs.push(x);
			ys.push(y);
		}
	}
	const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
	const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
	return [Math.round(cx - SIZE / 2), Math.round(cy - SIZE / 2)];
}

function readInputs(): StatisticsInputs {
	const boundaries = JSON.parse(
		readFileSync('geodata/municipalities/kommuner_2019_0220_0627_0628_csmaps.geojson', 'utf8')
	) as {
		features: {
			geometry: Polygon | MultiPolygon;
			properties: { kommunenummer: string; kommunenavn: string; target?: boolean };
		}[];
	};
	const oldMunicipalities: OldMunicipalityArea[] = boundaries.features
		.filter((f) => f.properties.target)
		.map((f) => ({
			number: f.properties.kommunenummer,
			name: f.properties.kommunenavn,
			geometry: toUtm32(f.geometry as Wgs84<Polygon | MultiPolygon>)
		}))
		.sort((a, b) => a.number.localeCompare(b.number));
	const csv = readFileSync(
		'geodata/population/befolkning_ssb07459_asker_royken_hurum_2005_2026.csv',
		'utf8'
	)
		.trim()
		.split('\n')
		.map((line) => line.split(','));
	const areas: PopulationArea[] = oldMunicipalities.map((m) => {
		const cells = csv.find((c) => c[0] === m.number && c[2] === '2019')!;
		const n = (i: number) => Number(cells[i]);
		return {
			id: m.number,
			geometry: m.geometry,
			year: 2019,
			counts: {
				total: n(3),
				age0: n(4),
				age1To5: n(5),
				age6To15: n(6),
				age16To66: n(7),
				age67To79: n(8),
				age80Plus: n(9)
			}
		};
	});
	const register = JSON.parse(
		readFileSync('geodata/buildings/buildings.geojson', 'utf8')
	) as BuildingCollection;
	const project = converter(WGS84_SRID, CANONICAL_SRID).forward;
	const services: ServiceBuilding[] = register.features.map((f, id) => {
		const g = f.geometry;
		const ring = (
			g.type === 'Point'
				? [g.coordinates]
				: g.type === 'Polygon'
					? g.coordinates[0]!
					: g.coordinates[0]![0]!
		) as [number, number][];
		const lon = ring.reduce((s, p) => s + p[0], 0) / ring.length;
		const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
		const [x, y] = project([lon, lat]) as [number, number];
		const a = f.properties;
		return {
			id,
			name: a.name,
			category: a.category,
			position: [x, y],
			capacity: a.capacity,
			capacityUnit: a.capacityUnit,
			users: a.users,
			bta: a.bta,
			bra: a.bra,
			municipality: a.municipality,
			sample: a.sample
		};
	});
	return {
		oldMunicipalities,
		population: { kind: 'areas', unit: 'old-municipality', source: 'SSB 07459', areas },
		services
	};
}
