/**
 * The application menu as a data table turned into Electron's template by a pure function. Every entry but one
 * uses an Electron role, so behaviour and shortcuts come from Electron and only the texts come from `menuLabels`;
 * the exception is File › Open, an action of the app (`MenuActions`) with its own shortcut.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuLabelId, MenuLabels } from './menuLabels';

type Role = NonNullable<MenuItemConstructorOptions['role']>;

export interface MenuContext {
  isMac: boolean;
  /** Packaged builds have no developer tools entry. */
  isPackaged: boolean;
}

type Condition = (context: MenuContext) => boolean;
const onMac: Condition = ({ isMac }) => isMac;
const notOnMac: Condition = ({ isMac }) => !isMac;
const inDevelopment: Condition = ({ isPackaged }) => !isPackaged;

/** Entries that are the app's own actions rather than Electron roles. */
export interface MenuActions {
  /** File › Open: choose a `.civicdesk` file (openedFiles.ts `openThroughDialog`). */
  openFile: () => void;
}

type ActionId = keyof MenuActions;

const ACCELERATORS: Readonly<Record<ActionId, string>> = { openFile: 'CmdOrCtrl+O' };

interface ItemSpec {
  label?: MenuLabelId;
  role?: Role;
  action?: ActionId;
  separator?: true;
  when?: Condition;
}

interface SubmenuSpec {
  label: MenuLabelId;
  role?: Role;
  when?: Condition;
  items: ItemSpec[];
}

const separator = (when?: Condition): ItemSpec => ({ separator: true, ...(when ? { when } : {}) });

/** The menu bar, top to bottom. On macOS the first menu is the app menu and carries the app's name. */
const MENU: readonly SubmenuSpec[] = [
  {
    label: 'app',
    when: onMac,
    items: [
      { label: 'about', role: 'about' },
      separator(),
      { label: 'services', role: 'services' },
      separator(),
      { label: 'hide', role: 'hide' },
      { label: 'hideOthers', role: 'hideOthers' },
      { label: 'unhide', role: 'unhide' },
      separator(),
      { label: 'quit', role: 'quit' },
    ],
  },
  {
    label: 'file',
    items: [
      { label: 'open', action: 'openFile' },
      separator(),
      { label: 'closeWindow', role: 'close', when: onMac },
      { label: 'quit', role: 'quit', when: notOnMac },
    ],
  },
  {
    label: 'edit',
    items: [
      { label: 'undo', role: 'undo' },
      { label: 'redo', role: 'redo' },
      separator(),
      { label: 'cut', role: 'cut' },
      { label: 'copy', role: 'copy' },
      { label: 'paste', role: 'paste' },
      separator(),
      { label: 'selectAll', role: 'selectAll' },
    ],
  },
  {
    label: 'view',
    items: [
      { label: 'reload', role: 'reload' },
      { label: 'toggleDevTools', role: 'toggleDevTools', when: inDevelopment },
      separator(),
      { label: 'resetZoom', role: 'resetZoom' },
      { label: 'zoomIn', role: 'zoomIn' },
      { label: 'zoomOut', role: 'zoomOut' },
      separator(),
      { label: 'toggleFullScreen', role: 'togglefullscreen' },
    ],
  },
  {
    label: 'window',
    role: 'windowMenu',
    items: [
      { label: 'minimize', role: 'minimize' },
      { label: 'zoom', role: 'zoom', when: onMac },
      separator(onMac),
      { label: 'front', role: 'front', when: onMac },
      { label: 'closeWindow', role: 'close', when: notOnMac },
    ],
  },
  {
    label: 'help',
    role: 'help',
    items: [{ label: 'about', role: 'about', when: notOnMac }],
  },
];

function toMenuItem(spec: ItemSpec, labels: MenuLabels, actions: MenuActions): MenuItemConstructorOptions {
  if (spec.separator) return { type: 'separator' };
  const action = spec.action;
  return {
    ...(spec.label ? { label: labels[spec.label] } : {}),
    ...(spec.role ? { role: spec.role } : {}),
    ...(action ? { accelerator: ACCELERATORS[action], click: () => actions[action]() } : {}),
  };
}

const NO_ACTIONS: MenuActions = { openFile: () => undefined };

/**
 * The menu template for one platform and build type, with texts from `labels` and the app's own entries wired to
 * `actions`.
 */
export function buildMenuTemplate(
  labels: MenuLabels,
  context: MenuContext,
  actions: MenuActions = NO_ACTIONS,
): MenuItemConstructorOptions[] {
  const included = (spec: { when?: Condition }) => spec.when?.(context) ?? true;
  return MENU.filter(included)
    .map((menu) => ({ menu, items: menu.items.filter(included) }))
    .filter(({ items }) => items.length > 0)
    .map(({ menu, items }) => ({
      label: labels[menu.label],
      ...(menu.role ? { role: menu.role } : {}),
      submenu: items.map((item) => toMenuItem(item, labels, actions)),
    }));
}
