import { describe, expect, it, vi } from 'vitest';
import { createQuitBackupGate } from './quitBackup';

function setUp(hasWindow = true) {
  let fire: (() => void) | undefined;
  const deps = {
    requestBackup: vi.fn(() => hasWindow),
    quit: vi.fn(),
    setTimer: vi.fn((callback: () => void) => {
      fire = callback;
      return 1;
    }),
    clearTimer: vi.fn(),
  };
  const gate = createQuitBackupGate(deps);
  const event = () => ({ preventDefault: vi.fn() });
  return { gate, deps, event, timeout: () => fire?.() };
}

describe('quit backup gate', () => {
  it('holds the quit, asks for a backup and quits once it is written', () => {
    const { gate, deps, event } = setUp();
    const first = event();
    gate.onBeforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(deps.requestBackup).toHaveBeenCalledTimes(1);
    const again = event();
    gate.onBeforeQuit(again); // a second quit while waiting is held too, without asking again
    expect(again.preventDefault).toHaveBeenCalled();
    expect(deps.requestBackup).toHaveBeenCalledTimes(1);
    gate.backupFinished();
    expect(deps.quit).toHaveBeenCalledTimes(1);
    expect(deps.clearTimer).toHaveBeenCalled();
    const last = event();
    gate.onBeforeQuit(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('quits after the timeout when no backup comes', () => {
    const { gate, deps, event, timeout } = setUp();
    gate.onBeforeQuit(event());
    expect(deps.setTimer).toHaveBeenCalledWith(expect.any(Function), 5000);
    timeout();
    expect(deps.quit).toHaveBeenCalledTimes(1);
    gate.backupFinished(); // late: nothing more happens
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });

  it('lets the quit through at once when there is no window to ask', () => {
    const { gate, deps, event } = setUp(false);
    const quit = event();
    gate.onBeforeQuit(quit);
    expect(quit.preventDefault).not.toHaveBeenCalled();
    expect(deps.quit).not.toHaveBeenCalled();
  });

  it('ignores backups finished before any quit', () => {
    const { gate, deps } = setUp();
    gate.backupFinished();
    expect(deps.quit).not.toHaveBeenCalled();
  });
});
