import type { ErrorRequestHandler, RequestHandler } from 'express';

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

/** Paths no route serves get a JSON answer too, pointing at the API. */
export const notFoundJson: RequestHandler = (req, res) => {
  res
    .status(404)
    .json(
      graphQLErrorBody(
        'NOT_FOUND',
        `Nothing at ${req.method} ${req.path}: the API is POST /graphql`,
      ),
    );
};

/**
 * The last handler: whatever reached Express's default (an HTML page with a stack trace) is
 * answered as JSON instead, a caller's 4xx as BAD_REQUEST, anything else masked.
 */
export const lastErrorJson: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = Number(error?.status ?? error?.statusCode);
  if (status >= 400 && status < 500) {
    res
      .status(status)
      .json(graphQLErrorBody('BAD_REQUEST', String(error.message ?? 'Bad request')));
  } else {
    res.status(500).json(graphQLErrorBody('INTERNAL_SERVER_ERROR', 'Internal server error'));
  }
};
