import { api, unwrap } from '../../api/client';
import type { Me } from '../../api/types';
import { AnswerActions } from './AnswerActions';
import type { Connection } from './parts';

/** Which side of a match the caller is on: the demand's owner or the candidate. */
export function sideOf(c: Connection, me: Me | null | undefined): 'owner' | 'candidate' | null {
  const orgId = me?.organization?.id;
  if (orgId && c.owner.id === orgId) return 'owner';
  if (
    (orgId && c.candidate.id === orgId) ||
    (me?.expertProfile && c.candidate.id === me.expertProfile.id)
  )
    return 'candidate';
  return null;
}

/**
 * Accept, decline with a reason (the side that did not start it) or withdraw (the side that
 * did), while the match is pending.
 */
export function ConnectionActions({
  connection: c,
  me,
  size = 'middle',
}: {
  connection: Connection;
  me: Me | null | undefined;
  size?: 'small' | 'middle';
}) {
  const side = sideOf(c, me);
  if (c.status !== 'pending' || !side) return null;
  const path = { params: { path: { id: c.id } } };
  return (
    <AnswerActions
      mode={c.initiatedBy !== side ? 'answer' : 'withdraw'}
      label={`${c.demand.title} · ${c.candidate.name}`}
      size={size}
      style={{ width: '100%' }}
      refresh={['matches', 'conversations']}
      accept={() => unwrap(api.POST('/api/v1/matches/{id}/accept', path))}
      decline={(body) => unwrap(api.POST('/api/v1/matches/{id}/decline', { ...path, body }))}
      withdraw={() => unwrap(api.POST('/api/v1/matches/{id}/withdraw', path))}
    />
  );
}
