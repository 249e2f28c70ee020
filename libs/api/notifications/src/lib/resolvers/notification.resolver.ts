import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { EventBus, eventStream, FieldAccess, GqlContext } from '@mps/api-core';
import { Actor, CurrentActor, IamLoaders, SessionsService, toUserModel, UserModel } from '@mps/api-iam';
import type { EmailNotificationMode } from '@mps/shared-domain';
import {
  EmailNotificationModeEnum,
  NotificationConnection,
  NotificationEventModel,
  NotificationModel,
  NotificationPreferencesModel,
} from '../models/notification.model';
import { NotificationsService, toNotificationModel } from '../services/notifications.service';

/** The signed-in person's notifications, their unread count, marking them read, and their e-mail preference. */
@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly iam: IamLoaders,
    private readonly events: EventBus,
    private readonly sessions: SessionsService,
  ) {}

  @Query(() => NotificationConnection, { description: "The caller's notifications, newest first, in pages." })
  async notifications(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly = false,
  ): Promise<NotificationConnection> {
    const page = await this.service.page(actor, first, after, unreadOnly);
    return { ...page, nodes: page.nodes.map(toNotificationModel) };
  }

  @Query(() => Int, { description: "How many of the caller's notifications are unread." })
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.unreadCount(actor.userId);
  }

  @Mutation(() => NotificationModel, { description: 'Mark one of your notifications read.' })
  async markNotificationRead(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<NotificationModel> {
    return toNotificationModel(await this.service.markRead(actor, id));
  }

  @Mutation(() => Int, { description: 'Mark all your notifications read; answers how many were unread.' })
  markAllNotificationsRead(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.markAllRead(actor);
  }

  @Query(() => NotificationPreferencesModel)
  notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferencesModel> {
    return this.service.preferences(actor.userId);
  }

  @Mutation(() => NotificationPreferencesModel, { description: 'Choose how you are e-mailed about notifications.' })
  updateNotificationPreferences(
    @CurrentActor() actor: Actor,
    @Args('email', { type: () => EmailNotificationModeEnum }) email: EmailNotificationMode,
  ): Promise<NotificationPreferencesModel> {
    return this.service.updatePreferences(actor, email);
  }

  @Subscription(() => NotificationEventModel, {
    description: "The caller's notifications changed (new ones, or read elsewhere), with the unread count; ends when the session does.",
    resolve: (event: NotificationEventModel) => event,
  })
  notificationEvents(@CurrentActor() actor: Actor): AsyncIterableIterator<NotificationEventModel> {
    return eventStream<NotificationEventModel>(this.events, async (event) => {
      if (event.type !== 'NOTIFICATIONS_CHANGED' || !event.userIds.includes(actor.userId)) return null;
      if (!(await this.sessions.isSessionActive(actor.sessionId))) return 'end';
      return { unreadCount: await this.service.unreadCount(actor.userId) };
    });
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who caused it; null for reminders.' })
  @FieldAccess("Notifications are only returned to their recipient, who may read the object's workspace")
  async actor(@Parent() notification: NotificationModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    if (!notification.actorId) return null;
    const user = await this.iam.user(ctx.loaders, notification.actorId);
    return user ? toUserModel(user) : null;
  }
}
