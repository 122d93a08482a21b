/** Every action the editor offers, in menu order. */
import { ANALYSIS_ACTIONS } from '../analysis/analysisActions';
import { ARRANGE_ACTIONS } from './arrangeActions';
import { EDIT_ACTIONS } from './editActions';
import { FOUNDATION_ACTIONS } from '../foundation/foundationActions';
import { FILE_ACTIONS } from './fileActions';
import { EXCHANGE_ACTIONS } from '../exchange/exchangeActions';
import type { Action, ActionContext } from './types';
import { VIEW_ACTIONS } from './viewActions';
import { VIEW_TAB_ACTIONS } from './viewTabActions';

export const ACTIONS: readonly Action[] = [
  ...FILE_ACTIONS,
  ...EXCHANGE_ACTIONS,
  ...EDIT_ACTIONS,
  ...VIEW_ACTIONS,
  ...VIEW_TAB_ACTIONS,
  ...ARRANGE_ACTIONS,
  ...ANALYSIS_ACTIONS,
  ...FOUNDATION_ACTIONS,
];

const byId = new Map(ACTIONS.map((action) => [action.id, action]));

export function actionById(id: string): Action | undefined {
  return byId.get(id);
}

export function isEnabled(action: Action, ctx: ActionContext): boolean {
  return action.enabled ? action.enabled(ctx) : true;
}

/** Runs an action if it is enabled; returns whether it ran. */
export function runAction(action: Action, ctx: ActionContext): boolean {
  if (!isEnabled(action, ctx)) return false;
  action.perform(ctx);
  return true;
}
