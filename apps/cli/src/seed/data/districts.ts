/** District codes of the demo city (see @app/reference listDistricts) and how names use them. */
export const DISTRICT = {
  haigang: '130302',
  shanhaiguan: '130303',
  beidaihe: '130304',
  funing: '130306',
  qinglong: '130321',
  changli: '130322',
  lulong: '130324',
  devZone: 'ETDZ',
  newArea: 'BDHNA',
} as const;

export type DistrictCode = (typeof DISTRICT)[keyof typeof DISTRICT];

export const CITY_PREFIX = '示范市';

interface DistrictInfo {
  name: string;
  /** Prefix of enterprise names registered there, besides the city prefix. */
  namePrefix: string;
  /** GB/T 2260 code used inside credit codes (functional zones register with the city). */
  divisionCode: string;
}

const INFO: Record<DistrictCode, DistrictInfo> = {
  '130302': { name: '海港区', namePrefix: '示范市海港区', divisionCode: '130302' },
  '130303': { name: '山海关区', namePrefix: '山海关', divisionCode: '130303' },
  '130304': { name: '北戴河区', namePrefix: '北戴河', divisionCode: '130304' },
  '130306': { name: '抚宁区', namePrefix: '抚宁', divisionCode: '130306' },
  '130321': { name: '青龙满族自治县', namePrefix: '青龙', divisionCode: '130321' },
  '130322': { name: '昌黎县', namePrefix: '昌黎', divisionCode: '130322' },
  '130324': { name: '卢龙县', namePrefix: '卢龙', divisionCode: '130324' },
  ETDZ: { name: '经济技术开发区', namePrefix: '示范市', divisionCode: '130300' },
  BDHNA: { name: '北戴河新区', namePrefix: '示范市北戴河新区', divisionCode: '130300' },
};

export function districtInfo(code: DistrictCode): DistrictInfo {
  return INFO[code];
}
