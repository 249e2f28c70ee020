import { Module } from '@nestjs/common';

/** In-app notifications, e-mail (immediate or daily digest) and reminders. */
@Module({})
export class NotificationsModule {}
