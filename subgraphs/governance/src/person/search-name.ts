/**
 * Folds a name or a search term to lowercase ASCII with the slug rule of the data
 * (æ→ae, ø→o, å→a, other accents dropped). Done in code, not SQL, because SQLite's
 * LOWER only knows ASCII and MySQL collations fold differently.
 */
export function searchName(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
