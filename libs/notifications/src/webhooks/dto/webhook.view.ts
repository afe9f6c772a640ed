import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { messageId } from '../signing';
import { WebhookDeliveryStatus } from '../webhook-delivery.entity';
import type { WebhookDeliveryAttempt } from '../webhook-delivery-attempt.entity';
import type { WebhookDelivery } from '../webhook-delivery.entity';
import type { WebhookEndpoint } from '../webhook-endpoint.entity';

export class WebhookEndpointView {
  @ApiProperty() id: string;
  @ApiProperty() organizationId: string;
  @ApiProperty() url: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) eventTypes: string[];
  @ApiProperty() enabled: boolean;
  @ApiProperty({ description: 'Whether a rotated-out secret still signs too (for 24 h)' })
  previousSecretActive: boolean;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

/** Only the answers of creation and rotation carry the secret; nothing else ever shows it. */
export class WebhookEndpointWithSecretView extends WebhookEndpointView {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'Standard Webhooks signing secret; store it now, it is not shown again',
  })
  secret: string;
}

export class WebhookAttemptView {
  @ApiProperty() attempt: number;
  @ApiProperty() at: Date;
  @ApiPropertyOptional({ type: Number, nullable: true }) statusCode: number | null;
  @ApiProperty() durationMs: number;
  @ApiPropertyOptional({ type: String, nullable: true }) error: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'First 1 KB of the answer' })
  responseExcerpt: string | null;
}

export class WebhookDeliveryView {
  @ApiProperty() id: string;
  @ApiProperty() endpointId: string;
  @ApiProperty() organizationId: string;
  @ApiProperty({ description: 'The webhook-id header of every try' }) messageId: string;
  @ApiProperty() eventType: string;
  @ApiProperty({ enum: WebhookDeliveryStatus }) status: WebhookDeliveryStatus;
  @ApiProperty() attempts: number;
  @ApiProperty() replays: number;
  @ApiPropertyOptional({ type: Date, nullable: true }) nextAttemptAt: Date | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) lastStatusCode: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) lastError: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) deliveredAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Object, description: 'The JSON body sent' })
  payload: Record<string, unknown>;
  @ApiProperty({ type: [WebhookAttemptView], description: 'Every try, oldest first' })
  log: WebhookAttemptView[];
}

export function toEndpointView(e: WebhookEndpoint, now = new Date()): WebhookEndpointView {
  return {
    id: e.id,
    organizationId: e.organizationId,
    url: e.url,
    description: e.description,
    eventTypes: e.eventTypes,
    enabled: e.enabled,
    previousSecretActive:
      e.previousSecret !== null &&
      e.previousSecretExpiresAt !== null &&
      e.previousSecretExpiresAt > now,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function toEndpointWithSecretView(e: WebhookEndpoint): WebhookEndpointWithSecretView {
  return { ...toEndpointView(e), secret: e.secret };
}

export function toAttemptView(a: WebhookDeliveryAttempt): WebhookAttemptView {
  return {
    attempt: a.attempt,
    at: a.at,
    statusCode: a.statusCode,
    durationMs: a.durationMs,
    error: a.error,
    responseExcerpt: a.responseExcerpt,
  };
}

/** Expects `endpoint` loaded. */
export function toDeliveryView(
  d: WebhookDelivery,
  attempts: WebhookDeliveryAttempt[],
): WebhookDeliveryView {
  return {
    id: d.id,
    endpointId: d.endpointId,
    organizationId: d.endpoint?.organizationId ?? '',
    messageId: messageId(d.id),
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    replays: d.replays,
    nextAttemptAt: d.nextAttemptAt,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    deliveredAt: d.deliveredAt,
    createdAt: d.createdAt,
    payload: d.payload as unknown as Record<string, unknown>,
    log: attempts.map(toAttemptView),
  };
}
