export * from './lib/tasks.module';
export * from './lib/tasks.entities';
export * from './lib/entities/task.entity';
export * from './lib/models/task.model';
export * from './lib/services/tasks.service';
export * from './lib/services/workflow-tasks.service';
