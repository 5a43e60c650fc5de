/**
 * The application menu. Its commands go to the renderer as MenuCommands; the renderer decides
 * what they mean for the current screen (e.g. "Save" only acts while a game is open).
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand, RecentFile } from '../shared/host-api';
import { LANGUAGES } from '../shared/host-api';

const LABELS = {
  en: {
    file: 'File',
    newGame: 'New game',
    open: 'Open...',
    openRecent: 'Open recent',
    noRecent: 'No recent files',
    save: 'Save',
    saveAs: 'Save as...',
    replays: 'Replays and analysis...',
    hostWorkshop: 'Host a workshop...',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    language: 'Language',
    help: 'Help',
  },
  ja: {
    file: 'ファイル',
    newGame: '新しいゲーム',
    open: '開く...',
    openRecent: '最近使ったファイル',
    noRecent: '最近使ったファイルはありません',
    save: '保存',
    saveAs: '名前を付けて保存...',
    replays: 'リプレイと分析...',
    hostWorkshop: 'ワークショップを開く...',
    quit: '終了',
    edit: '編集',
    view: '表示',
    language: '言語',
    help: 'ヘルプ',
  },
} as const satisfies Record<Language, Record<string, string>>;

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ja: '日本語' };

export type MenuState = { language: Language; recentFiles: RecentFile[] };

export function buildMenuTemplate(
  state: MenuState,
  send: (command: MenuCommand) => void,
  quit: () => void,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const t = LABELS[state.language];
  const recent: MenuItemConstructorOptions[] =
    state.recentFiles.length === 0
      ? [{ label: t.noRecent, enabled: false }]
      : state.recentFiles.map((file) => ({
          label: file.name,
          toolTip: file.fileRef,
          click: () => send({ type: 'open-recent', fileRef: file.fileRef }),
        }));
  // macOS shows the first menu under the app's name, so it gets the standard app menu there.
  const appMenu: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [
    ...appMenu,
    {
      label: t.file,
      submenu: [
        { label: t.newGame, accelerator: 'CmdOrCtrl+N', click: () => send({ type: 'new-game' }) },
        { label: t.open, accelerator: 'CmdOrCtrl+O', click: () => send({ type: 'open' }) },
        { label: t.openRecent, submenu: recent },
        { type: 'separator' },
        { label: t.save, accelerator: 'CmdOrCtrl+S', click: () => send({ type: 'save' }) },
        {
          label: t.saveAs,
          accelerator: 'CmdOrCtrl+Shift+S',
          click: () => send({ type: 'save-as' }),
        },
        { type: 'separator' },
        {
          label: t.replays,
          accelerator: 'CmdOrCtrl+Shift+R',
          click: () => send({ type: 'replays' }),
        },
        { type: 'separator' },
        { label: t.hostWorkshop, click: () => send({ type: 'host-workshop' }) },
        { type: 'separator' },
        { label: t.quit, accelerator: 'CmdOrCtrl+Q', click: quit },
      ],
    },
    { label: t.edit, role: 'editMenu' },
    {
      label: t.view,
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: t.language,
      submenu: LANGUAGES.map((language) => ({
        label: LANGUAGE_NAMES[language],
        type: 'radio' as const,
        checked: language === state.language,
        click: () => send({ type: 'language', language }),
      })),
    },
  ];
}

export function installMenu(
  state: MenuState,
  send: (command: MenuCommand) => void,
  quit: () => void,
): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, send, quit)));
}
