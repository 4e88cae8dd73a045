import {
  actorsFor,
  DEFAULT_DELEGATED_FUNCTIONS,
  DEFAULT_OPERATOR_CONFIRMATIONS,
  DelegatedActor,
  DelegatedFunction,
  Delegation,
  delegatedFunctionOf,
  mayActFor,
  OPERATIONS_OF_DELEGATED_FUNCTION,
} from './delegation';

const TATESHINA: Delegation = {
  operatorId: 'shiojiri',
  functions: DEFAULT_DELEGATED_FUNCTIONS,
  confirmations: DEFAULT_OPERATOR_CONFIRMATIONS,
};

/** Who may do each delegated act for a municipality-run member with the default delegation. */
const WHO_MAY: [DelegatedFunction | 'NOT_DELEGATED', string, DelegatedActor][] = [
  [DelegatedFunction.FEASIBILITY_CHECK, 'Mutation.checkFeasibility', 'BOTH'],
  [DelegatedFunction.FEASIBILITY_CHECK, 'Query.capacity', 'BOTH'],
  [DelegatedFunction.CLIENT_CONTRACT, 'Mutation.createContract', 'BOTH'],
  [DelegatedFunction.INVOICING, 'Mutation.issueInvoice', 'OPERATOR_ONLY'],
  [DelegatedFunction.INVOICING, 'Mutation.issueCreditNote', 'BOTH'],
  [DelegatedFunction.INVOICING, 'Mutation.recordInvoicePayment', 'BOTH'],
  [DelegatedFunction.BASIC_CONTRACT, 'Mutation.issueBasicContract', 'BOTH'],
  [DelegatedFunction.ASSIGNMENT, 'Mutation.createAssignment', 'BOTH'],
  [DelegatedFunction.ASSIGNMENT, 'Query.taskRequirements', 'BOTH'],
  [DelegatedFunction.COMMISSION_CONTRACT, 'Mutation.issueCommissionTerms', 'BOTH'],
  [DelegatedFunction.ATTENDANCE, 'Mutation.approveTimeEntry', 'BOTH'],
  [DelegatedFunction.ATTENDANCE, 'Mutation.returnTimeEntry', 'BOTH'],
  [DelegatedFunction.ATTENDANCE, 'Mutation.approveTimeEntries', 'BOTH'],
  [DelegatedFunction.ATTENDANCE, 'Query.submittedTimeEntries', 'BOTH'],
  [DelegatedFunction.PAYMENT, 'Mutation.closePayMonth', 'OPERATOR_ONLY'],
  [DelegatedFunction.PAYMENT, 'Query.payTransferFile', 'BOTH'],
  [DelegatedFunction.PAYMENT, 'Query.payMonthPreview', 'BOTH'],
  // The town's programme stays the town's: sales, training, worker care, its orders and KPIs.
  ['NOT_DELEGATED', 'Mutation.createOrder', 'MEMBER'],
  ['NOT_DELEGATED', 'Mutation.registerWorker', 'MEMBER'],
  ['NOT_DELEGATED', 'Mutation.recordSalesActivity', 'MEMBER'],
  ['NOT_DELEGATED', 'Mutation.enrollWorker', 'MEMBER'],
  ['NOT_DELEGATED', 'Query.workerSensitiveNotes', 'MEMBER'],
  ['NOT_DELEGATED', 'Mutation.setKpiTarget', 'MEMBER'],
];

describe('delegation to the partner operator', () => {
  it.each(WHO_MAY)('%s: %s is for %s', (fn, coordinate, actors) => {
    expect(delegatedFunctionOf(coordinate) ?? 'NOT_DELEGATED').toBe(fn);
    expect(actorsFor(coordinate, TATESHINA)).toBe(actors);
    const town = mayActFor('tateshina', 'tateshina', coordinate, TATESHINA);
    const operator = mayActFor('shiojiri', 'tateshina', coordinate, TATESHINA);
    const stranger = mayActFor('itoigawa', 'tateshina', coordinate, TATESHINA);
    expect({ town, operator, stranger }).toEqual({
      town: actors === 'MEMBER' || actors === 'BOTH',
      operator: actors === 'BOTH' || actors === 'OPERATOR_ONLY',
      stranger: false,
    });
  });

  it('names every function of the starred list and maps each operation to one function only', () => {
    expect(DEFAULT_DELEGATED_FUNCTIONS).toHaveLength(8);
    const all = Object.values(OPERATIONS_OF_DELEGATED_FUNCTION).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const confirmation of DEFAULT_OPERATOR_CONFIRMATIONS) expect(delegatedFunctionOf(confirmation)).toBeDefined();
  });

  it('follows what the member delegated: a function kept, or confirmations set otherwise', () => {
    const keepsAttendance: Delegation = { ...TATESHINA, functions: TATESHINA.functions.filter((f) => f !== DelegatedFunction.ATTENDANCE) };
    expect(mayActFor('shiojiri', 'tateshina', 'Mutation.approveTimeEntry', keepsAttendance)).toBe(false);
    expect(mayActFor('tateshina', 'tateshina', 'Mutation.approveTimeEntry', keepsAttendance)).toBe(true);
    const noConfirmations: Delegation = { ...TATESHINA, confirmations: [] };
    expect(mayActFor('tateshina', 'tateshina', 'Mutation.closePayMonth', noConfirmations)).toBe(true);
    // A member without delegation acts for itself only; an operator is never its own member's operator by accident.
    expect(mayActFor('shiojiri', 'tateshina', 'Mutation.createContract', null)).toBe(false);
    expect(mayActFor('shiojiri', 'shiojiri', 'Mutation.closePayMonth', { ...TATESHINA, operatorId: 'shiojiri' })).toBe(false);
  });
});
