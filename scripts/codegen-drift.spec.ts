import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from '@jest/globals';
import config from '../apps/web/codegen';

const root = join(__dirname, '..');

describe('web typed documents', () => {
  it('match what GraphQL Code Generator makes from apps/api/schema.gql (run npm run codegen)', async () => {
    const previous = process.cwd();
    process.chdir(root);
    try {
      const outputs = (await generate({ ...config, silent: true }, false)) as Array<{ filename: string; content: string }>;
      expect(outputs.length).toBeGreaterThan(0);
      for (const { filename, content } of outputs) {
        // Compared with its name, so that a failure says which file drifted.
        expect({ filename, content: readFileSync(join(root, filename), 'utf8') }).toEqual({ filename, content });
      }
    } finally {
      process.chdir(previous);
    }
  }, 60_000);
});
