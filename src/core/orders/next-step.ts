// Who owns the next step of an order in a given status: the report's complaint
// is orders queuing up with nobody owning them, so every waiting order names one.
import type { Translate } from '../i18n/translate.js';
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

/**
 * The next step in words: 'Karin Testberg (handläggare): slutföra beredningen'.
 * The words are the catalogue's (`step.*`, `nextStep.*`); the caller passes the
 * translator of its output language, so this module imports no label table.
 */
export function describeNextStep(step: NextStep, status: OrderStatus, t: Translate): string {
  const role = t(`step.${step.kind}`);
  let owner: string;
  switch (step.kind) {
    case 'handler':
    case 'orderer':
      owner = t('nextStep.person', { name: step.name ?? '', role });
      break;
    case 'ordering-function':
      owner = `${step.name ? t('nextStep.person', { name: role, role: step.name }) : role}, ${t('nextStep.noHandler')}`;
      break;
    case 'team':
      owner = t('nextStep.team', { name: step.name ?? '' });
      break;
    case 'council':
    case 'no-team':
      owner = role;
      break;
  }
  const action = status === 'rejected' || status === 'closed' || status === 'withdrawn' ? '' : t(`stepAction.${status}`);
  const meeting = step.nextMeeting ? `, ${t('nextStep.nextMeeting', { date: step.nextMeeting })}` : '';
  return `${owner}: ${action}${meeting}`;
}
