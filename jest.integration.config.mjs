// `npm run test:integration` (see jest.config.mjs).
import { integration, runner } from './jest.config.mjs';

export default { ...runner, ...integration };
