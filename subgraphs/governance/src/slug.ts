import { searchName } from './person/search-name';

/** The data's id rule (see data/README.md): folded to ASCII, each run of other characters → "-", trimmed. */
export const slug = (text: string) =>
  searchName(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
