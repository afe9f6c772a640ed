import { Availability, CreateExpertDto, ExpertService } from '@app/experts';
import { choice, district, industryCode, list, optional } from './cell-values';
import { column } from './column-spec';
import { type ImportProfile, stringKey } from './import-profile';

const SERVICES: Record<string, ExpertService> = {
  咨询: ExpertService.Consulting,
  研发: ExpertService.Rnd,
  兼职教学: ExpertService.PartTimeTeaching,
  consulting: ExpertService.Consulting,
  rnd: ExpertService.Rnd,
  part_time_teaching: ExpertService.PartTimeTeaching,
};

const AVAILABILITY: Record<string, Availability> = {
  可接单: Availability.Available,
  有限: Availability.Limited,
  暂不可: Availability.Unavailable,
  available: Availability.Available,
  limited: Availability.Limited,
  unavailable: Availability.Unavailable,
};

const columns = [
  column('name', '姓名', true),
  column('title', '职称', false),
  column('affiliation', '工作单位', false),
  column('district', '所在区县', true, '区县'),
  column('industryCodes', '行业代码', false, 'industryCode'),
  column('fields', '专业领域', false),
  column('skills', '技能', false),
  column('services', '服务类型', true),
  column('availability', '可用状态', false),
  column('phone', '手机', false, '手机号', '电话'),
  column('email', '邮箱', false, '电子邮箱'),
  column('bio', '简介', false, '个人简介'),
] as const;

type Key = (typeof columns)[number]['key'];

/** Experts have no registry number: the same name at the same affiliation is the same person. */
export const expertKey = (name: string, affiliation: string): string =>
  `${name}\u0000${affiliation}`;

/** Phone and email go to the private `contact`; errors there are shown on their own columns. */
const CONTACT_PATH = /^contact\.(phone|email)$/;

export const expertProfile: ImportProfile<Key, CreateExpertDto> = {
  type: 'experts',
  columns,
  dto: CreateExpertDto,
  toInput: (cell) => {
    const phone = optional(cell('phone').replace(/[\s()（）]/g, ''));
    const email = optional(cell('email'));
    return {
      name: optional(cell('name')),
      title: optional(cell('title')),
      affiliation: optional(cell('affiliation')),
      district: district(cell('district')),
      industryCodes: list(cell('industryCodes'), /[、，,;；|\s]+/)?.map((c) => industryCode(c)),
      fields: list(cell('fields')),
      skills: list(cell('skills')),
      services: list(cell('services'))?.map((s) => choice(s, SERVICES)),
      availability: choice(cell('availability'), AVAILABILITY) ?? Availability.Available,
      bio: optional(cell('bio')),
      contact: phone || email ? { phone, email } : undefined,
    };
  },
  fieldOf: (path) => path.replace(CONTACT_PATH, '$1'),
  duplicateKeys: [
    {
      field: 'name',
      label: 'name and affiliation',
      keyOf: (d) => {
        const name = stringKey(d.name);
        return name && expertKey(name, stringKey(d.affiliation) ?? '');
      },
    },
  ],
};
