// Run with `npm run test:scripts` (node --test): the entity-import rule on a fixture repository.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { findEntityImportViolations } from './entity-imports.mjs';

const root = mkdtempSync(join(tmpdir(), 'entity-imports-'));
after(() => rmSync(root, { recursive: true, force: true }));

function write(path, text) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

write(
  'libs/demands/src/demand.entity.ts',
  `import { Entity } from 'typeorm';
export enum DemandStatus { Open = 'open' }
@Entity('demands')
@Index('ix', ['a'])
export class Demand {}
export class DemandRecordMapper {}`,
);
write('libs/demands/src/reader/reader.ts', `export class DemandReader {}`);
write(
  'libs/demands/src/index.ts',
  `export { Demand as DemandEntity, DemandStatus, DemandRecordMapper } from './demand.entity';
export * from './reader/reader';
import { Demand } from './demand.entity';`,
);
write(
  'libs/search/src/ok.ts',
  `import { DemandReader, DemandStatus } from '@app/demands';
import type { DemandRecordMapper } from '@app/demands';`,
);
write(
  'libs/search/src/multi-line.ts',
  `import {
  DemandReader,
  type DemandEntity as Renamed,
} from '@app/demands';`,
);
write('libs/search/src/type-only.spec.ts', `import type { DemandEntity } from '@app/demands';`);
write(
  'libs/search/src/namespace.ts',
  `import * as demands from '@app/demands';
let d: demands.DemandEntity;
type T = import('@app/demands').DemandEntity;`,
);
write('libs/search/src/reexport.ts', `export { DemandEntity } from '@app/demands';`);
write('libs/search/src/deep.ts', `import { Demand } from '../../demands/src/demand.entity';`);
write('apps/seed/seed.ts', `import { DemandEntity } from '@app/demands';`);

test('reports each way a context can take another context’s entity, and nothing else', () => {
  const found = findEntityImportViolations(root)
    .map((v) => `${v.file}:${v.line} ${v.entity} (${v.owner})`)
    .sort();
  assert.deepEqual(found, [
    'libs/search/src/deep.ts:1 Demand (demands)',
    'libs/search/src/multi-line.ts:3 Demand (demands)',
    'libs/search/src/namespace.ts:2 Demand (demands)',
    'libs/search/src/namespace.ts:3 Demand (demands)',
    'libs/search/src/reexport.ts:1 Demand (demands)',
    'libs/search/src/type-only.spec.ts:1 Demand (demands)',
  ]);
});
