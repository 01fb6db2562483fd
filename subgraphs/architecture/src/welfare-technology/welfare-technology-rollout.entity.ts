import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

export enum WelfareTechnologyEffectKind {
  GAIN = 'GAIN',
  SATISFACTION = 'SATISFACTION',
}

registerEnumType(WelfareTechnologyEffectKind, {
  name: 'WelfareTechnologyEffectKind',
  description: 'Which group of the slide "Effektene kommer…" an effect (effekt) is printed in.',
  valuesConfig: {
    GAIN: { description: 'A gain (gevinst): "Økt kvalitet", "Spart tid", "Unngåtte kostnader".' },
    SATISFACTION: {
      description:
        'Satisfied people (fornøyde): "Fornøyde brukere!", "… ansatte!", "… pårørende!".',
    },
  },
});

@Entity('welfare_technology_effect')
@publicData()
@ObjectType({
  description:
    'An effect (effekt) of the welfare technology programme, from its slide "Effektene kommer…" (001).',
})
export class WelfareTechnologyEffect {
  @PrimaryColumn({ name: 'programme_id', type: 'varchar', length: 60 })
  programmeId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place on the slide (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key (programme, position): stable across requests.
  @Field(() => ID, {
    description:
      'Identifier (id): programme and place, e.g. "velferdsteknologiprogrammet:effekt:1".',
  })
  get id(): string {
    return `${this.programmeId}:effekt:${this.position}`;
  }

  @Column({ type: 'varchar', length: 20 })
  @Field(() => WelfareTechnologyEffectKind, { description: 'Its group on the slide (gruppe).' })
  kind: WelfareTechnologyEffectKind;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'The effect (effekt) as printed, e.g. "Spart tid".' })
  text: string;
}

@Entity('welfare_technology_example')
@publicData()
@ObjectType({
  description:
    'An example technology (eksempel på teknologi) pictured on the effects slide of the welfare technology programme, e.g. "Elektroniske dørlåser".',
})
export class WelfareTechnologyExample {
  @PrimaryColumn({ name: 'programme_id', type: 'varchar', length: 60 })
  programmeId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place on the slide (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key (programme, position): stable across requests.
  @Field(() => ID, {
    description:
      'Identifier (id): programme and place, e.g. "velferdsteknologiprogrammet:eksempel:1".',
  })
  get id(): string {
    return `${this.programmeId}:eksempel:${this.position}`;
  }

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name (navn) as printed, e.g. "Elektronisk medisindispenser (Pilly)".' })
  name: string;
}

@Entity('welfare_technology_rollout_wave')
@publicData()
@ObjectType({
  description:
    'A rollout wave (spredningspulje) of the welfare technology programme, from its slide "Hvor er vi nå?" (001).',
})
export class WelfareTechnologyRolloutWave {
  @PrimaryColumn({ name: 'programme_id', type: 'varchar', length: 60 })
  programmeId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Number of the wave (pulje), 1 and 2.' })
  number: number;

  // Composed from the row's key (programme, number): stable across requests.
  @Field(() => ID, {
    description: 'Identifier (id): programme and wave, e.g. "velferdsteknologiprogrammet:pulje:1".',
  })
  get id(): string {
    return `${this.programmeId}:pulje:${this.number}`;
  }

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Name (navn) as printed, "Spredningspulje 1" or "Pulje 2 osv".' })
  name: string;
}

@Entity('welfare_technology_rollout_city')
@publicData()
@ObjectType({
  description:
    'A city (by/kommune) named in a rollout wave (spredningspulje) of the welfare technology programme.',
})
export class WelfareTechnologyRolloutCity {
  @PrimaryColumn({ name: 'programme_id', type: 'varchar', length: 60 })
  programmeId: string;

  @PrimaryColumn({ name: 'wave_number', type: 'int' })
  waveNumber: number;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in the printed list (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key (programme, wave, position): stable across requests.
  @Field(() => ID, {
    description:
      'Identifier (id): programme, wave and place, e.g. "velferdsteknologiprogrammet:pulje:1:4".',
  })
  get id(): string {
    return `${this.programmeId}:pulje:${this.waveNumber}:${this.position}`;
  }

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'The city (by) as printed, e.g. "Sarpsborg".' })
  name: string;

  @Index()
  @Column({ name: 'organisation_id', type: 'varchar', length: 100, nullable: true })
  organisationId: string | null;
}
