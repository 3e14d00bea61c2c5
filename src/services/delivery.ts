import { describeError } from '../model/checks.js';
import type { SeedsResponse } from '../model/response.js';
import { parseRetryAfter } from './retry-after.js';
import { GLOBAL_TIMERS, type Timers } from './timers.js';

/**
 * The host's hook for request options, e.g. an `Authorization` header. Its result is merged into
 * the request; the method, body, `Content-Type`, `Idempotency-Key` and abort signal stay ours.
 * `credentials` is `'omit'` unless the hook sets it. The group view's reads of `source` call it
 * without a response (only its headers and credentials are used there).
 */
export type RequestInitHook = (response?: SeedsResponse) => RequestInit | undefined | Promise<RequestInit | undefined>;

/** The hook as a POST calls it: always with the response being sent. */
export type PostRequestInitHook = (
  response: SeedsResponse,
) => RequestInit | undefined | Promise<RequestInit | undefined>;

/** What became of one POST. */
export type DeliveryOutcome =
  /** 2xx: the endpoint has it. */
  | { readonly kind: 'delivered'; readonly status: number }
  /** Offline, a network error, a timeout, 5xx, 408 or 429: try again later. */
  | {
      readonly kind: 'retry';
      readonly status: number | null;
      readonly message: string;
      /** The server's `Retry-After`, in ms. */
      readonly retryAfter?: number;
    }
  /** Any other status (a 4xx): retrying the same request will not help; report it. */
  | { readonly kind: 'failed'; readonly status: number | null; readonly message: string };

export interface PostOptions {
  /** Default 15000 ms: after that the request is aborted and counts as "no answer". */
  timeout?: number;
  requestInit?: PostRequestInitHook;
  /** Defaults to the global `fetch` at call time. */
  fetch?: typeof fetch;
  /** Aborts the request from outside (e.g. when the outbox stops). */
  signal?: AbortSignal;
  now?: () => number;
  /** Where the timeout is scheduled. Default the global timers. */
  timers?: Timers;
}

export const DEFAULT_TIMEOUT = 15_000;

/** The class of an HTTP status; `retryAfter` only matters for 429 and 503. */
export function classifyStatus(status: number, statusText = '', retryAfter?: number): DeliveryOutcome {
  const text = `${status}${statusText ? ` ${statusText}` : ''}`;
  if (status >= 200 && status < 300) return { kind: 'delivered', status };
  if (status >= 500 || status === 408 || status === 429) {
    const honour = status === 429 || status === 503;
    return {
      kind: 'retry',
      status,
      message: `The endpoint answered ${text}; the response is kept and sent again later.`,
      ...(honour && retryAfter !== undefined ? { retryAfter } : {}),
    };
  }
  return {
    kind: 'failed',
    status: status || null,
    message:
      status === 0
        ? 'The endpoint gave an unreadable (opaque) answer; check its CORS headers.'
        : `The endpoint refused the response with ${text}; it is not sent again automatically.`,
  };
}

/**
 * POSTs a response as JSON with `Idempotency-Key: <id>`, aborting after `timeout` ms, and says
 * whether it was delivered, should be retried or has failed. Never rejects.
 *
 * @example
 * ```ts
 * const outcome = await postResponse(response, 'https://example.org/seeds', {
 *   requestInit: () => ({ headers: { Authorization: `Bearer ${token}` } }),
 * });
 * if (outcome.kind === 'retry') scheduleRetry(outcome.retryAfter);
 * ```
 */
