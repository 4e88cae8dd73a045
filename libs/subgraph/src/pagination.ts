import { ArgsType, Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DomainError } from './domain.error';
import { IsSingleLineText } from './validation/text.validators';

/** Shared by every subgraph that pages a list, hence shareable in the supergraph. */
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(1000)
  after?: string;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** The base of a page type `{ nodes, pageInfo }`; subclass it with `@ObjectType('XPage')`. */
export function PageOf<T>(nodeType: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  class PageType implements Page<T> {
    @Field(() => [nodeType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return PageType;
}

/** Keyset cursor over (timestamp, id): stable under inserts, unlike offsets. */
export interface KeysetCursor {
  at: string;
  id: string;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

export function decodeCursor(cursor: string): KeysetCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(at))) throw new Error('shape');
    return { at, id };
  } catch {
    throw new DomainError('BAD_CURSOR', 'The cursor is not one this API issued.');
  }
}

/** Turns `first + 1` fetched rows into a page (the extra row only says there is more). */
export function toPage<T>(rows: T[], first: number, cursorOf: (row: T) => KeysetCursor): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(cursorOf(last)) : null },
  };
}

/** A value a merged list is ordered by. */
export type KeyValue = string | number;

/**
 * The cursor of a consortium-wide page: the sort-key values of the last item shown. The gateway
 * writes it from the merged list and passes it unchanged to every member's node, which reads
 * it as "after this key" in the same order; so paging stays right across nodes.
 */
export function encodeKeyCursor(values: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeKeyCursor(cursor: string, arity: number): KeyValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(values) || values.length !== arity || !values.every((v) => typeof v === 'string' || typeof v === 'number'))
      throw new Error('shape');
    return values as KeyValue[];
  } catch {
    throw new DomainError('BAD_CURSOR', 'The cursor is not one this API issued.');
  }
}
