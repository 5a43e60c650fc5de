// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  HostProvider,
  runBeforeQuit,
  useGameFiles,
  type GameFiles,
} from '../../../src/renderer/host';
import type { HostApi, HostError, MenuCommand } from '../../../src/shared/host-api';

function fakeHost() {
  const calls: string[] = [];
  const listeners = new Set<(command: MenuCommand) => void>();
  let failAutosave = false;
  const host = {
    saveGame: async ({ fileRef, save }: { fileRef?: string; save: unknown }) => {
      calls.push(`save ${fileRef ?? '(ask)'} q${(save as { q: number }).q}`);
      return {
        ok: true,
        value: { fileRef: fileRef ?? '/docs/run.vpoe.json', name: 'run.vpoe.json' },
      };
    },
    writeAutosave: async ({ gameId, quarter }: { gameId: string; quarter: number }) => {
      calls.push(`autosave ${gameId} q${quarter}`);
      return failAutosave
        ? { ok: false, error: { code: 'io', detail: 'disk full' } }
        : { ok: true, value: { id: 'x', gameId, quarter, scenarioId: 's', savedAt: '' } };
    },
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as HostApi;
  const menu = (command: MenuCommand) => listeners.forEach((listener) => listener(command));
  return { host, calls, menu, failNextAutosaves: (fail: boolean) => (failAutosave = fail) };
}

function Probe(props: {
  quarter: number;
  progress?: string;
  gameId?: string;
  out: { files?: GameFiles };
  errors: HostError[];
}) {
  props.out.files = useGameFiles({
    gameId: props.gameId ?? 'g1',
    quarter: props.quarter,
    progress: props.progress ?? String(props.quarter),
    getSave: () => ({ q: props.quarter, step: props.progress }),
    suggestedName: 'run.vpoe.json',
    initialFileRef: null,
    onError: (error) => props.errors.push(error),
  });
  return null;
}

function mount(host: HostApi, quarter: number, out: { files?: GameFiles }, errors: HostError[]) {
  const ui = (q: number, gameId?: string, progress?: string) => (
    <HostProvider host={host}>
      <Probe quarter={q} progress={progress} gameId={gameId} out={out} errors={errors} />
    </HostProvider>
  );
  const view = render(ui(quarter));
  return {
    rerender: (q: number, gameId?: string, progress?: string) =>
      view.rerender(ui(q, gameId, progress)),
    unmount: view.unmount,
  };
}

describe('useGameFiles', () => {
  it('autosaves each completed quarter, not the state it started in', async () => {
    const { host, calls } = fakeHost();
    const view = mount(host, 0, {}, []);
    await act(async () => view.rerender(1));
    await act(async () => view.rerender(2));
    await act(async () => view.rerender(2));
    expect(calls).toEqual(['autosave g1 q1', 'autosave g1 q2']);
    view.unmount();
  });

  it('autosaves every answered dialog of a quarter, and closing keeps the last one', async () => {
    const { host, calls } = fakeHost();
    const saves: unknown[] = [];
    const recording = {
      ...host,
      writeAutosave: (request: Parameters<HostApi['writeAutosave']>[0]) => {
        saves.push(request.save);
        return host.writeAutosave(request);
      },
    };
    const view = mount(recording, 2, {}, []);
    await act(async () => view.rerender(3, 'g1', 'q3 resolved'));
    await act(async () => view.rerender(3, 'g1', 'q3 answered 1'));
    await act(async () => view.rerender(3, 'g1', 'q3 answered 2'));
    await act(async () => runBeforeQuit()); // nothing new since the last answer
    expect(calls).toEqual(['autosave g1 q3', 'autosave g1 q3', 'autosave g1 q3']);
    expect(saves.at(-1)).toEqual({ q: 3, step: 'q3 answered 2' });
    view.unmount();
  });

  it('asks the host for each step at once; closing waits for every write in flight', async () => {
    const { host } = fakeHost();
    const started: string[] = [];
    const finish: (() => void)[] = [];
    const slow = {
      ...host,
      writeAutosave: (request: Parameters<HostApi['writeAutosave']>[0]) => {
        started.push(String((request.save as { step: string }).step));
        return new Promise((resolve) => finish.push(() => resolve(host.writeAutosave(request))));
      },
    } as HostApi;
    const view = mount(slow, 1, {}, []);
    await act(async () => view.rerender(1, 'g1', 'answered 1'));
    await act(async () => view.rerender(1, 'g1', 'answered 2'));
    // The second write is asked for while the first is still in flight.
    expect(started).toEqual(['answered 1', 'answered 2']);
    let closed = false;
    const closing = runBeforeQuit().then(() => (closed = true));
    await act(async () => finish.shift()?.());
    expect(closed).toBe(false);
    await act(async () => finish.shift()?.());
    await closing;
    expect(closed).toBe(true);
    view.unmount();
  });

  it('"Save" asks once, then writes back to the same file; the menu triggers both', async () => {
    const { host, calls, menu } = fakeHost();
    const out: { files?: GameFiles } = {};
    const view = mount(host, 3, out, []);
    await act(async () => menu({ type: 'save' }));
    await act(async () => menu({ type: 'save' }));
    await act(async () => menu({ type: 'save-as' }));
    expect(calls).toEqual(['save (ask) q3', 'save /docs/run.vpoe.json q3', 'save (ask) q3']);
    expect(out.files?.fileRef).toBe('/docs/run.vpoe.json');
    view.unmount();
  });

  it('reports a failed autosave and retries it before the app closes', async () => {
    const { host, calls, failNextAutosaves } = fakeHost();
    const errors: HostError[] = [];
    const view = mount(host, 0, {}, errors);
    failNextAutosaves(true);
    await act(async () => view.rerender(1));
    expect(errors.map((e) => e.detail)).toEqual(['disk full']);
    failNextAutosaves(false);
    await act(async () => runBeforeQuit());
    expect(calls).toEqual(['autosave g1 q1', 'autosave g1 q1']);
    await act(async () => runBeforeQuit());
    expect(calls).toHaveLength(2);
    view.unmount();
  });

  it('starts a new autosave set when the game changes (a branch)', async () => {
    const { host, calls } = fakeHost();
    const view = mount(host, 4, {}, []);
    await act(async () => view.rerender(4, 'branch-1'));
    await act(async () => view.rerender(5, 'branch-1'));
    expect(calls).toEqual(['autosave branch-1 q5']);
    view.unmount();
  });
});
