import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import i18n from '../../i18n';

export type District = components['schemas']['DistrictItem'];
export type Industry = components['schemas']['IndustryItem'];

/** The city's districts (reference data: fetched once per session). */
export function useDistricts() {
  return useQuery({
    queryKey: ['reference', 'districts'],
    queryFn: () => unwrap(api.GET('/api/v1/reference/districts')),
    staleTime: Infinity,
  });
}

/** The GB/T 4754 sections (门类), the coarsest industry filter. */
export function useIndustrySections() {
  return useQuery({
    queryKey: ['reference', 'industries', 'section'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/reference/industries', { params: { query: { level: 'section' } } })),
    staleTime: Infinity,
  });
}

/** A district's name in the current language, or its code when unknown. */
export function districtName(districts: readonly District[] | undefined, code: string): string {
  const district = districts?.find((d) => d.code === code);
  if (!district) return code;
  return i18n.language === 'en' ? district.nameEn : district.name;
}
