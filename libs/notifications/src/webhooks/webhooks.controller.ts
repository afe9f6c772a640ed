import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser, IdParam, PageQuery, Role, Roles } from '@app/shared';
import { CreateWebhookDto, ListDeliveriesQuery, UpdateWebhookDto } from './dto/webhook.dto';
import {
  WebhookDeliveryView,
  WebhookEndpointView,
  WebhookEndpointWithSecretView,
} from './dto/webhook.view';
import { WebhookDeliveries } from './webhook-deliveries.service';
import {
  MAX_WEBHOOKS_PER_ORGANIZATION,
  WebhookEndpointsService,
} from './webhook-endpoints.service';

const NOT_YOURS = "No such webhook in the caller's organisation";

/** An organisation's webhook endpoints; members manage them, admins may read them. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller()
export class WebhooksController {
  constructor(
    private readonly endpoints: WebhookEndpointsService,
    private readonly deliveries: WebhookDeliveries,
  ) {}

  @Post('organizations/:orgId/webhooks')
  @Roles(Role.Enterprise, Role.College)
  @ApiCreatedResponse({
    type: WebhookEndpointWithSecretView,
    description: 'The signing secret is in this answer only',
  })
  @ApiBadRequestResponse({
    description: 'WEBHOOK_URL_FORBIDDEN: not http(s), credentials, or a non-public address',
  })
  @ApiNotFoundResponse({ description: "Not the caller's organisation" })
  @ApiConflictResponse({
    description: `WEBHOOK_LIMIT (${MAX_WEBHOOKS_PER_ORGANIZATION} per organisation)`,
  })
  create(
    @CurrentUser() user: AuthUser,
    @IdParam('orgId') orgId: string,
    @Body() body: CreateWebhookDto,
  ) {
    return this.endpoints.create(user, orgId, body);
  }

  @Get('organizations/:orgId/webhooks')
  @ApiOkResponse({ type: [WebhookEndpointView], description: 'Oldest first, without secrets' })
  @ApiNotFoundResponse({ description: "Not the caller's organisation" })
  list(@CurrentUser() user: AuthUser, @IdParam('orgId') orgId: string, @Query() query: PageQuery) {
    return this.endpoints.list(user, orgId, query);
  }

  @Get('webhooks/:id')
  @ApiOkResponse({ type: WebhookEndpointView })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.endpoints.get(user, id);
  }

  @Patch('webhooks/:id')
  @Roles(Role.Enterprise, Role.College)
  @ApiOkResponse({ type: WebhookEndpointView })
  @ApiBadRequestResponse({ description: 'WEBHOOK_URL_FORBIDDEN' })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() body: UpdateWebhookDto) {
    return this.endpoints.update(user, id, body);
  }

  @Delete('webhooks/:id')
  @Roles(Role.Enterprise, Role.College)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The endpoint and its delivery log are gone' })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.endpoints.remove(user, id);
  }

  @Post('webhooks/:id/rotate-secret')
  @Roles(Role.Enterprise, Role.College)
  @HttpCode(200)
  @ApiOkResponse({
    type: WebhookEndpointWithSecretView,
    description: 'The new secret (shown once); the old one also signs for 24 hours',
  })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  rotateSecret(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.endpoints.rotateSecret(user, id);
  }

  @Post('webhooks/:id/test')
  @Roles(Role.Enterprise, Role.College)
  @HttpCode(202)
  @ApiAcceptedResponse({ type: WebhookDeliveryView, description: 'A queued `ping` delivery' })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  @ApiConflictResponse({ description: 'WEBHOOK_DISABLED' })
  test(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.endpoints.test(user, id);
  }

  @Get('webhooks/:id/deliveries')
  @ApiOkResponse({ type: [WebhookDeliveryView], description: 'Newest first, with every try' })
  @ApiNotFoundResponse({ description: NOT_YOURS })
  deliveriesOf(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: ListDeliveriesQuery,
  ) {
    return this.deliveries.forEndpoint(user, id, query);
  }
}

/** Deliveries across endpoints: `?status=dead` is the dead-letter list; replays. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhook-deliveries')
export class WebhookDeliveriesController {
  constructor(private readonly deliveries: WebhookDeliveries) {}

  @Get()
  @ApiOkResponse({
    type: [WebhookDeliveryView],
    description: "Admins: every organisation's; others: their organisation's. Newest first",
  })
  list(@CurrentUser() user: AuthUser, @Query() query: ListDeliveriesQuery) {
    return this.deliveries.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: WebhookDeliveryView })
  @ApiNotFoundResponse({ description: 'No such delivery visible to the caller' })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.deliveries.get(user, id);
  }

  @Post(':id/replay')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: WebhookDeliveryView,
    description: 'A fresh series of tries, same body and webhook-id (the owner or an admin)',
  })
  @ApiNotFoundResponse({ description: 'No such delivery visible to the caller' })
  @ApiConflictResponse({ description: 'WEBHOOK_DELIVERY_NOT_REPLAYABLE, WEBHOOK_DISABLED' })
  replay(@CurrentUser() user: AuthUser, @IdParam() id: string) {
    return this.deliveries.replay(user, id);
  }
}
