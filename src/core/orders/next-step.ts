// Who owns the next step of an order in a given status: the report's complaint
// is orders queuing up with nobody owning them, so every waiting order names one.
import { en } from '../i18n/en.js';
import type { RepositoryModel } from '../model/repository.js';
import type { IsoDate, Order, OrderStatus } from '../model/types.js';

export type StepOwnerKind = 'handler' | 'ordering-function' | 'council' | 'team' | 'no-team' | 'orderer';

export interface NextStep {
  kind: StepOwnerKind;
  /** The person's, team's or ordering function's name, when there is one. */
  name?: string;
  /** The council's next meeting after today, if one is scheduled. */
  nextMeeting?: IsoDate;
}

function personName(model: RepositoryModel, id: string): string {
  const person = model.records.person.get(id);
  return person?.valid ? person.data.name : id;
}

/** The next step for an order in its current status; undefined for an order that has left the flow. */
export function nextStep(model: RepositoryModel, order: Order, today: IsoDate): NextStep | undefined {
  switch (order.status) {
    case 'received':
    case 'in-preparation': {
      if (order.handler !== undefined) return { kind: 'handler', name: personName(model, order.handler) };
      const fn = [...model.records.unit.values()].find((u) => u.valid && u.data.kind === 'ordering-function');
      return fn?.valid ? { kind: 'ordering-function', name: fn.data.name } : { kind: 'ordering-function' };
    }
    case 'prepared':
    case 'deferred': {
      const meeting = [...(model.config.councilMeetings ?? [])].sort().find((d) => d > today);
      return meeting === undefined ? { kind: 'council' } : { kind: 'council', nextMeeting: meeting };
    }
    case 'approved':
    case 'planned':
    case 'in-progress': {
      if (order.team === undefined) return { kind: 'no-team' };
      const team = (model.config.teams ?? []).find((t) => t.id === order.team);
      return { kind: 'team', name: team?.name ?? order.team };
    }
    case 'delivered':
      return { kind: 'orderer', name: personName(model, order.orderer) };
    case 'rejected':
    case 'closed':
    case 'withdrawn':
      return undefined;
  }
}

// Diagnostics are in English; the action wording is the English label table's.
const ACTION = en.nextStep.action;

/** The next step in English, for diagnostics: 'Karin Testberg (handler) to start the preparation'. */
export function describeNextStep(step: NextStep, status: OrderStatus): string {
  let owner: string;
  switch (step.kind) {
    case 'handler':
      owner = `${step.name} (handler)`;
      break;
    case 'ordering-function':
      owner = step.name ? `the ordering function (${step.name})` : 'the ordering function';
      break;
    case 'council':
      owner = 'the decision council (Beslutsråd IT)';
      break;
    case 'team':
      owner = `team ${step.name}`;
      break;
    case 'no-team':
      owner = 'the IT unit (no team assigned)';
      break;
    case 'orderer':
      owner = `${step.name} (orderer)`;
      break;
  }
  const action = step.kind === 'ordering-function' ? `${ACTION[status]} (no handler assigned)` : ACTION[status];
  const meeting = step.nextMeeting ? ` at its next meeting on ${step.nextMeeting}` : '';
  return `${owner} to ${action}${meeting}`;
}
