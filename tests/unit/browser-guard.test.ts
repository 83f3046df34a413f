/**
 * The browser tests' guard (tests/e2e/browser.ts) fails a page on every failed request except one the
 * test's own navigation cancelled: a reload must not fail a test at random, and a real load error must
 * still fail it.
 */
import { expect, it } from 'vitest';
import { cancelledByNavigation } from '../e2e/browser.ts';

const at = (begun: number, committed: number) => ({ begun, committed });

it('a request cancelled by a reload that began, is under way or committed after it is expected', () => {
  expect(cancelledByNavigation('net::ERR_ABORTED', at(1, 1), at(2, 1), false)).toBe(true); // reload under way
  expect(cancelledByNavigation('net::ERR_ABORTED', at(1, 1), at(2, 2), false)).toBe(true); // reload committed
  expect(cancelledByNavigation('net::ERR_ABORTED', at(2, 1), at(2, 1), false)).toBe(true); // the old page asked while the new one loaded
  expect(cancelledByNavigation('net::ERR_ABORTED', at(1, 0), at(2, 0), true)).toBe(true); // a goto superseded by another
});

it('real load errors, and an abort with no navigation, still fail the page', () => {
  expect(cancelledByNavigation('net::ERR_ABORTED', at(1, 1), at(1, 1), false)).toBe(false);
  expect(cancelledByNavigation('net::ERR_CONNECTION_REFUSED', at(1, 1), at(2, 1), false)).toBe(false);
  expect(cancelledByNavigation('net::ERR_FAILED', at(1, 1), at(2, 2), false)).toBe(false);
  expect(cancelledByNavigation('net::ERR_INTERNET_DISCONNECTED', at(1, 1), at(2, 1), false)).toBe(false);
  expect(cancelledByNavigation('net::ERR_ABORTED', at(2, 1), at(2, 1), true)).toBe(false); // the navigation itself, cancelled by nothing
});
