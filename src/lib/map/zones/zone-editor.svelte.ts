import type { Position } from 'geojson';
import { checkPartition } from '$lib/zones/check-partition';
import { applyZoneEdit, type EditNote, type ZoneEdit } from '$lib/zones/edit-zones';
import type { ZoneReason } from '$lib/zones/reasons';
import type { PartitionProblem, Zone, ZoneGeometry } from '$lib/zones/types';
import {
	canRedo,
	canUndo,
	createHistory,
	pushHistory,
	redo,
	undo,
	type History
} from '$lib/zones/undo-history';

export type EditorMode = 'select' | 'draw' | 'split';

/** What the last action did, for the status line (worded by the page). */
export type EditorFeedback =
	| { kind: 'refused'; reason: ZoneReason }
	| { kind: 'notes'; notes: EditNote[] }
	| { kind: 'undone' | 'redone' };

/**
 * The editing session of one proposal: the zones (EPSG:25832) with their undo history, the
 * selection and tool, and the live topology check. Components read it and call its methods;
 * all geometry rules live in `$lib/zones`. One edit is one history step; a vertex drag shows
 * a preview while the pointer moves and becomes one step when it is released.
 */
export class ZoneEditor {
	readonly boundary: ZoneGeometry;
	history: History<Zone[]> = $state.raw(createHistory<Zone[]>([]));
	/** Zones during a drag, not yet in the history. */
	preview: Zone[] | null = $state.raw(null);
	selectedId: string | null = $state(null);
	/** A vertex of the selected zone the arrow keys move (EPSG:25832). */
	selectedVertex: Position | null = $state.raw(null);
	mode: EditorMode = $state('select');
	feedback: EditorFeedback | null = $state.raw(null);
	/** The zones as the server has them at `baseVersion`: unsaved work is anything else. */
	saved: Zone[] = $state.raw([]);
	baseVersion = $state(0);

	readonly zones = $derived(this.history.present);
	/** What the map and the statistics show: the drag preview while dragging. */
	readonly shown = $derived(this.preview ?? this.history.present);
	readonly problems: PartitionProblem[] = $derived.by(() =>
		checkPartition({ zones: this.shown, boundary: this.boundary })
	);
	readonly dirty = $derived(this.history.present !== this.saved);
	readonly canUndo = $derived(canUndo(this.history));
	readonly canRedo = $derived(canRedo(this.history));
	readonly selected = $derived(this.zones.find((z) => z.id === this.selectedId) ?? null);

	constructor(boundary: ZoneGeometry, zones: Zone[], baseVersion: number) {
		this.boundary = boundary;
		this.load(zones, baseVersion);
	}

	/** Starts over from zones the server has (a fresh load, or after a save). */
	load(zones: Zone[], baseVersion: number, { keepHistory = false } = {}): void {
		this.history = keepHistory ? pushHistory(this.history, zones) : createHistory(zones);
		this.saved = zones;
		this.baseVersion = baseVersion;
		this.preview = null;
		if (!zones.some((z) => z.id === this.selectedId)) this.select(null);
	}

	/** After a successful save: the current zones are what the server has. */
	markSaved(version: number): void {
		this.saved = this.history.present;
		this.baseVersion = version;
	}

	/** Applies one edit as one undo step; a refusal changes nothing and says why. */
	apply(edit: ZoneEdit): boolean {
		const result = applyZoneEdit(this.history.present, this.boundary, edit);
		this.preview = null;
		if (!result.ok) {
			this.feedback = { kind: 'refused', reason: result.reason };
			return false;
		}
		this.history = pushHistory(this.history, result.zones);
		this.feedback = result.notes.length > 0 ? { kind: 'notes', notes: result.notes } : null;
		if (!result.zones.some((z) => z.id === this.selectedId)) this.select(null);
		return true;
	}

	/** Shows where a vertex would go, without a history step (pointer still down). */
	previewMove(from: Position, to: Position): void {
		const result = applyZoneEdit(this.history.present, this.boundary, {
			kind: 'move-vertex',
			from,
			to
		});
		if (result.ok) this.preview = result.zones;
	}

	cancelPreview(): void {
		this.preview = null;
	}

	undo(): void {
		if (!this.canUndo) return;
		this.history = undo(this.history);
		this.afterTimeTravel('undone');
	}

	redo(): void {
		if (!this.canRedo) return;
		this.history = redo(this.history);
		this.afterTimeTravel('redone');
	}

	select(id: string | null): void {
		if (id !== this.selectedId) this.selectedVertex = null;
		this.selectedId = id;
	}

	/** A new zone id no other zone of the proposal has, even after undo and redo. */
	newZoneId(): string {
		const taken = this.history.past
			.concat([this.zones], this.history.future)
			.flat()
			.map((z) => z.id);
		for (;;) {
			const id = `z${Math.random().toString(36).slice(2, 8)}`;
			if (!taken.includes(id)) return id;
		}
	}

	/** "Sone N" with the lowest N not in use. */
	newZoneName(): string {
		const names = this.zones.map((z) => z.name);
		let n = this.zones.length + 1;
		while (names.includes(`Sone ${n}`)) n++;
		return `Sone ${n}`;
	}

	private afterTimeTravel(kind: 'undone' | 'redone'): void {
		this.preview = null;
		this.feedback = { kind };
		if (!this.zones.some((z) => z.id === this.selectedId)) this.select(null);
		else this.selectedVertex = null;
	}
}
