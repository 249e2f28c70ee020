import { Module } from '@nestjs/common';

/** Tasks for people and organisations, created by hand and by the workflow. */
@Module({})
export class TasksModule {}
