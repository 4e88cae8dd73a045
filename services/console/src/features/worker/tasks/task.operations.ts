import { graphql } from '../../../gql';

// 作業手順と Q&A of one task the worker is assigned to (another member's task too, within a claim).
export const WorkerTaskQuery = graphql(`
  query WorkerTask($taskOrgId: String!, $taskId: ID!) {
    myAssignments {
      orgId
      id
      taskOrgId
      taskId
      taskTitle
      orderTitle
      deadline
    }
    taskInstructions(taskOrgId: $taskOrgId, taskId: $taskId) {
      taskOrgId
      taskId
      version
      bodyMarkdown
      createdAt
      attachments {
        id
        fileName
        mediaType
        sizeBytes
        downloadUrl
        downloadUrlExpiresAt
      }
    }
    taskQuestionThreads(taskOrgId: $taskOrgId, taskId: $taskId) {
      id
      unreadCount
      messages {
        id
        body
        fromWorker
        createdAt
      }
    }
  }
`);

export const AskQuestionMutation = graphql(`
  mutation WorkerAskQuestion($input: AskTaskQuestionInput!) {
    askTaskQuestion(input: $input) {
      id
      unreadCount
      messages {
        id
        body
        fromWorker
        createdAt
      }
    }
  }
`);

export const MarkThreadReadMutation = graphql(`
  mutation WorkerMarkThreadRead($threadId: ID!) {
    markTaskThreadRead(threadId: $threadId) {
      id
      unreadCount
    }
  }
`);
