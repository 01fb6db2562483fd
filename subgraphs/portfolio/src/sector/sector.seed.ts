import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import { DocumentText } from '../documents/document-text.entity';
import { SectorKeyFigure } from './sector-key-figure.entity';

interface KeyFiguresFile {
  document: string;
  heading: string;
  headingLine: number;
  statement: string;
  lines: string;
  figures: { value: number; printedValue: string; label: string; line: number }[];
}

/** Document 001: the sector's key figures (data/sector-key-figures.json). */
export async function seedSectorKeyFigures(manager: EntityManager) {
  const file = dataFile<KeyFiguresFile>('sector-key-figures.json');
  const firstLine = file.figures[0]?.line ?? file.headingLine;
  await manager.insert(DocumentText, [
    {
      document: file.document,
      key: 'sector-key-figures.heading',
      text: file.heading,
      line: file.headingLine,
    },
    {
      document: file.document,
      key: 'sector-key-figures.statement',
      text: file.statement,
      line: firstLine,
    },
  ]);
  await manager.insert(
    SectorKeyFigure,
    file.figures.map((figure, index) => ({ position: index + 1, ...figure })),
  );
}
