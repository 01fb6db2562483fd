import type { GraphQLFormattedError } from 'graphql';

/**
 * The gateway's last word on every error: the subgraphs' addresses are internal, so no
 * message names them and no `extensions.response` (Apollo's copy of the subgraph's
 * HTTP answer, URL included) reaches a client.
 */
export function hideInternalUrls(subgraphUrls: string[]) {
  const origins = [...new Set(subgraphUrls.map((url) => new URL(url).origin))];
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    let message = formatted.message;
    for (const origin of origins) message = message.split(origin).join('<subgraph>');
    if (!formatted.extensions?.response && message === formatted.message) return formatted;
    const { response: _response, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message, extensions };
  };
}
