import { sql } from 'drizzle-orm';
import type { Tx } from '../db/transaction';

/**
 * Fixes the session settings that change how values print and parse, for the current
 * transaction only: a server configured with another DateStyle, TimeZone or float precision
 * would otherwise write dates that another server reads differently, or floats that lose
 * their last bits. Backup and restore both call it, so the text forms always match.
 */
export async function setPortableTextForms(tx: Tx): Promise<void> {
	await tx.execute(sql`SET LOCAL DateStyle = 'ISO, YMD'`);
	await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
	await tx.execute(sql`SET LOCAL IntervalStyle = 'postgres'`);
	await tx.execute(sql`SET LOCAL extra_float_digits = 1`);
	await tx.execute(sql`SET LOCAL bytea_output = 'hex'`);
}
