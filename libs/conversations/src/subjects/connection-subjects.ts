import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ConnectionInitiator,
  ConnectionReader,
  type ConnectionSubjectRecord,
  ConnectionStatus,
} from '@app/matching';
import { SubjectType } from '../conversation.types';
import type { ResolvedSubject, SubjectPhase, SubjectResolver } from './subject';

const PHASES: Record<ConnectionStatus, SubjectPhase> = {
  [ConnectionStatus.Pending]: 'pending',
  [ConnectionStatus.Connected]: 'open',
  [ConnectionStatus.Declined]: 'closed',
  [ConnectionStatus.Withdrawn]: 'closed',
};

/**
 * A connection (an interest or an invitation about a demand): the demand's owner (an enterprise,
 * or a college for a college need) on one side, the expert, college or enterprise on the other. Its thread takes messages once both sides agreed.
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
      { side: 'owner', organizationId: c.ownerId, expertId: null },
      { side: 'candidate', organizationId: c.candidateOrganizationId, expertId: c.expertId },
    ],
    opening: {
      side: c.initiatedBy === ConnectionInitiator.Owner ? 'owner' : 'candidate',
      text: c.message,
      at: c.createdAt,
    },
    organizationId: c.ownerId,
  };
}
