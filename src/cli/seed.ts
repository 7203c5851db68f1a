// `npm run seed`: validates seed/, then writes it into Neo4j (schema first) so that re-running changes nothing.
import { ConfigError, loadConfig } from '../config.js';
import { createNeo4jDriver, describeError } from '../graph/neo4j/Neo4jBackend.js';
import { CuratedDataError, seedNeo4j } from '../graph/neo4j/seedNeo4j.js';
import { loadSeed, SeedError, type SeedGraph } from '../seed/loadSeed.js';

function usage(): string {
  return 'usage: npm run seed [-- --reset] [--discard-curated]   (reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)';
}

/** The CLI: returns the exit code; every failure is one line on stderr. */
async function main(args: readonly string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--reset' && arg !== '--discard-curated');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown[0]}; ${usage()}`);
    return 1;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  if (!config.neo4j) {
    console.error(`NEO4J_URI is not set; ${usage()}`);
    return 1;
  }
  const { uri, database } = config.neo4j;

  let seed: SeedGraph;
  try {
    seed = await loadSeed(config.seedDir);
  } catch (error) {
    if (error instanceof SeedError) {
      console.error(`${error.message} (nothing was written)`);
      return 1;
    }
    throw error;
  }
  console.log(
    `Seed is valid: ${seed.sources.length} sources, ${seed.entities.length} entities, ${seed.relations.length} relations`,
  );

  const driver = createNeo4jDriver(config.neo4j);
  try {
    try {
      await driver.verifyConnectivity({ database });
    } catch (error) {
      console.error(`Cannot connect to Neo4j at ${uri}: ${describeError(error)}`);
      return 1;
    }
    const report = await seedNeo4j(driver, seed, {
      database,
      reset: args.includes('--reset'),
      discardCurated: args.includes('--discard-curated'),
      log: (line) => console.log(line),
    });
    const { written, inDatabase } = report;
    console.log(
      `Wrote ${written.sources} sources, ${written.entities} entities, ${written.relations} relations ` +
        `to ${uri} (database ${database}): created ${report.nodesCreated} nodes and ` +
        `${report.relationshipsCreated} relationships, the rest already existed`,
    );
    console.log(
      `Database now holds ${inDatabase.sources} sources, ${inDatabase.entities} entities, ${inDatabase.relations} relations`,
    );
    return 0;
  } catch (error) {
    if (error instanceof CuratedDataError) {
      console.error(`Refusing to seed ${uri} (database ${database}): ${error.message}`);
      return 1;
    }
    console.error(`Seeding Neo4j at ${uri} failed: ${describeError(error)}`);
    return 1;
  } finally {
    await driver.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
