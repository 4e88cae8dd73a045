import { graphql } from '../../../gql';

// 監査ログ: the workers node's append-only log, filtered and paged.

export const AdminAuditLogQuery = graphql(`
  query AdminAuditLog($from: String, $to: String, $actor: String, $action: String, $entityType: String, $after: String) {
    auditLog(from: $from, to: $to, actor: $actor, action: $action, entityType: $entityType, first: 50, after: $after) {
      nodes {
        id
        at
        actorName
        actorKind
        action
        entityType
        entityId
        detail
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
