import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

export enum OrganisationKind {
  MINISTRY = 'MINISTRY',
  DIRECTORATE = 'DIRECTORATE',
  REGIONAL_HEALTH_AUTHORITY = 'REGIONAL_HEALTH_AUTHORITY',
  HEALTH_TRUST = 'HEALTH_TRUST',
  MUNICIPALITY = 'MUNICIPALITY',
  MUNICIPAL_ASSOCIATION = 'MUNICIPAL_ASSOCIATION',
  STATE_ENTERPRISE = 'STATE_ENTERPRISE',
  PROFESSIONAL_ASSOCIATION = 'PROFESSIONAL_ASSOCIATION',
  PATIENT_ORGANISATION = 'PATIENT_ORGANISATION',
  OTHER = 'OTHER',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Kind of organisation (virksomhetstype).',
  valuesConfig: {
    MINISTRY: { description: 'Departement.' },
    DIRECTORATE: { description: 'Direktorat.' },
    REGIONAL_HEALTH_AUTHORITY: { description: 'Regionalt helseforetak (RHF).' },
    HEALTH_TRUST: { description: 'Helseforetak (HF).' },
    MUNICIPALITY: { description: 'Kommune.' },
    MUNICIPAL_ASSOCIATION: { description: 'Kommunenes organisasjon (KS).' },
    STATE_ENTERPRISE: { description: 'Statsforetak (SF) or other state enterprise.' },
    PROFESSIONAL_ASSOCIATION: { description: 'Fag- eller interesseorganisasjon.' },
    PATIENT_ORGANISATION: { description: 'Pasient- eller brukerorganisasjon.' },
    OTHER: { description: 'Annen virksomhet, e.g. a supplier or a research body.' },
  },
});

/** The organisation registry grows; the documents name 63 today. */
export const ORGANISATIONS_SIZE = 120;

@Entity('organisation')
@publicData()
@ObjectType({
  description: 'An organisation (virksomhet) in the Norwegian health and care sector.',
})
@Directive('@key(fields: "id")')
export class Organisation {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  @Field(() => ID, { description: 'Stable slug, e.g. "helse-vest-rhf".' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Official name (navn), e.g. "Helse Vest RHF".' })
  name: string;

  @Column({ name: 'short_name', type: 'varchar', length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: 'Short name (forkortelse), e.g. "HDIR".' })
  shortName: string | null;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => OrganisationKind, { description: 'Kind of organisation (virksomhetstype).' })
  kind: OrganisationKind;
}
