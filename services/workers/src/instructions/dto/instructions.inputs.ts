import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsMultiLineText, IsOrgId, IsSingleLineText, IsUuid, OrgArgs } from '@kyodo/subgraph';

/** 100,000 characters of Markdown: a long manual, not a book. */
export const MAX_INSTRUCTIONS_CHARS = 100_000;

@ArgsType()
export class TaskArgs extends OrgArgs {
  @Field({ description: "The task's org (its federation key with taskId); another member's task within a claim of this org." })
  @IsOrgId()
  taskOrgId!: string;

  @Field(() => ID)
  @IsUuid()
  taskId!: string;
}

@ArgsType()
export class TaskInstructionsArgs extends TaskArgs {
  @Field(() => Int, { nullable: true, description: 'An earlier version; the newest when left out.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version?: number;
}

@InputType()
export class RequestAttachmentUploadInput {
  @Field()
  @IsOrgId()
  taskOrgId!: string;

  @Field(() => ID)
  @IsUuid()
  taskId!: string;

  @Field({ description: 'Shown to readers and used when they save it.' })
  @IsSingleLineText(200)
  fileName!: string;
}

@InputType()
export class PublishTaskInstructionsInput {
  @Field()
  @IsOrgId()
  taskOrgId!: string;

  @Field(() => ID)
  @IsUuid()
  taskId!: string;

  @Field(() => Int, {
    description: 'The version the text was edited from (0 for the first): refused when someone saved a newer one since.',
  })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  baseVersion!: number;

  @Field({ description: 'Markdown.' })
  @IsMultiLineText(MAX_INSTRUCTIONS_CHARS)
  bodyMarkdown!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Uploaded attachments of this task the version carries.' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUuid({ each: true })
  attachmentIds: string[] = [];
}

@InputType()
export class AskTaskQuestionInput {
  @Field()
  @IsOrgId()
  taskOrgId!: string;

  @Field(() => ID)
  @IsUuid()
  taskId!: string;

  @Field()
  @IsMultiLineText(4000)
  body!: string;
}

@InputType()
export class AnswerTaskQuestionInput {
  @Field(() => ID)
  @IsUuid()
  threadId!: string;

  @Field()
  @IsMultiLineText(4000)
  body!: string;
}

@ArgsType()
export class ThreadArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  threadId!: string;
}
