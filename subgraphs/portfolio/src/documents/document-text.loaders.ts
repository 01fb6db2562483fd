import { rowBy } from '@ehelse/shared/graphql';
import { DocumentText } from './document-text.entity';

/** A printed text by its key (keys are unique across the documents, e.g. "actor-map.heading"). */
export const documentTextByKey = rowBy<DocumentText, string>(DocumentText, 'key');

/** The printed text of a key, or null when the documents hold none. */
export const printedText = (text: DocumentText | null) => text?.text ?? null;
