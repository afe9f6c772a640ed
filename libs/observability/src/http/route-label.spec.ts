import { methodLabel, mount, routeLabel, statusLabel, UNMATCHED_ROUTE } from './route-label';

describe('routeLabel', () => {
  it('is the route pattern Express matched, never the raw URL', () => {
    const req = {
      originalUrl: '/api/v1/demands/5f0c1d2e?x=1',
      route: { path: '/api/v1/demands/:id' },
    };
    expect(routeLabel(req)).toBe('/api/v1/demands/:id');
  });

  it('puts every request that matched no route under one label', () => {
    expect(routeLabel({ originalUrl: '/wp-admin/setup.php' })).toBe(UNMATCHED_ROUTE);
    expect(routeLabel({ originalUrl: '/api/v1/no/such/thing/123' })).toBe(UNMATCHED_ROUTE);
    expect(routeLabel({ originalUrl: '/x', route: {} })).toBe(UNMATCHED_ROUTE);
    // A RegExp or array route (not used by Nest here) is not a label either.
    expect(routeLabel({ originalUrl: '/x', route: { path: /x/ } })).toBe(UNMATCHED_ROUTE);
  });

  it('folds a mounted sub-application into one label, whatever its own route says', () => {
    const mounts = [mount('/api/admin/queues')];
    const inside = {
      originalUrl: '/api/admin/queues/api/queues/email/1234',
      route: { path: '/api/queues/:name/:id' },
    };
    expect(routeLabel(inside, mounts)).toBe('/api/admin/queues/*');
    expect(routeLabel({ originalUrl: '/api/admin/queues' }, mounts)).toBe('/api/admin/queues/*');
    expect(routeLabel({ originalUrl: '/api/admin/queues?page=2' }, mounts)).toBe(
      '/api/admin/queues/*',
    );
    // Only whole path segments: a sibling that shares the prefix is not inside.
    expect(routeLabel({ originalUrl: '/api/admin/queuesX' }, mounts)).toBe(UNMATCHED_ROUTE);
  });

  it('keeps the Nest route of the same prefix under /api/v1', () => {
    const req = {
      originalUrl: '/api/v1/admin/queues/email/retry-failed',
      route: { path: '/api/v1/admin/queues/:name/retry-failed' },
    };
    expect(routeLabel(req, [mount('/api/admin/queues')])).toBe(
      '/api/v1/admin/queues/:name/retry-failed',
    );
  });
});

describe('methodLabel and statusLabel', () => {
  it('keeps the common methods and folds the rest', () => {
    expect(methodLabel('GET')).toBe('GET');
    expect(methodLabel('PATCH')).toBe('PATCH');
    expect(methodLabel('PROPFIND')).toBe('OTHER');
    expect(methodLabel(undefined)).toBe('OTHER');
  });

  it('labels status codes by their number, anything outside HTTP as other', () => {
    expect(statusLabel(200)).toBe('200');
    expect(statusLabel(404)).toBe('404');
    expect(statusLabel(599)).toBe('599');
    expect(statusLabel(600)).toBe('other');
    expect(statusLabel(-1)).toBe('other');
  });
});
