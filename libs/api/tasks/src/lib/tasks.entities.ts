export const TASKS_ENTITIES: Array<new () => object> = [];
