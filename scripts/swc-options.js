// How swc compiles the TypeScript sources: the tests (jest.config.js, through @swc/jest) and
// `npm start` (scripts/transpile.js) run the same output. type-graphql and TypeORM read the
// decorators' design-time types, hence legacy decorators with their metadata.
module.exports = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
