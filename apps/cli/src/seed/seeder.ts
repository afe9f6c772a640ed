import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  cityToday,
  CloseReason,
  Demand,
  DemandKind,
  DemandStatus,
  demandEvent,
  Offer,
  offerEvent,
  OfferKind,
  OfferProvider,
} from '@app/demands';
import {
  ConversationMessage,
  ConversationParty,
  ConversationThread,
  SubjectType,
} from '@app/conversations';
import { Availability, Expert, ExpertService, expertEvent } from '@app/experts';
import { AccountLinks, AuthService, OperatorGrantsService } from '@app/identity';
import {
  CandidateType,
  Connection,
  ConnectionInitiator,
  ConnectionStatus,
  type DeclineReason,
  type ImpressionCandidate,
  type ImpressionSubject,
  MatchImpression,
} from '@app/matching';
import {
  type CollegeLevel,
  EnterpriseSize,
  Organization,
  OrganizationEvents,
  organizationEvent,
  OrganizationKind,
  OrganizationMember,
  OrganizationRole,
  VerificationStatus,
} from '@app/organizations';
import {
  OutcomeStatus,
  PartnerType,
  Project,
  ProjectKind,
  ProjectMilestone,
  ProjectOutcome,
  ProjectPartner,
  ProjectStatus,
  ProjectStatusChange,
  Teacher,
} from '@app/programmes';
import { type DomainEventInput, OutboxService } from '@app/shared';
import { NEED_CONNECTIONS } from './data/college-needs';
import { buildCity, type CityData } from './data/city-data';
import { CONVERSATION_SCRIPTS, conversationSubjects } from './data/conversations';
import { buildFeedback, type SeedConnection, type SeedFeedback } from './data/feedback';
import { buildProjects, type SeedProject } from './data/projects';
import { buildSpeechProjects } from './data/speech-projects';
import { buildTeachers, type SeedTeacher, teacherPracticeProjects } from './data/teachers';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedUsers, teammatesOf } from './demo-accounts';
import { daysAgo, seedUuid } from './seed-ids';

/** Inserts rows whose id is not there yet; returns the ids it inserted. */
async function insertNew<T extends ObjectLiteral & { id: string }>(
  m: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let i = 0; i < rows.length; i += 500) {
    const result = await m
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + 500) as never)
      .orIgnore()
      .returning(['id'])
      .execute();
    for (const row of result.raw as { id: string }[]) inserted.add(row.id);
  }
  return inserted;
}

/**
 * Loads the demo city: organisations, experts, demands and offers with deterministic ids, in
 * one transaction, with an outbox event for each new public aggregate so that search and
 * notifications see them like any other change. Running it twice inserts nothing new.
 */
