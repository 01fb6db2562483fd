import { Lexer, Source, TokenKind } from 'graphql';
import { refusal } from './refusal';

export interface ScanLimits {
  /** Most tokens a document may have. */
  maxTokens: number;
  /** Deepest nesting of selection sets, inline fragments included. */
  maxNesting: number;
}

/**
 * Refuses an over-long or over-nested document before it is parsed: graphql-js parses and
 * validates recursively, so thousands of nested selections overflow the stack. This walks
 * the tokens once, iteratively, and stops at the first limit passed.
 */
export function scanDocument(text: string, limits: ScanLimits): void {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  let nesting = 0;
  for (;;) {
    let token;
    try {
      token = lexer.advance();
    } catch {
      return; // a syntax error: the parser reports it properly
    }
    if (token.kind === TokenKind.EOF) return;
    tokens += 1;
    if (tokens > limits.maxTokens) {
      throw refusal(
        'QUERY_TOO_LONG',
        `The document has more than ${limits.maxTokens} tokens; send a shorter query (use variables for long values).`,
        { limit: limits.maxTokens },
      );
    }
    if (token.kind === TokenKind.BRACE_L) {
      nesting += 1;
      if (nesting > limits.maxNesting) {
        throw refusal(
          'QUERY_TOO_NESTED',
          `Selections nest more than ${limits.maxNesting} levels deep (fragments included).`,
          { limit: limits.maxNesting, line: token.line },
        );
      }
    } else if (token.kind === TokenKind.BRACE_R) {
      nesting -= 1;
    }
  }
}
