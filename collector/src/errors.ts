// One JSON error shape for every refusal, and no 5xx for anything a client sent.
import type { FastifyError, FastifyInstance } from 'fastify';

export interface ErrorBody {
  readonly error: string;
  readonly problems?: readonly { path: string; message: string }[];
}

const MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The body is larger than 64 KB.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the body as Content-Type: application/json.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The body is empty; send a response as JSON.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The body is not valid JSON.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length does not match the body.',
};

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({ error: 'The collector could not handle this request; try again later.' });
    }
    // Client errors are the client's business: log the kind, not the content.
    request.log.info({ code: error.code, status }, 'request refused');
    const message =
      MESSAGES[error.code] ?? (error instanceof SyntaxError ? MESSAGES.FST_ERR_CTP_INVALID_JSON_BODY : error.message);
    return reply.code(status).send({ error: message });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'Not found.' }));
}
