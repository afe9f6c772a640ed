import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { IS_PUBLIC_KEY } from '@app/shared';
import { ReferenceModule } from '../reference.module';
import { ReferenceController } from './reference.controller';

describe('ReferenceController', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ReferenceModule] }).compile();
    app = moduleRef.createNestApplication();
    app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  it('marks every route public', () => {
    for (const handler of ['industries', 'districts', 'majors'] as const) {
      expect(Reflect.getMetadata(IS_PUBLIC_KEY, ReferenceController.prototype[handler])).toBe(true);
    }
  });

  it('documents the routes in OpenAPI', () => {
    const doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    for (const path of ['/reference/industries', '/reference/districts', '/reference/majors']) {
      expect(doc.paths[path]?.get?.tags).toEqual(['reference']);
    }
    const industries = doc.paths['/reference/industries']?.get;
    expect(industries?.parameters?.map((p) => ('name' in p ? p.name : undefined))).toEqual([
      'level',
      'parent',
    ]);
    expect(doc.components?.schemas).toHaveProperty('IndustryList');
  });

  it('lists the children of an industry', async () => {
    const res = await request(app.getHttpServer())
      .get('/reference/industries?parent=C304')
      .expect(200);
    expect(res.body.items.map((i: { code: string }) => i.code)).toEqual(['3041', '3042', '3049']);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('lists industries by level', async () => {
    const res = await request(app.getHttpServer()).get('/reference/industries?level=section');
    expect(res.body.items).toHaveLength(20);
  });

  it.each([
    '/reference/industries?level=sector',
    '/reference/industries?parent=9999',
    '/reference/majors?level=大专',
    '/reference/majors?industry=ZZ',
  ])('rejects the invalid query %s', async (url) => {
    await request(app.getHttpServer()).get(encodeURI(url)).expect(400);
  });

  it('lists districts', async () => {
    const res = await request(app.getHttpServer()).get('/reference/districts').expect(200);
    expect(res.body.items[0]).toEqual({
      code: '130302',
      name: '海港区',
      nameEn: 'Haigang District',
      kind: 'district',
    });
  });

  it('filters majors by level and industry', async () => {
    const res = await request(app.getHttpServer())
      .get(encodeURI('/reference/majors?level=高职&industry=3491'))
      .expect(200);
    const names = res.body.items.map((m: { name: string }) => m.name);
    expect(names).toContain('工业机器人技术');
    expect(res.body.items.every((m: { level: string }) => m.level === '高职')).toBe(true);
  });
});
