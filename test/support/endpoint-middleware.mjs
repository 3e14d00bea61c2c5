// A scriptable endpoint for delivery tests, as Koa middleware for the web-test-runner dev server.
//
//   POST   /__endpoint/script/<name>   body: a JSON list of planned answers, used one per request:
//                                      { status: 503 }, { status: 429, retryAfter: 1 },
//                                      { hang: true } (answers only when the client gives up, or after
//                                      `hangMs`, default 30 s), { status, body, headers }.
//                                      When the list runs out every request gets 201.
//   POST   /__endpoint/<name>          records the request and answers from the script
//   GET    /__endpoint/<name>/requests what was recorded: method, headers (lower-case names),
//                                      idempotencyKey, authorization, contentType, body (parsed JSON),
//                                      text, validation (ajv against schema/response.v1.json), answeredWith
//   POST   /__endpoint/script/<name>?method=GET   plans for GETs, one per request: { status, body },
//                                      { drop: true } (every connection is cut, a network error, until
//                                      the GETs are scripted again)
//   GET    /__endpoint/<name>          (the group view's `source`) recorded too, answered from the GET
//                                      plans, else 200 with the bodies of the POSTs answered 2xx, in order
//   DELETE /__endpoint/<name>          forgets the script and the requests
//   POST   /__endpoint/validate        answers { valid, errors } for the JSON body (the browser cannot load ajv)
//
// Each test uses its own name, so tests never see each other's requests. State lives in module memory.
// A name that starts with `nocors-` never answers with CORS headers (a cross-origin endpoint that
// does not allow the page); a planned `{ status: 302, headers: { Location } }` is a redirect.
import { clearTimeout, setTimeout } from 'node:timers';
import { validateResponse } from './validate-response.mjs';

const PREFIX = '/__endpoint/';
const NAME = /^[A-Za-z0-9_.-]{1,120}$/;
const RESERVED = new Set(['script', 'validate']);

/** @type {Map<string, object[]>} */
const scripts = new Map();
/** @type {Map<string, object[]>} */
const requests = new Map();
/** @type {Map<string, object[]>} */
const getScripts = new Map();

