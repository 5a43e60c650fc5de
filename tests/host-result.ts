import type { HostResult } from '../src/shared/host-api';

/** The value of a host answer the test expects to succeed; a failure fails the test with its detail. */
export function unwrap<T>(result: HostResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
  return result.value;
}
