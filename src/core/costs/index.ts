// The cost core: allocation keys, what contracts and orders cost in a year,
// the year's ledger and its cuts. Pure: the model and the date come in.
export { allocate, split, UNALLOCATED } from './allocation.js';
export type { Allocation, AllocationPart, Recipient, Weights } from './allocation.js';
export { contractCostInYear, contractDaysInYear, orderCostInYear, COMMITTING_STATUSES } from './periods.js';
export type { Delivery } from './periods.js';
export { buildLedger, COST_CATEGORIES, COST_COLUMNS, knownObjects, objectUnitWeights, orderDeliveries, overheadAllocation, planAllocation, planFor } from './ledger.js';
export type { CostColumn, CostItem, CostLedger, CostSource } from './ledger.js';
export { amountsJson, costReport, costRowJson, COST_CUTS, cutLedger, splitItem as splitCostItem } from './report.js';
export type { CostAmounts, CostCut, CostNames, CostReport, CostRow } from './report.js';
