import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { PublicReflectionRepository, type PublicReflectionView } from '@waardenpoort/persistence';
import { Feed } from 'feed';
import { APP_CONFIG } from '../config/config.module';
import { ProblemException } from '../common/problem.exception';
import type { PublicReflectionPageDto, PublicReflectionsQuery } from './dto/public-reflection.dto';

/** Entries in the Atom feed: the newest releases. */
const FEED_ENTRIES = 50;

const OUTCOME_NL: Record<string, string> = {
  approved: 'goedgekeurd',
  'approved-with-conditions': 'goedgekeurd onder voorwaarden',
  rejected: 'afgewezen',
};

/** The published reflections for the public pages: the list, one, and the Atom feed of new ones. */
@Injectable()
export class PublicReflectionsService {
  constructor(
    private readonly reflections: PublicReflectionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(query: PublicReflectionsQuery): Promise<PublicReflectionPageDto> {
    const q = query.q?.trim() || undefined;
    const { items, total } = await this.reflections.list({
      q,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<PublicReflectionView> {
    const found = await this.reflections.get(id);
    if (!found) throw new ProblemException(404, `No published reflection ${id}.`, { slug: 'not-found' });
    return found;
  }

  /** Atom 1.0: one entry per published reflection, newest first; links point at the public pages. */
  async atom(): Promise<string> {
    const { items } = await this.reflections.list({ limit: FEED_ENTRIES, offset: 0 });
    const base = this.config.publicUrl.replace(/\/$/, '');
    const feed = new Feed({
      title: 'Reflecties van de Ethische Commissie',
      description: 'Gepubliceerde reflecties van de Ethische Commissie op data- en technologieprojecten',
      id: `${base}/openbaar/reflecties`,
      link: `${base}/openbaar/reflecties`,
      language: 'nl',
      copyright: 'Publiek domein',
      updated: items[0] ? new Date(items[0].publishedAt) : new Date(0),
      feedLinks: { atom: `${base}/api/v1/public/reflections.atom` },
    });
    for (const r of items) {
      const link = `${base}/openbaar/reflecties/${r.id}`;
      const decision = r.decision ? ` Besluit: ${OUTCOME_NL[r.decision.outcome] ?? r.decision.outcome}.` : '';
      feed.addItem({
        title: r.title,
        id: `urn:uuid:${r.id}`,
        link,
        date: new Date(r.publishedAt),
        published: new Date(r.publishedAt),
        description: `${r.question}${decision}`,
        content: [r.publicSummary, r.observations, ...r.recommendations.map((x) => `- ${x}`)]
          .filter(Boolean)
          .join('\n\n'),
      });
    }
    return feed.atom1();
  }
}
