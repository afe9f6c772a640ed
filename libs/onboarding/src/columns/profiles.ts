import type { ImportType } from '../import-types';
import { collegeProfile } from './college-columns';
import { enterpriseProfile } from './enterprise-columns';
import { expertProfile } from './expert-columns';
import type { ImportProfile } from './import-profile';

export const PROFILES: Readonly<Record<ImportType, ImportProfile>> = {
  enterprises: enterpriseProfile,
  colleges: collegeProfile,
  experts: expertProfile,
};
