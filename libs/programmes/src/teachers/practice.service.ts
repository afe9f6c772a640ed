import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { DemandKind, DemandReader, DemandStatus } from '@app/demands';
import {
  assertOrganizationRole,
  OrganizationDirectory,
  OrganizationRole,
} from '@app/organizations';
import { APP_CONFIG, type AppConfig, type AuthUser, DomainError, OutboxService } from '@app/shared';
import { localDate } from '../overdue-milestones';
import { type PracticeLogPayload, practiceLogEvent, ProgrammeEvents } from '../programme-events';
import { ProjectKind } from '../programme.types';
import { CollegeAccess } from './college-access';
import type { LogPracticeDto } from './dto/practice.dto';
import { PracticeLog } from './practice-log.entity';
import {
  daysBetween,
  inTeacherField,
  outcomeYear,
  PRACTICE_DAYS_PER_YEAR,
  type PracticeEntry,
  practiceLedger,
} from './practice-ledger';
import { Teacher } from './teacher.entity';
import { assertDatesInOrder } from './teacher-rules';
import { PracticeLogStatus } from './teacher.types';
import type { PracticeLedgerView, PracticeLogView, PracticeOffersView } from './teacher.views';

/** At most this many open R&D demands are considered for the offers. */
const OFFER_CANDIDATES = 500;
/** At most this many demands are offered to one teacher. */
const OFFERS_PER_TEACHER = 10;

/**
 * The practice ledger per calendar year and the two-for-one flow (ADR 0019 addendum): the
 * ledger, offers and logs are the college's (members and admins; 404 to outsiders); the
 * enterprise that owns the demand confirms the days.
 */
