import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { makeZone, rect } from '$lib/zones/fixtures/build';
import { building, twoMunicipalities } from '$lib/zones/statistics/fixtures';
import { createZoneStatistics } from '$lib/zones/statistics/zone-statistics';
import ZoneStatsCard from './ZoneStatsCard.svelte';
import ZoneStatsTable from './ZoneStatsTable.svelte';

/** West holds 60 kindergarten places for 50 children; east 80 places for 350. */
function rows() {
	const services = [
		building(1, 'kindergarten', [500, 500], { capacity: 60, capacityUnit: 'children', bta: 600 }),
		building(2, 'kindergarten', [3000, 500], { capacity: 80, capacityUnit: 'children', bta: 800 })
	];
	return createZoneStatistics(twoMunicipalities(services))([
		makeZone('west', rect(0, 0, 1000, 1000), 'Vest'),
		makeZone('east', rect(1000, 0, 4000, 1000), 'Øst')
	]);
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('ZoneStatsCard', () => {
	it('shows the estimate with its method and says a shortfall in words', () => {
		const east = rows()[1]!;
		const { body } = render(ZoneStatsCard, { props: { name: east.name, stats: east } });
		const shown = text(body);
		expect(shown).toContain(
			'3 500 (anslag fordelt etter areal innen hver gamle kommune, SSB 07459, 1.1.2019)'
		);
		expect(shown).toContain('80 plasser / 350 barn 1–5 år');
		expect(shown).toContain('270 plasser for lite');
	});
});

describe('ZoneStatsTable', () => {
	it('has a caption, row headers for every zone and the whole proposal as the last row', () => {
		const { body } = render(ZoneStatsTable, { props: { rows: rows() } });
		expect(body).toContain('<caption');
		const rowHeaders = [...body.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
		expect(rowHeaders).toEqual(['Vest', 'Øst', 'Hele forslaget']);
		// 140 places for 400 children in all: 260 too few.
		expect(text(body)).toContain('140 / 400 ▼ 260 plasser for lite');
	});
});
