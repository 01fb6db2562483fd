import type { TableColumnOptions } from 'typeorm';

/**
 * The column shapes migrations build tables from, one definition for every subgraph, so a
 * text column is the same VARCHAR on sql.js and MySQL wherever it is declared. Columns are NOT
 * NULL unless the call says otherwise.
 */
export const migrationColumns = {
  text: (name: string, length: number, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: nullable,
  }),
  longText: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'text',
    isNullable: nullable,
  }),
  integer: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'int',
    isNullable: nullable,
  }),
  flag: (name: string): TableColumnOptions => ({ name, type: 'boolean', isNullable: false }),
  /** Money and printed figures: DECIMAL, never floats. */
  decimal: (name: string, precision: number, nullable = false): TableColumnOptions => ({
    name,
    type: 'decimal',
    precision,
    scale: 2,
    isNullable: nullable,
  }),
  key: (column: TableColumnOptions): TableColumnOptions => ({ ...column, isPrimary: true }),
  indexOn: (...columnNames: string[]) => ({ columnNames }),
};