@Injectable()
export class PracticeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly demands: DemandReader,
    private readonly audit: AuditLog,
    private readonly outbox: OutboxService,
    private readonly colleges: CollegeAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}
  private today(): string {
    return localDate(new Date(), this.config.NOTIFY_TIMEZONE);
  }
  async ledger(actor: AuthUser, collegeId: string, year?: number): Promise<PracticeLedgerView> {
    await this.colleges.assertReader(actor, collegeId);
    return this.ledgerOf(collegeId, year ?? Number(this.today().slice(0, 4)));
  }
  private async ledgerOf(collegeId: string, year: number): Promise<PracticeLedgerView> {
    const teachers = await this.dataSource.getRepository(Teacher).find({
      select: { id: true, name: true },
      where: { organizationId: collegeId },
      order: { name: 'ASC', id: 'ASC' },
    });
    const entries = await this.entriesOf(
      collegeId,
      teachers.map((t) => t.id),
    );
    const rows = practiceLedger(teachers, entries, year, PRACTICE_DAYS_PER_YEAR);
    return {
      collegeId,
      year,
      required: PRACTICE_DAYS_PER_YEAR,
      teachers: rows,
      short: rows
        .filter((r) => r.short)
        .sort((a, b) => b.owed - a.owed || a.name.localeCompare(b.name, 'zh-CN'))
        .map((r) => ({ teacherId: r.teacherId, name: r.name, days: r.days, owed: r.owed })),
    };
  } /**
   * Confirmed days of these teachers: outcomes of `teacher_practice` projects that name the
   * teacher (`details.teacherId`) and have the college among their partners, and confirmed
   * two-for-one logs.
   */
  private async entriesOf(collegeId: string, teacherIds: string[]): Promise<PracticeEntry[]> {
    if (teacherIds.length === 0) return [];
    const outcomes: { teacherId: string; period: string; from: string | null; days: number }[] =
      await this.dataSource.query(
        `SELECT p.details->>'teacherId' AS "teacherId", o.period, p.details->>'from' AS "from",
                (o.figures->>'daysConfirmed')::int AS days
           FROM project_outcomes o JOIN projects p ON p.id = o.project_id
          WHERE p.kind = $1 AND o.status = 'confirmed'
            AND p.details->>'teacherId' = ANY($2::text[])
            AND EXISTS (SELECT 1 FROM project_partners pp
                         WHERE pp.project_id = p.id AND pp.organization_id = $3)`,
        [ProjectKind.TeacherPractice, teacherIds, collegeId],
      );
    const entries: PracticeEntry[] = [];
    for (const o of outcomes) {
      const year = outcomeYear(o.period, o.from);
      if (year !== null) {
        entries.push({ teacherId: o.teacherId, year, days: o.days, source: 'project' });
      }
    }
    const logs = await this.dataSource.getRepository(PracticeLog).find({
      select: { teacherId: true, fromDate: true, days: true },
      where: { collegeId, status: PracticeLogStatus.Confirmed },
    });
    for (const l of logs) {
      entries.push({
        teacherId: l.teacherId,
        year: Number(l.fromDate.slice(0, 4)),
        days: l.days,
        source: 'two_for_one',
      });
    }
    return entries;
  } /** For each teacher still short this year, the open R&D demands in their field. */
  async offers(actor: AuthUser, collegeId: string, year?: number): Promise<PracticeOffersView> {
    await this.colleges.assertReader(actor, collegeId);
    const today = this.today();
    const ledger = await this.ledgerOf(collegeId, year ?? Number(today.slice(0, 4)));
    if (ledger.short.length === 0) return { collegeId, year: ledger.year, offers: [] };
    const teachers = new Map(
      (
        await this.dataSource.getRepository(Teacher).find({
          select: { id: true, majors: true },
          where: { organizationId: collegeId },
        })
      ).map((t) => [t.id, t.majors]),
    );
    const open = await this.demands.openOfKind(DemandKind.Rnd, today, OFFER_CANDIDATES);
    return {
      collegeId,
      year: ledger.year,
      offers: ledger.short.map((s) => {
        const majors = teachers.get(s.teacherId) ?? [];
        return {
          teacherId: s.teacherId,
          name: s.name,
          owed: s.owed,
          majors,
          demands: open
            .filter((d) => inTeacherField(d, majors))
            .slice(0, OFFERS_PER_TEACHER)
            .map((d) => ({
              id: d.id,
              title: d.title,
              organizationId: d.organizationId,
              industryCode: d.industryCode,
              skills: [...d.skills],
              deadline: d.deadline,
            })),
        };
      }),
    };
  } /** The college's manager logs days a teacher spent on an enterprise's R&D demand. */
  async logPractice(
    actor: AuthUser,
    collegeId: string,
    teacherId: string,
    input: LogPracticeDto,
  ): Promise<PracticeLogView> {
    const membership = await this.colleges.assertManager(actor, collegeId);
    const teacher = await this.colleges.teacherOf(collegeId, teacherId);
    assertDatesInOrder(input.from, input.to, 'to');
    if (input.from.slice(0, 4) !== input.to.slice(0, 4)) {
      throw DomainError.invalidField(
        'to',
        'SPANS_YEARS',
        'A log stays within one calendar year; log each year separately',
      );
    }
    const span = daysBetween(input.from, input.to);
    if (input.days > span) {
      throw DomainError.invalidField(
        'days',
        'EXCEEDS_DATES',
        `${input.days} days do not fit between ${input.from} and ${input.to} (${span} days)`,
      );
    }
    const demand = await this.demands.byId(input.demandId);
    if (!demand || demand.status === DemandStatus.Draft) {
      throw DomainError.invalidField('demandId', 'DEMAND_NOT_FOUND', 'No such published demand');
    }
    if (demand.kind !== DemandKind.Rnd) {
      throw DomainError.invalidField(
        'demandId',
        'NOT_AN_RND_DEMAND',
        'Two-for-one practice is on an enterprise R&D demand',
      );
    }
    const saved = await this.dataSource.transaction(async (m) => {
      const log = await m.save(
        m.create(PracticeLog, {
          teacherId: teacher.id,
          collegeId,
          demandId: demand.id,
          enterpriseId: demand.organizationId,
          fromDate: input.from,
          toDate: input.to,
          days: input.days,
          tasks: [...input.tasks],
          status: PracticeLogStatus.Reported,
          loggedBy: actor.id,
          loggedAt: new Date(),
          confirmedBy: null,
          confirmedAt: null,
        }),
      );
      // The enterprise is asked to confirm the days (notifications: confirmation.requested).
      await this.outbox.record(
        m,
        practiceLogEvent(ProgrammeEvents.PracticeLogged, 1, logPayload(log, teacher, demand.title)),
      );
      await this.audit.record(m, {
        actor,
        action: AuditActions.TeacherPracticeLogged,
        target: { type: AuditTargets.TeacherPracticeLog, id: log.id },
        organizationId: collegeId,
        district: membership.district,
        details: { teacherId: teacher.id, demandId: demand.id, days: input.days },
      });
      return log;
    });
    return logView(saved);
  } /** The college's logs (members and admins), newest first; `year` by the start date. */
  async collegeLogs(actor: AuthUser, collegeId: string, year?: number): Promise<PracticeLogView[]> {
    await this.colleges.assertReader(actor, collegeId);
    const qb = this.dataSource
      .getRepository(PracticeLog)
      .createQueryBuilder('l')
      .where('l.collegeId = :collegeId', { collegeId });
    if (year !== undefined) {
      qb.andWhere('l.fromDate BETWEEN :from AND :to', {
        from: `${year}-01-01`,
        to: `${year}-12-31`,
      });
    }
    const rows = await qb.orderBy('l.loggedAt', 'DESC').addOrderBy('l.id').limit(1000).getMany();
    return rows.map(logView);
  } /** The logs on the caller's enterprise's demands (to confirm), newest first. */
  async enterpriseLogs(actor: AuthUser): Promise<PracticeLogView[]> {
    const membership = await this.organizations.membershipOf(actor.id);
    if (!membership) return [];
    const rows = await this.dataSource.getRepository(PracticeLog).find({
      where: { enterpriseId: membership.organizationId },
      order: { loggedAt: 'DESC', id: 'ASC' },
      take: 1000,
    });
    return rows.map(logView);
  } /**
   * A manager of the enterprise that owns the demand confirms; the college is told 403
   * OTHER_SIDE_MUST_CONFIRM; anyone else (admins included) finds nothing.
   */
  async confirm(actor: AuthUser, logId: string): Promise<PracticeLogView> {
    const membership = await this.organizations.membershipOf(actor.id);
    const saved = await this.dataSource.transaction(async (m) => {
      const log = await m.findOne(PracticeLog, {
        where: { id: logId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!log) throw DomainError.notFound('Practice log');
      if (membership?.organizationId === log.collegeId) {
        throw DomainError.forbidden(
          'The enterprise that owns the demand confirms the days',
          'OTHER_SIDE_MUST_CONFIRM',
        );
      }
      if (membership?.organizationId !== log.enterpriseId) {
        throw DomainError.notFound('Practice log');
      }
      assertOrganizationRole(membership, OrganizationRole.Manager);
      if (log.status === PracticeLogStatus.Confirmed) {
        throw DomainError.conflict('PRACTICE_ALREADY_CONFIRMED', 'These days are confirmed');
      }
      log.status = PracticeLogStatus.Confirmed;
      log.confirmedBy = actor.id;
      log.confirmedAt = new Date();
      const next = await m.save(log);
      const teacher = await m.findOneByOrFail(Teacher, { id: log.teacherId });
      const demand = await this.demands.byId(log.demandId);
      await this.outbox.record(
        m,
        practiceLogEvent(
          ProgrammeEvents.PracticeConfirmed,
          2,
          logPayload(next, teacher, demand?.title ?? ''),
        ),
      );
      await this.audit.record(m, {
        actor,
        action: AuditActions.TeacherPracticeConfirmed,
        target: { type: AuditTargets.TeacherPracticeLog, id: log.id },
        organizationId: log.enterpriseId,
        district: membership.district,
        details: { teacherId: log.teacherId, collegeId: log.collegeId, days: log.days },
      });
      return next;
    });
    return logView(saved);
  }
}

function logPayload(log: PracticeLog, teacher: Teacher, demandTitle: string): PracticeLogPayload {
  return {
    logId: log.id,
    teacherName: teacher.name,
    collegeId: log.collegeId,
    enterpriseId: log.enterpriseId,
    demandId: log.demandId,
    demandTitle,
    days: log.days,
    from: log.fromDate,
    to: log.toDate,
  };
}

function logView(l: PracticeLog): PracticeLogView {
  return {
    id: l.id,
    teacherId: l.teacherId,
    collegeId: l.collegeId,
    demandId: l.demandId,
    enterpriseId: l.enterpriseId,
    from: l.fromDate,
    to: l.toDate,
    days: l.days,
    tasks: l.tasks,
    status: l.status,
    loggedBy: l.loggedBy,
    loggedAt: l.loggedAt,
    confirmedBy: l.confirmedBy,
    confirmedAt: l.confirmedAt,
  };
}
