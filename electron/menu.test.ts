import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu';
import { MENU_LABEL_IDS, menuLabelsDe, menuLabelsEn } from './menuLabels';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const labelsOf = (items: readonly MenuItemConstructorOptions[]) =>
  items.map((item) => item.label).filter((label): label is string => label !== undefined);

const windowsDev = buildMenuTemplate(menuLabelsDe, { isMac: false, isPackaged: false });
const windowsRelease = buildMenuTemplate(menuLabelsDe, { isMac: false, isPackaged: true });
const macRelease = buildMenuTemplate(menuLabelsDe, { isMac: true, isPackaged: true });

function submenu(template: MenuItemConstructorOptions[], label: string): string[] {
  const menu = template.find((item) => item.label === label);
  return Array.isArray(menu?.submenu) ? labelsOf(menu.submenu) : [];
}

describe('buildMenuTemplate (German)', () => {
  it('has the German top-level menus', () => {
    expect(labelsOf(windowsRelease)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
  });

  it('has the German entries', () => {
    expect(submenu(windowsRelease, 'Datei')).toEqual(['Öffnen …', 'Beenden']);
    expect(submenu(windowsRelease, 'Bearbeiten')).toEqual([
      'Rückgängig',
      'Wiederholen',
      'Ausschneiden',
      'Kopieren',
      'Einfügen',
      'Alles auswählen',
    ]);
    expect(submenu(windowsRelease, 'Ansicht')).toEqual([
      'Neu laden',
      'Originalgröße',
      'Vergrößern',
      'Verkleinern',
      'Vollbild',
    ]);
    expect(submenu(windowsRelease, 'Hilfe')).toEqual(['Über Civic Desk']);
  });

  it('uses only German labels', () => {
    const german = new Set(Object.values(menuLabelsDe));
    for (const template of [windowsDev, windowsRelease, macRelease]) {
      for (const label of labelsOf(flatten(template))) expect(german.has(label)).toBe(true);
    }
  });

  it('gives every entry but File › Open an Electron role, so behaviour and shortcuts come from Electron', () => {
    for (const item of flatten(windowsDev)) {
      if (item.type === 'separator' || Array.isArray(item.submenu) || item.label === 'Öffnen …') continue;
      expect(item.role, String(item.label)).toBeDefined();
    }
  });

  it('runs the open action from File › Open, with Ctrl/Cmd+O, on every platform', () => {
    for (const isMac of [false, true]) {
      const openFile = vi.fn();
      const template = buildMenuTemplate(menuLabelsDe, { isMac, isPackaged: true }, { openFile });
      const file = template.find((item) => item.label === 'Datei');
      const items = Array.isArray(file?.submenu) ? file.submenu : [];
      const open = items.find((item) => item.label === 'Öffnen …');
      expect(open?.accelerator).toBe('CmdOrCtrl+O');
      expect(open?.role).toBeUndefined();
      expect(openFile).not.toHaveBeenCalled();
      (open?.click as (() => void) | undefined)?.();
      expect(openFile).toHaveBeenCalledTimes(1);
      expect(items[1]?.type).toBe('separator');
    }
  });

  it('offers developer tools only in unpackaged builds', () => {
    const hasDevTools = (template: MenuItemConstructorOptions[]) =>
      flatten(template).some((item) => item.role === 'toggleDevTools');
    expect(hasDevTools(windowsDev)).toBe(true);
    expect(hasDevTools(windowsRelease)).toBe(false);
    expect(hasDevTools(macRelease)).toBe(false);
    expect(hasDevTools(buildMenuTemplate(menuLabelsDe, { isMac: true, isPackaged: false }))).toBe(true);
  });

  it('follows macOS conventions: app menu first, quit there, no empty help menu', () => {
    expect(labelsOf(macRelease)).toEqual(['Civic Desk', 'Datei', 'Bearbeiten', 'Ansicht', 'Fenster']);
    expect(submenu(macRelease, 'Civic Desk')).toContain('Beenden');
    expect(submenu(macRelease, 'Civic Desk')).toContain('Über Civic Desk');
    expect(submenu(macRelease, 'Datei')).toEqual(['Öffnen …', 'Fenster schließen']);
    expect(submenu(macRelease, 'Fenster')).toEqual(['Minimieren', 'Zoomen', 'Alle nach vorne bringen']);
  });

  it('never starts or ends a submenu with a separator', () => {
    for (const template of [windowsDev, windowsRelease, macRelease]) {
      for (const menu of template) {
        const items = Array.isArray(menu.submenu) ? menu.submenu : [];
        expect(items[0]?.type).not.toBe('separator');
        expect(items.at(-1)?.type).not.toBe('separator');
      }
    }
  });
});

describe('menu labels', () => {
  it('are complete and non-empty in German and English', () => {
    for (const labels of [menuLabelsDe, menuLabelsEn]) {
      expect(Object.keys(labels).sort()).toEqual([...MENU_LABEL_IDS].sort());
      for (const value of Object.values(labels)) expect(value.trim()).not.toBe('');
    }
  });

  it('builds the same structure in English', () => {
    const english = buildMenuTemplate(menuLabelsEn, { isMac: false, isPackaged: true });
    expect(labelsOf(english)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });
});
