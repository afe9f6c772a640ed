import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/shared';
import { type District, listDistricts } from '../districts/district-catalog';
import { type Industry, listIndustries } from '../industries/industry-catalog';
import { listMajors, type Major } from '../majors/major-catalog';
import { DistrictList, IndustryList, IndustryQuery, MajorList, MajorQuery } from './reference.dto';

/** Catalogues only change with a deploy, so clients and proxies may cache them for a while. */
const CACHE_FOR_AN_HOUR = 'public, max-age=3600';

@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  @Public()
  @Get('industries')
  @Header('Cache-Control', CACHE_FOR_AN_HOUR)
  @ApiOkResponse({ type: IndustryList, description: 'GB/T 4754-2017 industry classification' })
  industries(@Query() query: IndustryQuery): { items: Industry[] } {
    return { items: listIndustries({ level: query.level, parent: query.parent }) };
  }

  @Public()
  @Get('districts')
  @Header('Cache-Control', CACHE_FOR_AN_HOUR)
  @ApiOkResponse({ type: DistrictList, description: "County-level areas of the platform's city" })
  districts(): { items: District[] } {
    return { items: listDistricts() };
  }

  @Public()
  @Get('majors')
  @Header('Cache-Control', CACHE_FOR_AN_HOUR)
  @ApiOkResponse({ type: MajorList, description: 'Vocational majors (2021 catalogue)' })
  majors(@Query() query: MajorQuery): { items: Major[] } {
    return { items: listMajors({ level: query.level, industry: query.industry }) };
  }
}
