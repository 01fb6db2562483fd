import type { ValueTransformer } from 'typeorm';

/** DECIMAL columns come back as strings from some drivers; the API speaks numbers. */
export const decimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/** Money in MNOK: DECIMAL(12,2) read back as a number. */
export const MONEY = { type: 'decimal', precision: 12, scale: 2, transformer: decimal } as const;
