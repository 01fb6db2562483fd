import type { DataSource, EntityManager } from 'typeorm';
import { seedOnce } from '@ehelse/shared/db';
import { seedBenefitCases } from '../benefit-case/benefit-case.seed';
import { dataFile } from '../data-files';
import { seedInitiatives } from '../initiative/initiative.seed';
import { Organisation } from '../organisation/organisation.entity';
import { organisationOf, type OrganisationRow } from '../organisation/organisation.seed';
import { seedReportDocuments } from '../report/report-documents.seed';
import { seedSectorKeyFigures } from '../sector/sector.seed';

/** The dataset key of the facts issue 14 brought in; the first dataset stays as it was. */
export const DOCUMENT_FACTS_DATASET = 'portfolio-documents-more-facts';

/**
 * Organisations added to organisations.json after the first dataset (Sarpsborg kommune,
 * Helse Bergen HF, …): a database seeded before gets the missing rows; a fresh one, whose
 * first dataset already read the whole file, gets none twice.
 */
async function insertMissingOrganisations(manager: EntityManager) {
  const rows = dataFile<OrganisationRow[]>('organisations.json');
  const existing = new Set(
    (await manager.getRepository(Organisation).find({ select: { id: true } })).map(({ id }) => id),
  );
  const missing = rows.filter(({ id }) => !existing.has(id)).map(organisationOf);
  if (missing.length) await manager.insert(Organisation, missing);
}

async function loadDocumentFacts(manager: EntityManager) {
  await insertMissingOrganisations(manager);
  await seedInitiatives(manager);
  await seedSectorKeyFigures(manager);
  await seedReportDocuments(manager);
  await seedBenefitCases(manager);
}

/** Seeds the documents' remaining facts (issue 14) once per database, after the first dataset. */
export const seedDocumentFacts = (dataSource: DataSource) =>
  seedOnce(dataSource, DOCUMENT_FACTS_DATASET, loadDocumentFacts);
