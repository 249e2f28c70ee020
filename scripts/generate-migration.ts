/**
 * Writes a migration for whatever the entities declare that the migrations do
 * not yet create: `npm run migration:generate -- <Name>`. Review the SQL it
 * writes before committing (rename columns by hand instead of drop + add).
 */
import 'reflect-metadata';
import { writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@mps/api-core';
import { acquireTestServer, createDatabase, dropDatabase } from '@mps/api-testing';
import { ALL_ENTITIES } from '../apps/api/src/app/entities';

const MIGRATIONS_DIR = join(__dirname, '..', 'libs', 'api', 'core', 'src', 'lib', 'database', 'migrations');

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name: npm run migration:generate -- AddRevisions');
  }
  const server = await acquireTestServer(join(__dirname, '..'));
  const database = `mps_gen_${Date.now()}`;
  try {
    const url = await createDatabase(server.adminUrl, database);
    await runMigrations(url, ALL_ENTITIES);
    const dataSource = await new DataSource(dataSourceOptions(url, ALL_ENTITIES)).initialize();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (sql.upQueries.length === 0) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = [...sql.downQueries].reverse().map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const file = `${timestamp}-${name}.ts`;
    writeFileSync(
      join(MIGRATIONS_DIR, file),
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    writeIndex();
    console.log(`Wrote ${file}`);
  } finally {
    await dropDatabase(server.adminUrl, database).catch(() => undefined);
    await server.stop();
  }
}

/** migrations/index.ts lists every migration class in order, so builds need no glob at run time. */
function writeIndex(): void {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d+-\w+\.ts$/.test(f))
    .sort();
  const imports = files.map((f) => {
    const [stamp, rest] = f.replace(/\.ts$/, '').split('-');
    return { module: `./${f.replace(/\.ts$/, '')}`, cls: `${rest}${stamp}` };
  });
  writeFileSync(
    join(MIGRATIONS_DIR, 'index.ts'),
    `${imports.map((i) => `import { ${i.cls} } from '${i.module}';`).join('\n')}\n\n/** Every migration, oldest first (maintained by npm run migration:generate). */\nexport const ALL_MIGRATIONS = [${imports.map((i) => i.cls).join(', ')}];\n`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
