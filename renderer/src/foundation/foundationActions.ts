/** "Foundation data…": the manager of the model's companies, departments, locations, groups and users. */
import type { Action } from '../actions/types';
import { foundationUi } from './foundationUi';

export const FOUNDATION_ACTIONS: readonly Action[] = [
  {
    id: 'model.foundationData',
    label: 'Foundation data…',
    group: 'File',
    perform: ({ editor }) => foundationUi(editor).getState().show(),
  },
];
