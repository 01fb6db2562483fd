/**
 * OpenTelemetry tracing, switched on with OTEL_TRACING=true (Config.tracing). Loaded with
 * `node --require shared/dist/tracing.js` (scripts/start.js and the Dockerfile do) so
 * that it patches http before anything else loads it. Spans go to the OTLP/HTTP
 * endpoint of the standard OTEL_EXPORTER_OTLP_ENDPOINT variable.
 */
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { tracingSettings } from './config';

export function startTracing(serviceName: string) {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) =>
          ['/health', '/ready', '/metrics'].includes(req.url ?? ''),
      }),
      new GraphQLInstrumentation({ mergeItems: true }),
    ],
  });
  const flush = () => provider.shutdown().catch(() => undefined);
  process.once('beforeExit', flush);
  process.once('SIGTERM', flush);
  return provider;
}

// A preload runs before the entry point has a Config, so it reads its own settings (only these).
const tracing = tracingSettings(process.env);
if (tracing.enabled) startTracing(tracing.serviceName);