function answerGet(ctx, name) {
  const planned = getScripts.get(name);
  // A dropping endpoint stays down until it is scripted again: browsers retry a GET on a dropped
  // connection once on their own, so a one-off drop would never be seen.
  const plan = (planned?.[0]?.drop ? planned[0] : planned?.shift()) ?? { status: 200 };
  if (!requests.has(name)) requests.set(name, []);
  requests.get(name).push({
    method: 'GET',
    url: ctx.url,
    headers: { ...ctx.request.headers },
    authorization: ctx.get('Authorization') || null,
    cookie: ctx.get('Cookie') || null,
    receivedAt: new Date().toISOString(),
    answeredWith: plan.drop ? 'drop' : (plan.status ?? 200),
  });
  allowCors(ctx);
  if (plan.drop) {
    ctx.status = 502; // for the log only: the browser sees a cut connection
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const stored = (requests.get(name) ?? [])
    .filter((r) => r.method === 'POST' && typeof r.answeredWith === 'number' && r.answeredWith < 300)
    .map((r) => r.body);
  if (plan.text !== undefined) {
    ctx.status = plan.status ?? 200;
    ctx.body = plan.text;
    return;
  }
  json(ctx, plan.status ?? 200, plan.body ?? stored);
}

async function readText(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function parse(text) {
  try {
    return { body: JSON.parse(text) };
  } catch (error) {
    return { body: null, bodyError: String(error) };
  }
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

function allowCors(ctx) {
  if (ctx.path.startsWith(`${PREFIX}nocors-`)) return;
  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin') || '*');
  ctx.set('Access-Control-Allow-Methods', 'POST, GET, DELETE, OPTIONS');
  ctx.set('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key, Authorization');
  ctx.set('Access-Control-Expose-Headers', 'Retry-After');
}

/** Waits until the client closes the connection (it gave up) or `ms` passed; true when it closed. */
function untilClosed(ctx, ms) {
  return new Promise((resolve) => {
    if (ctx.res.destroyed || ctx.req.socket?.destroyed) return resolve(true);
    const timer = setTimeout(() => done(false), ms);
    const done = (closed) => {
      clearTimeout(timer);
      ctx.res.off('close', onClose);
      resolve(closed);
    };
    const onClose = () => done(true);
    ctx.res.on('close', onClose);
  });
}

async function answerPost(ctx, name) {
  const text = await readText(ctx.req);
  const { body, bodyError } = parse(text);
  const plan = scripts.get(name)?.shift() ?? { status: 201 };
  const record = {
    method: ctx.method,
    url: ctx.url,
    headers: { ...ctx.request.headers },
    idempotencyKey: ctx.get('Idempotency-Key') || null,
    authorization: ctx.get('Authorization') || null,
    contentType: ctx.get('Content-Type') || null,
    cookie: ctx.get('Cookie') || null,
    body,
    ...(bodyError ? { bodyError } : {}),
    text,
    validation: body === null ? { valid: false, errors: [{ path: '/', message: 'not JSON' }] } : validateResponse(body),
    receivedAt: new Date().toISOString(),
    answeredWith: plan.hang ? 'hang' : (plan.status ?? 201),
  };
  if (!requests.has(name)) requests.set(name, []);
  requests.get(name).push(record);

  allowCors(ctx);
  if (plan.hang) {
    const closed = await untilClosed(ctx, plan.hangMs ?? 30_000);
    if (closed) {
      ctx.status = 504; // for the log only: nobody is listening any more
      ctx.respond = false;
      return;
    }
    return json(ctx, 504, { error: 'answered late on purpose' });
  }
  const status = plan.status ?? 201;
  if (plan.retryAfter !== undefined) ctx.set('Retry-After', String(plan.retryAfter));
  for (const [key, value] of Object.entries(plan.headers ?? {})) ctx.set(key, String(value));
  const answer = plan.body ?? (status < 300 ? { ok: true, id: body?.id ?? null } : { error: `scripted ${status}` });
  json(ctx, status, answer);
}

/** Koa middleware: `async (ctx, next)`. */
export async function testEndpoint(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const parts = ctx.path.slice(PREFIX.length).split('/');

  if (ctx.method === 'POST' && parts.length === 1 && parts[0] === 'validate') {
    const { body, bodyError } = parse(await readText(ctx.req));
    return json(
      ctx,
      200,
      bodyError ? { valid: false, errors: [{ path: '/', message: bodyError }] } : validateResponse(body),
    );
  }

  if (ctx.method === 'POST' && parts.length === 2 && parts[0] === 'script' && NAME.test(parts[1])) {
    const { body, bodyError } = parse(await readText(ctx.req));
    if (bodyError) return json(ctx, 400, { error: bodyError });
    const target = ctx.query.method === 'GET' ? getScripts : scripts;
    target.set(parts[1], Array.isArray(body) ? [...body] : [body]);
    return json(ctx, 200, { ok: true, planned: target.get(parts[1]).length });
  }

  const name = parts[0];
  if (!NAME.test(name) || RESERVED.has(name)) return json(ctx, 404, { error: 'unknown endpoint' });

  if (parts.length === 2 && parts[1] === 'requests' && ctx.method === 'GET') {
    return json(ctx, 200, requests.get(name) ?? []);
  }
  if (parts.length === 1) {
    if (ctx.method === 'OPTIONS') {
      allowCors(ctx);
      ctx.status = 204;
      return;
    }
    if (ctx.method === 'DELETE') {
      scripts.delete(name);
      getScripts.delete(name);
      requests.delete(name);
      ctx.status = 204;
      return;
    }
    if (ctx.method === 'POST') return answerPost(ctx, name);
    if (ctx.method === 'GET') return answerGet(ctx, name);
  }
  return json(ctx, 405, { error: `${ctx.method} ${ctx.path} is not supported` });
}
