import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, EventBus, RateLimitedError } from '@mps/api-core';
import { AccessService, Actor, OrganizationEntity, SessionsService, UserEntity } from '@mps/api-iam';
import { SectionAccessService } from '@mps/api-profiles';
import { PRESENCE_LIMITS, PresenceActivity, PresenceEntry } from '@mps/shared-domain';
import type { SectionPresenceModel } from '../models/presence.models';
import { PresenceStore } from '../store/presence-store';
import { PresenceStream } from './presence-stream';

const MINUTE_MS = 60_000;

/**
 * Who else has a section open (docs/adr/0013-presence.md). Opening the `sectionPresence` subscription is the
 * announcement; the subscription keeps it alive and its end removes it, so a tab needs no timers of its own.
 */
@Injectable()
export class PresenceService implements OnApplicationShutdown {
  private readonly openBySession = new Map<string, number>();
  private readonly streams = new Set<PresenceStream>();
  private readonly timeoutMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly store: PresenceStore,
    private readonly events: EventBus,
    private readonly sections: SectionAccessService,
    private readonly access: AccessService,
    private readonly sessions: SessionsService,
  ) {
    this.timeoutMs = config.presenceTimeoutSeconds * 1000;
  }

  /**
   * Joins a section's presence as `activity`: only people who may read the section (contributors: the sections of
   * their cycles), EDITING only for those who may edit it (anyone else is shown viewing). Bounded per session: a
   * number of joins per minute across instances, and of open ones per instance.
   */
  async join(actor: Actor, sectionId: string, activity: PresenceActivity): Promise<AsyncIterableIterator<SectionPresenceModel>> {
    const { section, profile, access } = await this.sections.load(actor, sectionId, 'sectionPresence');
    const starts = await this.store.hit(`starts:${actor.sessionId}`, MINUTE_MS, Date.now()).catch(() => 0);
    if (starts > PRESENCE_LIMITS.maxStartsPerMinute) {
      throw new RateLimitedError('Sections were opened too often in the last minute: wait a moment.', 60);
    }
    // The slot is taken before anything else is awaited: tabs opening together must not all see room for one.
    const open = this.openBySession.get(actor.sessionId) ?? 0;
    if (open >= PRESENCE_LIMITS.maxOpenPerSession) {
      throw new RateLimitedError('Too many sections are open in this session: close some tabs.');
    }
    this.openBySession.set(actor.sessionId, open + 1);
    const release = () => {
      const left = (this.openBySession.get(actor.sessionId) ?? 1) - 1;
      if (left > 0) this.openBySession.set(actor.sessionId, left);
      else this.openBySession.delete(actor.sessionId);
    };
    let entry: Omit<PresenceEntry, 'expiresAt'>;
    try {
      const editing =
        activity === 'EDITING' && this.access.canEditSection(access, await this.sections.assignedOrganizationIds(section.id));
      const who = await this.describe(actor.userId, access.membership?.organizationId ?? null);
      entry = { id: randomUUID(), userId: actor.userId, ...who, activity: editing ? 'EDITING' : 'VIEWING' };
    } catch (error) {
      release();
      throw error;
    }

    const stream: PresenceStream = new PresenceStream({
      store: this.store,
      events: this.events,
      workspaceId: profile.workspaceId,
      sectionId: section.id,
      entry,
      timeoutMs: this.timeoutMs,
      stillAllowed: () => this.stillAllowed(actor, section.id, section.profileId, profile.workspaceId),
      onEnd: () => {
        this.streams.delete(stream);
        release();
      },
    });
    this.streams.add(stream);
    return stream;
  }

  /** Stopping instance: its viewers are shown leaving now rather than after the timeout. */
  async onApplicationShutdown(): Promise<void> {
    for (const stream of [...this.streams]) stream.finish();
  }

  /** Still signed in, still a member, still allowed to read the section (a contributor's cycle may have closed). */
  private async stillAllowed(actor: Actor, sectionId: string, profileId: string, workspaceId: string): Promise<boolean> {
    // Every viewer of the section asks at once when presence changes: coalesced into one statement each.
    if (!(await this.sessions.isSessionActive(actor.sessionId))) return false;
    const access = await this.access.currentAccessTo(actor, workspaceId);
    return access !== null && (await this.sections.mayRead(access, { id: sectionId, profileId }));
  }

  /** The name and organisation shown to others, copied into the entry so that reading presence costs no query. */
  private async describe(userId: string, organizationId: string | null) {
    const [user, organization] = await Promise.all([
      this.dataSource.getRepository(UserEntity).findOneOrFail({ where: { id: userId } }),
      organizationId ? this.dataSource.getRepository(OrganizationEntity).findOne({ where: { id: organizationId } }) : null,
    ]);
    return {
      displayName: user.displayName,
      organizationAcronym: organization?.acronym ?? null,
      organizationName: organization?.name ?? null,
    };
  }
}
