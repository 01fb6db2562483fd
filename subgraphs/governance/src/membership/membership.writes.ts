import type { EntityManager } from 'typeorm';
import {
  badInput,
  conflict,
  notFound,
  type Principal,
  unknownReference,
} from '@ehelse/shared/runtime';
import { requireTargetId, requireIdIfGiven, requireId, validate } from '@ehelse/shared/graphql';
import { isRegisteredOrganisation } from '@ehelse/shared/db';
import { defineWrite, recordAudit } from '@ehelse/shared/audit';
import { Council } from '../council/council.entity';
import { dayBefore, isoDate } from '../dates';
import { Person } from '../person/person.entity';
import { personOf } from '../seed';
import { slug } from '../slug';
import { DatePrecision, endIsUnknown } from './date-precision';
import { Membership } from './membership.entity';
import type { EndMembershipInput, RecordMembershipInput } from './membership.types';

/** The registered member, or the new person registered now (audited as such). */
async function memberOf(manager: EntityManager, caller: Principal, input: RecordMembershipInput) {
  if (input.personId) {
    if (!(await manager.findOneBy(Person, { id: input.personId }))) {
      throw unknownReference('personId', 'person', input.personId);
    }
    return input.personId;
  }
  const person = personOf({
    id: slug(input.person!.name),
    name: input.person!.name,
    title: input.person!.title ?? null,
  });
  if (await manager.findOneBy(Person, { id: person.id })) {
    throw conflict(`"${person.id}" is already registered; name them by personId`, {
      field: 'person.name',
      personId: person.id,
    });
  }
  await manager.insert(Person, person);
  await recordAudit(manager, caller, {
    action: 'recordMembership',
    entityType: 'Person',
    entityId: person.id,
    before: null,
    after: { ...person },
  });
  return person.id;
}

/** The seat that took `id` over, if any: a seat is taken over once, and that ends it. */
const successorOf = (manager: EntityManager, id: string) =>
  manager.findOneBy(Membership, { replacesMembershipId: id });

/** The seat taken over: on the same body, begun before the new one, not taken over already. */
async function replacedSeat(manager: EntityManager, input: RecordMembershipInput, from: string) {
  const id = input.replacesMembershipId;
  if (!id) return null;
  const replaced = await manager.findOneBy(Membership, { id });
  if (!replaced) throw unknownReference('replacesMembershipId', 'membership', id);
  if (replaced.councilId !== input.councilId) {
    throw badInput('replacesMembershipId', `No membership "${id}" on ${input.councilId}`);
  }
  if (replaced.from !== null && replaced.from >= from) {
    throw badInput(
      'from',
      `from must be after the replaced seat began (${replaced.from}, dated ${replaced.fromPrecision})`,
    );
  }
  if (!endIsUnknown(replaced) && replaced.to !== null && replaced.to >= from) {
    throw badInput(
      'from',
      `from must be after the replaced seat ended (${replaced.to}): the seats would overlap`,
    );
  }
  if (await successorOf(manager, id)) {
    throw conflict(`Membership ${id} has already been taken over`, {
      field: 'replacesMembershipId',
    });
  }
  return replaced;
}

/**
 * Ends a seat whose end is unknown (open, or only as far as its document) on `to`, the exact day;
 * the condition makes a concurrent end a CONFLICT, not a silent overwrite.
 */
async function endOpenSeat(
  manager: EntityManager,
  caller: Principal,
  action: string,
  seat: Membership,
  to: string,
) {
  const result = await manager
    .createQueryBuilder()
    .update(Membership)
    .set({ to, toPrecision: DatePrecision.EXACT })
    .where('id = :id AND (valid_to IS NULL OR to_precision = :asOfDocument)', {
      id: seat.id,
      asOfDocument: DatePrecision.AS_OF_DOCUMENT,
    })
    .execute();
  if (result.affected !== 1)
    throw conflict(`Membership ${seat.id} was ended meanwhile`, { field: 'membershipId' });
  const after = { ...seat, to, toPrecision: DatePrecision.EXACT };
  await recordAudit(manager, caller, {
    action,
    entityType: 'Membership',
    entityId: seat.id,
    before: { ...seat },
    after,
  });
  return after;
}

