import { TaskEntity } from './entities/task.entity';

export const TASKS_ENTITIES: Array<new () => object> = [TaskEntity];
