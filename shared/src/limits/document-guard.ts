import type { RequestHandler } from 'express';
import type { GraphQLError } from 'graphql';
import type { QueryLimits } from '../config';
import { scanDocument } from './document-scan';

const documentsOf = (body: unknown, query: unknown): unknown[] => {
  const operations = Array.isArray(body) ? body : [body];
  const texts = operations.map((operation) => (operation as { query?: unknown } | null)?.query);
  return [...texts, (query as { query?: unknown } | undefined)?.query];
};

/**
 * Refuses over-long and over-nested documents before Apollo parses them (POST bodies,
 * batches and GET query strings alike), with a GraphQL-shaped 400.
 */
export const documentGuard =
  (limits: QueryLimits): RequestHandler =>
  (req, res, next) => {
    try {
      for (const text of documentsOf(req.body, req.query)) {
        if (typeof text === 'string') scanDocument(text, limits);
      }
      next();
    } catch (error) {
      const { message, extensions } = error as GraphQLError;
      const { http: _http, ...visible } = extensions;
      res.status(400).json({ errors: [{ message, extensions: visible }] });
    }
  };
