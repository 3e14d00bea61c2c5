// A minimal endpoint as a host would write one: validates the body against the shipped JSON Schema,
// de-duplicates by Idempotency-Key, appends to a JSON-lines file, and lists what it received on GET.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const MAX_BODY = 256 * 1024;

export function createReceiver({ dataDir }) {
  const schema = JSON.parse(readFileSync(new URL('../schema/response.v1.json', import.meta.url), 'utf8'));
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const file = join(dataDir, 'responses.jsonl');
  mkdirSync(dataDir, { recursive: true });

  const stored = () =>
    existsSync(file)
      ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
      : [];
  const seen = new Set(stored().map((record) => record.response.id));

  const send = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body, null, 2));
  };

  return async function receive(req, res) {
    if (req.method === 'GET') return send(res, 200, stored());
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'GET, POST');
      return send(res, 405, { error: 'Use POST to deliver a response, GET to list them.' });
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, { error: 'Content-Type must be application/json.' });
    }
    let text = '';
    for await (const chunk of req) {
      text += chunk;
      if (text.length > MAX_BODY) return send(res, 413, { error: 'Body too large.' });
    }
    let body;
    try {
      body = JSON.parse(text);
    } catch (error) {
      return send(res, 400, { error: `Body is not valid JSON: ${error.message}` });
    }
    if (!validate(body)) {
      const reasons = validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
      return send(res, 400, { error: 'Body does not match schema/response.v1.json.', reasons });
    }
    const key = req.headers['idempotency-key'];
    if (key !== body.id) return send(res, 400, { error: 'Idempotency-Key header must equal the response id.' });
    // A retry of something already stored is a success, so the widget's outbox can let go of it.
    if (seen.has(key)) return send(res, 200, { id: key, duplicate: true });
    seen.add(key);
    appendFileSync(file, `${JSON.stringify({ receivedAt: new Date().toISOString(), response: body })}\n`);
    console.log(`received ${key} (${body.instrument}, ${body.locale}, community ${body.community ?? '-'})`);
    return send(res, 201, { id: key });
  };
}
