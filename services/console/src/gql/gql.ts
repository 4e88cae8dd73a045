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
    "\n  query AdminAuditLog($from: String, $to: String, $actor: String, $action: String, $entityType: String, $after: String) {\n    auditLog(from: $from, to: $to, actor: $actor, action: $action, entityType: $entityType, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        actorName\n        actorKind\n        action\n        entityType\n        entityId\n        detail\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query AdminStaffLogins {\n    staffLogins {\n      username\n      email\n      familyName\n      givenName\n      role\n      enabled\n    }\n  }\n": typeof types.AdminStaffLoginsDocument,
    "\n  mutation AdminInviteStaff($input: InviteStaffLoginInput!) {\n    inviteStaffLogin(input: $input) {\n      mailed\n      temporaryPassword\n      staffLogin {\n        username\n        role\n      }\n    }\n  }\n": typeof types.AdminInviteStaffDocument,
    "\n  mutation AdminSetStaffRole($username: String!, $role: StaffRole!) {\n    setStaffLoginRole(username: $username, role: $role) {\n      username\n      role\n    }\n  }\n": typeof types.AdminSetStaffRoleDocument,
    "\n  mutation AdminSetStaffEnabled($username: String!, $enabled: Boolean!) {\n    setStaffLoginEnabled(username: $username, enabled: $enabled) {\n      username\n      enabled\n    }\n  }\n": typeof types.AdminSetStaffEnabledDocument,
    "\n  query AdminChecklist {\n    onboardingChecklist {\n      orgId\n      code\n      title\n      done\n      doneAt\n    }\n  }\n": typeof types.AdminChecklistDocument,
    "\n  query AdminSalesActivities($fiscalYear: Int!) {\n    salesActivities(fiscalYear: $fiscalYear) {\n      orgId\n      id\n      visitedOn\n      prospect\n      outcome\n      staffName\n      note\n    }\n  }\n": typeof types.AdminSalesActivitiesDocument,
    "\n  mutation AdminRecordSalesActivity($input: RecordSalesActivityInput!) {\n    recordSalesActivity(input: $input) {\n      orgId\n      id\n    }\n  }\n": typeof types.AdminRecordSalesActivityDocument,
    "\n  query AdminKpiSheetFiles($fiscalYear: Int!) {\n    kpiSheetPdf(fiscalYear: $fiscalYear) {\n      filename\n      base64\n    }\n    kpiSheetCsv(fiscalYear: $fiscalYear) {\n      filename\n      content\n    }\n  }\n": typeof types.AdminKpiSheetFilesDocument,
    "\n  query AdminPaySettings {\n    paySettings {\n      orgId\n      closingDay\n      paymentMonthOffset\n      paymentDay\n      consignorCode\n      consignorNameKana\n      bankCode\n      bankNameKana\n      branchCode\n      branchNameKana\n      accountType\n      accountNumber\n      calendarText\n    }\n  }\n": typeof types.AdminPaySettingsDocument,
    "\n  mutation AdminSetPaySettings($input: SetPaySettingsInput!) {\n    setPaySettings(input: $input) {\n      orgId\n      closingDay\n      paymentMonthOffset\n      paymentDay\n      calendarText\n    }\n  }\n": typeof types.AdminSetPaySettingsDocument,
    "\n  query AdminInvoiceSettings {\n    invoiceSettings {\n      orgId\n      issuerName\n      registrationNumber\n      address\n      phone\n      bankName\n      bankBranch\n      bankAccountType\n      bankAccountNumber\n      bankAccountHolder\n      missingForIssue\n    }\n  }\n": typeof types.AdminInvoiceSettingsDocument,
    "\n  mutation AdminSetInvoiceSettings($input: SetInvoiceSettingsInput!) {\n    setInvoiceSettings(input: $input) {\n      orgId\n      issuerName\n      missingForIssue\n    }\n  }\n": typeof types.AdminSetInvoiceSettingsDocument,
    "\n  query AdminWorkers($status: WorkerStatus, $after: String) {\n    workers(status: $status, first: 50, after: $after) {\n      nodes {\n        orgId\n        id\n        status\n        familyName\n        givenName\n        familyNameKana\n        givenNameKana\n        email\n        phone\n        address\n        contractStart\n        contractEnd\n        ndaSignedOn\n        itStage\n        businessStage\n        skillTags\n        monthlyHourCap\n        consortiumConsent\n        hasLogin\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminWorkersDocument,
    "\n  mutation AdminRegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) {\n      orgId\n      id\n      familyName\n      givenName\n    }\n  }\n": typeof types.AdminRegisterWorkerDocument,
    "\n  mutation AdminUpdateWorker($id: ID!, $input: UpdateWorkerInput!) {\n    updateWorker(id: $id, input: $input) {\n      orgId\n      id\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      email\n      phone\n      address\n      contractStart\n      contractEnd\n      ndaSignedOn\n      monthlyHourCap\n      consortiumConsent\n    }\n  }\n": typeof types.AdminUpdateWorkerDocument,
    "\n  mutation AdminSetWorkerStatus($id: ID!, $status: WorkerStatus!) {\n    setWorkerStatus(id: $id, status: $status) {\n      orgId\n      id\n      status\n    }\n  }\n": typeof types.AdminSetWorkerStatusDocument,
    "\n  mutation AdminInviteWorkerLogin($id: ID!) {\n    inviteWorkerLogin(id: $id) {\n      mailed\n      temporaryPassword\n      worker {\n        orgId\n        id\n        hasLogin\n      }\n    }\n  }\n": typeof types.AdminInviteWorkerLoginDocument,
    "\n  mutation AdminOverrideStage($workerId: ID!, $axis: SkillAxis!, $stage: SkillStageV2!, $reason: String!) {\n    overrideSkillStage(workerId: $workerId, axis: $axis, stage: $stage, reason: $reason) {\n      id\n    }\n  }\n": typeof types.AdminOverrideStageDocument,
    "\n  query AdminSensitiveNotes($id: ID!) {\n    workerSensitiveNotes(id: $id)\n  }\n": typeof types.AdminSensitiveNotesDocument,
    "\n  mutation AdminSetSensitiveNotes($id: ID!, $notes: String) {\n    setWorkerSensitiveNotes(id: $id, notes: $notes)\n  }\n": typeof types.AdminSetSensitiveNotesDocument,
    "\n  query AdminCertificates($workerId: ID!, $from: String!, $to: String!) {\n    workCertificate(workerId: $workerId, from: $from, to: $to) {\n      filename\n      base64\n    }\n    paymentCertificate(workerId: $workerId, from: $from, to: $to) {\n      filename\n      base64\n    }\n  }\n": typeof types.AdminCertificatesDocument,
    "\n  query ConsortiumOverview {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n      operatingForm\n    }\n    memberNodes {\n      id\n      orgId\n      subgraph\n      status\n    }\n  }\n": typeof types.ConsortiumOverviewDocument,
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
    "\n  query WorkerHome {\n    courses {\n      orgId\n      id\n      code\n      title\n      format\n      durationMinutes\n    }\n  }\n": typeof types.WorkerHomeDocument,
};
const documents: Documents = {
    "\n  query AdminAuditLog($from: String, $to: String, $actor: String, $action: String, $entityType: String, $after: String) {\n    auditLog(from: $from, to: $to, actor: $actor, action: $action, entityType: $entityType, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        actorName\n        actorKind\n        action\n        entityType\n        entityId\n        detail\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query AdminStaffLogins {\n    staffLogins {\n      username\n      email\n      familyName\n      givenName\n      role\n      enabled\n    }\n  }\n": types.AdminStaffLoginsDocument,
    "\n  mutation AdminInviteStaff($input: InviteStaffLoginInput!) {\n    inviteStaffLogin(input: $input) {\n      mailed\n      temporaryPassword\n      staffLogin {\n        username\n        role\n      }\n    }\n  }\n": types.AdminInviteStaffDocument,
    "\n  mutation AdminSetStaffRole($username: String!, $role: StaffRole!) {\n    setStaffLoginRole(username: $username, role: $role) {\n      username\n      role\n    }\n  }\n": types.AdminSetStaffRoleDocument,
    "\n  mutation AdminSetStaffEnabled($username: String!, $enabled: Boolean!) {\n    setStaffLoginEnabled(username: $username, enabled: $enabled) {\n      username\n      enabled\n    }\n  }\n": types.AdminSetStaffEnabledDocument,
    "\n  query AdminChecklist {\n    onboardingChecklist {\n      orgId\n      code\n      title\n      done\n      doneAt\n    }\n  }\n": types.AdminChecklistDocument,
    "\n  query AdminSalesActivities($fiscalYear: Int!) {\n    salesActivities(fiscalYear: $fiscalYear) {\n      orgId\n      id\n      visitedOn\n      prospect\n      outcome\n      staffName\n      note\n    }\n  }\n": types.AdminSalesActivitiesDocument,
    "\n  mutation AdminRecordSalesActivity($input: RecordSalesActivityInput!) {\n    recordSalesActivity(input: $input) {\n      orgId\n      id\n    }\n  }\n": types.AdminRecordSalesActivityDocument,
    "\n  query AdminKpiSheetFiles($fiscalYear: Int!) {\n    kpiSheetPdf(fiscalYear: $fiscalYear) {\n      filename\n      base64\n    }\n    kpiSheetCsv(fiscalYear: $fiscalYear) {\n      filename\n      content\n    }\n  }\n": types.AdminKpiSheetFilesDocument,
    "\n  query AdminPaySettings {\n    paySettings {\n      orgId\n      closingDay\n      paymentMonthOffset\n      paymentDay\n      consignorCode\n      consignorNameKana\n      bankCode\n      bankNameKana\n      branchCode\n      branchNameKana\n      accountType\n      accountNumber\n      calendarText\n    }\n  }\n": types.AdminPaySettingsDocument,
    "\n  mutation AdminSetPaySettings($input: SetPaySettingsInput!) {\n    setPaySettings(input: $input) {\n      orgId\n      closingDay\n      paymentMonthOffset\n      paymentDay\n      calendarText\n    }\n  }\n": types.AdminSetPaySettingsDocument,
    "\n  query AdminInvoiceSettings {\n    invoiceSettings {\n      orgId\n      issuerName\n      registrationNumber\n      address\n      phone\n      bankName\n      bankBranch\n      bankAccountType\n      bankAccountNumber\n      bankAccountHolder\n      missingForIssue\n    }\n  }\n": types.AdminInvoiceSettingsDocument,
    "\n  mutation AdminSetInvoiceSettings($input: SetInvoiceSettingsInput!) {\n    setInvoiceSettings(input: $input) {\n      orgId\n      issuerName\n      missingForIssue\n    }\n  }\n": types.AdminSetInvoiceSettingsDocument,
    "\n  query AdminWorkers($status: WorkerStatus, $after: String) {\n    workers(status: $status, first: 50, after: $after) {\n      nodes {\n        orgId\n        id\n        status\n        familyName\n        givenName\n        familyNameKana\n        givenNameKana\n        email\n        phone\n        address\n        contractStart\n        contractEnd\n        ndaSignedOn\n        itStage\n        businessStage\n        skillTags\n        monthlyHourCap\n        consortiumConsent\n        hasLogin\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminWorkersDocument,
    "\n  mutation AdminRegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) {\n      orgId\n      id\n      familyName\n      givenName\n    }\n  }\n": types.AdminRegisterWorkerDocument,
    "\n  mutation AdminUpdateWorker($id: ID!, $input: UpdateWorkerInput!) {\n    updateWorker(id: $id, input: $input) {\n      orgId\n      id\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      email\n      phone\n      address\n      contractStart\n      contractEnd\n      ndaSignedOn\n      monthlyHourCap\n      consortiumConsent\n    }\n  }\n": types.AdminUpdateWorkerDocument,
    "\n  mutation AdminSetWorkerStatus($id: ID!, $status: WorkerStatus!) {\n    setWorkerStatus(id: $id, status: $status) {\n      orgId\n      id\n      status\n    }\n  }\n": types.AdminSetWorkerStatusDocument,
    "\n  mutation AdminInviteWorkerLogin($id: ID!) {\n    inviteWorkerLogin(id: $id) {\n      mailed\n      temporaryPassword\n      worker {\n        orgId\n        id\n        hasLogin\n      }\n    }\n  }\n": types.AdminInviteWorkerLoginDocument,
    "\n  mutation AdminOverrideStage($workerId: ID!, $axis: SkillAxis!, $stage: SkillStageV2!, $reason: String!) {\n    overrideSkillStage(workerId: $workerId, axis: $axis, stage: $stage, reason: $reason) {\n      id\n    }\n  }\n": types.AdminOverrideStageDocument,
    "\n  query AdminSensitiveNotes($id: ID!) {\n    workerSensitiveNotes(id: $id)\n  }\n": types.AdminSensitiveNotesDocument,
    "\n  mutation AdminSetSensitiveNotes($id: ID!, $notes: String) {\n    setWorkerSensitiveNotes(id: $id, notes: $notes)\n  }\n": types.AdminSetSensitiveNotesDocument,
    "\n  query AdminCertificates($workerId: ID!, $from: String!, $to: String!) {\n    workCertificate(workerId: $workerId, from: $from, to: $to) {\n      filename\n      base64\n    }\n    paymentCertificate(workerId: $workerId, from: $from, to: $to) {\n      filename\n      base64\n    }\n  }\n": types.AdminCertificatesDocument,
    "\n  query ConsortiumOverview {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n      operatingForm\n    }\n    memberNodes {\n      id\n      orgId\n      subgraph\n      status\n    }\n  }\n": types.ConsortiumOverviewDocument,
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
export function graphql(source: "\n  query AdminAuditLog($from: String, $to: String, $actor: String, $action: String, $entityType: String, $after: String) {\n    auditLog(from: $from, to: $to, actor: $actor, action: $action, entityType: $entityType, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        actorName\n        actorKind\n        action\n        entityType\n        entityId\n        detail\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditLog($from: String, $to: String, $actor: String, $action: String, $entityType: String, $after: String) {\n    auditLog(from: $from, to: $to, actor: $actor, action: $action, entityType: $entityType, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        actorName\n        actorKind\n        action\n        entityType\n        entityId\n        detail\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStaffLogins {\n    staffLogins {\n      username\n      email\n      familyName\n      givenName\n      role\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query AdminStaffLogins {\n    staffLogins {\n      username\n      email\n      familyName\n      givenName\n      role\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteStaff($input: InviteStaffLoginInput!) {\n    inviteStaffLogin(input: $input) {\n      mailed\n      temporaryPassword\n      staffLogin {\n        username\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInviteStaff($input: InviteStaffLoginInput!) {\n    inviteStaffLogin(input: $input) {\n      mailed\n      temporaryPassword\n      staffLogin {\n        username\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetStaffRole($username: String!, $role: StaffRole!) {\n    setStaffLoginRole(username: $username, role: $role) {\n      username\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetStaffRole($username: String!, $role: StaffRole!) {\n    setStaffLoginRole(username: $username, role: $role) {\n      username\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetStaffEnabled($username: String!, $enabled: Boolean!) {\n    setStaffLoginEnabled(username: $username, enabled: $enabled) {\n      username\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetStaffEnabled($username: String!, $enabled: Boolean!) {\n    setStaffLoginEnabled(username: $username, enabled: $enabled) {\n      username\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChecklist {\n    onboardingChecklist {\n      orgId\n      code\n      title\n      done\n      doneAt\n    }\n  }\n"): (typeof documents)["\n  query AdminChecklist {\n    onboardingChecklist {\n      orgId\n      code\n      title\n      done\n      doneAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSalesActivities($fiscalYear: Int!) {\n    salesActivities(fiscalYear: $fiscalYear) {\n      orgId\n      id\n      visitedOn\n      prospect\n      outcome\n      staffName\n      note\n    }\n  }\n"): (typeof documents)["\n  query AdminSalesActivities($fiscalYear: Int!) {\n    salesActivities(fiscalYear: $fiscalYear) {\n      orgId\n      id\n      visitedOn\n      prospect\n      outcome\n      staffName\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRecordSalesActivity($input: RecordSalesActivityInput!) {\n    recordSalesActivity(input: $input) {\n      orgId\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRecordSalesActivity($input: RecordSalesActivityInput!) {\n    recordSalesActivity(input: $input) {\n      orgId\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminKpiSheetFiles($fiscalYear: Int!) {\n    kpiSheetPdf(fiscalYear: $fiscalYear) {\n      filename\n      base64\n    }\n    kpiSheetCsv(fiscalYear: $fiscalYear) {\n      filename\n      content\n    }\n  }\n"): (typeof documents)["\n  query AdminKpiSheetFiles($fiscalYear: Int!) {\n    kpiSheetPdf(fiscalYear: $fiscalYear) {\n      filename\n      base64\n    }\n    kpiSheetCsv(fiscalYear: $fiscalYear) {\n      filename\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPaySettings {\n    paySettings {\n      orgId\n      closingDay\n      paymentMonthOffset\n      paymentDay\n      consignorCode\n      consignorNameKana\n      bankCode\n      bankNameKana\n      branchCode\n      branchNameKana\n      accountType\n      accountNumber\n      calendarText\n    }\n  }\n"): (typeof documents)["\n  query AdminPaySettings {\n    paySettings {\n      orgId\n      closingDay\n      paymentMonthOffset\n      paymentDay\n      consignorCode\n      consignorNameKana\n      bankCode\n      bankNameKana\n      branchCode\n      branchNameKana\n      accountType\n      accountNumber\n      calendarText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetPaySettings($input: SetPaySettingsInput!) {\n    setPaySettings(input: $input) {\n      orgId\n      closingDay\n      paymentMonthOffset\n      paymentDay\n      calendarText\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetPaySettings($input: SetPaySettingsInput!) {\n    setPaySettings(input: $input) {\n      orgId\n      closingDay\n      paymentMonthOffset\n      paymentDay\n      calendarText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminInvoiceSettings {\n    invoiceSettings {\n      orgId\n      issuerName\n      registrationNumber\n      address\n      phone\n      bankName\n      bankBranch\n      bankAccountType\n      bankAccountNumber\n      bankAccountHolder\n      missingForIssue\n    }\n  }\n"): (typeof documents)["\n  query AdminInvoiceSettings {\n    invoiceSettings {\n      orgId\n      issuerName\n      registrationNumber\n      address\n      phone\n      bankName\n      bankBranch\n      bankAccountType\n      bankAccountNumber\n      bankAccountHolder\n      missingForIssue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetInvoiceSettings($input: SetInvoiceSettingsInput!) {\n    setInvoiceSettings(input: $input) {\n      orgId\n      issuerName\n      missingForIssue\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetInvoiceSettings($input: SetInvoiceSettingsInput!) {\n    setInvoiceSettings(input: $input) {\n      orgId\n      issuerName\n      missingForIssue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWorkers($status: WorkerStatus, $after: String) {\n    workers(status: $status, first: 50, after: $after) {\n      nodes {\n        orgId\n        id\n        status\n        familyName\n        givenName\n        familyNameKana\n        givenNameKana\n        email\n        phone\n        address\n        contractStart\n        contractEnd\n        ndaSignedOn\n        itStage\n        businessStage\n        skillTags\n        monthlyHourCap\n        consortiumConsent\n        hasLogin\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminWorkers($status: WorkerStatus, $after: String) {\n    workers(status: $status, first: 50, after: $after) {\n      nodes {\n        orgId\n        id\n        status\n        familyName\n        givenName\n        familyNameKana\n        givenNameKana\n        email\n        phone\n        address\n        contractStart\n        contractEnd\n        ndaSignedOn\n        itStage\n        businessStage\n        skillTags\n        monthlyHourCap\n        consortiumConsent\n        hasLogin\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) {\n      orgId\n      id\n      familyName\n      givenName\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) {\n      orgId\n      id\n      familyName\n      givenName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateWorker($id: ID!, $input: UpdateWorkerInput!) {\n    updateWorker(id: $id, input: $input) {\n      orgId\n      id\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      email\n      phone\n      address\n      contractStart\n      contractEnd\n      ndaSignedOn\n      monthlyHourCap\n      consortiumConsent\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateWorker($id: ID!, $input: UpdateWorkerInput!) {\n    updateWorker(id: $id, input: $input) {\n      orgId\n      id\n      familyName\n      givenName\n      familyNameKana\n      givenNameKana\n      email\n      phone\n      address\n      contractStart\n      contractEnd\n      ndaSignedOn\n      monthlyHourCap\n      consortiumConsent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetWorkerStatus($id: ID!, $status: WorkerStatus!) {\n    setWorkerStatus(id: $id, status: $status) {\n      orgId\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetWorkerStatus($id: ID!, $status: WorkerStatus!) {\n    setWorkerStatus(id: $id, status: $status) {\n      orgId\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteWorkerLogin($id: ID!) {\n    inviteWorkerLogin(id: $id) {\n      mailed\n      temporaryPassword\n      worker {\n        orgId\n        id\n        hasLogin\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInviteWorkerLogin($id: ID!) {\n    inviteWorkerLogin(id: $id) {\n      mailed\n      temporaryPassword\n      worker {\n        orgId\n        id\n        hasLogin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOverrideStage($workerId: ID!, $axis: SkillAxis!, $stage: SkillStageV2!, $reason: String!) {\n    overrideSkillStage(workerId: $workerId, axis: $axis, stage: $stage, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminOverrideStage($workerId: ID!, $axis: SkillAxis!, $stage: SkillStageV2!, $reason: String!) {\n    overrideSkillStage(workerId: $workerId, axis: $axis, stage: $stage, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSensitiveNotes($id: ID!) {\n    workerSensitiveNotes(id: $id)\n  }\n"): (typeof documents)["\n  query AdminSensitiveNotes($id: ID!) {\n    workerSensitiveNotes(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetSensitiveNotes($id: ID!, $notes: String) {\n    setWorkerSensitiveNotes(id: $id, notes: $notes)\n  }\n"): (typeof documents)["\n  mutation AdminSetSensitiveNotes($id: ID!, $notes: String) {\n    setWorkerSensitiveNotes(id: $id, notes: $notes)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCertificates($workerId: ID!, $from: String!, $to: String!) {\n    workCertificate(workerId: $workerId, from: $from, to: $to) {\n      filename\n      base64\n    }\n    paymentCertificate(workerId: $workerId, from: $from, to: $to) {\n      filename\n      base64\n    }\n  }\n"): (typeof documents)["\n  query AdminCertificates($workerId: ID!, $from: String!, $to: String!) {\n    workCertificate(workerId: $workerId, from: $from, to: $to) {\n      filename\n      base64\n    }\n    paymentCertificate(workerId: $workerId, from: $from, to: $to) {\n      filename\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsortiumOverview {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n      operatingForm\n    }\n    memberNodes {\n      id\n      orgId\n      subgraph\n      status\n    }\n  }\n"): (typeof documents)["\n  query ConsortiumOverview {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n      operatingForm\n    }\n    memberNodes {\n      id\n      orgId\n      subgraph\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query WorkerHome {\n    courses {\n      orgId\n      id\n      code\n      title\n      format\n      durationMinutes\n    }\n  }\n"): (typeof documents)["\n  query WorkerHome {\n    courses {\n      orgId\n      id\n      code\n      title\n      format\n      durationMinutes\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;