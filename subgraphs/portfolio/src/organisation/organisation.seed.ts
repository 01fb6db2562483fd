import type { Organisation, OrganisationKind } from './organisation.entity';

/** One row of data/organisations.json. */
export interface OrganisationRow {
  id: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
}

/** The organisation row as stored: the file's columns, nothing else of the row. */
export const organisationOf = ({
  id,
  name,
  shortName,
  kind,
}: OrganisationRow): Pick<Organisation, 'id' | 'name' | 'shortName' | 'kind'> => ({
  id,
  name,
  shortName,
  kind,
});
