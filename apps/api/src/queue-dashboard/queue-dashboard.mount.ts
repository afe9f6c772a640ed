import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { JwtAuthGuard } from '@app/identity';
import { PROBLEM_CONTENT_TYPE, readCookie, Role } from '@app/shared';
import { DASHBOARD_COOKIE, DASHBOARD_PATH, DASHBOARD_QUEUES } from './queue-dashboard.constants';

/**
 * bull-board (a well-kept queue UI) at /api/admin/queues, for admins only: a bearer token, or
 * the cookie set by POST /api/v1/admin/queues/session. Everything else gets problem+json 401/403.
 */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const serverAdapter = new ExpressAdapter().setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: DASHBOARD_QUEUES.map((name) => new BullMQAdapter(dashboardQueue(app, name))),
    serverAdapter,
    options: { uiConfig: { boardTitle: '产教 · 队列' } },
  });
  const guard = app.get(JwtAuthGuard);
  const adminsOnly = async (req: Request, res: Response, next: NextFunction) => {
    const token = bearer(req) ?? readCookie(req, DASHBOARD_COOKIE);
    const deny = (status: 401 | 403, code: string, detail: string) =>
      res
        .status(status)
        .type(PROBLEM_CONTENT_TYPE)
        .send(JSON.stringify({ type: 'about:blank', title: detail, status, code, detail }));
    if (!token) return deny(401, 'AUTH_REQUIRED', 'Admins only: log in first');
    try {
      const user = await guard.authenticate(token);
      if (user.role === Role.Operator) {
        return deny(403, 'PLATFORM_ADMIN_ONLY', 'The platform admin only; not district operators');
      }
      if (user.role !== Role.Admin) return deny(403, 'ROLE_FORBIDDEN', 'Admins only');
      next();
    } catch {
      deny(401, 'INVALID_TOKEN', 'The session has ended; log in again');
    }
  };
  app.use(DASHBOARD_PATH, adminsOnly, serverAdapter.getRouter());
}

/** A Redis outage fails the dashboard's requests; without a listener BullMQ prints each retry. */
function dashboardQueue(app: NestExpressApplication, name: string): Queue {
  const queue = app.get<Queue>(getQueueToken(name), { strict: false });
  queue.on('error', () => undefined);
  return queue;
}

function bearer(req: Request): string | undefined {
  const [scheme, value] = (req.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && value ? value : undefined;
}
