import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReactiveController } from 'lit';
import { isAbort, Latest } from './latest.ts';

describe('Latest: one way to drop a superseded load', () => {
  test('each next() aborts the signal handed out before, as an AbortError', () => {
    const latest = new Latest();
    const first = latest.next();
    const second = latest.next();
    assert.equal(first.aborted, true);
    assert.equal(second.aborted, false);
    assert.ok(isAbort(first.reason));
    assert.equal((first.reason as DOMException).message, 'superseded');
    latest.cancel();
    assert.equal(second.aborted, true, 'cancel drops the load in flight');
  });

  test('with a host, leaving the page drops the load in flight', () => {
    const controllers: ReactiveController[] = [];
    const host = {
      addController: (c: ReactiveController) => controllers.push(c),
      removeController() {},
      requestUpdate() {},
    };
    const latest = new Latest(host as never);
    assert.equal(controllers[0], latest);
    const signal = latest.next();
    controllers[0]!.hostDisconnected!();
    assert.equal(signal.aborted, true);
    assert.equal((signal.reason as DOMException).message, 'disconnected');
  });

  test('only an abort counts as one', () => {
    assert.equal(isAbort(new DOMException('x', 'AbortError')), true);
    assert.equal(isAbort(new Error('AbortError')), false);
    assert.equal(isAbort(undefined), false);
  });
});
