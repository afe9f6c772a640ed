import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { ExpertDirectory, ExpertDirectoryModule } from '@app/experts';
import {
  OrganizationDirectory,
  OrganizationDirectoryModule,
  VerificationStatus,
} from '@app/organizations';
import { epoch, type ProjectDocument, searchTerms, type SearchSource } from '@app/search';
import { type ProjectEvent, ProgrammeEvents } from '../programme-events';
import { PartnerType } from '../programme.types';
import { ProjectPartner } from '../project-partner.entity';
import { Project } from '../project.entity';

/** Every project event changes its public parts (title, dates, state or partners). */
const INDEXED: Record<ProjectEvent['eventType'], true> = {
  [ProgrammeEvents.ProjectCreated]: true,
  [ProgrammeEvents.ProjectUpdated]: true,
  [ProgrammeEvents.ProjectStatusChanged]: true,
};

/** The project events the search index follows, for the relay's route (searchIndexRoute). */
export const PROJECT_SEARCH_EVENTS: readonly string[] = Object.keys(INDEXED);

/** Enterprises first, then colleges, then experts: the order the documents name them in. */
const PARTNER_ORDER = [PartnerType.Enterprise, PartnerType.College, PartnerType.Expert];

/**
 * Projects in search (issue 12): their public parts only, never figures, descriptions or
 * contacts. A partner is named only where its own profile is public (a verified organisation,
 * a public expert), so a hidden expert is not found through a project.
 */
@Injectable()
export class ProjectSearchSource implements SearchSource {
  readonly aggregateType = 'project';
  readonly index = 'projects' as const;
  readonly label = 'projects';
  readonly events = PROJECT_SEARCH_EVENTS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
  ) {}

  async documents(ids: readonly string[]): Promise<Map<string, ProjectDocument>> {
    const m = this.dataSource.manager;
    const [projects, partners] = await Promise.all([
      m.findBy(Project, { id: In([...ids]) }),
      m.findBy(ProjectPartner, { projectId: In([...ids]) }),
    ]);
    const present = (values: (string | null)[]) => [
      ...new Set(values.filter((v): v is string => v !== null)),
    ];
    const [orgs, experts] = await Promise.all([
      this.organizations.byIds(present(partners.map((p) => p.organizationId))),
      this.experts.byIds(present(partners.map((p) => p.expertId))),
    ]);
    const publicName = (p: ProjectPartner): string | null => {
      if (p.organizationId) {
        const org = orgs.get(p.organizationId);
        return org?.status === VerificationStatus.Verified ? org.name : null;
      }
      const expert = p.expertId ? experts.get(p.expertId) : undefined;
      return expert?.isPublic ? expert.name : null;
    };
    const documents = new Map<string, ProjectDocument>();
    for (const project of projects) {
      const named = partners
        .filter((p) => p.projectId === project.id)
        .sort((a, b) => PARTNER_ORDER.indexOf(a.type) - PARTNER_ORDER.indexOf(b.type))
        .flatMap((p) => {
          const name = publicName(p);
          return name ? [{ id: (p.organizationId ?? p.expertId) as string, name }] : [];
        });
      documents.set(project.id, {
        id: project.id,
        version: project.version,
        kind: project.kind,
        status: project.status,
        title: project.title,
        partnerNames: named.map((p) => p.name),
        partnerIds: named.map((p) => p.id),
        startDate: epoch(project.startDate),
        endDate: epoch(project.endDate),
        createdAt: epoch(project.createdAt) ?? 0,
        terms: searchTerms(project.title, named.map((p) => p.name).join(' ')),
      });
    }
    return documents;
  }

  async dependentIds(refs: readonly { type: string; id: string }[]): Promise<string[]> {
    const orgIds = refs.filter((r) => r.type === 'organization').map((r) => r.id);
    const expertIds = refs.filter((r) => r.type === 'expert').map((r) => r.id);
    if (orgIds.length === 0 && expertIds.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT project_id AS id FROM project_partners
        WHERE organization_id = ANY($1::uuid[]) OR expert_id = ANY($2::uuid[])`,
      [orgIds, expertIds],
    );
    return rows.map((r) => r.id);
  }

  count(): Promise<number> {
    return this.dataSource.manager.count(Project);
  }

  async idsAfter(after: string | null, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM projects WHERE ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.id);
  }
}

/** For the apps that index or rebuild search: `SearchIndexingModule.withSources`. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Project, ProjectPartner]),
    OrganizationDirectoryModule,
    ExpertDirectoryModule,
  ],
  providers: [ProjectSearchSource],
  exports: [ProjectSearchSource],
})
export class ProjectSearchModule {}
