import { CreateEnterpriseDto, EnterpriseSize } from '@app/organizations';
import { normalizeUscc } from '@app/reference';
import { choice, district, industryCode, list, optional } from './cell-values';
import { column } from './column-spec';
import { type ImportProfile, stringKey } from './import-profile';

const SIZES: Record<string, EnterpriseSize> = {
  微型: EnterpriseSize.Micro,
  小型: EnterpriseSize.Small,
  中型: EnterpriseSize.Medium,
  大型: EnterpriseSize.Large,
  micro: EnterpriseSize.Micro,
  small: EnterpriseSize.Small,
  medium: EnterpriseSize.Medium,
  large: EnterpriseSize.Large,
};

const columns = [
  column('name', '企业名称', true),
  column('creditCode', '统一社会信用代码', true, 'uscc', '信用代码'),
  column('industryCode', '行业代码', true),
  column('size', '企业规模', true),
  column('district', '所在区县', true, '区县'),
  column('description', '企业简介', false, '简介'),
  column('tags', '标签', false),
] as const;

type Key = (typeof columns)[number]['key'];

export const enterpriseProfile: ImportProfile<Key, CreateEnterpriseDto> = {
  type: 'enterprises',
  columns,
  dto: CreateEnterpriseDto,
  toInput: (cell) => ({
    name: optional(cell('name')),
    creditCode: optional(normalizeUscc(cell('creditCode'))),
    industryCode: industryCode(cell('industryCode')),
    size: choice(cell('size'), SIZES),
    district: district(cell('district')),
    description: optional(cell('description')),
    tags: list(cell('tags')),
  }),
  duplicateKeys: [
    { field: 'creditCode', label: 'credit code', keyOf: (d) => stringKey(d.creditCode) },
    { field: 'name', label: 'enterprise name', keyOf: (d) => stringKey(d.name) },
  ],
};
