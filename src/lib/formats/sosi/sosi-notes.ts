import type { ParseNote } from '../format';

/** Note codes parseSosi can return; the UI maps them to bokmål (conventions 7–8). */
export const NoteAssumedCharset = 'sosi-assumed-charset';
export const NoteGeographicCrs = 'sosi-geographic-crs';
export const NoteArcsDensified = 'sosi-arcs-densified';
export const NoteCollinearArc = 'sosi-collinear-arc';
export const NoteCurvesReordered = 'sosi-curves-reordered';
export const NoteMunicipalityPadded = 'sosi-municipality-padded';
export const NoteNotImported = 'sosi-not-imported';

/**
 * Collects what the reader noticed while going on, counting repeats so that a file with
 * 10 000 arcs yields one note, not 10 000 (plan-standards §5 R8; conventions 8).
 */
export class SosiNotes {
	private readonly notes: ParseNote[] = [];
	private arcs = 0;
	private padded = 0;
	private readonly skippedTypes = new Map<string, number>();

	assumedCharset(charset: string): void {
		this.notes.push({
			code: NoteAssumedCharset,
			detail: `.HODE has no ..TEGNSETT; read as ${charset}`
		});
	}

	geographic(): void {
		this.notes.push({
			code: NoteGeographicCrs,
			detail:
				'KOORDSYS 84 (EUREF89 geographic) is read as WGS 84 (EPSG:4326); they differ by under 1 m'
		});
	}

	arc(kind: 'densified' | 'collinear' | null, serial: number): void {
		if (kind === 'densified') this.arcs++;
		if (kind === 'collinear') {
			this.notes.push({
				code: NoteCollinearArc,
				feature: serial,
				detail: `.BUEP ${serial} has three collinear points; read as a straight line`
			});
		}
	}

	reordered(serial: number | null): void {
		this.notes.push({
			code: NoteCurvesReordered,
			feature: serial ?? undefined,
			detail: `the ..REF curves of FLATE ${serial} were out of order and were chained by their end points`
		});
	}

	paddedMunicipality(): void {
		this.padded++;
	}

	skipped(type: string): void {
		this.skippedTypes.set(type, (this.skippedTypes.get(type) ?? 0) + 1);
	}

	/** All notes, the counted ones last. */
	list(): ParseNote[] {
		const counted: ParseNote[] = [];
		if (this.arcs) {
			counted.push({
				code: NoteArcsDensified,
				detail: `${this.arcs} arc(s) densified to chords within 1 cm of the true arc`
			});
		}
		if (this.padded) {
			counted.push({
				code: NoteMunicipalityPadded,
				detail: `kommunenummer without its leading zero in ${this.padded} object(s); padded to 4 digits`
			});
		}
		for (const [type, count] of this.skippedTypes) {
			counted.push({
				code: NoteNotImported,
				detail: `${count} × ${type} not imported (only areas, .FLATE, are read)`
			});
		}
		return [...this.notes, ...counted];
	}
}
