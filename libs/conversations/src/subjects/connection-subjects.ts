import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConnectionReader, type ConnectionSubjectRecord, ConnectionStatus } from '@app/matching';
import { SubjectType } from '../conversation.types';
import type { ResolvedSubject, SubjectPhase, SubjectResolver } from './subject';

const PHASES: Record<ConnectionStatus, SubjectPhase> = {
  [ConnectionStatus.Pending]: 'pending',
  [ConnectionStatus.Connected]: 'open',
  [ConnectionStatus.Declined]: 'closed',
  [ConnectionStatus.Withdrawn]: 'closed',
};

/**
 * A connection (an interest or an invitation about a demand): the enterprise on one side, the
 * expert or the college on the other. Its thread takes messages once both sides agreed.
 */
@Injectable()
export class ConnectionSubjects implements SubjectResolver {
  readonly type = SubjectType.Connection;

  constructor(private readonly connections: ConnectionReader) {}

  async resolve(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, ResolvedSubject>> {
    const found = await this.connections.subjects(ids, manager);
    return new Map([...found].map(([id, c]) => [id, toSubject(c)]));
  }
}

function toSubject(c: ConnectionSubjectRecord): ResolvedSubject {
  return {
    type: SubjectType.Connection,
    id: c.id,
    title: c.demandTitle,
    status: c.status,
    phase: PHASES[c.status],
    sides: [
      { side: 'enterprise', organizationId: c.enterpriseId, expertId: null },
      { side: 'candidate', organizationId: c.collegeId, expertId: c.expertId },
    ],
    opening: {
      side: c.initiatedBy === 'enterprise' ? 'enterprise' : 'candidate',
      text: c.message,
      at: c.createdAt,
    },
    organizationId: c.enterpriseId,
  };
}
