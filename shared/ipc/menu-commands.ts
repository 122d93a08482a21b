/**
 * What a native menu command looks like on the wire. The commands themselves
 * are the renderer's actions: it describes the menu (see native-menu.ts) and
 * the main process sends back the id of the item the user picked.
 *
 * Kept free of zod so the preload, which re-checks every id it passes to the
 * page, bundles nothing but this.
 */

/** An action id such as "edit.undo" or "view.toggleSnap". */
export const COMMAND_ID_PATTERN = /^[a-z][A-Za-z]*(\.[A-Za-z]+)+$/;

export const MAX_COMMAND_ID_LENGTH = 80;

export function isCommandId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_COMMAND_ID_LENGTH && COMMAND_ID_PATTERN.test(value);
}

/**
 * Menu commands that edit text when a text field has the focus: there the
 * renderer runs the browser's own command on the field instead of the
 * action on the model (Edit › Undo undoes typing).
 */
export const TEXT_EDIT_COMMANDS: Readonly<Record<string, 'undo' | 'redo' | 'selectAll'>> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'edit.selectAll': 'selectAll',
};
