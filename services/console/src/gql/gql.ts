/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SupportMembersOverview {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n      prefecture\n      operatingForm\n      partnerOperatorId\n      createdAt\n    }\n    memberNodes {\n      id\n      orgId\n      subgraph\n      url\n      status\n      schemaHash\n      schemaProblem\n      lastCheckedAt\n      lastHealthyAt\n      lastError\n    }\n  }\n": typeof types.SupportMembersOverviewDocument,
    "\n  mutation SupportSetMemberStatus($id: String!, $status: MemberStatus!) {\n    setMemberStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.SupportSetMemberStatusDocument,
    "\n  mutation SupportCheckNode($id: ID!) {\n    checkNode(id: $id) {\n      id\n      status\n      schemaHash\n      schemaProblem\n      lastCheckedAt\n      lastHealthyAt\n      lastError\n    }\n  }\n": typeof types.SupportCheckNodeDocument,
    "\n  query SupportMemberChecklist($orgId: String!) {\n    onboardingChecklist(orgId: $orgId) {\n      orgId\n      code\n      category\n      title\n      done\n      doneAt\n      doneBy\n      tickableBy\n    }\n  }\n": typeof types.SupportMemberChecklistDocument,
    "\n  mutation SupportSetChecklistItem($orgId: String!, $code: ChecklistItemCode!, $done: Boolean!) {\n    setChecklistItem(orgId: $orgId, code: $code, done: $done) {\n      orgId\n      code\n      done\n      doneAt\n      doneBy\n    }\n  }\n": typeof types.SupportSetChecklistItemDocument,
    "\n  mutation SupportOnboardMember($input: OnboardMemberInput!) {\n    onboardMember(input: $input) {\n      orgId\n      status\n      firstAdminUsername\n      temporaryPassword\n      problem\n      nodes {\n        id\n        subgraph\n        url\n        status\n        schemaHash\n        lastError\n      }\n    }\n  }\n": typeof types.SupportOnboardMemberDocument,
    "\n  mutation SupportSeedStarterData($orgId: String!) {\n    seedStarterData(orgId: $orgId) {\n      orgId\n      status\n      problem\n    }\n  }\n": typeof types.SupportSeedStarterDataDocument,
    "\n  query OrdersBoard($first: Int!) {\n    orders(first: $first) {\n      nodes {\n        orgId\n        id\n        title\n        status\n        deadline\n        valueYen\n        estimatedHours\n        progress\n        client {\n          orgId\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrdersBoardDocument,
    "\n  query DirectorApprovalWorkers {\n    workers(first: 100) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n      }\n    }\n  }\n": typeof types.DirectorApprovalWorkersDocument,
    "\n  query DirectorWorkerAssignments($workerId: ID!) {\n    workerAssignments(workerId: $workerId) {\n      orgId\n      id\n      workerId\n      periodFrom\n      periodTo\n      task {\n        orgId\n        id\n        title\n      }\n    }\n  }\n": typeof types.DirectorWorkerAssignmentsDocument,
    "\n  query DirectorAssignmentEntries($assignmentId: ID!) {\n    timeEntries(assignmentId: $assignmentId) {\n      orgId\n      id\n      assignmentId\n      workerId\n      workDate\n      minutes\n      quantity\n      note\n      status\n      reviewComment\n    }\n  }\n": typeof types.DirectorAssignmentEntriesDocument,
    "\n  mutation DirectorApproveTimeEntry($id: ID!) {\n    approveTimeEntry(id: $id) {\n      orgId\n      id\n      status\n    }\n  }\n": typeof types.DirectorApproveTimeEntryDocument,
    "\n  mutation DirectorReturnTimeEntry($id: ID!, $comment: String!) {\n    returnTimeEntry(id: $id, comment: $comment) {\n      orgId\n      id\n      status\n      reviewComment\n    }\n  }\n": typeof types.DirectorReturnTimeEntryDocument,
    "\n  query DirectorClients {\n    clients {\n      orgId\n      id\n      name\n      sector\n      contactName\n      contactEmail\n    }\n    contracts {\n      orgId\n      id\n      clientId\n      type\n      ndaSigned\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.DirectorClientsDocument,
    "\n  mutation DirectorCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      orgId\n      id\n      name\n    }\n  }\n": typeof types.DirectorCreateClientDocument,
    "\n  mutation DirectorCreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      orgId\n      id\n      clientId\n    }\n  }\n": typeof types.DirectorCreateContractDocument,
    "\n  query DirectorInvoices($fiscalYear: Int!) {\n    invoices(fiscalYear: $fiscalYear) {\n      orgId\n      id\n      clientId\n      kind\n      number\n      issuedOn\n      subtotalYen\n      taxYen\n      totalYen\n      lines {\n        id\n        description\n        amountYen\n        taxRatePercent\n      }\n    }\n    clients {\n      orgId\n      id\n      name\n    }\n    orders(first: 100, status: ACCEPTED) {\n      nodes {\n        orgId\n        id\n        title\n        valueYen\n        client {\n          orgId\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DirectorInvoicesDocument,
    "\n  mutation DirectorIssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      orgId\n      id\n      number\n      totalYen\n    }\n  }\n": typeof types.DirectorIssueInvoiceDocument,
    "\n  query DirectorInvoicePdf($id: ID!) {\n    invoicePdf(id: $id) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.DirectorInvoicePdfDocument,
    "\n  query DirectorOrder($id: ID!) {\n    order(id: $id) {\n      orgId\n      id\n      title\n      category\n      status\n      valueYen\n      estimatedHours\n      deadline\n      requiredStage\n      requiredTrainings\n      confidentiality\n      taskHoursTotal\n      taskValueTotal\n      progress\n      client {\n        orgId\n        id\n        name\n        sector\n      }\n      contract {\n        orgId\n        id\n        type\n        ndaSigned\n        startsOn\n        endsOn\n      }\n      feasibility {\n        orgId\n        id\n        verdict\n        periodFrom\n        periodTo\n        requiredMinutes\n        shortMinutes\n        checkedAt\n        stages {\n          stage\n          requiredMinutes\n          freeMinutes\n          shortMinutes\n        }\n      }\n      tasks {\n        orgId\n        id\n        title\n        payBasis\n        hours\n        quantity\n        payRateYen\n        valueYen\n        status\n        reviewComment\n      }\n      delivery {\n        orgId\n        id\n        status\n        amountYen\n        note\n        deliveredAt\n        acceptedAt\n        acceptanceNote\n      }\n    }\n  }\n": typeof types.DirectorOrderDocument,
    "\n  query DirectorNewOrderOptions {\n    clients {\n      orgId\n      id\n      name\n      sector\n    }\n    contracts {\n      orgId\n      id\n      clientId\n      type\n      ndaSigned\n      startsOn\n      endsOn\n    }\n    businessCategories {\n      code\n      sector\n      nameJa\n      nameEn\n    }\n  }\n": typeof types.DirectorNewOrderOptionsDocument,
    "\n  mutation DirectorCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      orgId\n      id\n    }\n  }\n": typeof types.DirectorCreateOrderDocument,
    "\n  mutation DirectorTransitionOrder($id: ID!, $to: OrderStatus!) {\n    transitionOrder(id: $id, to: $to) {\n      orgId\n      id\n      status\n    }\n  }\n": typeof types.DirectorTransitionOrderDocument,
    "\n  mutation DirectorCheckFeasibility($orderId: ID!) {\n    checkFeasibility(orderId: $orderId) {\n      orgId\n      id\n      verdict\n    }\n  }\n": typeof types.DirectorCheckFeasibilityDocument,
    "\n  mutation DirectorCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      orgId\n      id\n    }\n  }\n": typeof types.DirectorCreateTaskDocument,
    "\n  mutation DirectorPassTask($id: ID!) {\n    passTask(id: $id) {\n      orgId\n      id\n      status\n    }\n  }\n": typeof types.DirectorPassTaskDocument,
    "\n  mutation DirectorReturnTask($id: ID!, $comment: String!) {\n    returnTask(id: $id, comment: $comment) {\n      orgId\n      id\n      status\n      reviewComment\n    }\n  }\n": typeof types.DirectorReturnTaskDocument,
    "\n  mutation DirectorDeliverOrder($input: DeliverOrderInput!) {\n    deliverOrder(input: $input) {\n      orgId\n      id\n      status\n    }\n  }\n": typeof types.DirectorDeliverOrderDocument,
    "\n  mutation DirectorAcceptDelivery($id: ID!, $note: String) {\n    acceptDelivery(id: $id, note: $note) {\n      orgId\n      id\n      status\n    }\n  }\n": typeof types.DirectorAcceptDeliveryDocument,
    "\n  query DirectorPayMonth($month: String!) {\n    payMonth(month: $month) {\n      orgId\n      month\n      closedAt\n      statementCount\n      grossYen\n      withholdingYen\n      netYen\n    }\n    payStatements(month: $month) {\n      orgId\n      id\n      month\n      workerId\n      minutes\n      grossYen\n      withholdingBaseYen\n      withholdingYen\n      netYen\n    }\n    workers(first: 100) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n        familyNameKana\n        givenNameKana\n      }\n    }\n  }\n": typeof types.DirectorPayMonthDocument,
    "\n  mutation DirectorClosePayMonth($month: String!) {\n    closePayMonth(month: $month) {\n      orgId\n      month\n      statementCount\n      grossYen\n      withholdingYen\n      netYen\n    }\n  }\n": typeof types.DirectorClosePayMonthDocument,
    "\n  query DirectorStaffing($orderId: ID!) {\n    order(id: $orderId) {\n      orgId\n      id\n      title\n      status\n      deadline\n      requiredStage\n      requiredTrainings\n      confidentiality\n      contract {\n        orgId\n        id\n        startsOn\n        endsOn\n      }\n      tasks {\n        orgId\n        id\n        title\n        payBasis\n        hours\n        quantity\n        payRateYen\n      }\n    }\n    workers(first: 100, status: ACTIVE) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n        familyNameKana\n        givenNameKana\n        itStage\n        businessStage\n        ndaSignedOn\n        monthlyHourCap\n      }\n    }\n  }\n": typeof types.DirectorStaffingDocument,
    "\n  mutation DirectorCreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      orgId\n      id\n      workerId\n    }\n  }\n": typeof types.DirectorCreateAssignmentDocument,
    "\n  query PartnerConsortiumMembers {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n    }\n  }\n": typeof types.PartnerConsortiumMembersDocument,
    "\n  query PartnerConsortiumCapacity($from: String!, $to: String!) {\n    consortiumCapacity(from: $from, to: $to) {\n      orgId\n      totalFreeMinutes\n      byStage {\n        stage\n        workerCount\n        availableMinutes\n        bookedMinutes\n        freeMinutes\n      }\n    }\n  }\n": typeof types.PartnerConsortiumCapacityDocument,
    "\n  query PartnerOwnCapacity($from: String!, $to: String!) {\n    capacity(from: $from, to: $to) {\n      orgId\n      byStage {\n        stage\n        freeMinutes\n      }\n    }\n  }\n": typeof types.PartnerOwnCapacityDocument,
    "\n  query PartnerConsortiumPool($free: [StageFreeMinutesInput!]) {\n    consortiumPool(first: 100, freeCapacity: $free) {\n      nodes {\n        id\n        orgId\n        taskId\n        title\n        hours\n        approvedHours\n        requiredStage\n        skillTags\n        requiredTrainings\n        deadline\n        rateYen\n        clientLabel\n      }\n    }\n  }\n": typeof types.PartnerConsortiumPoolDocument,
    "\n  mutation PartnerClaimPoolOffer($ownerOrgId: String!, $offerId: ID!, $hours: Int!) {\n    claimPoolOffer(orgId: $ownerOrgId, offerId: $offerId, hours: $hours) {\n      id\n      orgId\n      status\n      hours\n    }\n  }\n": typeof types.PartnerClaimPoolOfferDocument,
    "\n  query PartnerOwnerClaims($ownerOrgId: String!) {\n    poolClaims(orgId: $ownerOrgId) {\n      id\n      orgId\n      offerId\n      claimantOrgId\n      hours\n      status\n      decidedAt\n      createdAt\n      approvedMinutes\n      offer {\n        id\n        orgId\n        taskId\n        title\n        requiredStage\n        deadline\n        rateYen\n      }\n    }\n  }\n": typeof types.PartnerOwnerClaimsDocument,
    "\n  query PartnerClaimProgress($claimIds: [ID!]!) {\n    claimProgress(claimIds: $claimIds) {\n      claimId\n      ownerOrgId\n      approvedShareMinutes\n      bookedMinutes\n      approvedMinutes\n      workers {\n        pseudonym\n        stage\n        plannedMinutes\n        approvedMinutes\n      }\n    }\n  }\n": typeof types.PartnerClaimProgressDocument,
    "\n  query PartnerOwnWorkers {\n    workers(first: 100, status: ACTIVE) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n        itStage\n        businessStage\n      }\n    }\n  }\n": typeof types.PartnerOwnWorkersDocument,
    "\n  mutation PartnerStaffClaim($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      workerId\n    }\n  }\n": typeof types.PartnerStaffClaimDocument,
    "\n  query PartnerOwnerSettlements($ownerOrgId: String!, $month: String) {\n    settlementStatements(orgId: $ownerOrgId, month: $month) {\n      id\n      orgId\n      partnerOrgId\n      month\n      approvedMinutes\n      totalYen\n      ownerConfirmedAt\n      partnerConfirmedAt\n      lines {\n        claimId\n        offerId\n        title\n        approvedMinutes\n        rateYen\n        amountYen\n        adjustmentOf\n      }\n    }\n  }\n": typeof types.PartnerOwnerSettlementsDocument,
    "\n  mutation PartnerConfirmSettlement($ownerOrgId: String!, $id: ID!) {\n    confirmSettlement(orgId: $ownerOrgId, id: $id) {\n      id\n      ownerConfirmedAt\n      partnerConfirmedAt\n    }\n  }\n": typeof types.PartnerConfirmSettlementDocument,
    "\n  query WorkerHome {\n    courses {\n      orgId\n      id\n      code\n      title\n      format\n      durationMinutes\n    }\n  }\n": typeof types.WorkerHomeDocument,
};
const documents: Documents = {
    "\n  query SupportMembersOverview {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n      prefecture\n      operatingForm\n      partnerOperatorId\n      createdAt\n    }\n    memberNodes {\n      id\n      orgId\n      subgraph\n      url\n      status\n      schemaHash\n      schemaProblem\n      lastCheckedAt\n      lastHealthyAt\n      lastError\n    }\n  }\n": types.SupportMembersOverviewDocument,
    "\n  mutation SupportSetMemberStatus($id: String!, $status: MemberStatus!) {\n    setMemberStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": types.SupportSetMemberStatusDocument,
    "\n  mutation SupportCheckNode($id: ID!) {\n    checkNode(id: $id) {\n      id\n      status\n      schemaHash\n      schemaProblem\n      lastCheckedAt\n      lastHealthyAt\n      lastError\n    }\n  }\n": types.SupportCheckNodeDocument,
    "\n  query SupportMemberChecklist($orgId: String!) {\n    onboardingChecklist(orgId: $orgId) {\n      orgId\n      code\n      category\n      title\n      done\n      doneAt\n      doneBy\n      tickableBy\n    }\n  }\n": types.SupportMemberChecklistDocument,
    "\n  mutation SupportSetChecklistItem($orgId: String!, $code: ChecklistItemCode!, $done: Boolean!) {\n    setChecklistItem(orgId: $orgId, code: $code, done: $done) {\n      orgId\n      code\n      done\n      doneAt\n      doneBy\n    }\n  }\n": types.SupportSetChecklistItemDocument,
    "\n  mutation SupportOnboardMember($input: OnboardMemberInput!) {\n    onboardMember(input: $input) {\n      orgId\n      status\n      firstAdminUsername\n      temporaryPassword\n      problem\n      nodes {\n        id\n        subgraph\n        url\n        status\n        schemaHash\n        lastError\n      }\n    }\n  }\n": types.SupportOnboardMemberDocument,
    "\n  mutation SupportSeedStarterData($orgId: String!) {\n    seedStarterData(orgId: $orgId) {\n      orgId\n      status\n      problem\n    }\n  }\n": types.SupportSeedStarterDataDocument,
    "\n  query OrdersBoard($first: Int!) {\n    orders(first: $first) {\n      nodes {\n        orgId\n        id\n        title\n        status\n        deadline\n        valueYen\n        estimatedHours\n        progress\n        client {\n          orgId\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrdersBoardDocument,
    "\n  query DirectorApprovalWorkers {\n    workers(first: 100) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n      }\n    }\n  }\n": types.DirectorApprovalWorkersDocument,
    "\n  query DirectorWorkerAssignments($workerId: ID!) {\n    workerAssignments(workerId: $workerId) {\n      orgId\n      id\n      workerId\n      periodFrom\n      periodTo\n      task {\n        orgId\n        id\n        title\n      }\n    }\n  }\n": types.DirectorWorkerAssignmentsDocument,
    "\n  query DirectorAssignmentEntries($assignmentId: ID!) {\n    timeEntries(assignmentId: $assignmentId) {\n      orgId\n      id\n      assignmentId\n      workerId\n      workDate\n      minutes\n      quantity\n      note\n      status\n      reviewComment\n    }\n  }\n": types.DirectorAssignmentEntriesDocument,
    "\n  mutation DirectorApproveTimeEntry($id: ID!) {\n    approveTimeEntry(id: $id) {\n      orgId\n      id\n      status\n    }\n  }\n": types.DirectorApproveTimeEntryDocument,
    "\n  mutation DirectorReturnTimeEntry($id: ID!, $comment: String!) {\n    returnTimeEntry(id: $id, comment: $comment) {\n      orgId\n      id\n      status\n      reviewComment\n    }\n  }\n": types.DirectorReturnTimeEntryDocument,
    "\n  query DirectorClients {\n    clients {\n      orgId\n      id\n      name\n      sector\n      contactName\n      contactEmail\n    }\n    contracts {\n      orgId\n      id\n      clientId\n      type\n      ndaSigned\n      startsOn\n      endsOn\n    }\n  }\n": types.DirectorClientsDocument,
    "\n  mutation DirectorCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      orgId\n      id\n      name\n    }\n  }\n": types.DirectorCreateClientDocument,
    "\n  mutation DirectorCreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      orgId\n      id\n      clientId\n    }\n  }\n": types.DirectorCreateContractDocument,
    "\n  query DirectorInvoices($fiscalYear: Int!) {\n    invoices(fiscalYear: $fiscalYear) {\n      orgId\n      id\n      clientId\n      kind\n      number\n      issuedOn\n      subtotalYen\n      taxYen\n      totalYen\n      lines {\n        id\n        description\n        amountYen\n        taxRatePercent\n      }\n    }\n    clients {\n      orgId\n      id\n      name\n    }\n    orders(first: 100, status: ACCEPTED) {\n      nodes {\n        orgId\n        id\n        title\n        valueYen\n        client {\n          orgId\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DirectorInvoicesDocument,
    "\n  mutation DirectorIssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      orgId\n      id\n      number\n      totalYen\n    }\n  }\n": types.DirectorIssueInvoiceDocument,
    "\n  query DirectorInvoicePdf($id: ID!) {\n    invoicePdf(id: $id) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.DirectorInvoicePdfDocument,
    "\n  query DirectorOrder($id: ID!) {\n    order(id: $id) {\n      orgId\n      id\n      title\n      category\n      status\n      valueYen\n      estimatedHours\n      deadline\n      requiredStage\n      requiredTrainings\n      confidentiality\n      taskHoursTotal\n      taskValueTotal\n      progress\n      client {\n        orgId\n        id\n        name\n        sector\n      }\n      contract {\n        orgId\n        id\n        type\n        ndaSigned\n        startsOn\n        endsOn\n      }\n      feasibility {\n        orgId\n        id\n        verdict\n        periodFrom\n        periodTo\n        requiredMinutes\n        shortMinutes\n        checkedAt\n        stages {\n          stage\n          requiredMinutes\n          freeMinutes\n          shortMinutes\n        }\n      }\n      tasks {\n        orgId\n        id\n        title\n        payBasis\n        hours\n        quantity\n        payRateYen\n        valueYen\n        status\n        reviewComment\n      }\n      delivery {\n        orgId\n        id\n        status\n        amountYen\n        note\n        deliveredAt\n        acceptedAt\n        acceptanceNote\n      }\n    }\n  }\n": types.DirectorOrderDocument,
    "\n  query DirectorNewOrderOptions {\n    clients {\n      orgId\n      id\n      name\n      sector\n    }\n    contracts {\n      orgId\n      id\n      clientId\n      type\n      ndaSigned\n      startsOn\n      endsOn\n    }\n    businessCategories {\n      code\n      sector\n      nameJa\n      nameEn\n    }\n  }\n": types.DirectorNewOrderOptionsDocument,
    "\n  mutation DirectorCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      orgId\n      id\n    }\n  }\n": types.DirectorCreateOrderDocument,
    "\n  mutation DirectorTransitionOrder($id: ID!, $to: OrderStatus!) {\n    transitionOrder(id: $id, to: $to) {\n      orgId\n      id\n      status\n    }\n  }\n": types.DirectorTransitionOrderDocument,
    "\n  mutation DirectorCheckFeasibility($orderId: ID!) {\n    checkFeasibility(orderId: $orderId) {\n      orgId\n      id\n      verdict\n    }\n  }\n": types.DirectorCheckFeasibilityDocument,
    "\n  mutation DirectorCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      orgId\n      id\n    }\n  }\n": types.DirectorCreateTaskDocument,
    "\n  mutation DirectorPassTask($id: ID!) {\n    passTask(id: $id) {\n      orgId\n      id\n      status\n    }\n  }\n": types.DirectorPassTaskDocument,
    "\n  mutation DirectorReturnTask($id: ID!, $comment: String!) {\n    returnTask(id: $id, comment: $comment) {\n      orgId\n      id\n      status\n      reviewComment\n    }\n  }\n": types.DirectorReturnTaskDocument,
    "\n  mutation DirectorDeliverOrder($input: DeliverOrderInput!) {\n    deliverOrder(input: $input) {\n      orgId\n      id\n      status\n    }\n  }\n": types.DirectorDeliverOrderDocument,
    "\n  mutation DirectorAcceptDelivery($id: ID!, $note: String) {\n    acceptDelivery(id: $id, note: $note) {\n      orgId\n      id\n      status\n    }\n  }\n": types.DirectorAcceptDeliveryDocument,
    "\n  query DirectorPayMonth($month: String!) {\n    payMonth(month: $month) {\n      orgId\n      month\n      closedAt\n      statementCount\n      grossYen\n      withholdingYen\n      netYen\n    }\n    payStatements(month: $month) {\n      orgId\n      id\n      month\n      workerId\n      minutes\n      grossYen\n      withholdingBaseYen\n      withholdingYen\n      netYen\n    }\n    workers(first: 100) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n        familyNameKana\n        givenNameKana\n      }\n    }\n  }\n": types.DirectorPayMonthDocument,
    "\n  mutation DirectorClosePayMonth($month: String!) {\n    closePayMonth(month: $month) {\n      orgId\n      month\n      statementCount\n      grossYen\n      withholdingYen\n      netYen\n    }\n  }\n": types.DirectorClosePayMonthDocument,
    "\n  query DirectorStaffing($orderId: ID!) {\n    order(id: $orderId) {\n      orgId\n      id\n      title\n      status\n      deadline\n      requiredStage\n      requiredTrainings\n      confidentiality\n      contract {\n        orgId\n        id\n        startsOn\n        endsOn\n      }\n      tasks {\n        orgId\n        id\n        title\n        payBasis\n        hours\n        quantity\n        payRateYen\n      }\n    }\n    workers(first: 100, status: ACTIVE) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n        familyNameKana\n        givenNameKana\n        itStage\n        businessStage\n        ndaSignedOn\n        monthlyHourCap\n      }\n    }\n  }\n": types.DirectorStaffingDocument,
    "\n  mutation DirectorCreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      orgId\n      id\n      workerId\n    }\n  }\n": types.DirectorCreateAssignmentDocument,
    "\n  query PartnerConsortiumMembers {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n    }\n  }\n": types.PartnerConsortiumMembersDocument,
    "\n  query PartnerConsortiumCapacity($from: String!, $to: String!) {\n    consortiumCapacity(from: $from, to: $to) {\n      orgId\n      totalFreeMinutes\n      byStage {\n        stage\n        workerCount\n        availableMinutes\n        bookedMinutes\n        freeMinutes\n      }\n    }\n  }\n": types.PartnerConsortiumCapacityDocument,
    "\n  query PartnerOwnCapacity($from: String!, $to: String!) {\n    capacity(from: $from, to: $to) {\n      orgId\n      byStage {\n        stage\n        freeMinutes\n      }\n    }\n  }\n": types.PartnerOwnCapacityDocument,
    "\n  query PartnerConsortiumPool($free: [StageFreeMinutesInput!]) {\n    consortiumPool(first: 100, freeCapacity: $free) {\n      nodes {\n        id\n        orgId\n        taskId\n        title\n        hours\n        approvedHours\n        requiredStage\n        skillTags\n        requiredTrainings\n        deadline\n        rateYen\n        clientLabel\n      }\n    }\n  }\n": types.PartnerConsortiumPoolDocument,
    "\n  mutation PartnerClaimPoolOffer($ownerOrgId: String!, $offerId: ID!, $hours: Int!) {\n    claimPoolOffer(orgId: $ownerOrgId, offerId: $offerId, hours: $hours) {\n      id\n      orgId\n      status\n      hours\n    }\n  }\n": types.PartnerClaimPoolOfferDocument,
    "\n  query PartnerOwnerClaims($ownerOrgId: String!) {\n    poolClaims(orgId: $ownerOrgId) {\n      id\n      orgId\n      offerId\n      claimantOrgId\n      hours\n      status\n      decidedAt\n      createdAt\n      approvedMinutes\n      offer {\n        id\n        orgId\n        taskId\n        title\n        requiredStage\n        deadline\n        rateYen\n      }\n    }\n  }\n": types.PartnerOwnerClaimsDocument,
    "\n  query PartnerClaimProgress($claimIds: [ID!]!) {\n    claimProgress(claimIds: $claimIds) {\n      claimId\n      ownerOrgId\n      approvedShareMinutes\n      bookedMinutes\n      approvedMinutes\n      workers {\n        pseudonym\n        stage\n        plannedMinutes\n        approvedMinutes\n      }\n    }\n  }\n": types.PartnerClaimProgressDocument,
    "\n  query PartnerOwnWorkers {\n    workers(first: 100, status: ACTIVE) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n        itStage\n        businessStage\n      }\n    }\n  }\n": types.PartnerOwnWorkersDocument,
    "\n  mutation PartnerStaffClaim($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      workerId\n    }\n  }\n": types.PartnerStaffClaimDocument,
    "\n  query PartnerOwnerSettlements($ownerOrgId: String!, $month: String) {\n    settlementStatements(orgId: $ownerOrgId, month: $month) {\n      id\n      orgId\n      partnerOrgId\n      month\n      approvedMinutes\n      totalYen\n      ownerConfirmedAt\n      partnerConfirmedAt\n      lines {\n        claimId\n        offerId\n        title\n        approvedMinutes\n        rateYen\n        amountYen\n        adjustmentOf\n      }\n    }\n  }\n": types.PartnerOwnerSettlementsDocument,
    "\n  mutation PartnerConfirmSettlement($ownerOrgId: String!, $id: ID!) {\n    confirmSettlement(orgId: $ownerOrgId, id: $id) {\n      id\n      ownerConfirmedAt\n      partnerConfirmedAt\n    }\n  }\n": types.PartnerConfirmSettlementDocument,
    "\n  query WorkerHome {\n    courses {\n      orgId\n      id\n      code\n      title\n      format\n      durationMinutes\n    }\n  }\n": types.WorkerHomeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportMembersOverview {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n      prefecture\n      operatingForm\n      partnerOperatorId\n      createdAt\n    }\n    memberNodes {\n      id\n      orgId\n      subgraph\n      url\n      status\n      schemaHash\n      schemaProblem\n      lastCheckedAt\n      lastHealthyAt\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query SupportMembersOverview {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n      prefecture\n      operatingForm\n      partnerOperatorId\n      createdAt\n    }\n    memberNodes {\n      id\n      orgId\n      subgraph\n      url\n      status\n      schemaHash\n      schemaProblem\n      lastCheckedAt\n      lastHealthyAt\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportSetMemberStatus($id: String!, $status: MemberStatus!) {\n    setMemberStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SupportSetMemberStatus($id: String!, $status: MemberStatus!) {\n    setMemberStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportCheckNode($id: ID!) {\n    checkNode(id: $id) {\n      id\n      status\n      schemaHash\n      schemaProblem\n      lastCheckedAt\n      lastHealthyAt\n      lastError\n    }\n  }\n"): (typeof documents)["\n  mutation SupportCheckNode($id: ID!) {\n    checkNode(id: $id) {\n      id\n      status\n      schemaHash\n      schemaProblem\n      lastCheckedAt\n      lastHealthyAt\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportMemberChecklist($orgId: String!) {\n    onboardingChecklist(orgId: $orgId) {\n      orgId\n      code\n      category\n      title\n      done\n      doneAt\n      doneBy\n      tickableBy\n    }\n  }\n"): (typeof documents)["\n  query SupportMemberChecklist($orgId: String!) {\n    onboardingChecklist(orgId: $orgId) {\n      orgId\n      code\n      category\n      title\n      done\n      doneAt\n      doneBy\n      tickableBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportSetChecklistItem($orgId: String!, $code: ChecklistItemCode!, $done: Boolean!) {\n    setChecklistItem(orgId: $orgId, code: $code, done: $done) {\n      orgId\n      code\n      done\n      doneAt\n      doneBy\n    }\n  }\n"): (typeof documents)["\n  mutation SupportSetChecklistItem($orgId: String!, $code: ChecklistItemCode!, $done: Boolean!) {\n    setChecklistItem(orgId: $orgId, code: $code, done: $done) {\n      orgId\n      code\n      done\n      doneAt\n      doneBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportOnboardMember($input: OnboardMemberInput!) {\n    onboardMember(input: $input) {\n      orgId\n      status\n      firstAdminUsername\n      temporaryPassword\n      problem\n      nodes {\n        id\n        subgraph\n        url\n        status\n        schemaHash\n        lastError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SupportOnboardMember($input: OnboardMemberInput!) {\n    onboardMember(input: $input) {\n      orgId\n      status\n      firstAdminUsername\n      temporaryPassword\n      problem\n      nodes {\n        id\n        subgraph\n        url\n        status\n        schemaHash\n        lastError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportSeedStarterData($orgId: String!) {\n    seedStarterData(orgId: $orgId) {\n      orgId\n      status\n      problem\n    }\n  }\n"): (typeof documents)["\n  mutation SupportSeedStarterData($orgId: String!) {\n    seedStarterData(orgId: $orgId) {\n      orgId\n      status\n      problem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersBoard($first: Int!) {\n    orders(first: $first) {\n      nodes {\n        orgId\n        id\n        title\n        status\n        deadline\n        valueYen\n        estimatedHours\n        progress\n        client {\n          orgId\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrdersBoard($first: Int!) {\n    orders(first: $first) {\n      nodes {\n        orgId\n        id\n        title\n        status\n        deadline\n        valueYen\n        estimatedHours\n        progress\n        client {\n          orgId\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorApprovalWorkers {\n    workers(first: 100) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorApprovalWorkers {\n    workers(first: 100) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorWorkerAssignments($workerId: ID!) {\n    workerAssignments(workerId: $workerId) {\n      orgId\n      id\n      workerId\n      periodFrom\n      periodTo\n      task {\n        orgId\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorWorkerAssignments($workerId: ID!) {\n    workerAssignments(workerId: $workerId) {\n      orgId\n      id\n      workerId\n      periodFrom\n      periodTo\n      task {\n        orgId\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorAssignmentEntries($assignmentId: ID!) {\n    timeEntries(assignmentId: $assignmentId) {\n      orgId\n      id\n      assignmentId\n      workerId\n      workDate\n      minutes\n      quantity\n      note\n      status\n      reviewComment\n    }\n  }\n"): (typeof documents)["\n  query DirectorAssignmentEntries($assignmentId: ID!) {\n    timeEntries(assignmentId: $assignmentId) {\n      orgId\n      id\n      assignmentId\n      workerId\n      workDate\n      minutes\n      quantity\n      note\n      status\n      reviewComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorApproveTimeEntry($id: ID!) {\n    approveTimeEntry(id: $id) {\n      orgId\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorApproveTimeEntry($id: ID!) {\n    approveTimeEntry(id: $id) {\n      orgId\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorReturnTimeEntry($id: ID!, $comment: String!) {\n    returnTimeEntry(id: $id, comment: $comment) {\n      orgId\n      id\n      status\n      reviewComment\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorReturnTimeEntry($id: ID!, $comment: String!) {\n    returnTimeEntry(id: $id, comment: $comment) {\n      orgId\n      id\n      status\n      reviewComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorClients {\n    clients {\n      orgId\n      id\n      name\n      sector\n      contactName\n      contactEmail\n    }\n    contracts {\n      orgId\n      id\n      clientId\n      type\n      ndaSigned\n      startsOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  query DirectorClients {\n    clients {\n      orgId\n      id\n      name\n      sector\n      contactName\n      contactEmail\n    }\n    contracts {\n      orgId\n      id\n      clientId\n      type\n      ndaSigned\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      orgId\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      orgId\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorCreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      orgId\n      id\n      clientId\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorCreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      orgId\n      id\n      clientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorInvoices($fiscalYear: Int!) {\n    invoices(fiscalYear: $fiscalYear) {\n      orgId\n      id\n      clientId\n      kind\n      number\n      issuedOn\n      subtotalYen\n      taxYen\n      totalYen\n      lines {\n        id\n        description\n        amountYen\n        taxRatePercent\n      }\n    }\n    clients {\n      orgId\n      id\n      name\n    }\n    orders(first: 100, status: ACCEPTED) {\n      nodes {\n        orgId\n        id\n        title\n        valueYen\n        client {\n          orgId\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorInvoices($fiscalYear: Int!) {\n    invoices(fiscalYear: $fiscalYear) {\n      orgId\n      id\n      clientId\n      kind\n      number\n      issuedOn\n      subtotalYen\n      taxYen\n      totalYen\n      lines {\n        id\n        description\n        amountYen\n        taxRatePercent\n      }\n    }\n    clients {\n      orgId\n      id\n      name\n    }\n    orders(first: 100, status: ACCEPTED) {\n      nodes {\n        orgId\n        id\n        title\n        valueYen\n        client {\n          orgId\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorIssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      orgId\n      id\n      number\n      totalYen\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorIssueInvoice($input: IssueInvoiceInput!) {\n    issueInvoice(input: $input) {\n      orgId\n      id\n      number\n      totalYen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorInvoicePdf($id: ID!) {\n    invoicePdf(id: $id) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query DirectorInvoicePdf($id: ID!) {\n    invoicePdf(id: $id) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorOrder($id: ID!) {\n    order(id: $id) {\n      orgId\n      id\n      title\n      category\n      status\n      valueYen\n      estimatedHours\n      deadline\n      requiredStage\n      requiredTrainings\n      confidentiality\n      taskHoursTotal\n      taskValueTotal\n      progress\n      client {\n        orgId\n        id\n        name\n        sector\n      }\n      contract {\n        orgId\n        id\n        type\n        ndaSigned\n        startsOn\n        endsOn\n      }\n      feasibility {\n        orgId\n        id\n        verdict\n        periodFrom\n        periodTo\n        requiredMinutes\n        shortMinutes\n        checkedAt\n        stages {\n          stage\n          requiredMinutes\n          freeMinutes\n          shortMinutes\n        }\n      }\n      tasks {\n        orgId\n        id\n        title\n        payBasis\n        hours\n        quantity\n        payRateYen\n        valueYen\n        status\n        reviewComment\n      }\n      delivery {\n        orgId\n        id\n        status\n        amountYen\n        note\n        deliveredAt\n        acceptedAt\n        acceptanceNote\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorOrder($id: ID!) {\n    order(id: $id) {\n      orgId\n      id\n      title\n      category\n      status\n      valueYen\n      estimatedHours\n      deadline\n      requiredStage\n      requiredTrainings\n      confidentiality\n      taskHoursTotal\n      taskValueTotal\n      progress\n      client {\n        orgId\n        id\n        name\n        sector\n      }\n      contract {\n        orgId\n        id\n        type\n        ndaSigned\n        startsOn\n        endsOn\n      }\n      feasibility {\n        orgId\n        id\n        verdict\n        periodFrom\n        periodTo\n        requiredMinutes\n        shortMinutes\n        checkedAt\n        stages {\n          stage\n          requiredMinutes\n          freeMinutes\n          shortMinutes\n        }\n      }\n      tasks {\n        orgId\n        id\n        title\n        payBasis\n        hours\n        quantity\n        payRateYen\n        valueYen\n        status\n        reviewComment\n      }\n      delivery {\n        orgId\n        id\n        status\n        amountYen\n        note\n        deliveredAt\n        acceptedAt\n        acceptanceNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorNewOrderOptions {\n    clients {\n      orgId\n      id\n      name\n      sector\n    }\n    contracts {\n      orgId\n      id\n      clientId\n      type\n      ndaSigned\n      startsOn\n      endsOn\n    }\n    businessCategories {\n      code\n      sector\n      nameJa\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query DirectorNewOrderOptions {\n    clients {\n      orgId\n      id\n      name\n      sector\n    }\n    contracts {\n      orgId\n      id\n      clientId\n      type\n      ndaSigned\n      startsOn\n      endsOn\n    }\n    businessCategories {\n      code\n      sector\n      nameJa\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      orgId\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      orgId\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorTransitionOrder($id: ID!, $to: OrderStatus!) {\n    transitionOrder(id: $id, to: $to) {\n      orgId\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorTransitionOrder($id: ID!, $to: OrderStatus!) {\n    transitionOrder(id: $id, to: $to) {\n      orgId\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorCheckFeasibility($orderId: ID!) {\n    checkFeasibility(orderId: $orderId) {\n      orgId\n      id\n      verdict\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorCheckFeasibility($orderId: ID!) {\n    checkFeasibility(orderId: $orderId) {\n      orgId\n      id\n      verdict\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      orgId\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      orgId\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorPassTask($id: ID!) {\n    passTask(id: $id) {\n      orgId\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorPassTask($id: ID!) {\n    passTask(id: $id) {\n      orgId\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorReturnTask($id: ID!, $comment: String!) {\n    returnTask(id: $id, comment: $comment) {\n      orgId\n      id\n      status\n      reviewComment\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorReturnTask($id: ID!, $comment: String!) {\n    returnTask(id: $id, comment: $comment) {\n      orgId\n      id\n      status\n      reviewComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorDeliverOrder($input: DeliverOrderInput!) {\n    deliverOrder(input: $input) {\n      orgId\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorDeliverOrder($input: DeliverOrderInput!) {\n    deliverOrder(input: $input) {\n      orgId\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorAcceptDelivery($id: ID!, $note: String) {\n    acceptDelivery(id: $id, note: $note) {\n      orgId\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorAcceptDelivery($id: ID!, $note: String) {\n    acceptDelivery(id: $id, note: $note) {\n      orgId\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorPayMonth($month: String!) {\n    payMonth(month: $month) {\n      orgId\n      month\n      closedAt\n      statementCount\n      grossYen\n      withholdingYen\n      netYen\n    }\n    payStatements(month: $month) {\n      orgId\n      id\n      month\n      workerId\n      minutes\n      grossYen\n      withholdingBaseYen\n      withholdingYen\n      netYen\n    }\n    workers(first: 100) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n        familyNameKana\n        givenNameKana\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorPayMonth($month: String!) {\n    payMonth(month: $month) {\n      orgId\n      month\n      closedAt\n      statementCount\n      grossYen\n      withholdingYen\n      netYen\n    }\n    payStatements(month: $month) {\n      orgId\n      id\n      month\n      workerId\n      minutes\n      grossYen\n      withholdingBaseYen\n      withholdingYen\n      netYen\n    }\n    workers(first: 100) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n        familyNameKana\n        givenNameKana\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorClosePayMonth($month: String!) {\n    closePayMonth(month: $month) {\n      orgId\n      month\n      statementCount\n      grossYen\n      withholdingYen\n      netYen\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorClosePayMonth($month: String!) {\n    closePayMonth(month: $month) {\n      orgId\n      month\n      statementCount\n      grossYen\n      withholdingYen\n      netYen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorStaffing($orderId: ID!) {\n    order(id: $orderId) {\n      orgId\n      id\n      title\n      status\n      deadline\n      requiredStage\n      requiredTrainings\n      confidentiality\n      contract {\n        orgId\n        id\n        startsOn\n        endsOn\n      }\n      tasks {\n        orgId\n        id\n        title\n        payBasis\n        hours\n        quantity\n        payRateYen\n      }\n    }\n    workers(first: 100, status: ACTIVE) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n        familyNameKana\n        givenNameKana\n        itStage\n        businessStage\n        ndaSignedOn\n        monthlyHourCap\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorStaffing($orderId: ID!) {\n    order(id: $orderId) {\n      orgId\n      id\n      title\n      status\n      deadline\n      requiredStage\n      requiredTrainings\n      confidentiality\n      contract {\n        orgId\n        id\n        startsOn\n        endsOn\n      }\n      tasks {\n        orgId\n        id\n        title\n        payBasis\n        hours\n        quantity\n        payRateYen\n      }\n    }\n    workers(first: 100, status: ACTIVE) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n        familyNameKana\n        givenNameKana\n        itStage\n        businessStage\n        ndaSignedOn\n        monthlyHourCap\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorCreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      orgId\n      id\n      workerId\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorCreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      orgId\n      id\n      workerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerConsortiumMembers {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  query PartnerConsortiumMembers {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerConsortiumCapacity($from: String!, $to: String!) {\n    consortiumCapacity(from: $from, to: $to) {\n      orgId\n      totalFreeMinutes\n      byStage {\n        stage\n        workerCount\n        availableMinutes\n        bookedMinutes\n        freeMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerConsortiumCapacity($from: String!, $to: String!) {\n    consortiumCapacity(from: $from, to: $to) {\n      orgId\n      totalFreeMinutes\n      byStage {\n        stage\n        workerCount\n        availableMinutes\n        bookedMinutes\n        freeMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOwnCapacity($from: String!, $to: String!) {\n    capacity(from: $from, to: $to) {\n      orgId\n      byStage {\n        stage\n        freeMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOwnCapacity($from: String!, $to: String!) {\n    capacity(from: $from, to: $to) {\n      orgId\n      byStage {\n        stage\n        freeMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerConsortiumPool($free: [StageFreeMinutesInput!]) {\n    consortiumPool(first: 100, freeCapacity: $free) {\n      nodes {\n        id\n        orgId\n        taskId\n        title\n        hours\n        approvedHours\n        requiredStage\n        skillTags\n        requiredTrainings\n        deadline\n        rateYen\n        clientLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerConsortiumPool($free: [StageFreeMinutesInput!]) {\n    consortiumPool(first: 100, freeCapacity: $free) {\n      nodes {\n        id\n        orgId\n        taskId\n        title\n        hours\n        approvedHours\n        requiredStage\n        skillTags\n        requiredTrainings\n        deadline\n        rateYen\n        clientLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerClaimPoolOffer($ownerOrgId: String!, $offerId: ID!, $hours: Int!) {\n    claimPoolOffer(orgId: $ownerOrgId, offerId: $offerId, hours: $hours) {\n      id\n      orgId\n      status\n      hours\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerClaimPoolOffer($ownerOrgId: String!, $offerId: ID!, $hours: Int!) {\n    claimPoolOffer(orgId: $ownerOrgId, offerId: $offerId, hours: $hours) {\n      id\n      orgId\n      status\n      hours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOwnerClaims($ownerOrgId: String!) {\n    poolClaims(orgId: $ownerOrgId) {\n      id\n      orgId\n      offerId\n      claimantOrgId\n      hours\n      status\n      decidedAt\n      createdAt\n      approvedMinutes\n      offer {\n        id\n        orgId\n        taskId\n        title\n        requiredStage\n        deadline\n        rateYen\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOwnerClaims($ownerOrgId: String!) {\n    poolClaims(orgId: $ownerOrgId) {\n      id\n      orgId\n      offerId\n      claimantOrgId\n      hours\n      status\n      decidedAt\n      createdAt\n      approvedMinutes\n      offer {\n        id\n        orgId\n        taskId\n        title\n        requiredStage\n        deadline\n        rateYen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerClaimProgress($claimIds: [ID!]!) {\n    claimProgress(claimIds: $claimIds) {\n      claimId\n      ownerOrgId\n      approvedShareMinutes\n      bookedMinutes\n      approvedMinutes\n      workers {\n        pseudonym\n        stage\n        plannedMinutes\n        approvedMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerClaimProgress($claimIds: [ID!]!) {\n    claimProgress(claimIds: $claimIds) {\n      claimId\n      ownerOrgId\n      approvedShareMinutes\n      bookedMinutes\n      approvedMinutes\n      workers {\n        pseudonym\n        stage\n        plannedMinutes\n        approvedMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOwnWorkers {\n    workers(first: 100, status: ACTIVE) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n        itStage\n        businessStage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOwnWorkers {\n    workers(first: 100, status: ACTIVE) {\n      nodes {\n        orgId\n        id\n        familyName\n        givenName\n        itStage\n        businessStage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerStaffClaim($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      workerId\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerStaffClaim($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      workerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOwnerSettlements($ownerOrgId: String!, $month: String) {\n    settlementStatements(orgId: $ownerOrgId, month: $month) {\n      id\n      orgId\n      partnerOrgId\n      month\n      approvedMinutes\n      totalYen\n      ownerConfirmedAt\n      partnerConfirmedAt\n      lines {\n        claimId\n        offerId\n        title\n        approvedMinutes\n        rateYen\n        amountYen\n        adjustmentOf\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOwnerSettlements($ownerOrgId: String!, $month: String) {\n    settlementStatements(orgId: $ownerOrgId, month: $month) {\n      id\n      orgId\n      partnerOrgId\n      month\n      approvedMinutes\n      totalYen\n      ownerConfirmedAt\n      partnerConfirmedAt\n      lines {\n        claimId\n        offerId\n        title\n        approvedMinutes\n        rateYen\n        amountYen\n        adjustmentOf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerConfirmSettlement($ownerOrgId: String!, $id: ID!) {\n    confirmSettlement(orgId: $ownerOrgId, id: $id) {\n      id\n      ownerConfirmedAt\n      partnerConfirmedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerConfirmSettlement($ownerOrgId: String!, $id: ID!) {\n    confirmSettlement(orgId: $ownerOrgId, id: $id) {\n      id\n      ownerConfirmedAt\n      partnerConfirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerHome {\n    courses {\n      orgId\n      id\n      code\n      title\n      format\n      durationMinutes\n    }\n  }\n"): (typeof documents)["\n  query WorkerHome {\n    courses {\n      orgId\n      id\n      code\n      title\n      format\n      durationMinutes\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;