import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

// Runs the repository's own ESLint config the way a bare `npx eslint .` does, on imports written into files of real
// projects, and checks what @nx/enforce-module-boundaries says. Nx's graph cache points at an empty directory, so this
// also proves that the config builds the project graph itself instead of relying on `nx` having run first.

const root = resolve(__dirname, '..');
const RULE = '@nx/enforce-module-boundaries';
const graphCache = mkdtempSync(join(tmpdir(), 'mps-nx-graph-'));
process.env['NX_WORKSPACE_DATA_DIRECTORY'] = graphCache;

interface Project {
  name: string;
  root: string;
  tags: string[];
}

let eslint: ESLint;
let projects: Project[];

/** The alias of a project in tsconfig.base.json (only the alias' index may be imported). */
function aliasOf(project: Project): string {
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const alias = Object.entries(compilerOptions.paths).find(([, [target]]) => target!.replace(/^\.\//, '').startsWith(`${project.root}/`))?.[0];
  if (!alias) throw new Error(`No path alias for ${project.name}`);
  return alias;
}

const project = (name: string) => {
  const found = projects.find((p) => p.name === name);
  if (!found) throw new Error(`No project ${name}`);
  return found;
};

/** The boundary errors ESLint reports for `import ... from specifier` in a file of `from`. */
async function boundaryErrors(from: string, specifier: string): Promise<string[]> {
  const filePath = join(root, project(from).root, 'src', 'boundary-probe.ts');
  const [result] = await eslint.lintText(`import * as probe from '${specifier}';\nexport { probe };\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('module boundaries (eslint.config.mjs)', () => {
  beforeAll(async () => {
    eslint = new ESLint({ cwd: root });
    // Loading the config for one file builds the project graph, which the rest of the test reads.
    await eslint.calculateConfigForFile(join(root, 'libs/shared/domain/src/index.ts'));
    const { readCachedProjectGraph } = await import('nx/src/devkit-exports.js');
    projects = Object.values(readCachedProjectGraph().nodes).map((n) => ({ name: n.name, root: n.data.root, tags: n.data.tags ?? [] }));
  }, 60_000);
  afterAll(() => rmSync(graphCache, { recursive: true, force: true }));

  it.each([
    ['api-core', '@mps/api-iam', 'core never imports a domain library'],
    ['api-iam', '@mps/api-profiles', 'iam points to no other domain'],
    ['api-auth', '@mps/api-profiles', 'auth may depend on iam only'],
    ['shared-domain', '@nestjs/common', 'the shared domain stays free of frameworks'],
    ['shared-domain', 'react', 'the shared domain stays free of frameworks'],
    ['web-ui', '@mps/web-data-access', 'presentational components fetch nothing'],
    ['web-data-access', '@mps/web-ui', 'data access renders nothing'],
    ['web-data-access', '@mps/api-core', 'the browser never reaches into the server'],
    ['api-profiles', '@mps/web-ui', 'the server never reaches into the browser'],
  ])('%s may not import %s (%s)', async (from, specifier) => {
    expect(await boundaryErrors(from, specifier)).not.toEqual([]);
  });

  it('refuses a relative path into another project', async () => {
    // The probe file sits in libs/api/profiles/src/.
    expect(await boundaryErrors('api-profiles', '../../iam/src/lib/services/access.service')).not.toEqual([]);
  });

  it('refuses every import from one feature library into another', async () => {
    const features = projects.filter((p) => p.tags.includes('type:feature'));
    for (const from of features) {
      for (const to of features.filter((f) => f !== from)) {
        expect({ [`${from.name} -> ${to.name}`]: (await boundaryErrors(from.name, aliasOf(to))).length > 0 }).toEqual({ [`${from.name} -> ${to.name}`]: true });
      }
    }
  });

  it.each([
    ['api-profiles', '@mps/api-iam'],
    ['api-core', '@mps/shared-domain'],
    ['web-ui', '@mps/shared-domain'],
    ['web', '@mps/web-data-access'],
  ])('lets %s import %s', async (from, specifier) => {
    expect(await boundaryErrors(from, specifier)).toEqual([]);
  });
});
