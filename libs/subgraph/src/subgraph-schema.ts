import { Controller, Get, Global, Injectable, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { createHash } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { Public } from './public.decorator';

/** A subgraph's SDL as the gateway composes it, and its SHA-256: the node's schema version. */
export interface SubgraphSdl {
  sdl: string;
  sha256: string;
}

/** The printed SDL is the committed `schema.graphql` byte for byte, so the hashes compare. */
export function subgraphSdlOf(schema: GraphQLSchema): SubgraphSdl {
  const sdl = printSubgraphSchema(schema).trim() + '\n';
  return { sdl, sha256: sdlHash(sdl) };
}

export function sdlHash(sdl: string): string {
  return createHash('sha256').update(sdl).digest('hex');
}

/** Printed once, on first use (the schema exists only after the app is initialised). */
@Injectable()
export class SubgraphSdlService {
  private printed?: SubgraphSdl;

  constructor(private readonly moduleRef: ModuleRef) {}

  get(): SubgraphSdl {
    // The GraphQL module does not export its schema host; look it up app-wide.
    this.printed ??= subgraphSdlOf(this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema);
    return this.printed;
  }
}

/**
 * `GET /schema`: the node's SDL and hash. The gateway's registry reads it to decide whether a
 * node that reports another hash still fits the composed supergraph. It is the same schema
 * anyone can introspect, so it is public.
 */
@Public()
@Controller('schema')
export class SubgraphSchemaController {
  constructor(private readonly sdl: SubgraphSdlService) {}

  @Get()
  schema(): SubgraphSdl {
    return this.sdl.get();
  }
}

@Global()
@Module({ controllers: [SubgraphSchemaController], providers: [SubgraphSdlService], exports: [SubgraphSdlService] })
export class SubgraphSchemaModule {}
