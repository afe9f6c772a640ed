import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * The OpenAPI document of the api, as served at /api/docs-json and committed as openapi.json
 * (`npm run openapi` writes it, `npm run openapi:check` fails when it is stale). The app must
 * have its global prefix set (setupHttp does).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Chanjiao 产教 API')
      .setDescription(
        'Industry–education matching platform. Errors are application/problem+json with a stable `code`.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}

/** Object keys sorted (arrays keep their order), so equal documents serialise identically. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) sorted[key] = sortKeysDeep(item);
  }
  return sorted;
}

/** The committed form: keys sorted, 2-space JSON, a trailing newline (what Prettier keeps). */
export function serializeOpenApiDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(sortKeysDeep(document), null, 2)}\n`;
}
