import { createLogger } from '../logger';

import { PeriodicTask } from './periodic-task';

// Fake timers: ticks are driven by hand, nothing here depends on how fast the machine is.
describe('PeriodicTask', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const logger = createLogger('test', 'silent');

  /** A task whose ticks stay open until released, counting how many run at once. */
  function gatedTask(intervalMs: number) {
    const state = { calls: 0, active: 0, maxActive: 0, release: () => undefined as void };
    const run = () => {
      state.calls += 1;
      state.active += 1;
      state.maxActive = Math.max(state.maxActive, state.active);
      return new Promise<void>((resolve) => {
        state.release = () => {
          state.active -= 1;
          resolve();
        };
      });
    };
    return { state, task: new PeriodicTask({ name: 'gated', intervalMs, run, logger, jitter: 0 }) };
  }

  it('runs the first tick after one interval, then one interval after each tick ends', async () => {
    const run = jest.fn(() => Promise.resolve());
    const task = new PeriodicTask({ name: 'sweep', intervalMs: 1000, run, logger, jitter: 0 });
    task.start();
    await jest.advanceTimersByTimeAsync(999);
    expect(run).toHaveBeenCalledTimes(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(3000);
    expect(run).toHaveBeenCalledTimes(4);
    await task.stop();
  });

  it('runs at once when asked to', async () => {
    const run = jest.fn(() => Promise.resolve());
    const task = new PeriodicTask({ name: 'drain', intervalMs: 1000, run, logger, runAtStart: true });
    task.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    await task.stop();
  });

  it('never runs two ticks at once: a slow tick delays the next', async () => {
    const { state, task } = gatedTask(100);
    task.start();
    await jest.advanceTimersByTimeAsync(100);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(state.calls).toBe(1);
    state.release();
    await jest.advanceTimersByTimeAsync(100);
    expect(state.calls).toBe(2);
    expect(state.maxActive).toBe(1);
    state.release();
    await task.stop();
  });

  it('logs a failed tick and carries on', async () => {
    const warn = jest.spyOn(logger, 'warn');
    const run = jest.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue(undefined);
    const task = new PeriodicTask({ name: 'outbox poll', intervalMs: 50, run, logger, jitter: 0 });
    task.start();
    await jest.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ task: 'outbox poll', err: expect.any(Error) }),
      'outbox poll failed; retrying',
    );
    await task.stop();
  });

  it('logs at error level when asked to', async () => {
    const error = jest.spyOn(logger, 'error');
    const task = new PeriodicTask({
      name: 'dispatch',
      intervalMs: 10,
      run: () => Promise.reject(new Error('no')),
      logger,
      failureLevel: 'error',
    });
    task.start();
    await jest.advanceTimersByTimeAsync(20);
    expect(error).toHaveBeenCalled();
    await task.stop();
  });

  it('stop() waits for the tick in flight, and nothing runs after it', async () => {
    const { state, task } = gatedTask(10);
    task.start();
    await jest.advanceTimersByTimeAsync(10);
    let stopped = false;
    const stopping = task.stop().then(() => {
      stopped = true;
    });
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    state.release();
    await stopping;
    expect(stopped).toBe(true);
    await jest.advanceTimersByTimeAsync(1000);
    expect(state.calls).toBe(1);
  });

  it('ignores a second start, and can start again after stop without doubling ticks', async () => {
    const { state, task } = gatedTask(10);
    task.start();
    task.start();
    await jest.advanceTimersByTimeAsync(10);
    const stopping = task.stop();
    task.start();
    state.release();
    await stopping;
    await jest.advanceTimersByTimeAsync(10);
    expect(state.calls).toBe(2);
    state.release();
    await jest.advanceTimersByTimeAsync(10);
    expect(state.calls).toBe(3);
    expect(state.maxActive).toBe(1);
    state.release();
    await task.stop();
  });

  it('spreads each wait within ± the jitter fraction', async () => {
    const run = jest.fn(() => Promise.resolve());
    const early = new PeriodicTask({
      name: 'a',
      intervalMs: 1000,
      run,
      logger,
      jitter: 0.2,
      random: () => 0,
    });
    early.start();
    await jest.advanceTimersByTimeAsync(799);
    expect(run).toHaveBeenCalledTimes(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    await early.stop();
    run.mockClear();
    const late = new PeriodicTask({
      name: 'b',
      intervalMs: 1000,
      run,
      logger,
      jitter: 0.2,
      random: () => 0.999,
    });
    late.start();
    await jest.advanceTimersByTimeAsync(1195);
    expect(run).toHaveBeenCalledTimes(0);
    await jest.advanceTimersByTimeAsync(5);
    expect(run).toHaveBeenCalledTimes(1);
    await late.stop();
  });
});
