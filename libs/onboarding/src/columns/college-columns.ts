import { CreateCollegeDto } from '@app/organizations';
import { count, district, list, majors, optional } from './cell-values';
import { column } from './column-spec';
import { type ImportProfile, stringKey } from './import-profile';

const columns = [
  column('name', '院校名称', true),
  column('level', '办学层次', true),
  column('district', '所在区县', true, '区县'),
  column('majors', '开设专业', false, '专业'),
  column('trainingCapacity', '培训能力', false),
  column('studentCount', '在校生人数', false),
  column('description', '简介', false, '院校简介'),
  column('tags', '标签', false),
] as const;

type Key = (typeof columns)[number]['key'];

export const collegeProfile: ImportProfile<Key, CreateCollegeDto> = {
  type: 'colleges',
  columns,
  dto: CreateCollegeDto,
  toInput: (cell) => ({
    name: optional(cell('name')),
    // 中职/高职/本科/技工 are the API's own values; anything else is rejected by @IsIn.
    level: optional(cell('level')),
    district: district(cell('district')),
    majors: majors(cell('majors')),
    trainingCapacity: count(cell('trainingCapacity')),
    studentCount: count(cell('studentCount')),
    description: optional(cell('description')),
    tags: list(cell('tags')),
  }),
  duplicateKeys: [{ field: 'name', label: 'college name', keyOf: (d) => stringKey(d.name) }],
};