async function nextIdAndPosition(manager: EntityManager, councilId: string, personId: string) {
  let ordinal = (await manager.countBy(Membership, { councilId, personId })) + 1;
  while (await manager.countBy(Membership, { id: `${councilId}:${personId}:${ordinal}` }))
    ordinal += 1;
  const { last } = await manager
    .createQueryBuilder(Membership, 'membership')
    .select('MAX(membership.position)', 'last')
    .where('membership.councilId = :councilId', { councilId })
    .getRawOne();
  return { id: `${councilId}:${personId}:${ordinal}`, position: Number(last ?? 0) + 1 };
}

/**
 * Records a new seat on a body, registering the person if new; an open seat taken over
 * ends the day before.
 */
export const recordMembership = defineWrite({
  check(_caller: Principal, input: RecordMembershipInput) {
    requireId('slug', 'councilId', input.councilId);
    requireIdIfGiven('slug', 'personId', input.personId);
    requireIdIfGiven('membership', 'replacesMembershipId', input.replacesMembershipId);
    if (Boolean(input.personId) === Boolean(input.person)) {
      throw badInput('personId', 'Name the member either by personId or as a new person, not both');
    }
    if (input.person) {
      validate.text('person.name', input.person.name, 200, true);
      if (!slug(input.person.name)) throw badInput('person.name', 'A name needs a letter or digit');
      validate.text('person.title', input.person.title, 200);
    }
    validate.organisationId('organisationId', input.organisationId);
    // Membership.organisation is non-null: an id the register lacks would break every list of seats.
    if (!isRegisteredOrganisation(input.organisationId))
      throw unknownReference('organisationId', 'organisation', input.organisationId);
  },

  async run(manager: EntityManager, caller: Principal, input: RecordMembershipInput) {
    if (!(await manager.findOneBy(Council, { id: input.councilId }))) {
      throw unknownReference('councilId', 'council', input.councilId);
    }
    const from = isoDate(input.from);
    const replaced = await replacedSeat(manager, input, from);
    const personId = await memberOf(manager, caller, input);
    const membership: Membership = {
      ...(await nextIdAndPosition(manager, input.councilId, personId)),
      councilId: input.councilId,
      personId,
      organisationId: input.organisationId,
      role: input.role,
      from,
      // A date written through the API is the day itself; the seat stays open until ended.
      fromPrecision: DatePrecision.EXACT,
      to: null,
      toPrecision: null,
      documentedOn: null,
      documentedMeetingId: null,
      replacesMembershipId: replaced?.id ?? null,
      note: null,
    };
    await manager.insert(Membership, membership);
    await recordAudit(manager, caller, {
      action: 'recordMembership',
      entityType: 'Membership',
      entityId: membership.id,
      before: null,
      after: { ...membership },
    });
    if (replaced && endIsUnknown(replaced))
      await endOpenSeat(manager, caller, 'recordMembership', replaced, dayBefore(from));
    return membership;
  },
});

/** Ends a seat whose end is unknown on its last day, an exact day. */
export const endMembership = defineWrite({
  check(_caller: Principal, input: EndMembershipInput) {
    requireTargetId('membership', 'Membership', input.membershipId);
  },

  async run(manager: EntityManager, caller: Principal, input: EndMembershipInput) {
    const membership = await manager.findOneBy(Membership, { id: input.membershipId });
    // The seat is what this write changes: a missing write target is NOT_FOUND.
    if (!membership) throw notFound('Membership', input.membershipId);
    const to = isoDate(input.to);
    if (membership.from !== null && to < membership.from) {
      throw badInput('to', `to must not be before the seat began (${membership.from})`);
    }
    if (!endIsUnknown(membership)) {
      throw conflict(`Membership ${membership.id} already ended on ${membership.to}`, {
        field: 'membershipId',
      });
    }
    // A seat taken over ended with the take-over, even where the documents date it only by theirs.
    const successor = await successorOf(manager, membership.id);
    if (successor) {
      throw conflict(`Membership ${membership.id} was taken over by ${successor.id}`, {
        field: 'membershipId',
      });
    }
    return endOpenSeat(manager, caller, 'endMembership', membership, to);
  },
});
