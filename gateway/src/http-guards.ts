import type { ErrorRequestHandler, RequestHandler } from 'express';

const graphQLError = (status: number, code: string, message: string) => ({
  status,
  body: { errors: [{ message, extensions: { code } }] },
});

/** Batched operations are allowed, up to a limit. */
export const limitBatch =
  (max: number): RequestHandler =>
  (req, res, next) => {
    if (Array.isArray(req.body) && req.body.length > max) {
      const refusal = graphQLError(
        400,
        'BATCH_TOO_LARGE',
        `A batch may hold at most ${max} operations`,
      );
      res.status(refusal.status).json(refusal.body);
      return;
    }
    next();
  };

/** Oversized or malformed bodies get a GraphQL-shaped error with a code, not an HTML page. */
export const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (error?.type === 'entity.too.large') {
    const refusal = graphQLError(
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body exceeds ${error.limit} bytes`,
    );
    res.status(refusal.status).json(refusal.body);
  } else if (error?.type === 'entity.parse.failed') {
    const refusal = graphQLError(400, 'BAD_REQUEST', 'The request body is not valid JSON');
    res.status(refusal.status).json(refusal.body);
  } else {
    next(error);
  }
};
