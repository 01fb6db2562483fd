import type { RequestHandler } from 'express';
import { graphQLErrorBody } from '@ehelse/shared/runtime';

/** Batched operations are allowed, up to a limit. */
export const limitBatch =
  (max: number): RequestHandler =>
  (req, res, next) => {
    if (Array.isArray(req.body) && req.body.length > max) {
      res
        .status(400)
        .json(graphQLErrorBody('BATCH_TOO_LARGE', `A batch may hold at most ${max} operations`));
      return;
    }
    next();
  };
