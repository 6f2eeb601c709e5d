import { describe, expect, it } from 'vitest';
import { CopyForm, CreateForm, ImportForm, readForm, UpdateForm } from './form-schemas';

function formOf(fields: Record<string, string | File>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, value);
	return form;
}

describe('CreateForm', () => {
	it('trims name and description and reads an absent description as empty', () => {
		expect(readForm(CreateForm, formOf({ name: '  Alternativ B ' }))).toEqual({
			ok: true,
			value: { name: 'Alternativ B', description: '' }
		});
	});

	it.each([
		[{}, 'Forslaget må ha et navn.'],
		[{ name: '   ' }, 'Forslaget må ha et navn.'],
		[{ name: 'x'.repeat(201) }, 'Navnet kan ha høyst 200 tegn.'],
		[{ name: new File(['x'], 'a.txt') }, 'Ugyldig skjema.'],
		[{ name: 'A', description: 'x'.repeat(10_001) }, 'Beskrivelsen kan ha høyst 10000 tegn.']
	])('refuses %j with its message', (fields, message) => {
		expect(readForm(CreateForm, formOf(fields))).toEqual({ ok: false, message });
	});
});

describe('CopyForm', () => {
	it('reads the id as a number', () => {
		expect(readForm(CopyForm, formOf({ id: '12' }))).toEqual({ ok: true, value: { id: 12 } });
	});

	it.each(['', '0', '-1', '1.5', '1000000000', ' 1', 'abc'])('refuses id %j', (id) => {
		expect(readForm(CopyForm, formOf({ id }))).toEqual({ ok: false, message: 'Ukjent forslag.' });
	});
});

describe('ImportForm', () => {
	it('takes the optional name and leaves the file to the action', () => {
		const form = formOf({ file: new File(['{}'], 'soner.geojson') });
		expect(readForm(ImportForm, form)).toEqual({ ok: true, value: { name: '' } });
	});
});

describe('UpdateForm', () => {
	it('reads id, status, name and description; a blank name is left to updateProposal', () => {
		const form = formOf({ id: '3', status: 'proposed', name: ' ', description: ' Ny ' });
		expect(readForm(UpdateForm, form)).toEqual({
			ok: true,
			value: { id: 3, status: 'proposed', name: '', description: 'Ny' }
		});
	});

	it.each<Record<string, string>>([
		{ id: '3', status: 'vedtatt' },
		{ id: 'x', status: 'draft' },
		{ status: 'draft' },
		{ id: '3' }
	])('refuses %j as an invalid form', (fields) => {
		expect(readForm(UpdateForm, formOf(fields))).toEqual({ ok: false, message: 'Ugyldig skjema.' });
	});
});
