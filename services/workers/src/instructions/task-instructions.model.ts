import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A file attached to work instructions; its content downloads over a short-lived signed link, never inside GraphQL.',
})
export class InstructionAttachment {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field({ description: 'What the content is, as read from the content itself.' })
  mediaType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  sha256!: string;

  @Field({ description: 'Signed link (path on the node, GET) that streams the file; works only until downloadUrlExpiresAt.' })
  downloadUrl!: string;

  @Field()
  downloadUrlExpiresAt!: Date;
}

@ObjectType({
  description: '作業手順: one version of a task’s work instructions, written by the org’s directors for the workers assigned to it.',
})
export class TaskInstructions {
  @Field()
  taskOrgId!: string;

  @Field(() => ID)
  taskId!: string;

  @Field(() => Int, { description: 'Versions count up from 1; a saved version never changes.' })
  version!: number;

  @Field(() => Int, { description: 'The newest version there is, so a reader of an older one knows.' })
  latestVersion!: number;

  @Field({ description: 'Markdown.' })
  bodyMarkdown!: string;

  @Field(() => [InstructionAttachment])
  attachments!: InstructionAttachment[];

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'Where to send an attachment’s bytes: POST them (application/octet-stream) to uploadUrl before it expires.' })
export class AttachmentUpload {
  @Field(() => ID, { description: 'Name it in attachmentIds when publishing instructions, once uploaded.' })
  attachmentId!: string;

  @Field()
  uploadUrl!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => Int)
  maxBytes!: number;

  @Field(() => [String], { description: 'Media types the content may be (checked by content).' })
  allowedMediaTypes!: string[];
}
