export const NOTIFICATIONS_ENTITIES: Array<new () => object> = [];
