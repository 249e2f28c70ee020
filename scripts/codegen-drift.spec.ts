import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
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
        expect(readFileSync(join(root, filename), 'utf8'), filename).toBe(content);
      }
    } finally {
      process.chdir(previous);
    }
  }, 60_000);
});
