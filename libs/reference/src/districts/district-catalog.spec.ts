import { describe, expect, it } from '@jest/globals';
import { validate } from 'class-validator';
import {
  DISTRICT_KINDS,
  findDistrict,
  isKnownDistrictCode,
  listDistricts,
  referenceCity,
} from './district-catalog';
import { IsDistrictCode } from './is-district-code.decorator';

describe('districts', () => {
  it('lists the seven administrative divisions and two functional zones', () => {
    const districts = listDistricts();
    expect(districts.filter((d) => d.kind !== 'functional_zone').map((d) => d.code)).toEqual([
      '130302',
      '130303',
      '130304',
      '130306',
      '130321',
      '130322',
      '130324',
    ]);
    expect(districts.filter((d) => d.kind === 'functional_zone').map((d) => d.code)).toEqual([
      'ETDZ',
      'BDHNA',
    ]);
  });

  it('keeps official codes inside the city and zone codes visibly non-official', () => {
    for (const d of listDistricts()) {
      expect(DISTRICT_KINDS).toContain(d.kind);
      expect(d.name).not.toBe('');
      expect(d.nameEn).not.toBe('');
      if (d.kind === 'functional_zone') expect(d.code).toMatch(/^[A-Z]+$/);
      else expect(d.code.slice(0, 4)).toBe(referenceCity.cityCode.slice(0, 4));
    }
  });

  it('names the city only in its configuration', () => {
    const shortName = referenceCity.cityName.replace(/市$/, '');
    for (const d of listDistricts()) expect(d.name).not.toContain(shortName);
  });

  it('finds districts by code, case-insensitively', () => {
    expect(findDistrict('130302')).toEqual({
      code: '130302',
      name: '海港区',
      nameEn: 'Haigang District',
      kind: 'district',
    });
    expect(findDistrict(' etdz ')?.name).toBe('经济技术开发区');
    expect(findDistrict('130305')).toBeUndefined();
    expect(isKnownDistrictCode('130321')).toBe(true);
    expect(isKnownDistrictCode('130300')).toBe(false);
  });

  it('does not let callers mutate the catalogue', () => {
    const list = listDistricts();
    list.length = 0;
    expect(listDistricts()).toHaveLength(9);
    expect(Object.isFrozen(findDistrict('130302'))).toBe(true);
  });
});

describe('@IsDistrictCode', () => {
  class Form {
    @IsDistrictCode()
    district!: unknown;
  }

  it('accepts known codes and rejects others', async () => {
    const form = new Form();
    form.district = 'BDHNA';
    expect(await validate(form)).toEqual([]);
    form.district = '110101';
    const [error] = await validate(form);
    expect(error.constraints).toEqual({ isDistrictCode: 'district must be a known district code' });
  });
});
