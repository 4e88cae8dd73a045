import { Field, ObjectType } from '@nestjs/graphql';

/** A downloadable file carried in GraphQL: the client saves `content` (UTF-8) as `filename`. */
@ObjectType('ExportFile')
export class ExportFile {
  @Field({ description: 'Suggested file name, ASCII only.' })
  filename!: string;

  @Field({ description: 'text/csv; charset=utf-8 or image/svg+xml.' })
  contentType!: string;

  @Field({ description: 'The file itself as text; a CSV starts with a byte order mark (U+FEFF) so that Excel reads it as UTF-8.' })
  content!: string;
}
