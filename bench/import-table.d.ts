/** A generated portfolio table of `count` new projects for `year`, as CSV in the documents' layout. */
export function importTable(count: number, year: number, funders: string[]): string;
