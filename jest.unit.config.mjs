// `npm run test:unit`: one suite per config file, so that `npm run test:unit -- <path> -t <name>` works as usual.
import { runner, unit } from './jest.config.mjs';

export default { ...runner, ...unit };