export async function seedDemoCity(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const outbox = app.get(OutboxService);
  const today = cityToday();
  const city = buildCity({ today });
  const log = (message: string) => console.log(`[seed] ${message}`);
  log(
    `城市数据: ${city.enterprises.length} 家企业, ${city.colleges.length} 所院校, ${city.experts.length} 位专家, ${city.demands.length} 条企业需求, ${city.collegeNeeds.length} 条院校需求, ${city.offers.length} 项成果/服务`,
  );

  const users = await seedUsers(app.get(AuthService), city, app.get(OperatorGrantsService));
  log(`accounts: ${users.created} new, ${users.existing} already there`);

  await dataSource.transaction(async (m) => {
    const events: DomainEventInput[] = [];
    const orgs = organizationsOf(city, today);
    const newOrgs = await insertNew(m, Organization, orgs);
    await m
      .createQueryBuilder()
      .insert()
      .into(OrganizationMember)
      .values(membershipsOf(city, users.ids))
      .orIgnore()
      .execute();
    for (const org of orgs.filter((o) => newOrgs.has(o.id))) {
      events.push(
        organizationEvent(OrganizationEvents.Registered, { ...org, version: 1 } as Organization),
      );
      if (org.status !== VerificationStatus.Pending) {
        events.push(
          organizationEvent(
            org.status === VerificationStatus.Verified
              ? OrganizationEvents.Verified
              : OrganizationEvents.Rejected,
            org,
          ),
        );
      }
    }
    log(`organisations: ${newOrgs.size} new of ${orgs.length}`);

    const experts = expertsOf(city, users.ids, today);
    const newExperts = await insertNew(m, Expert, experts);
    experts
      .filter((e) => newExperts.has(e.id))
      .forEach((e) => events.push(expertEvent('expert.registered', e)));
    log(`experts: ${newExperts.size} new of ${experts.length}`);

    const demands = demandsOf(city, users.ids, today);
    const newDemands = await insertNew(m, Demand, demands);
    for (const d of demands.filter(
      (x) => newDemands.has(x.id) && x.status !== DemandStatus.Draft,
    )) {
      events.push(
        demandEvent('demand.published', { ...d, status: DemandStatus.Open, version: 2 } as Demand),
      );
      if (d.status === DemandStatus.Closed) events.push(demandEvent('demand.closed', d));
    }
    log(`demands: ${newDemands.size} new of ${demands.length}`);

    const needs = collegeNeedsOf(city, users.ids, today);
    const newNeeds = await insertNew(m, Demand, needs);
    for (const d of needs.filter((x) => newNeeds.has(x.id) && x.status === DemandStatus.Open)) {
      events.push(
        demandEvent('demand.published', { ...d, status: DemandStatus.Open, version: 2 } as Demand),
      );
    }
    log(`college needs: ${newNeeds.size} new of ${needs.length}`);

    const offers = offersOf(city, users.ids, today);
    const newOffers = await insertNew(m, Offer, offers);
    offers
      .filter((o) => newOffers.has(o.id))
      .forEach((o) => events.push(offerEvent('offer.published', o)));
    log(`offers: ${newOffers.size} new of ${offers.length}`);

    // Synthetic feedback (data/feedback.ts) for `npm run matching:fit`: past connections are
    // history, not news, so they get no outbox events (nobody is notified of them).
    const feedback = buildFeedback(city);
    const connections = connectionsOf(feedback, users.ids, today);
    const newConnections = await insertNew(m, Connection, connections);
    log(`connections (synthetic): ${newConnections.size} new of ${connections.length}`);
    // A few connected matches carry a short conversation (history too: no events).
    const talked = conversationSubjects(feedback.connections, (key) => users.ids.has(key));
    const conversation = conversationsOf(talked, users.ids, today);
    const newThreads = await insertNew(m, ConversationThread, conversation.threads);
    await m
      .createQueryBuilder()
      .insert()
      .into(ConversationParty)
      .values(conversation.parties)
      .orIgnore()
      .execute();
    await insertNew(m, ConversationMessage, conversation.messages);
    log(`conversations: ${newThreads.size} new of ${conversation.threads.length}`);
    const needConnections = needConnectionsOf(users.ids, today);
    const newNeedConnections = await insertNew(m, Connection, needConnections);
    log(
      `connections on college needs: ${newNeedConnections.size} new of ${needConnections.length}`,
    );
    // Cooperation projects on a few connected matches (history: no events).
    // The colleges' teachers: 217 双师型 certified in 2024, 150 trained; this year's practice.
    const teachers = buildTeachers(city);
    const newTeachers = await insertNew(m, Teacher, teachers.map(teacherRow));
    log(`teachers: ${newTeachers.size} new of ${teachers.length}`);
    const seedProjects = [
      ...buildProjects(city, feedback.connections, (key) => users.ids.has(key)),
      ...buildSpeechProjects(city),
      ...teacherPracticeProjects(teachers, 'ent-001', Number(today.slice(0, 4))),
    ];
    const colleges = new Set(city.colleges.map((c) => c.key));
    const projectRows = projectRowsOf(seedProjects, colleges, users.ids, today);
    const newProjects = await insertNew(m, Project, projectRows.projects);
    await insertNew(m, ProjectPartner, projectRows.partners);
    await insertNew(m, ProjectStatusChange, projectRows.statusChanges);
    await insertNew(m, ProjectOutcome, projectRows.outcomes);
    await insertNew(m, ProjectMilestone, projectRows.milestones);
    log(`cooperation projects: ${newProjects.size} new of ${projectRows.projects.length}`);
    const impressions = impressionsOf(feedback, users.ids, today);
    let newImpressions = 0;
    for (let i = 0; i < impressions.length; i += 500) {
      const result = await m
        .createQueryBuilder()
        .insert()
        .into(MatchImpression)
        .values(impressions.slice(i, i + 500) as never)
        .orIgnore()
        .returning('subject_id')
        .execute();
      newImpressions += (result.raw as unknown[]).length;
    }
    log(`match impressions (synthetic): ${newImpressions} new of ${impressions.length}`);

    for (let i = 0; i < events.length; i += 500)
      await outbox.record(m, ...events.slice(i, i + 500));
    log(`outbox: ${events.length} events queued for the worker`);

    // Every expert without an account can be claimed (each has a contact address); the demo
    // sends the first of them a claim link, as an admin would, and prints it from the email.
    const unclaimed = city.experts.find((e) => !users.ids.has(e.key));
    if (unclaimed) {
      const expertId = seedUuid(unclaimed.key);
      const pending: unknown[] = await m.query(
        `SELECT 1 FROM account_links WHERE purpose = 'claim_profile' AND subject_id = $1
            AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
        [expertId],
      );
      const claimedAlready: unknown[] = await m.query(
        'SELECT 1 FROM experts WHERE id = $1 AND user_id IS NOT NULL',
        [expertId],
      );
      if (pending.length === 0 && claimedAlready.length === 0) {
        await app.get(AccountLinks).issueClaim(m, {
          subjectType: 'expert',
          subjectId: expertId,
          profileName: unclaimed.name,
          email: unclaimed.contact.email,
          ttlMinutes: 30 * 24 * 60,
        });
      }
      log(`claim link for ${unclaimed.name} (${unclaimed.contact.email}): in its email`);
    }
  });

  log('done. Demo logins (password for all: ' + DEMO_PASSWORD + '):');
  for (const account of DEMO_ACCOUNTS) log(`  ${account.email.padEnd(32)} ${account.label}`);
}

function organizationsOf(city: CityData, today: string): Organization[] {
  const enterprises = city.enterprises.map((e, i) => ({
    id: seedUuid(e.key),
    kind: OrganizationKind.Enterprise,
    name: e.name,
    creditCode: e.creditCode,
    industryCode: e.industryCode,
    size: e.size as EnterpriseSize,
    district: e.district,
    description: e.description,
    tags: e.tags,
    status: e.status as VerificationStatus,
    rejectionReason: e.rejectionReason ?? null,
    reviewedAt: e.status === 'pending' ? null : daysAgo(today, 300 - i),
    createdAt: daysAgo(today, 400 - i),
  }));
  const colleges = city.colleges.map((c, i) => ({
    id: seedUuid(c.key),
    kind: OrganizationKind.College,
    name: c.name,
    level: c.level as CollegeLevel,
    district: c.district,
    description: c.description,
    tags: c.tags,
    majors: c.majors,
    trainingCapacity: c.trainingCapacity,
    studentCount: c.studentCount,
    researchResults: c.researchResults,
    status: c.status as VerificationStatus,
    reviewedAt: c.status === 'pending' ? null : daysAgo(today, 500 - i),
    createdAt: daysAgo(today, 600 - i),
  }));
  return [...enterprises, ...colleges].map((o) => ({
    ...o,
    version: o.status === VerificationStatus.Pending ? 1 : 2,
  })) as Organization[];
}

function membershipsOf(city: CityData, userIds: Map<string, string>): OrganizationMember[] {
  const owners = [...city.enterprises, ...city.colleges]
    .filter((o) => userIds.has(o.key))
    .map(
      (o) =>
        ({
          organizationId: seedUuid(o.key),
          userId: userIds.get(o.key)!,
          role: OrganizationRole.Owner,
        }) as OrganizationMember,
    );
  const colleagues = teammatesOf(city)
    .filter((t) => userIds.has(t.key))
    .map(
      (t) =>
        ({
          organizationId: seedUuid(t.organizationKey),
          userId: userIds.get(t.key)!,
          role: t.organizationRole,
        }) as OrganizationMember,
    );
  return [...owners, ...colleagues];
}

function expertsOf(city: CityData, userIds: Map<string, string>, today: string): Expert[] {
  return city.experts.map((e, i) => ({
    ...e,
    id: seedUuid(e.key),
    userId: userIds.get(e.key) ?? null,
    services: e.services as ExpertService[],
    availability: e.availability as Availability,
    version: 1,
    createdAt: daysAgo(today, 700 - Math.floor(i / 2)),
  })) as unknown as Expert[];
}

function demandsOf(city: CityData, userIds: Map<string, string>, today: string): Demand[] {
  return city.demands.map((d) => {
    const published = d.status === 'draft' ? null : daysAgo(today, d.publishedDaysAgo);
    return {
      id: seedUuid(d.key),
      organizationId: seedUuid(d.enterpriseKey),
      createdBy: userIds.get(d.enterpriseKey) ?? userIds.get('admin')!,
      kind: d.kind as DemandKind,
      title: d.title,
      description: d.description,
      industryCode: d.industryCode,
      district: d.district,
      tags: d.tags,
      skills: d.skills,
      details: d.details,
      deadline: d.deadline,
      status: d.status as DemandStatus,
      closeReason: (d.closeReason as CloseReason | undefined) ?? null,
      publishedAt: published,
      closedAt: d.status === 'closed' ? daysAgo(today, Math.floor(d.publishedDaysAgo / 2)) : null,
      version: d.status === 'draft' ? 1 : d.status === 'open' ? 2 : 3,
      createdAt: daysAgo(today, d.publishedDaysAgo + 3),
    } as Demand;
  });
}

function collegeNeedsOf(city: CityData, userIds: Map<string, string>, today: string): Demand[] {
  return city.collegeNeeds.map((n) => {
    const published = n.status === 'draft' ? null : daysAgo(today, n.publishedDaysAgo);
    return {
      id: seedUuid(n.key),
      organizationId: seedUuid(n.collegeKey),
      createdBy: userIds.get(n.collegeKey) ?? userIds.get('admin')!,
      kind: n.kind as DemandKind,
      title: n.title,
      description: n.description,
      industryCode: n.industryCode,
      district: n.district,
      tags: n.tags,
      skills: n.skills,
      details: n.details,
      deadline: n.deadline,
      status: n.status as DemandStatus,
      closeReason: null,
      publishedAt: published,
      closedAt: null,
      version: n.status === 'draft' ? 1 : 2,
      createdAt: daysAgo(today, n.publishedDaysAgo + 2),
    } as Demand;
  });
}

function offersOf(city: CityData, userIds: Map<string, string>, today: string): Offer[] {
  return city.offers.map((o, i) => {
    const providerKey = 'collegeKey' in o.provider ? o.provider.collegeKey : o.provider.expertKey;
    const isCollege = 'collegeKey' in o.provider;
    return {
      id: seedUuid(o.key),
      kind: o.kind as OfferKind,
      providerType: isCollege ? OfferProvider.College : OfferProvider.Expert,
      organizationId: isCollege ? seedUuid(providerKey) : null,
      expertId: isCollege ? null : seedUuid(providerKey),
      createdBy: userIds.get(providerKey) ?? userIds.get('admin')!,
      title: o.title,
      description: o.description,
      fields: o.fields,
      tags: o.tags,
      industryCodes: o.industryCodes,
      version: 1,
      createdAt: daysAgo(today, 200 - (i % 200)),
    } as Offer;
  });
}

function connectionsOf(
  feedback: SeedFeedback,
  userIds: Map<string, string>,
  today: string,
): Connection[] {
  return feedback.connections.map((c) => {
    const createdAt = daysAgo(today, c.createdDaysAgo);
    const respondedAt = c.respondedDaysAgo === null ? null : daysAgo(today, c.respondedDaysAgo);
    return {
      id: seedUuid(c.key),
      demandId: seedUuid(c.demandKey),
      // The synthetic feedback is about enterprises' demands: the enterprise is the owner.
      ownerId: seedUuid(c.enterpriseKey),
      candidateType: c.expertKey ? CandidateType.Expert : CandidateType.College,
      expertId: c.expertKey ? seedUuid(c.expertKey) : null,
      candidateOrganizationId: c.collegeKey ? seedUuid(c.collegeKey) : null,
      initiatedBy:
        c.initiatedBy === 'enterprise' ? ConnectionInitiator.Owner : ConnectionInitiator.Candidate,
      message: c.message,
      status: c.status as ConnectionStatus,
      declineReason: c.declineReason as DeclineReason | null,
      declineNote: null,
      createdBy: userIds.get(c.createdByKey)!,
      respondedAt,
      respondedBy: c.respondedByKey ? userIds.get(c.respondedByKey)! : null,
      version: c.status === 'pending' ? 1 : 2,
      createdAt,
      updatedAt: respondedAt ?? createdAt,
    } as Connection;
  });
}

/** The demo projects' rows (deterministic ids); `sideOf` a seed key as outcomes store it. */
function projectRowsOf(
  projects: readonly SeedProject[],
  colleges: ReadonlySet<string>,
  userIds: Map<string, string>,
  today: string,
) {
  const rows = {
    projects: [] as Project[],
    partners: [] as ProjectPartner[],
    statusChanges: [] as ProjectStatusChange[],
    outcomes: [] as ProjectOutcome[],
    milestones: [] as ProjectMilestone[],
  };
  const dayOf = (days: number) => daysAgo(today, -days).toISOString().slice(0, 10);
  for (const p of projects) {
    const id = seedUuid(p.key);
    const experts = new Set(p.expertKeys);
    const sideOf = (key: string) =>
      experts.has(key) ? `expert:${seedUuid(key)}` : `organization:${seedUuid(key)}`;
    const creator = userIds.get(p.organizationKeys[0]) ?? null;
    const createdAt = new Date(`${p.startDate}T09:00:00+08:00`);
    rows.projects.push({
      id,
      kind: p.kind as ProjectKind,
      title: p.title,
      description: p.description,
      status: p.status as ProjectStatus,
      startDate: p.startDate,
      endDate: p.endDate,
      details: p.details,
      connectionId: p.connectionKey ? seedUuid(p.connectionKey) : null,
      stopReason: null,
      createdBy: creator,
      version: p.status === 'planned' ? 1 : p.status === 'running' ? 2 : 3,
      createdAt,
      updatedAt: createdAt,
    });
    for (const key of p.organizationKeys) {
      rows.partners.push({
        id: seedUuid(`${p.key}:partner:${key}`),
        projectId: id,
        type: colleges.has(key) ? PartnerType.College : PartnerType.Enterprise,
        organizationId: seedUuid(key),
        expertId: null,
      });
    }
    for (const key of p.expertKeys) {
      rows.partners.push({
        id: seedUuid(`${p.key}:partner:${key}`),
        projectId: id,
        type: PartnerType.Expert,
        organizationId: null,
        expertId: seedUuid(key),
      });
    }
    const path = [ProjectStatus.Planned, ProjectStatus.Running, ProjectStatus.Completed];
    const steps = path.slice(0, path.indexOf(p.status as ProjectStatus) + 1);
    steps.forEach((to, i) =>
      rows.statusChanges.push({
        id: seedUuid(`${p.key}:status:${to}`),
        projectId: id,
        fromStatus: i === 0 ? null : steps[i - 1],
        toStatus: to,
        reason: null,
        changedBy: creator,
        changedAt:
          to === ProjectStatus.Completed ? new Date(`${p.endDate}T18:00:00+08:00`) : createdAt,
      }),
    );
    for (const o of p.outcomes) {
      const reportedAt = new Date(`${p.endDate < today ? p.endDate : today}T10:00:00+08:00`);
      rows.outcomes.push({
        id: seedUuid(`${p.key}:outcome:${o.period}`),
        projectId: id,
        period: o.period,
        figures: o.figures,
        status: o.confirmedByKey ? OutcomeStatus.Confirmed : OutcomeStatus.Reported,
        reportedBySide: sideOf(o.reportedByKey),
        reportedBy: userIds.get(o.reportedByKey) ?? null,
        reportedAt,
        confirmedBySide: o.confirmedByKey ? sideOf(o.confirmedByKey) : null,
        confirmedBy: o.confirmedByKey ? (userIds.get(o.confirmedByKey) ?? null) : null,
        confirmedAt: o.confirmedByKey ? reportedAt : null,
        version: o.confirmedByKey ? 2 : 1,
      });
    }
    for (const ms of p.milestones) {
      const dueDate = dayOf(ms.dueInDays);
      rows.milestones.push({
        id: seedUuid(`${p.key}:milestone:${ms.title}`),
        projectId: id,
        title: ms.title,
        ownerUserId: userIds.get(ms.ownerKey) ?? null,
        dueDate,
        completedAt: ms.completed ? new Date(`${dueDate}T17:00:00+08:00`) : null,
        completedBy: ms.completed ? (userIds.get(ms.ownerKey) ?? null) : null,
        overdueNotifiedAt: null,
        createdAt,
      });
    }
  }
  return rows;
}

/** Threads, their parties and messages for the demo conversations (deterministic ids). */
function conversationsOf(
  subjects: readonly SeedConnection[],
  userIds: Map<string, string>,
  today: string,
): {
  threads: ConversationThread[];
  parties: ConversationParty[];
  messages: ConversationMessage[];
} {
  const threads: ConversationThread[] = [];
  const parties: ConversationParty[] = [];
  const messages: ConversationMessage[] = [];
  subjects.forEach((c, index) => {
    const threadId = seedUuid(`conversation:${c.key}`);
    const candidateKey = (c.expertKey ?? c.collegeKey) as string;
    const script = CONVERSATION_SCRIPTS[index % CONVERSATION_SCRIPTS.length];
    const start = daysAgo(today, c.respondedDaysAgo as number);
    const rows = script.map(([speaker, body], i) => {
      const at = new Date(start.getTime() + (i + 1) * 47 * 60_000);
      return {
        id: seedUuid(`conversation:${c.key}:${i + 1}`),
        threadId,
        seq: i + 1,
        senderUserId: userIds.get(speaker === 'enterprise' ? c.enterpriseKey : candidateKey)!,
        senderSide: speaker === 'enterprise' ? 'owner' : 'candidate',
        body,
        createdAt: at,
      } as ConversationMessage;
    });
    const last = rows[rows.length - 1];
    threads.push({
      id: threadId,
      subjectType: SubjectType.Connection,
      subjectId: seedUuid(c.key),
      messageCount: rows.length,
      lastMessageId: last.id,
      lastMessageAt: last.createdAt,
      createdAt: start,
    } as ConversationThread);
    parties.push(
      {
        threadId,
        side: 'owner',
        organizationId: seedUuid(c.enterpriseKey),
        expertId: null,
      } as ConversationParty,
      {
        threadId,
        side: 'candidate',
        organizationId: c.collegeKey ? seedUuid(c.collegeKey) : null,
        expertId: c.expertKey ? seedUuid(c.expertKey) : null,
      } as ConversationParty,
    );
    messages.push(...rows);
  });
  return { threads, parties, messages };
}

function needConnectionsOf(userIds: Map<string, string>, today: string): Connection[] {
  return NEED_CONNECTIONS.map((c) => {
    const createdAt = daysAgo(today, c.createdDaysAgo);
    const respondedAt = c.respondedDaysAgo === null ? null : daysAgo(today, c.respondedDaysAgo);
    const expertKey = 'expertKey' in c.candidate ? c.candidate.expertKey : null;
    const enterpriseKey = 'enterpriseKey' in c.candidate ? c.candidate.enterpriseKey : null;
    const candidateUser = userIds.get((expertKey ?? enterpriseKey) as string)!;
    const collegeUser = userIds.get(c.collegeKey)!;
    const byOwner = c.initiatedBy === 'owner';
    return {
      id: seedUuid(c.key),
      demandId: seedUuid(c.needKey),
      ownerId: seedUuid(c.collegeKey),
      candidateType: expertKey ? CandidateType.Expert : CandidateType.Enterprise,
      expertId: expertKey ? seedUuid(expertKey) : null,
      candidateOrganizationId: enterpriseKey ? seedUuid(enterpriseKey) : null,
      initiatedBy: byOwner ? ConnectionInitiator.Owner : ConnectionInitiator.Candidate,
      message: c.message,
      status: c.status as ConnectionStatus,
      declineReason: c.declineReason as DeclineReason | null,
      declineNote: null,
      createdBy: byOwner ? collegeUser : candidateUser,
      respondedAt,
      respondedBy: respondedAt ? (byOwner ? candidateUser : collegeUser) : null,
      version: c.status === 'pending' ? 1 : 2,
      createdAt,
      updatedAt: respondedAt ?? createdAt,
    } as Connection;
  });
}

function impressionsOf(
  feedback: SeedFeedback,
  userIds: Map<string, string>,
  today: string,
): MatchImpression[] {
  return feedback.impressions.map((i) => ({
    subjectId: seedUuid(i.subjectKey),
    subjectKind: i.subjectKind as ImpressionSubject,
    candidateKind: i.candidateKind as ImpressionCandidate,
    candidateId: seedUuid(i.candidateKey),
    demandId: seedUuid(i.demandKey),
    expertId: i.expertKey ? seedUuid(i.expertKey) : null,
    organizationId: i.collegeKey ? seedUuid(i.collegeKey) : null,
    position: i.position,
    score: i.score,
    features: i.features,
    shownCount: i.shownCount,
    top5Count: i.top5Count,
    firstShownAt: daysAgo(today, i.firstShownDaysAgo),
    lastShownAt: daysAgo(today, i.lastShownDaysAgo),
    firstTop5At: i.firstTop5DaysAgo === null ? null : daysAgo(today, i.firstTop5DaysAgo),
    lastViewerId: userIds.get(i.viewerKey)!,
  }));
}

function teacherRow(t: SeedTeacher): Teacher {
  return {
    id: seedUuid(t.key),
    organizationId: seedUuid(t.collegeKey),
    name: t.name,
    majors: t.majors,
    userId: null,
    expertId: null,
    certification: t.certification,
    trainings: t.trainings,
    version: 1,
  } as Teacher;
}
