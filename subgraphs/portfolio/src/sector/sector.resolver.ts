import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '@ehelse/shared/graphql';
import { documentTextByKey } from '../documents/document-text.loaders';
import { SectorKeyFigure, SectorKeyFigures } from './sector-key-figure.entity';

@Resolver(() => SectorKeyFigure)
export class SectorKeyFigureResolver {
  @Query(() => SectorKeyFigures, {
    nullable: true,
    description:
      'The health sector’s key figures (nøkkeltall) as document 001 prints them: 17.000 aktører, fire regionale helseforetak, 428 kommuner; null before the documents are loaded.',
  })
  async sectorKeyFigures(
    @Ctx() { dataSource, loaders }: Context,
  ): Promise<SectorKeyFigures | null> {
    const [heading, statement, figures] = await Promise.all([
      loaders.of(documentTextByKey).load('sector-key-figures.heading'),
      loaders.of(documentTextByKey).load('sector-key-figures.statement'),
      dataSource.getRepository(SectorKeyFigure).find({ order: { position: 'ASC' } }),
    ]);
    if (!heading || !statement) return null;
    return { heading: heading.text, statement: statement.text, document: '001', figures };
  }
}
