import { describe, expect, it } from '@jest/globals';
import {
  apiDocsEnabled,
  ConfigValidationError,
  validateDatabaseUrl,
  validateEnvironment,
} from './env.schema';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/chanjiao',
  REDIS_URL: 'redis://127.0.0.1:6379',
  MEILI_URL: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'a-master-key-of-enough-length',
  JWT_SECRET: 'x'.repeat(32),
};

describe('validateEnvironment', () => {
  it('applies defaults and converts numbers', () => {
    const config = validateEnvironment({ ...valid, PORT: '8080' });
    expect(config.PORT).toBe(8080);
    expect(config.JWT_ACCESS_TTL_SECONDS).toBe(900);
    expect(config.NODE_ENV).toBe('development');
  });

  it('names the missing variable', () => {
    const { DATABASE_URL: _omitted, ...rest } = valid;
    expect(() => validateEnvironment(rest)).toThrow(/DATABASE_URL is missing/);
  });

  it('rejects a short JWT secret', () => {
    expect(() => validateEnvironment({ ...valid, JWT_SECRET: 'short' })).toThrow(
      ConfigValidationError,
    );
  });

  it('refuses the published example secrets in production only', () => {
    const examples = {
      ...valid,
      JWT_SECRET: 'dev-only-jwt-secret-CHANGE-ME-0123456789abcdefgh',
      MEILI_MASTER_KEY: 'chanjiao-dev-master-key-change-me',
    };
    expect(validateEnvironment({ ...examples, NODE_ENV: 'development' }).JWT_SECRET).toBe(
      examples.JWT_SECRET,
    );
    const boot = () => validateEnvironment({ ...examples, NODE_ENV: 'production' });
    expect(boot).toThrow(ConfigValidationError);
    expect(boot).toThrow(/JWT_SECRET is a published example value/);
    expect(boot).toThrow(/MEILI_MASTER_KEY is a published example value/);
    expect(() =>
      validateEnvironment({
        ...valid,
        NODE_ENV: 'production',
        JWT_SECRET: 'please-change-me-before-going-live-0123',
      }),
    ).toThrow(/JWT_SECRET is a published example value/);
    expect(validateEnvironment({ ...valid, NODE_ENV: 'production' }).NODE_ENV).toBe('production');
  });

  it('serves the OpenAPI UI outside production, and in production only when enabled', () => {
    const docs = (env: Record<string, string>) =>
      apiDocsEnabled(validateEnvironment({ ...valid, ...env }));
    expect(docs({ NODE_ENV: 'development' })).toBe(true);
    expect(docs({ NODE_ENV: 'production' })).toBe(false);
    expect(docs({ NODE_ENV: 'production', API_DOCS_ENABLED: 'true' })).toBe(true);
    expect(docs({ NODE_ENV: 'test', API_DOCS_ENABLED: 'false' })).toBe(false);
  });

  it('refuses private webhook targets in production only', () => {
    const allow = { ...valid, WEBHOOK_ALLOW_PRIVATE_URLS: 'true' };
    expect(validateEnvironment({ ...allow, NODE_ENV: 'test' }).WEBHOOK_ALLOW_PRIVATE_URLS).toBe(
      true,
    );
    expect(() => validateEnvironment({ ...allow, NODE_ENV: 'production' })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE_URLS must be false in production/,
    );
    expect(validateEnvironment(valid).WEBHOOK_ALLOW_PRIVATE_URLS).toBe(false);
  });

  it('stores attachments on local disk by default and needs the S3 settings for s3', () => {
    const local = validateEnvironment(valid);
    expect(local.STORAGE_DRIVER).toBe('local');
    expect(local.STORAGE_DIR).toBe('.data/attachments');
    expect(() => validateEnvironment({ ...valid, STORAGE_DRIVER: 'ftp' })).toThrow(
      /STORAGE_DRIVER/,
    );
    const s3 = { ...valid, STORAGE_DRIVER: 's3' };
    expect(() => validateEnvironment(s3)).toThrow(/S3_BUCKET is missing/);
    expect(() => validateEnvironment({ ...s3, S3_BUCKET: 'attachments' })).toThrow(
      /S3_ACCESS_KEY_ID is missing/,
    );
    const complete = {
      ...s3,
      S3_BUCKET: 'attachments',
      S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      S3_SECRET_ACCESS_KEY: 'a-real-secret',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
    };
    expect(validateEnvironment(complete)).toMatchObject({
      S3_BUCKET: 'attachments',
      S3_FORCE_PATH_STYLE: true,
      S3_REGION: 'us-east-1',
    });
    expect(() =>
      validateEnvironment({
        ...complete,
        NODE_ENV: 'production',
        S3_SECRET_ACCESS_KEY: 'change-me',
      }),
    ).toThrow(/S3_SECRET_ACCESS_KEY/);
  });

  it('takes METRICS_TOKEN as optional, at least 32 characters, no example in production', () => {
    expect(validateEnvironment(valid).METRICS_TOKEN).toBeUndefined();
    expect(validateEnvironment({ ...valid, METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
    const token = 'm'.repeat(32);
    expect(validateEnvironment({ ...valid, METRICS_TOKEN: token }).METRICS_TOKEN).toBe(token);
    expect(() => validateEnvironment({ ...valid, METRICS_TOKEN: 'short' })).toThrow(
      /METRICS_TOKEN must be longer than or equal to 32 characters/,
    );
    const example = 'metrics-token-change-me-0123456789abcdef';
    expect(validateEnvironment({ ...valid, METRICS_TOKEN: example }).METRICS_TOKEN).toBe(example);
    expect(() =>
      validateEnvironment({ ...valid, NODE_ENV: 'production', METRICS_TOKEN: example }),
    ).toThrow(/METRICS_TOKEN is a published example value/);
  });
});

describe('validateDatabaseUrl', () => {
  it('returns a postgres URL and needs no other variable', () => {
    expect(validateDatabaseUrl({ DATABASE_URL: 'postgres://postgres@db/chanjiao' })).toBe(
      'postgres://postgres@db/chanjiao',
    );
  });

  it('names a missing or wrong DATABASE_URL', () => {
    expect(() => validateDatabaseUrl({})).toThrow(/DATABASE_URL is missing/);
    expect(() => validateDatabaseUrl({ DATABASE_URL: 'mysql://x' })).toThrow(
      /must be a postgres:\/\/ URL/,
    );
  });
});