export async function postResponse(
  response: SeedsResponse,
  endpoint: string,
  options: PostOptions = {},
): Promise<DeliveryOutcome> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  let host: RequestInit;
  try {
    host = (await options.requestInit?.(response)) ?? {};
  } catch (error) {
    return { kind: 'retry', status: null, message: `The host's requestInit hook failed: ${describeError(error)}.` };
  }

  const controller = new AbortController();
  let timedOut = false;
  const timers = options.timers ?? GLOBAL_TIMERS;
  const timer = timers.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const unlink = [options.signal, host.signal].map((signal) => follow(signal, controller));

  const headers = new Headers(host.headers);
  headers.set('Content-Type', 'application/json');
  headers.set('Idempotency-Key', response.id);
  const init: RequestInit = {
    cache: 'no-store',
    credentials: 'omit',
    ...host,
    // 'no-cors' would drop the JSON content type and hide the status, so delivery could never be confirmed.
    mode: host.mode === 'no-cors' ? 'cors' : host.mode,
    method: 'POST',
    headers,
    body: JSON.stringify(response),
    signal: controller.signal,
    // A 301/302/303 would be followed with a GET without the body; its 200 is no delivery.
    redirect: 'manual',
  };

  try {
    const doFetch = options.fetch ?? globalThis.fetch;
    const answer = await doFetch(endpoint, init);
    if (answer.type === 'opaqueredirect' || (answer.status >= 300 && answer.status < 400)) {
      return redirected(endpoint, answer);
    }
    const retryAfter = parseRetryAfter(answer.headers.get('Retry-After'), options.now?.() ?? Date.now());
    const outcome = classifyStatus(answer.status, answer.statusText, retryAfter);
    if (outcome.kind === 'failed' && answer.status) {
      const detail = await excerpt(answer);
      if (detail) return { ...outcome, message: `${outcome.message} The endpoint said: ${detail}` };
    }
    return outcome;
  } catch (error) {
    if (timedOut) {
      return {
        kind: 'retry',
        status: null,
        message: `The endpoint did not answer within ${Math.round(timeout / 100) / 10} s; the response is kept and sent again later.`,
      };
    }
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    if (offline) {
      return {
        kind: 'retry',
        status: null,
        message: 'The device is offline; the response is kept and sent when the connection is back.',
      };
    }
    return { kind: 'retry', status: null, message: unreachable(endpoint, error) };
  } finally {
    timers.clearTimeout(timer);
    unlink.forEach((fn) => fn());
  }
}

/** Endpoints whose possible CORS refusal was already told in the console (once per page). */
const toldCors = new Set<string>();

/**
 * "Could not be reached": for a cross-origin endpoint the likeliest reason is that it does not
 * allow this site (CORS), which the browser hides from scripts; say so, and once in the console.
 */
function unreachable(endpoint: string, error: unknown): string {
  const base = `The endpoint could not be reached (${describeError(error)})`;
  const kept = 'the response is kept and sent again later.';
  const page = typeof location === 'undefined' ? null : location.origin;
  const target = new URL(endpoint).origin;
  if (!page || page === target) return `${base}; ${kept}`;
  const message =
    `${base}. It may be refusing requests from this site (CORS): ${target} must answer with ` +
    `Access-Control-Allow-Origin: ${page} and allow the Content-Type and Idempotency-Key headers; ${kept}`;
  if (!toldCors.has(target)) {
    toldCors.add(target);
    console.warn(`<seeds-of-innovation>: ${message}`);
  }
  return message;
}

/** A redirect of the POST: not delivered. The browser hides where to for a redirect it does not follow. */
function redirected(endpoint: string, answer: Response): DeliveryOutcome {
  const location = answer.headers.get('Location');
  const where = location ? `to ${new URL(location, endpoint).href}` : 'elsewhere (the browser does not reveal where)';
  return {
    kind: 'failed',
    status: answer.status || null,
    message:
      `The endpoint ${endpoint} answered the POST with a redirect ${where}; the response was not delivered and ` +
      'is kept. Set `endpoint` to the URL that accepts the POST itself.',
  };
}

/** Aborts `controller` when `signal` aborts; returns the clean-up. */
function follow(signal: AbortSignal | null | undefined, controller: AbortController): () => void {
  if (!signal) return () => {};
  if (signal.aborted) {
    controller.abort();
    return () => {};
  }
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  return () => signal.removeEventListener('abort', abort);
}

/** The first 200 characters of an error body, on one line; '' when there is none. */
async function excerpt(answer: Response): Promise<string> {
  try {
    const text = (await answer.text()).replace(/\s+/g, ' ').trim();
    return text.length > 200 ? `${text.slice(0, 197)}…` : text;
  } catch {
    return '';
  }
}
