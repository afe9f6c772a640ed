import { describe, expect, it } from '@jest/globals';
import { Expert } from '../expert.entity';
import { Availability, ExpertService } from '../expert.types';
import { toExpertRecord } from './expert.record';

describe('toExpertRecord', () => {
  it('is a plain copy without the private contact details', () => {
    const expert = Object.assign(new Expert(), {
      id: '00000000-0000-4000-8000-000000000002',
      userId: null,
      name: '李工',
      services: [ExpertService.Consulting],
      availability: Availability.Limited,
      industryCodes: ['3042'],
      fields: [],
      skills: ['PLC'],
      contact: { phone: '13800000000' },
    });
    const record = toExpertRecord(expert);
    expect(record).not.toBeInstanceOf(Expert);
    expect(record).toMatchObject({ name: '李工', userId: null, skills: ['PLC'] });
    expect(record.skills).not.toBe(expert.skills);
    expect(record).not.toHaveProperty('contact');
  });
});
