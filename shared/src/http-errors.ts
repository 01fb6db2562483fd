import type { ErrorRequestHandler } from 'express';

/** A GraphQL-shaped error body, so clients parse every refusal the same way. */
export const graphQLErrorBody = (code: string, message: string) => ({
  errors: [{ message, extensions: { code } }],
});

/**
 * Oversized or malformed bodies get a GraphQL-shaped error with a code, not Express's
 * HTML error page. Serves the gateway and the subgraphs alike, right after express.json.
 */
export const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (error?.type === 'entity.too.large') {
    res
      .status(413)
      .json(graphQLErrorBody('PAYLOAD_TOO_LARGE', `The request body exceeds ${error.limit} bytes`));
  } else if (error?.type === 'entity.parse.failed') {
    res.status(400).json(graphQLErrorBody('BAD_REQUEST', 'The request body is not valid JSON'));
  } else if (typeof error?.type === 'string' && typeof error?.status === 'number') {
    // Other body-parser refusals (unsupported charset or encoding, ...) are the caller's too.
    const status = error.status >= 400 && error.status < 500 ? error.status : 400;
    res.status(status).json(graphQLErrorBody('BAD_REQUEST', String(error.message)));
  } else {
    next(error);
  }
};
