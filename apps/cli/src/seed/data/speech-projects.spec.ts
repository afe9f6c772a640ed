import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DETAILS_DTO, outcomeProblems, ProjectKind } from '@app/programmes';
import { buildCity } from './city-data';
import { buildSpeechProjects } from './speech-projects';

/** The speech's figures, recomputed from the seeded projects (as the demo prints them). */
describe('the speech as cooperation projects', () => {
  const projects = buildSpeechProjects(buildCity({ today: '2026-12-07' }));
  const ofKind = (kind: string) => projects.filter((p) => p.kind === kind);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  it('pass the API validation of details and outcomes', () => {
    for (const p of projects) {
      const details = plainToInstance(DETAILS_DTO[p.kind as ProjectKind], p.details);
      expect(validateSync(details, { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
      for (const o of p.outcomes)
        expect(outcomeProblems(p.kind as ProjectKind, o.figures)).toEqual([]);
    }
  });

  it('the order class sent 1,500+ graduates, 90% of them in key posts', () => {
    const figures = ofKind('order_class')[0].outcomes.map((o) => o.figures);
    const hired = sum(figures.map((f) => f.hiredByEnterprise));
    expect(hired).toBeGreaterThanOrEqual(1500);
    expect(hired).toBeLessThan(1600);
    expect(sum(figures.map((f) => f.inKeyPosts)) / hired).toBeCloseTo(0.9, 2);
  });

  it('the industry college: 95% employed, 70% of them in the chain', () => {
    const f = ofKind('industry_college')[0].outcomes[0].figures;
    expect(f.employed / f.graduates).toBeCloseTo(0.95, 2);
    expect(f.employedInChain / f.employed).toBeCloseTo(0.7, 2);
  });

  it('87 teachers in R&D projects, one 12-teacher project saving 3 million+', () => {
    const rnd = ofKind('rnd_project');
    const teachers = rnd.flatMap((p) =>
      (p.details.team as { name: string; role: string }[]).filter((m) => m.role === 'teacher'),
    );
    expect(new Set(teachers.map((t) => t.name)).size).toBe(87);
    const saving = rnd.flatMap((p) => p.outcomes).map((o) => o.figures.costSaving ?? 0);
    expect(Math.max(...saving)).toBeGreaterThan(3_000_000);
  });

  it('the start-up rate rises from 3% of 2021 graduates to 7.2% of 2024 graduates', () => {
    const graduates = sum(
      buildCity({ today: '2026-12-07' }).colleges.flatMap((c) =>
        c.majors.map((m) => m.annualIntake ?? 0),
      ),
    );
    const founders = (year: number) =>
      ofKind('incubation').filter(
        (p) => (p.details.founders as { graduationYear: number }[])[0].graduationYear === year,
      ).length;
    expect(founders(2021) / graduates).toBeCloseTo(0.03, 3);
    expect(founders(2024) / graduates).toBeCloseTo(0.072, 3);
    expect(founders(2022)).toBeGreaterThan(founders(2021));
  });

  it('25 incubation bases with 1,939 start-ups and 12,000+ jobs', () => {
    const incubated = ofKind('incubation');
    expect(incubated).toHaveLength(1939);
    expect(new Set(incubated.map((p) => p.details.base)).size).toBe(25);
    const jobs = sum(incubated.map((p) => p.outcomes[0].figures.jobsCreated));
    expect(jobs).toBeGreaterThanOrEqual(12_000);
    expect(jobs).toBeLessThan(13_000);
  });
});
