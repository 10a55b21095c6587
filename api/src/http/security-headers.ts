import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.js';

/**
 * Security headers for every response (helmet). The Content-Security-Policy lets the three
 * built apps run as Vite emits them (module scripts and stylesheets from our origin, no
 * inline script) and nothing else: map tiles come from the hosts in CSP_IMG_SOURCES.
 */
export function securityHeaders(config: Config): FastifyHelmetOptions {
  const secure = config.COOKIE_SECURE;
  return {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // WebAssembly compiles (the counter's QR decoder, served by us), no JS eval.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        // Libraries (Leaflet, charts, the design system) set style attributes and <style> tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...config.CSP_IMG_SOURCES],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // The youth app's service worker; the counter's camera preview.
        workerSrc: ["'self'", 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Behind HTTPS only: on plain http (the local default) it would break every asset.
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Plain http on loopback must not be pinned to https for a year.
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}

/** Devices the apps may ask for: the camera (counter QR scan) and location (youth search). */
export const PERMISSIONS_POLICY = 'camera=(self), geolocation=(self), microphone=(), payment=()';

/**
 * Sets helmet's headers on every response, as `@fastify/helmet` does (on the raw response,
 * at onRequest), but computed once: the plugin builds helmet's middleware anew on every
 * request (the CSP's directives parsed and checked each time), ~5 % of the api's CPU on a
 * search. The headers are the plugin's own, read from a throwaway instance at start.
 */
export async function addSecurityHeaders(app: FastifyInstance, config: Config): Promise<void> {
  const headersOf = async (withHelmet: boolean) => {
    const probe = Fastify();
    if (withHelmet) await probe.register(fastifyHelmet, securityHeaders(config));
    probe.get('/', async () => 'probe');
    const response = await probe.inject({ method: 'GET', url: '/' });
    await probe.close();
    return response.headers;
  };
  const bare = await headersOf(false);
  const headers = Object.entries(await headersOf(true)).flatMap(([name, value]) =>
    name in bare || value === undefined ? [] : [[name, String(value)] as const],
  );
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
