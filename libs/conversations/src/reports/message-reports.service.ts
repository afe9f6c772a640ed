import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { AuditActions, AuditLog, AuditTargets } from '@app/audit';
import { type AuthUser, DomainError, isUniqueViolation, type Page, pageOf } from '@app/shared';
import { ConversationMessage } from '../conversation-message.entity';
import { ReportStatus } from '../conversation.types';
import type { ListReportsQuery, ReportMessageDto, ResolveReportDto } from '../dto/conversation.dto';
import type { MessageReportView } from '../dto/conversation.view';
import { Subjects } from '../subjects/subjects';
import { ThreadAccess } from '../thread-access';
import { MessageReport } from './message-report.entity';

const duplicate = () =>
  DomainError.conflict(
    'DUPLICATE_REPORT',
    'You already reported this message; an admin will look at it',
  );

/** Users report messages to the admins; admins list and resolve the reports (audited). */
@Injectable()
export class MessageReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ThreadAccess,
    private readonly subjects: Subjects,
    private readonly audit: AuditLog,
  ) {}

  async report(
    actor: AuthUser,
    threadId: string,
    messageId: string,
    input: ReportMessageDto,
  ): Promise<MessageReportView> {
    const access = await this.access.load(actor, threadId);
    this.access.writer(access);
    const message = await this.dataSource.manager.findOneBy(ConversationMessage, {
      id: messageId,
      threadId,
    });
    if (!message) throw DomainError.notFound('Message', 'MESSAGE_NOT_FOUND');
    if (message.senderUserId === actor.id) {
      throw DomainError.conflict('OWN_MESSAGE', 'You cannot report your own message');
    }
    const subject = await this.subjects.one(access.thread.subjectType, access.thread.subjectId);
    try {
      const id = await this.dataSource.transaction(async (m) => {
        const open = await m.existsBy(MessageReport, {
          messageId,
          reporterUserId: actor.id,
          status: ReportStatus.Open,
        });
        if (open) throw duplicate();
        const report = m.create(MessageReport, {
          messageId,
          threadId,
          reporterUserId: actor.id,
          reason: input.reason,
          status: ReportStatus.Open,
        });
        await m.save(report);
        await this.audit.record(m, {
          actor,
          action: AuditActions.MessageReported,
          target: { type: AuditTargets.ConversationMessage, id: messageId },
          organizationId: subject.organizationId,
          details: {
            reportId: report.id,
            threadId,
            subjectType: subject.type,
            subjectId: subject.id,
            reason: input.reason,
          },
        });
        return report.id;
      });
      return (await this.views([await this.reportById(id)]))[0];
    } catch (error) {
      if (isUniqueViolation(error, 'ux_message_reports_open')) throw duplicate();
      throw error;
    }
  }

  /** Admins: newest first, optionally one status. */
  async list(query: ListReportsQuery): Promise<Page<MessageReportView>> {
    const [rows, total] = await this.dataSource.manager.findAndCount(MessageReport, {
      where: query.status ? { status: query.status } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: query.offset,
      take: query.pageSize,
    });
    return pageOf(await this.views(rows), total, query);
  }

  async resolve(admin: AuthUser, id: string, input: ResolveReportDto): Promise<MessageReportView> {
    await this.dataSource.transaction(async (m) => {
      const report = await m.findOne(MessageReport, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!report) throw DomainError.notFound('Report', 'REPORT_NOT_FOUND');
      if (report.status !== ReportStatus.Open) {
        throw DomainError.conflict(
          'REPORT_ALREADY_CLOSED',
          `This report is already ${report.status}`,
        );
      }
      report.status = input.outcome;
      report.resolutionNote = input.note ?? null;
      report.resolvedBy = admin.id;
      report.resolvedAt = new Date();
      await m.save(report);
      await this.audit.record(m, {
        actor: admin,
        action:
          input.outcome === ReportStatus.Resolved
            ? AuditActions.MessageReportResolved
            : AuditActions.MessageReportDismissed,
        target: { type: AuditTargets.MessageReport, id: report.id },
        details: {
          messageId: report.messageId,
          threadId: report.threadId,
          ...(input.note ? { note: input.note } : {}),
        },
      });
    });
    return (await this.views([await this.reportById(id)]))[0];
  }

  private reportById(id: string): Promise<MessageReport> {
    return this.dataSource.manager.findOneByOrFail(MessageReport, { id });
  }

  private async views(rows: MessageReport[]): Promise<MessageReportView[]> {
    if (rows.length === 0) return [];
    const messages = await this.dataSource.manager.findBy(ConversationMessage, {
      id: In([...new Set(rows.map((r) => r.messageId))]),
    });
    const byId = new Map(messages.map((m) => [m.id, m]));
    return rows.map((r) => {
      const m = byId.get(r.messageId);
      return {
        id: r.id,
        status: r.status,
        reason: r.reason,
        reporterUserId: r.reporterUserId,
        message: {
          id: r.messageId,
          threadId: r.threadId,
          senderSide: m?.senderSide ?? '',
          senderUserId: m?.senderUserId ?? null,
          body: m?.body ?? '',
          createdAt: m?.createdAt ?? r.createdAt,
        },
        resolutionNote: r.resolutionNote,
        resolvedBy: r.resolvedBy,
        resolvedAt: r.resolvedAt,
        createdAt: r.createdAt,
      };
    });
  }
}
