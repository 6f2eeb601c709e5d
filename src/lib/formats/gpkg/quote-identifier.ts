/**
 * Quotes an SQLite identifier (table or column name from the file or the caller), doubling
 * embedded quotes, so no name can change the statement it is put into.
 * @example quoteIdentifier('my "layer"') // '"my ""layer"""'
 */
export function quoteIdentifier(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}
