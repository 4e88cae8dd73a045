import { INestApplication, LogLevel, Type, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { EdgeConfig, loadConfig } from '@kyodo/config';
import { hardenHttpEdge } from './http-edge';
import { RedactingLogger } from './logging/redacting.logger';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug'];

function logLevelsUpTo(level: LogLevel): LogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}

/** Input is validated once, here at the edge, for every resolver argument. */
function edgeValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    // Unknown fields never get this far: GraphQL validation rejects them against the schema.
    forbidNonWhitelisted: false,
    stopAtFirstError: false,
  });
}

/** Creates a Nest app for a service module with the settings all services share. */
export async function createServiceApp(module: Type | object, logLevel: LogLevel = 'warn'): Promise<INestApplication> {
  const app = await NestFactory.create(module as Type, {
    logger: new RedactingLogger({ logLevels: logLevelsUpTo(logLevel) }),
    bufferLogs: false,
  });
  app.useGlobalPipes(edgeValidationPipe());
  hardenHttpEdge(app, loadConfig(EdgeConfig));
  app.enableShutdownHooks();
  return app;
}

/** The subgraph SDL of a running (or merely initialised) app, as the gateway composes it. */
export function printAppSubgraphSdl(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return printSubgraphSchema(schema).trim() + '\n';
}
