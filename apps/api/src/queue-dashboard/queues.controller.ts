import { getQueueToken } from '@nestjs/bullmq';
import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { JobType, Queue } from 'bullmq';
import type { Request, Response } from 'express';
import { DomainError, type QueueName, Role, Roles } from '@app/shared';
import { DASHBOARD_COOKIE, DASHBOARD_PATH, DASHBOARD_QUEUES } from './queue-dashboard.constants';

const STATES: JobType[] = ['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized'];

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/queues')
export class QueuesController {
  constructor(private readonly moduleRef: ModuleRef) {}

  @Get()
  @ApiOkResponse({ description: 'Job counts per queue and state' })
  async counts() {
    return Promise.all(
      DASHBOARD_QUEUES.map(async (name) => ({
        name,
        counts: await this.queue(name).getJobCounts(...STATES),
      })),
    );
  }

  /** Puts every failed job of the queue back to waiting. */
  @Post(':name/retry-failed')
  @HttpCode(200)
  async retryFailed(@Param('name') name: string) {
    const queue = this.queue(name);
    const failed = await queue.getJobCountByTypes('failed');
    await queue.retryJobs({ state: 'failed', count: 1000 });
    return { name, retried: failed };
  }

  /**
   * Opens the bull-board UI in a browser: the admin's access token moves into an HttpOnly cookie
   * scoped to the dashboard's path (a browser cannot send the Authorization header there).
   */
  @Post('session')
  @HttpCode(204)
  session(@Req() req: Request, @Res({ passthrough: true }) res: Response): void {
    const token = req.headers.authorization?.split(' ')[1] ?? '';
    res.cookie(DASHBOARD_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: DASHBOARD_PATH,
      maxAge: 15 * 60_000,
    });
  }

  private queue(name: string): Queue {
    if (!(DASHBOARD_QUEUES as string[]).includes(name)) throw DomainError.notFound('Queue');
    return this.moduleRef.get<Queue>(getQueueToken(name as QueueName), { strict: false });
  }
}
