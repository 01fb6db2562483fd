import { Lexer, Source, TokenKind } from 'graphql';
import { refusal } from './refusal';

export interface ScanLimits {
  /** Most tokens a document may have. */
  maxTokens: number;
  /** Deepest nesting of selection sets (inline fragments included), lists and input objects. */
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
    // Lists and objects in values nest too: graphql-js parses them recursively as well.
    if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.BRACKET_L) {
      nesting += 1;
      if (nesting > limits.maxNesting) {
        throw refusal(
          'QUERY_TOO_NESTED',
          `Selections or values nest more than ${limits.maxNesting} levels deep (fragments, lists and input objects included).`,
          { limit: limits.maxNesting, line: token.line },
        );
      }
    } else if (token.kind === TokenKind.BRACE_R || token.kind === TokenKind.BRACKET_R) {
      nesting -= 1;
    }
  }
}
