import type { FeatureCollection } from 'geojson';
// Bundled at build time: the offline background must not depend on the database or the network.
import raw from '../../../geodata/municipalities/kommuner_2019_0220_0627_0628_csmaps.geojson?raw';

/**
 * Land around the Oslofjord for the offline background: the 2019 boundaries of Asker,
 * Røyken, Hurum and their 11 neighbours (generalised, © Kartverket). What is not land
 * here is drawn as sea.
 */
export const BACKGROUND_LAND = JSON.parse(raw) as FeatureCollection;
