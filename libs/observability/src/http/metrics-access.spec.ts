import { bearerToken, MetricsAccess } from './metrics-access';
import { requireTokenInProduction } from './metrics-endpoint';

const TOKEN = 'a-metrics-token-of-at-least-thirty-two-chars';

describe('MetricsAccess', () => {
  it('without a configured token lets everyone in', () => {
    const access = new MetricsAccess(undefined);
    expect(access.protected).toBe(false);
    expect(access.allows(undefined)).toBe(true);
    expect(access.allows('Bearer anything')).toBe(true);
    expect(new MetricsAccess('').protected).toBe(false);
  });

  it('with a token requires exactly that bearer token', () => {
    const access = new MetricsAccess(TOKEN);
    expect(access.protected).toBe(true);
    expect(access.allows(`Bearer ${TOKEN}`)).toBe(true);
    expect(access.allows(`bearer ${TOKEN}`)).toBe(true);
    expect(access.allows(undefined)).toBe(false);
    expect(access.allows('')).toBe(false);
    expect(access.allows(TOKEN)).toBe(false);
    expect(access.allows(`Basic ${TOKEN}`)).toBe(false);
    expect(access.allows(`Bearer ${TOKEN}x`)).toBe(false);
    expect(access.allows(`Bearer ${TOKEN.slice(0, -1)}`)).toBe(false);
    expect(access.allows(`Bearer ${TOKEN.toUpperCase()}`)).toBe(false);
    expect(access.allows('Bearer ')).toBe(false);
    expect(access.allows(`Bearer ${TOKEN} extra`)).toBe(false);
  });
});

describe('bearerToken', () => {
  it('reads the credentials of a Bearer header only', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('BEARER abc ')).toBe('abc');
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken('Token abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});

describe('requireTokenInProduction', () => {
  it('refuses a production api without a token, naming the variable', () => {
    expect(() => requireTokenInProduction({ NODE_ENV: 'production' })).toThrow(
      /METRICS_TOKEN is missing/,
    );
    expect(() =>
      requireTokenInProduction({ NODE_ENV: 'production', METRICS_TOKEN: TOKEN }),
    ).not.toThrow();
    expect(() => requireTokenInProduction({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => requireTokenInProduction({ NODE_ENV: 'test' })).not.toThrow();
  });
});
