export const INDICATORS_ENTITIES: Array<new () => object> = [];
