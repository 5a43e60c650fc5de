import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../src/shared/host-api';

// The menu module builds a template; only installMenu touches Electron, which cannot load here.
vi.mock('electron', () => ({ Menu: {} }));
const { buildMenuTemplate } = await import('../../src/main/menu');

function items(template: MenuItemConstructorOptions[], index: number) {
  return template[index]?.submenu as MenuItemConstructorOptions[];
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as (() => void) | undefined)?.();
}

describe('application menu', () => {
  const recentFiles = [{ fileRef: '/p/a.vpoe.json', name: 'a.vpoe.json', openedAt: '' }];

  it('sends the file commands to the renderer', () => {
    const sent: MenuCommand[] = [];
    let quits = 0;
    const template = buildMenuTemplate(
      { language: 'en', recentFiles },
      (c) => sent.push(c),
      () => quits++,
      'linux',
    );
    const file = items(template, 0);
    expect(file.filter((i) => i.label).map((i) => i.label)).toEqual([
      'New game',
      'Open...',
      'Open recent',
      'Save',
      'Save as...',
      'Replays and analysis...',
      'Host a workshop...',
      'Quit',
    ]);
    for (const item of file) click(item);
    click((file[2]?.submenu as MenuItemConstructorOptions[])[0]);
    expect(sent).toEqual([
      { type: 'new-game' },
      { type: 'open' },
      { type: 'save' },
      { type: 'save-as' },
      { type: 'replays' },
      { type: 'host-workshop' },
      { type: 'open-recent', fileRef: '/p/a.vpoe.json' },
    ]);
    expect(quits).toBe(1);
  });

  it('gives every File command a distinct shortcut', () => {
    const file = items(
      buildMenuTemplate(
        { language: 'en', recentFiles },
        () => 0,
        () => 0,
      ),
      0,
    );
    const shortcuts = file.filter((i) => i.accelerator).map((i) => i.accelerator);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    expect(file.find((i) => i.label === 'Replays and analysis...')?.accelerator).toBe(
      'CmdOrCtrl+Shift+R',
    );
  });

  it('is labelled in Japanese and marks the current language', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate(
      { language: 'ja', recentFiles: [] },
      (c) => sent.push(c),
      () => 0,
      'win32',
    );
    expect(template.map((m) => m.label)).toEqual(['ファイル', '編集', '表示', '言語']);
    expect(
      items(template, 0)
        .filter((i) => i.label)
        .map((i) => i.label),
    ).toEqual([
      '新しいゲーム',
      '開く...',
      '最近使ったファイル',
      '保存',
      '名前を付けて保存...',
      'リプレイと分析...',
      'ワークショップを開く...',
      '終了',
    ]);
    expect(items(template, 0)[2]?.submenu).toEqual([
      { label: '最近使ったファイルはありません', enabled: false },
    ]);
    const languages = items(template, 3);
    expect(languages.map((l) => [l.label, l.checked])).toEqual([
      ['English', false],
      ['日本語', true],
    ]);
    click(languages[0]);
    expect(sent).toEqual([{ type: 'language', language: 'en' }]);
  });
});

describe('application menu on macOS', () => {
  it('starts with the standard app menu', () => {
    const template = buildMenuTemplate(
      { language: 'en', recentFiles: [] },
      () => 0,
      () => 0,
      'darwin',
    );
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(template[1]?.label).toBe('File');
  });
});
