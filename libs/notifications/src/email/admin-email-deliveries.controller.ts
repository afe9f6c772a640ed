import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { findPage, Role, Roles } from '@app/shared';
import {
  EmailDeliveryView,
  ListEmailDeliveriesQuery,
  toEmailDeliveryView,
} from './dto/email-delivery.dto';
import { EmailDelivery } from './email-delivery.entity';

/** For the platform's operators: what was emailed, what is pending, what is dead and why. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/email-deliveries')
export class AdminEmailDeliveriesController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: [EmailDeliveryView], description: 'Newest change first; paginated' })
  list(@Query() query: ListEmailDeliveriesQuery) {
    const qb = this.dataSource.manager
      .createQueryBuilder(EmailDelivery, 'd')
      .orderBy('d.updatedAt', 'DESC')
      .addOrderBy('d.id', 'ASC');
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.userId) qb.andWhere('d.userId = :userId', { userId: query.userId });
    return findPage(qb, query, toEmailDeliveryView);
  }
}
