import { createRequire } from 'node:module';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type AjvCompilerModule from '@fastify/ajv-compiler';
import type SerializerModule from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

/** The compilers are loaded with the first schema they compile (Ajv alone takes a tenth of a second). */
const require = createRequire(import.meta.url);
let validators: ReturnType<typeof AjvCompilerModule.AjvCompiler> | undefined;
let serializers: ReturnType<typeof SerializerModule.SerializerSelector> | undefined;
const validatorFactory = () => (validators ??= (require('@fastify/ajv-compiler') as typeof AjvCompilerModule).AjvCompiler());
const serializerFactory = () => (serializers ??= (require('@fastify/fast-json-stringify-compiler') as typeof SerializerModule).SerializerSelector());

/**
 * Route schemas compiled when first needed instead of before the server listens.
 *
 * Fastify compiles every route's validators (Ajv) and response serializers (fast-json-stringify)
 * before it listens: a quarter of a worker's start on the development machine, for routes of the
 * newsroom's API that readers never call. Here the same compilers, with the same options and
 * shared schemas, compile a route's schema at its first request; {@link LazySchemas.compileAll}
 * compiles the rest, which the server calls a second after it listens, one schema per turn of the
 * event loop so that requests go first. A schema that does not compile then stops the process, as it stopped the
 * start before; the test suite compiles them all (test/lazy-schemas.test.ts).
 *
 * Decision 0013 has the figures.
 */
export class LazySchemas {
  private readonly pending: (() => unknown)[] = [];

  /** Fastify's `schemaController` option. */
  readonly controller: NonNullable<FastifyServerOptions['schemaController']>;

  constructor() {
    type Validate = ReturnType<ReturnType<typeof validatorFactory>>;
    type Serialize = ReturnType<ReturnType<typeof serializerFactory>>;
    this.controller = {
      compilersFactory: {
        buildValidator: (external, options) => {
          let compile: Validate | undefined;
          return (route) => this.defer(() => (compile ??= validatorFactory()(external, options))(route), describe(route));
        },
        buildSerializer: (external, options) => {
          let compile: Serialize | undefined;
          return (route) => this.defer(() => (compile ??= serializerFactory()(external, options))(route), describe(route));
        },
      },
    };
  }

  /** How many schemas wait to be compiled. */
  get waiting(): number {
    return this.pending.length;
  }

  /**
   * Compiles every schema not compiled yet, one per turn of the event loop. Rejects with the
   * first that does not compile, naming its route.
   */
  async compileAll(): Promise<void> {
    while (this.pending.length > 0) {
      await nextTurn();
      this.pending.shift()!();
    }
  }

  /**
   * A function that compiles on its first call (or at {@link compileAll}) and from then on is
   * the compiled one. Ajv reports a failed validation in the validator's `errors` property,
   * which Fastify reads after the call: it is passed through.
   */
  private defer<F extends (...args: never[]) => unknown>(build: () => F, what: string): F {
    let compiled: F | undefined;
    const get = (): F => {
      if (compiled) return compiled;
      try {
        compiled = build();
      } catch (error) {
        throw new Error(`the ${what} schema does not compile: ${(error as Error).message}`, { cause: error });
      }
      return compiled;
    };
    this.pending.push(get);
    const lazy = ((...args: Parameters<F>) => get()(...args)) as F;
    Object.defineProperty(lazy, 'errors', { get: () => (compiled as { errors?: unknown } | undefined)?.errors });
    return lazy;
  }
}

function describe(route: { method?: string | string[]; url?: string; httpPart?: string; httpStatus?: string }): string {
  const method = Array.isArray(route.method) ? route.method.join(',') : route.method;
  const part = route.httpPart ?? (route.httpStatus ? `${route.httpStatus} response` : 'route');
  return `${method ?? ''} ${route.url ?? ''} ${part}`.trim();
}
