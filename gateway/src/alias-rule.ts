import { GraphQLError, type ValidationContext, type ASTVisitor } from 'graphql';

/**
 * Refuses an alias that names another field of the same type (`id: name`) or
 * `__typename`. The gateway answers entity fetches with the key fields and `__typename`
 * under their own names, so such an alias makes it return the wrong value or null.
 */
export function noShadowingAliasesRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const alias = node.alias?.value;
      if (!alias || alias === node.name.value) return;
      const parent = context.getParentType();
      const shadowed =
        alias === '__typename' || (parent && 'getFields' in parent && alias in parent.getFields());
      if (!shadowed) return;
      context.reportError(
        new GraphQLError(
          `The alias "${alias}" for ${node.name.value} names another field of ${parent?.name ?? 'the type'}: choose an alias that is not a field name`,
          { nodes: [node] },
        ),
      );
    },
  };
}
