// Environment -> typed configuration, validated once at start-up.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  GRAPH_BACKEND: z.enum(['memory', 'neo4j']).default('memory'),
  SEED_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_TX_TIMEOUT_MS: positiveInt.default(5000),
});

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  transactionTimeoutMs: number;
}

export interface Config {
  production: boolean;
  host: string;
  port: number;
  backend: 'memory' | 'neo4j';
  seedDir: string | undefined;
  logLevel: string;
  /** Set when NEO4J_URI is; required when the backend is neo4j. */
  neo4j: Neo4jConfig | null;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.GRAPH_BACKEND === 'neo4j' && !e.NEO4J_URI) {
    throw new ConfigError('Invalid configuration: GRAPH_BACKEND=neo4j needs NEO4J_URI');
  }
  return {
    production: e.NODE_ENV === 'production',
    host: e.HOST,
    port: e.PORT,
    backend: e.GRAPH_BACKEND,
    seedDir: e.SEED_DIR,
    logLevel: e.LOG_LEVEL,
    neo4j: e.NEO4J_URI
      ? {
          uri: e.NEO4J_URI,
          user: e.NEO4J_USER,
          password: e.NEO4J_PASSWORD,
          database: e.NEO4J_DATABASE,
          transactionTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
        }
      : null,
  };
}
