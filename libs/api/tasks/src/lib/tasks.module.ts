import { Global, Module } from '@nestjs/common';
import { IamModule } from '@mps/api-iam';
import { ProfilesModule, SectionWorkPort } from '@mps/api-profiles';
import { ReviewsModule, ReviewWorkPort } from '@mps/api-reviews';
import { MyWorkResolver } from './resolvers/my-work.resolver';
import { TaskResolver } from './resolvers/task.resolver';
import { MyWorkService } from './services/my-work.service';
import { TasksService } from './services/tasks.service';
import { WorkflowTasksService } from './services/workflow-tasks.service';

/**
 * The workflow's tasks, provided globally as the ports profiles and reviews declare (SectionWorkPort,
 * ReviewWorkPort; docs/adr/0014), so that neither imports this library. Its one provider needs only the audit
 * writer (core) and the transaction it is handed, never a profiles or reviews provider, so no cycle forms.
 */
@Global()
@Module({
  providers: [
    WorkflowTasksService,
    { provide: SectionWorkPort, useExisting: WorkflowTasksService },
    { provide: ReviewWorkPort, useExisting: WorkflowTasksService },
  ],
  exports: [SectionWorkPort, ReviewWorkPort, WorkflowTasksService],
})
export class TasksPortModule {}

/** Tasks for people and organisations, created by hand and by the workflow; the caller's My work. */
@Module({
  imports: [IamModule, ProfilesModule, ReviewsModule, TasksPortModule],
  providers: [TasksService, TaskResolver, MyWorkService, MyWorkResolver],
  exports: [TasksService],
})
export class TasksModule {}
