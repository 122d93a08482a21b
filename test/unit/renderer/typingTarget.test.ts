import { describe, expect, it } from 'vitest';
import { isTextField, shortcutAllowedIn } from '../../../renderer/src/actions/typingTarget';

const element = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable });

describe('isTextField', () => {
  it('is true for inputs, text areas, selects and editable content', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) expect(isTextField(element(tag))).toBe(true);
    expect(isTextField(element('DIV', true))).toBe(true);
  });

  it('is false for the canvas, buttons, nothing at all and the window', () => {
    expect(isTextField(element('DIV'))).toBe(false);
    expect(isTextField(element('BUTTON'))).toBe(false);
    expect(isTextField(element('svg'))).toBe(false);
    expect(isTextField(null)).toBe(false);
    expect(isTextField({})).toBe(false);
  });
});

describe('shortcutAllowedIn', () => {
  const duplicate = {}; // Mod+D: not for text fields
  const save = { inTextFields: true }; // Mod+S: saves from anywhere

  it('keeps Cmd+D (duplicate) from the canvas while a name is being typed', () => {
    expect(shortcutAllowedIn(duplicate, element('INPUT'))).toBe(false);
    expect(shortcutAllowedIn(duplicate, element('TEXTAREA'))).toBe(false);
    expect(shortcutAllowedIn(duplicate, element('SELECT'))).toBe(false);
    expect(shortcutAllowedIn(duplicate, element('SPAN', true))).toBe(false);
  });

  it('runs it when the focus is anywhere else', () => {
    expect(shortcutAllowedIn(duplicate, element('DIV'))).toBe(true);
    expect(shortcutAllowedIn(duplicate, null)).toBe(true);
  });

  it('runs actions that allow it in text fields too', () => {
    expect(shortcutAllowedIn(save, element('INPUT'))).toBe(true);
    expect(shortcutAllowedIn(save, element('DIV'))).toBe(true);
  });
});
