import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import {
  AnswerTaskQuestionInput,
  AskTaskQuestionInput,
  PublishTaskInstructionsInput,
  RequestAttachmentUploadInput,
  TaskArgs,
  TaskInstructionsArgs,
  ThreadArgs,
} from './dto/instructions.inputs';
import { InstructionsService } from './instructions.service';
import { QaService } from './qa.service';
import { QaThread } from './qa-thread.model';
import { AttachmentUpload, TaskInstructions } from './task-instructions.model';

/** Every operation re-checks the task against this node's own assignments (TaskAccessService). */
@Resolver()
export class InstructionsResolver {
  constructor(
    private readonly instructions: InstructionsService,
    private readonly qa: QaService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => TaskInstructions, {
    nullable: true,
    description: '作業手順 of a task, for its assigned workers and the org’s staff; null before the first version.',
  })
  taskInstructions(
    @Args() { orgId, version, ...task }: TaskInstructionsArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<TaskInstructions | null> {
    return this.instructions.read(this.node.resolve(orgId), auth, task, version);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => AttachmentUpload, {
    description: 'Starts an attachment for a task’s instructions: POST its bytes to the signed uploadUrl.',
  })
  requestInstructionAttachmentUpload(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: RequestAttachmentUploadInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<AttachmentUpload> {
    return this.instructions.requestUpload(this.node.resolve(orgId), auth, input);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => TaskInstructions, {
    description: 'Saves the next version of a task’s instructions; refused when a newer version than baseVersion exists.',
  })
  publishTaskInstructions(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: PublishTaskInstructionsInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<TaskInstructions> {
    return this.instructions.publish(this.node.resolve(orgId), auth, input);
  }

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => [QaThread], {
    description: '作業指示・Q&A of a task: every worker’s thread for the org’s staff, their own for an assigned worker.',
  })
  taskQuestionThreads(@Args() { orgId, ...task }: TaskArgs, @CurrentAuth() auth: AuthContext): Promise<QaThread[]> {
    return this.qa.threads(this.node.resolve(orgId), auth, task);
  }

  @Roles(Role.Worker)
  @Mutation(() => QaThread, { description: 'An assigned worker asks a question on a task.' })
  askTaskQuestion(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: AskTaskQuestionInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<QaThread> {
    return this.qa.ask(this.node.resolve(orgId), auth, input);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => QaThread, { description: 'A director answers in a worker’s thread.' })
  answerTaskQuestion(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: AnswerTaskQuestionInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<QaThread> {
    return this.qa.answer(this.node.resolve(orgId), auth, input);
  }

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Mutation(() => QaThread, { description: 'Marks a thread read up to its newest message, for the caller.' })
  markTaskThreadRead(@Args() { orgId, threadId }: ThreadArgs, @CurrentAuth() auth: AuthContext): Promise<QaThread> {
    return this.qa.markRead(this.node.resolve(orgId), auth, threadId);
  }
}
