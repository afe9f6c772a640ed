/* eslint-disable no-restricted-globals -- the one use of Web Storage, and it holds no secret */

/**
 * "A session cookie may exist": lets a new tab try to restore the session (and skip a refresh
 * that can only fail), and tells the other tabs of a logout through the storage event. The
 * tokens themselves are never stored here (ADR 0022).
 */
export const SIGNED_IN_FLAG = 'chanjiao:signed-in';

export const markSignedIn = (): void => localStorage.setItem(SIGNED_IN_FLAG, '1');
export const markSignedOut = (): void => localStorage.removeItem(SIGNED_IN_FLAG);
export const maybeSignedIn = (): boolean => localStorage.getItem(SIGNED_IN_FLAG) !== null;
