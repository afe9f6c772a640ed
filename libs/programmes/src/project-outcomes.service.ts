import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { type AuthUser, DomainError, OutboxService } from '@app/shared';
import type { ReportOutcomeDto } from './dto/project.dto';
import type { OutcomeView } from './dto/project.view';
import { outcomeProblems } from './outcome-rules';
import { outcomeEvent, ProgrammeEvents } from './programme-events';
import { OutcomeStatus } from './programme.types';
import { ProjectAccess } from './project-access';
import { ProjectOutcome } from './project-outcome.entity';
import { invalid } from './project-rules';
import { otherSides } from './project-sides';
import { outcomeView } from './project-views';

/** A project's figures per period: reported by one side, confirmed by another. */
@Injectable()
export class ProjectOutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProjectAccess,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}
  /** The figures: partners and admins only; to anyone else the project has none (404). */
  async list(actor: AuthUser, id: string): Promise<OutcomeView[]> {
    const m = this.dataSource.manager;
    const loaded = await this.access.load(m, id);
    if (!loaded || (await this.access.accessOf(actor, loaded.partners)) === 'public') {
      throw DomainError.notFound('Project');
    }
    const outcomes = await m.find(ProjectOutcome, {
      where: { projectId: id },
      order: { period: 'ASC' },
    });
    return outcomes.map(outcomeView);
  } /**
   * One side reports a period's figures. A new report of the same period replaces the figures
   * and asks again for the other side's confirmation.
   */
  async report(actor: AuthUser, id: string, input: ReportOutcomeDto): Promise<OutcomeView> {
    return this.dataSource.transaction(async (m) => {
      const { project, sides, partners } = await this.access.actOn(m, actor, id, {
        partnerOnly: true,
      });
      const problems = outcomeProblems(project.kind, input.figures);
      if (problems.length > 0) throw invalid(problems);
      const figures = input.figures as Record<string, number>;
      const side = sides[0];
      const existing = await m.findOne(ProjectOutcome, {
        where: { projectId: id, period: input.period },
        lock: { mode: 'pessimistic_write' },
      });
      const now = new Date();
      const outcome = await m.save(
        Object.assign(
          existing ?? m.create(ProjectOutcome, { projectId: id, period: input.period, version: 0 }),
          {
            figures,
            status: OutcomeStatus.Reported,
            reportedBySide: side,
            reportedBy: actor.id,
            reportedAt: now,
            confirmedBySide: null,
            confirmedBy: null,
            confirmedAt: null,
            version: (existing?.version ?? 0) + 1,
          },
        ),
      );
      await this.outbox.record(
        m,
        outcomeEvent(ProgrammeEvents.OutcomeReported, outcome.version, {
          projectId: id,
          projectTitle: project.title,
          outcomeId: outcome.id,
          period: outcome.period,
          status: outcome.status,
          side,
          awaiting: otherSides(partners, side),
        }),
      );
      await this.audit.record(m, {
        actor,
        action: AuditActions.ProjectOutcomeReported,
        target: { type: AuditTargets.ProjectOutcome, id: outcome.id },
        details: { projectId: id, period: outcome.period, side, replaced: !!existing },
      });
      return outcomeView(outcome);
    });
  } /** Another side than the one that reported confirms the figures as they are. */
  async confirm(actor: AuthUser, id: string, outcomeId: string): Promise<OutcomeView> {
    return this.dataSource.transaction(async (m) => {
      const { project, sides } = await this.access.actOn(m, actor, id, { partnerOnly: true });
      const outcome = await m.findOne(ProjectOutcome, {
        where: { id: outcomeId, projectId: id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!outcome) throw DomainError.notFound('Outcome');
      if (outcome.status === OutcomeStatus.Confirmed) {
        throw DomainError.conflict('OUTCOME_ALREADY_CONFIRMED', 'These figures are confirmed');
      }
      const side = sides.find((s) => s !== outcome.reportedBySide);
      if (!side) {
        throw DomainError.forbidden(
          'The other side confirms what one side reported',
          'OTHER_SIDE_MUST_CONFIRM',
        );
      }
      Object.assign(outcome, {
        status: OutcomeStatus.Confirmed,
        confirmedBySide: side,
        confirmedBy: actor.id,
        confirmedAt: new Date(),
        version: outcome.version + 1,
      });
      await m.save(outcome);
      await this.outbox.record(
        m,
        outcomeEvent(ProgrammeEvents.OutcomeConfirmed, outcome.version, {
          projectId: id,
          projectTitle: project.title,
          outcomeId,
          period: outcome.period,
          status: outcome.status,
          side,
          awaiting: { organizationIds: [], expertIds: [] },
        }),
      );
      await this.audit.record(m, {
        actor,
        action: AuditActions.ProjectOutcomeConfirmed,
        target: { type: AuditTargets.ProjectOutcome, id: outcomeId },
        details: { projectId: id, period: outcome.period, side },
      });
      return outcomeView(outcome);
    });
  }
}
