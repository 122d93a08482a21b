/** Moved to canvas/focusElement (every "go to" in the app); kept for the modules that still import it here. */
export { focusElement } from '../canvas/focusElement';
